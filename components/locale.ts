import type { InjectionKey } from 'vue'
import type { Locale } from '../data/types'
import { inject } from 'vue'
import { localeFromLang } from '../data/locale'
import { edition } from '../packages/talk-site/client/site'

export { localeFromLang }

/** Provide a locale under this key to render components in another language (the unit tests do). */
export const localeKey: InjectionKey<Locale> = Symbol('locale')

/** Inside a component: the deck's locale, from its headmatter's `lang:`. */
export function useLocale(): Locale {
  return inject(localeKey, localeFromLang(edition.locale))
}

/** Inside a component: a function that picks the current locale's string; a name the same in every language passes through. */
export function useTranslate(): (text: string | Readonly<Record<string, string>>) => string {
  const locale = useLocale()
  return text => typeof text === 'string'
    ? text
    : text[locale] ?? ''
}
