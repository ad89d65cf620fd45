// The talk fits its slot with time to spare: the timed talk, from the cover to
// the closing slide, plans less than the 25 minutes the headmatter promises,
// its notes are what can be said in that time, and the appendix after the
// close plans no time at all.
import type { DeckSlide } from '../../packages/talk-site/node/deck'
import { parseTimeString } from '@slidev/parser/utils'
import { describe, expect, it } from 'vitest'
import { loadDeck, loadDeckInfo } from '../../packages/talk-site/node/deck'
import { clock, closingSlide, paceAt, plannedSeconds, speakingSeconds, speechUnits, talkLength, talkParts } from '../../packages/talk-site/pacing'
import { editionList, expectNone, sourceOf, visibleText } from './support'

const decks = await Promise.all(editionList.map(async edition => ({ edition, deck: await loadDeck(edition.entry) })))
const name = (slide: DeckSlide) => `slide ${slide.no} “${slide.title}” (${slide.where})`

/** The slot the talk is given: the headmatter's `duration`. */
const slotSeconds = 25 * 60
/** The timed talk plans this long; the rest of the slot is slack for the room and for questions. */
const plannedTalk = { min: 21.5 * 60, max: 22.5 * 60 }
/** Its notes, read at the speaking rate, take this long. */
const spokenTalk = { min: 20.5 * 60, max: 22.5 * 60 }
/** The notes of every timed slide take this share of its planned time. */
const fit = { min: 0.7, max: 1.15 }
/** The chapter of the slides after the close, which are read and not said. */
const appendixChapter = 'appendix'

const span = ({ min, max }: { min: number, max: number }) => `${clock(min)}–${clock(max)}`
const planOf = (deck: DeckSlide[]) => deck.map(slide => plannedSeconds(slide.frontmatter))
/** The edition's speaking rate, as the site config resolves it. */
const rateOf = (locale: string): number => editionList.find(edition => edition.locale === locale)!.speakingRate

/** Timed slides whose notes fall outside the fit, named. */
function misfits(deck: DeckSlide[], locale: string): string[] {
  return deck.flatMap((slide) => {
    const plan = plannedSeconds(slide.frontmatter)
    if (plan === 0)
      return []
    const said = speakingSeconds(slide.note, locale, rateOf(locale))
    const share = said / plan
    return share >= fit.min && share <= fit.max
      ? []
      : [`${name(slide)}: notes take ${clock(said)} for a planned ${clock(plan)} (${Math.round(share * 100)} %, expected ${Math.round(fit.min * 100)}–${Math.round(fit.max * 100)} %)`]
  })
}

/** The timed talk's plan and notes against the slot, named by the closing slide that ends it. */
function timedTalkProblems(deck: DeckSlide[], locale: string, slot: number): string[] {
  const plan = planOf(deck)
  const close = deck[closingSlide(plan) - 1]
  if (!close)
    return ['no slide plans any time: give the timed slides `seconds:`']
  const { talk, questions } = talkLength(plan, slot)
  const notes = deck.slice(0, close.no).reduce((sum, slide) => sum + speakingSeconds(slide.note, locale, rateOf(locale)), 0)
  return [
    ...(talk >= plannedTalk.min && talk <= plannedTalk.max
      ? []
      : [`${name(close)} closes a timed talk planned at ${clock(talk)}, leaving ${clock(questions)} of the ${clock(slot)} slot: plan it at ${span(plannedTalk)}`]),
    ...(notes >= spokenTalk.min && notes <= spokenTalk.max
      ? []
      : [`${name(close)} closes a timed talk whose notes take ${clock(notes)}: they should take ${span(spokenTalk)}`]),
    ...deck.slice(0, close.no).filter(slide => plannedSeconds(slide.frontmatter) === 0).map(slide => `${name(slide)} comes before the closing slide but plans no time: give it \`seconds:\``),
  ]
}

