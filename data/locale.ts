import type { Locale } from './types'
import { defaultLocale, locales } from './types'

/** The deck's locale from its `lang`; unknown or missing languages fall back to the default. */
export function localeFromLang(lang: string | undefined): Locale {
  return locales.find(locale => locale === lang) ?? defaultLocale
}
