import { hanGlobal } from './text.ts'

/**
 * A talk's plan: each slide's frontmatter gives its speaking time in seconds
 * (`seconds: 45`), its notes are what is said in that time, and the presenter
 * sees where they stand against the plan.
 *
 * The timed talk runs from the first slide to its closing slide, the last one
 * that plans time. The slides after it are the talk's appendix: they plan no
 * time (no `seconds:`), are not said in the slot and are there to be read
 * (claims checked, references). The slot (`duration:` in the headmatter) less
 * the timed talk is the time left for questions.
 */

/** Speech units a minute for the languages the addon knows: Chinese characters (a Latin word counts as one), or words; an edition in another language gives its `speakingRate`. */
export const speakingRates: Record<string, number> = {
  'zh-CN': 240,
  'en': 140,
  'de': 120,
}

const latinWord = /[\p{Script=Latin}\d][\p{Script=Latin}\d.'’_-]*/gu

/** What a speaker says, counted the way `speakingRates` are: Chinese characters plus Latin words in Chinese, words otherwise. */
export function speechUnits(text: string, lang: string): number {
  const words = text.match(latinWord)?.length ?? 0
  return lang.startsWith('zh')
    ? (text.match(hanGlobal)?.length ?? 0) + words
    : words
}

/** How long notes in `lang` take to say, in seconds, at `rate` speech units a minute (the edition's `speakingRate`). */
export function speakingSeconds(text: string, lang: string, rate: number): number {
  return speechUnits(text, lang) / rate * 60
}

/** A slide's planned time from its frontmatter's `seconds`, or 0 when it plans none. */
export function plannedSeconds(frontmatter: Record<string, unknown> | undefined): number {
  const value = frontmatter?.seconds
  return typeof value === 'number' && Number.isFinite(value) && value > 0
    ? value
    : 0
}

/** The closing slide: the last slide that plans time (1-based), 0 when none does. */
export function closingSlide(plan: readonly number[]): number {
  for (let i = plan.length - 1; i >= 0; i--) {
    if (plan[i]! > 0)
      return i + 1
  }
  return 0
}

/** The two parts of a talk, as 1-based slide ranges: the timed talk up to its closing slide, then the appendix (empty when `from` > `to`). */
export function talkParts(plan: readonly number[]): { timed: { from: number, to: number }, appendix: { from: number, to: number } } {
  const close = closingSlide(plan)
  return {
    timed: { from: 1, to: close },
    appendix: { from: close + 1, to: plan.length },
  }
}

/** How long the timed talk is planned to take, and what the slot (`duration`, in seconds) leaves after it for questions. */
export function talkLength(plan: readonly number[], duration: number): { talk: number, questions: number } {
  const talk = plan.reduce((sum, s) => sum + s, 0)
  return {
    talk,
    questions: Math.max(0, duration - talk),
  }
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