/** The appendix: the slides after the closing slide, all in the appendix chapter, none planning time. */
function appendixProblems(deck: DeckSlide[]): string[] {
  const plan = planOf(deck)
  const close = closingSlide(plan)
  const closing = deck[close - 1]
  const closeName = closing
    ? name(closing)
    : 'no closing slide'
  return deck.flatMap((slide) => {
    const inAppendix = slide.frontmatter.chapter === appendixChapter
    const problems: string[] = []
    if (inAppendix && slide.no < close)
      problems.push(`${name(slide)} is in the appendix but comes before the closing slide, ${closeName}: move it after the close`)
    if (!inAppendix && slide.no > close)
      problems.push(`${name(slide)} comes after the closing slide, ${closeName}, but is not in the appendix: give it \`chapter: ${appendixChapter}\``)
    if (inAppendix && 'seconds' in slide.frontmatter)
      problems.push(`${name(slide)} is in the appendix but plans ${String(slide.frontmatter.seconds)} s: the appendix is read, not said; remove its \`seconds:\``)
    return problems
  })
}

describe('counting speech', () => {
  it('counts Chinese characters and Latin words in Chinese, words in English', () => {
    expect(speechUnits('etcd 在 2013 年 6 月写下第一行代码。', 'zh-CN')).toBe(3 + 10)
    expect(speechUnits('Container Linux 停止维护', 'zh-CN')).toBe(2 + 4)
    expect(speechUnits('It’s 2.387 亿, bit-for-bit.', 'en')).toBe(3)
  })

  it('reads 240 Chinese characters or 140 English words a minute', () => {
    expect(speakingSeconds('字'.repeat(240), 'zh-CN', 240)).toBe(60)
    expect(speakingSeconds(Array.from({ length: 70 }).fill('word').join(' '), 'en', 140)).toBe(30)
  })
})

describe('pacing against the plan', () => {
  const plan = [10, 45, 30]

  it('places each slide in the plan', () => {
    expect(paceAt(plan, 1, 0)).toEqual({
      slide: 10,
      start: 0,
      end: 10,
      drift: 0,
    })
    expect(paceAt(plan, 3, 60)).toEqual({
      slide: 30,
      start: 55,
      end: 85,
      drift: 0,
    })
  })

  it('is behind after the slide’s planned end and ahead before its planned start', () => {
    expect(paceAt(plan, 2, 95).drift).toBe(40)
    expect(paceAt(plan, 3, 40).drift).toBe(-15)
  })

  it('writes minutes and seconds', () => {
    expect(clock(754)).toBe('12:34')
    expect(clock(-40)).toBe('0:40')
    expect(clock(5)).toBe('0:05')
  })
})

describe('the timed talk and its appendix', () => {
  it('closes on the last slide that plans time; the slides after it are the appendix', () => {
    expect(closingSlide([10, 45, 20, 0, 0])).toBe(3)
    expect(talkParts([10, 45, 20, 0, 0])).toEqual({
      timed: { from: 1, to: 3 },
      appendix: { from: 4, to: 5 },
    })
    expect(talkParts([10, 20])).toEqual({
      timed: { from: 1, to: 2 },
      appendix: { from: 3, to: 2 },
    })
    expect(closingSlide([0, 0])).toBe(0)
  })

  it('plans no time for a slide without `seconds:`, or with one that is not a positive number', () => {
    expect(plannedSeconds({ chapter: 'appendix' })).toBe(0)
    expect(plannedSeconds({ seconds: 0 })).toBe(0)
    expect(plannedSeconds({ seconds: '45' })).toBe(0)
    expect(plannedSeconds({ seconds: 45 })).toBe(45)
  })

  it('leaves the rest of the slot for questions, never less than nothing', () => {
    expect(talkLength([10, 45, 20, 0], 120)).toEqual({ talk: 75, questions: 45 })
    expect(talkLength([100, 100], 120)).toEqual({ talk: 200, questions: 0 })
  })
})

