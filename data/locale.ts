import type { InjectionKey } from 'vue'
import type { Locale, Text } from './types'
import { inject } from 'vue'
import { defaultLocale, locales } from './types'

export const localeKey: InjectionKey<Locale> = Symbol('locale')

/** The deck's locale from its `htmlAttrs.lang`; unknown or missing languages fall back to the default. */
export function localeFromLang(lang: string | undefined): Locale {
  return locales.find(locale => locale === lang) ?? defaultLocale
}

/** Inside a component: the deck's locale. */
export function useLocale(): Locale {
  return inject(localeKey, defaultLocale)
}

/** Inside a component: a function that picks the current locale's string. */
export function useTranslate(): (text: Text) => string {
  const locale = useLocale()
  return text => text[locale]
}

const cjk = /[\u3000-\u9FFF\uFF00-\uFFEF]/

/**
 * Joins the lines of a wrapped paragraph the way each script reads: nothing
 * between lines that meet at a Chinese character or full-width mark, a space
 * between anything else (Markdown and HTML show every line break as a space).
 */
export function joinWrappedLines(text: string): string {
  return text.replace(/(\S)[ \t]*\n[ \t]*(?=(\S))/g, (_, before: string, after: string) =>
    cjk.test(before) || cjk.test(after)
      ? before
      : `${before} `)
}
