/** Languages the deck is written in. Every piece of visible text is keyed by one of these. */
export const locales = ['zh-CN', 'en'] as const
export type Locale = typeof locales[number]
export const defaultLocale: Locale = 'zh-CN'

/** Text shown to the audience, one string per locale. */
export type Text = Record<Locale, string>

/** A proper name: the same in every language, or given in each where a room knows it by another (红杉资本（Sequoia）). */
export type Name = string | Text

/**
 * An ISO 8601 calendar date at the precision the sources give:
 * `2013`, `2014-08` or `2013-06-06`.
 */
export type IsoDate = `${number}` | `${number}-${number}` | `${number}-${number}-${number}`

/** The story's chapters, in the order the talk tells them. */
export const chapterIds = [
  'opening',
  'founding',
  'container-linux',
  'open-source',
  'docker',
  'business',
  'acquisition',
  'afterwards',
  'closing',
  'appendix',
] as const
export type ChapterId = typeof chapterIds[number]

/** A project's standing in the Cloud Native Computing Foundation today (landscape.yml, 2026-08). */
export type CncfStatus = 'graduated' | 'incubating' | 'sandbox' | 'archived' | 'none'
