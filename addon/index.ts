import type { Labels } from './labels.ts'
import { builtInLabels } from './labels.ts'

export type { Labels } from './labels.ts'
export { format } from './labels.ts'

/** The PDFs a site can publish beside each edition: the slides, and the handout with the speaker notes. */
export type DownloadKind = 'slides' | 'handout'
export const downloadKinds: readonly DownloadKind[] = ['slides', 'handout']

/** One language's deck, as `site.config.ts` gives it. */
export interface EditionConfig<L extends string = string> {
  /** The deck's language, as its headmatter's `lang:` says: `zh-CN`, `en`. */
  locale: L
  /** The deck's entry file, relative to the site config: `slides.md`. */
  entry: string
  /** Its folder in the site: `''` for the default edition at the site's root, one folder such as `en/` for every other. */
  path: string
  /** The language's own name, as the language switch shows it: `中文`, `English`. */
  name: string
  /** The addon's words in this language; required for a language the addon has no words for (it knows zh-CN and en). */
  labels?: Partial<Labels>
}

export interface SiteConfig<L extends string = string> {
  /** Where the site is published: the default edition at this address, every other edition in its folder under it. */
  url: string
  editions: EditionConfig<L>[]
  /** The PDFs `npm run build` publishes beside each edition (default: both). */
  downloads?: DownloadKind[]
  /** Publish the speaker notes: in reader mode and as the handout (default: true). `--without-notes` turns them off for one build. */
  notes?: boolean
  /** Chapter titles for the PDF outline, by the `chapter:` id in the slides' frontmatter, in each language. */
  chapters?: Record<string, Record<L, string>>
  /** Who the PDFs name as their author, in each language (default: the headmatter's `author:`). */
  author?: Record<L, string>
  /** Where the talk is given, in each language, as the annotated page's header names it. */
  event?: Record<L, string>
}

export interface Edition<L extends string = string> extends Required<Omit<EditionConfig<L>, 'labels'>> {
  labels: Labels
}

/** A checked site config, as `defineSite` returns it. */
export interface Site<L extends string = string> {
  /** The public address, ending in `/`. */
  url: string
  /** The default edition first. */
  editions: Edition<L>[]
  downloads: DownloadKind[]
  notes: boolean
  chapters: Record<string, Record<L, string>>
  author?: Record<L, string>
  event?: Record<L, string>
}

/**
 * The typed site config of a talk (`site.config.ts`): where it is published,
 * its editions, and what the site publishes besides the slides. Checks it and
 * throws a message that says what to change.
 */
export function defineSite<const L extends string>(config: SiteConfig<L>): Site<L> {
  const problems: string[] = []
  let url = config.url
  if (!/^https?:\/\/[^/]+/.test(url))
    problems.push(`url "${url}" is not an http(s) address`)
  if (!url.endsWith('/'))
    url += '/'
  const roots = config.editions.filter(edition => edition.path === '')
  if (roots.length !== 1)
    problems.push(`exactly one edition lives at the site's root (path: ''); ${roots.length} do`)
  for (const edition of config.editions) {
    if (edition.path !== '' && !/^[\w-]+\/$/.test(edition.path))
      problems.push(`edition ${edition.locale}: path "${edition.path}" is not one folder such as "en/"`)
    if (config.editions.filter(other => other.locale === edition.locale || other.path === edition.path).length > 1)
      problems.push(`edition ${edition.locale}: another edition has the same locale or path`)
  }
  const editions = [...config.editions]
    .sort((a, b) => a.path.length - b.path.length)
    .map((edition): Edition<L> => {
      const labels = {
        ...builtInLabels[edition.locale],
        ...edition.labels,
      }
      const missing = Object.keys(builtInLabels.en!).filter(key => typeof labels[key as keyof Labels] !== 'string')
      if (missing.length > 0)
        problems.push(`edition ${edition.locale}: the addon has no words in this language; give labels.${missing.join(', labels.')}`)
      return {
        locale: edition.locale,
        entry: edition.entry,
        path: edition.path,
        name: edition.name,
        labels: labels as Labels,
      }
    })
  if (problems.length > 0)
    throw new Error(`site.config.ts: ${problems.join('; ')}.`)
  return {
    url,
    editions,
    downloads: config.downloads ?? ['slides', 'handout'],
    notes: config.notes ?? true,
    chapters: config.chapters ?? {},
    ...(config.author
      ? { author: config.author }
      : {}),
    ...(config.event
      ? { event: config.event }
      : {}),
  }
}

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

/** What the deck's components know of the site (the virtual module `virtual:talk-site`). */
export interface ClientSite {
  url: string
  editions: Pick<Edition, 'locale' | 'path' | 'name' | 'labels'>[]
  /** The editions built into the same site as this deck; none under `slidev` or a plain `slidev build`. */
  built: string[]
  /** The PDFs published beside this deck; none under `slidev` or a plain `slidev build`. */
  downloads: DownloadKind[]
  /** Whether the annotated page (`read/`) is published beside this deck; not under `slidev` or a plain `slidev build`. */
  readPage: boolean
}
