import type { Locale } from './types'
import { defaultLocale, locales } from './types'

/** One language's deck: where its source starts and where it is published inside the site. */
export interface Edition {
  locale: Locale
  /** The deck's entry file, relative to the project root. */
  entry: string
  /** Its folder inside the site, relative to the site's base: `''` for the default language, `en/` for English. */
  path: string
  /** The language's own name, as the language switch shows it. */
  name: string
}

export const editions: Record<Locale, Edition> = {
  'zh-CN': {
    locale: 'zh-CN',
    entry: 'slides.md',
    path: '',
    name: '中文',
  },
  'en': {
    locale: 'en',
    entry: 'slides.en.md',
    path: 'en/',
    name: 'English',
  },
}

/** The default edition first, then the others. */
export const editionList: Edition[] = Object.values(editions)
  .sort((a, b) => Number(b.locale === defaultLocale) - Number(a.locale === defaultLocale))

/** Where an edition is inside a site at `site`, a URL or a base path ending in `/`: `/coreos-story/` → `/coreos-story/en/`. */
export function editionUrl(site: string, locale: Locale): string {
  return `${site}${editions[locale].path}`
}

/**
 * The editions a build holds, as `npm run build` passes them to Slidev and the
 * client in `VITE_DECK_EDITIONS` (`zh-CN,en`). Empty for a single deck.
 */
export function parseEditions(value: string | undefined): Locale[] {
  const names = (value ?? '').split(',').map(name => name.trim()).filter(Boolean)
  const unknown = names.filter(name => !locales.includes(name as Locale))
  if (unknown.length > 0)
    throw new Error(`VITE_DECK_EDITIONS names ${unknown.join(', ')}; the editions are ${locales.join(', ')}.`)
  return names as Locale[]
}

/** The site's base path from one edition's: `/coreos-story/en/` → `/coreos-story/`. */
export function siteBaseOf(editionBase: string, edition: Edition): string {
  if (!editionBase.endsWith(`/${edition.path}`))
    throw new Error(`${editionBase} is not where the ${edition.locale} edition lives (…/${edition.path}).`)
  return editionBase.slice(0, editionBase.length - edition.path.length)
}
