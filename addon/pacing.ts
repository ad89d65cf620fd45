import { hanGlobal } from './text.ts'

/**
 * A talk's plan: each slide's frontmatter gives its speaking time in seconds
 * (`seconds: 45`), its notes are what is said in that time, and the presenter
 * sees where they stand against the plan.
 */

/** Speech units a minute, by language: Chinese characters (a Latin word counts as one), or words. */
export const speakingRates: Record<string, number> = {
  'zh-CN': 240,
  'en': 140,
}

const latinWord = /[\p{Script=Latin}\d][\p{Script=Latin}\d.'’_-]*/gu

/** What a speaker says, counted the way `speakingRates` are: Chinese characters plus Latin words in Chinese, words otherwise. */
export function speechUnits(text: string, lang: string): number {
  const words = text.match(latinWord)?.length ?? 0
  return lang.startsWith('zh')
    ? (text.match(hanGlobal)?.length ?? 0) + words
    : words
}

/** How long notes take to say, in seconds, at the language's speaking rate. */
export function speakingSeconds(text: string, lang: string): number {
  const rate = speakingRates[lang]
  if (!rate)
    throw new Error(`No speaking rate for “${lang}”: add one to speakingRates in addon/pacing.ts`)
  return speechUnits(text, lang) / rate * 60
}

/** A slide's planned time from its frontmatter's `seconds`, or 0 when it plans none. */
export function plannedSeconds(frontmatter: Record<string, unknown> | undefined): number {
  const value = frontmatter?.seconds
  return typeof value === 'number' && Number.isFinite(value) && value > 0
    ? value
    : 0
}

/** Where the speaker stands against the plan on slide `no` (1-based), `elapsed` seconds into the talk. */
export interface Pace {
  /** This slide's own planned time. */
  slide: number
  /** When the plan has this slide begin and end, in seconds from the start. */
  start: number
  end: number
  /** Seconds behind the plan (positive) or ahead of it (negative); 0 while within the slide's window. */
  drift: number
}

export function paceAt(plan: readonly number[], no: number, elapsed: number): Pace {
  const start = plan.slice(0, Math.max(0, no - 1)).reduce((sum, s) => sum + s, 0)
  const slide = plan[no - 1] ?? 0
  const end = start + slide
  const drift = elapsed > end
    ? elapsed - end
    : elapsed < start
      ? elapsed - start
      : 0
  return { slide, start, end, drift }
}

/** `754` → `12:34`. */
export function clock(seconds: number): string {
  const whole = Math.round(Math.abs(seconds))
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}
