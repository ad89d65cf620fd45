import type { InjectionKey } from 'vue'
import type { Locale, Text } from './types'
import { inject } from 'vue'
import { defaultLocale, locales } from './types'

export const localeKey: InjectionKey<Locale> = Symbol('locale')

/** The deck's locale from its `htmlAttrs.lang`; unknown or missing languages fall back to the default. */
export function localeFromLang(lang: string | undefined): Locale {
  return locales.find(locale => locale === lang) ?? defaultLocale
}

/** Inside a component: a function that picks the current locale's string. */
export function useTranslate(): (text: Text) => string {
  const locale = inject(localeKey, defaultLocale)
  return text => text[locale]
}
