import type { Locale } from './types'

/**
 * How each language writes an amount in millions of US dollars: a new
 * locale in `Locale` is a type error here until it has its own form.
 */
const moneyFormats: Record<Locale, (musd: number) => string> = {
  'zh-CN': musd => musd >= 100
    ? `${Number((musd / 100).toFixed(6))} 亿美元`
    : `${Number((musd * 100).toFixed(2))} 万美元`,
  'en': musd => `$${musd}M`,
}

/**
 * An amount in millions of US dollars, written the way each language says it:
 * 8 → “800 万美元”, 250 → “2.5 亿美元” in Chinese; “$8M”, “$238.7M” in English.
 */
export function formatMusd(musd: number, locale: Locale): string {
  return moneyFormats[locale](musd)
}