describe('the checks themselves, on a fixture deck that breaks them', () => {
  const fixture = 'tests/fixtures/broken-slides/timing.md'
  const at = (no: number) => new RegExp(`^slide ${no} “[^”]+” \\(tests/fixtures/broken-slides/timing\\.md:\\d+\\)`)

  it('names a slide whose notes are far too short or too long for its time', async () => {
    const slide = (note: string, seconds: number): DeckSlide => ({
      no: 2,
      title: 'A slide',
      where: 'slides/x.md:1',
      file: 'slides/x.md',
      note,
      frontmatter: { seconds },
      mermaid: [],
      clicks: false,
    })
    expect(misfits([
      slide('字'.repeat(40), 60),
    ], 'zh-CN')).toEqual(['slide 2 “A slide” (slides/x.md:1): notes take 0:10 for a planned 1:00 (17 %, expected 70–115 %)'])
    expect(misfits([
      slide('字'.repeat(300), 60),
    ], 'zh-CN')).toHaveLength(1)
    expect(misfits([
      slide('字'.repeat(240), 60),
    ], 'zh-CN')).toEqual([])
    const broken = await loadDeck('tests/fixtures/broken-slides/slides.md')
    expect(misfits(broken, 'en')).toEqual([
      expect.stringMatching(/^slide 3 “A half-empty slide” \(tests\/fixtures\/broken-slides\/slides\.md:\d+\): notes take 0:02 for a planned 1:00/),
    ])
  })

  it('names the closing slide of a timed talk that leaves no slack', async () => {
    const deck = await loadDeck(fixture)
    const { duration } = await loadDeckInfo(fixture)
    const problems = timedTalkProblems(deck, 'en', duration!)
    expect(problems).toContainEqual(expect.stringMatching(at(5)))
    expect(problems.find(p => at(5).test(p))).toMatch(/planned at 26:00, leaving 0:00 of the 25:00 slot: plan it at 21:30–22:30/)
    expect(problems).toContainEqual(expect.stringMatching(/^slide 3 .* comes before the closing slide but plans no time/))
  })

  it('names an appendix slide before the close, and one that plans time', async () => {
    const problems = appendixProblems(await loadDeck(fixture))
    expect(problems).toEqual([
      expect.stringMatching(/^slide 3 “An appendix slide before the close” .* is in the appendix but comes before the closing slide, slide 5 /),
      expect.stringMatching(/^slide 5 “An appendix slide that plans time” .* is in the appendix but plans 30 s: the appendix is read, not said/),
    ])
  })
})

describe.each(decks)('the $edition.locale edition', ({ edition, deck }) => {
  const plan = planOf(deck)
  const close = deck[closingSlide(plan) - 1]!

  it('gives Slidev’s presenter timer the slot', () => {
    const duration = String(deck[0]!.frontmatter.duration ?? '')
    expect(parseTimeString(duration).seconds, `${edition.entry} headmatter duration “${duration}”`).toBe(slotSeconds)
  })

  it(`plans ${span(plannedTalk)} for the timed talk and its notes take ${span(spokenTalk)}, the rest of the slot left for questions`, () => {
    expectNone(timedTalkProblems(deck, edition.locale, slotSeconds), 'the timed talk against its slot')
  })

  it('closes on the slide that thanks the room and shows where to read the talk again', () => {
    expect(sourceOf(deck, close), `${name(close)} is the closing slide`).toContain('<ClosingCard')
  })

  it('puts the claims checked and the references after the close, in the appendix, planning no time', () => {
    expectNone(appendixProblems(deck), 'slides misplaced around the appendix')
    const appendix = deck.filter(slide => slide.frontmatter.chapter === appendixChapter)
    expect(appendix.length, 'appendix slides').toBeGreaterThan(0)
    expect(appendix.map(slide => plannedSeconds(slide.frontmatter))).toEqual(appendix.map(() => 0))
    expect(appendix.some(slide => slide.frontmatter.class === 'references'), 'the references are in the appendix').toBe(true)
  })

  it('has notes that fit each timed slide’s planned time', () => {
    expectNone(misfits(deck, edition.locale), 'notes that do not fit their slide')
  })

  it('states the talk’s length on its agenda from the plan, not typed by hand', () => {
    const agenda = deck.find(slide => sourceOf(deck, slide).includes('<Agenda'))!
    expect(visibleText(sourceOf(deck, agenda)), `${name(agenda)} types no length of its own: <Agenda /> states it from the plan`).not.toMatch(/agenda-length|分钟|minutes/)
  })
})
