/**
 * Finding an edition and its address: what the deck's client code needs of
 * the site config, kept apart from `defineSite` and its schema (zod), which
 * would otherwise load with every slide.
 */
import type { Edition } from './index.ts'

/** Where an edition is published: `https://example.org/talk/` → `https://example.org/talk/en/`. */
export function editionUrl<L extends string>(site: { url: string, editions: Pick<Edition<L>, 'locale' | 'path'>[] }, locale: L): string {
  return `${site.url}${editionOf(site, locale).path}`
}

/** The edition of a deck whose headmatter says `lang`; throws naming the site's languages when there is none. */
export function editionOf<L extends string, E extends Pick<Edition<L>, 'locale'>>(site: { editions: E[] }, lang: string | undefined): E {
  const edition = site.editions.find(e => e.locale === lang)
  if (!edition)
    throw new Error(`The deck says lang: ${lang ?? '(none)'}, but site.config.ts has editions in ${site.editions.map(e => e.locale).join(', ')}: set the deck's headmatter lang: to one of them.`)
  return edition
}

/** The site's base path from one edition's: `/talk/en/` → `/talk/`. */
export function siteBaseOf(editionBase: string, edition: Pick<Edition, 'locale' | 'path'>): string {
  if (!editionBase.endsWith(`/${edition.path}`))
    throw new Error(`${editionBase} is not where the ${edition.locale} edition lives (…/${edition.path}).`)
  return editionBase.slice(0, editionBase.length - edition.path.length)
}
