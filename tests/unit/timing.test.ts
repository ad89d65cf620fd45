// The talk fits its time: every slide plans its seconds, the plan adds up to the
// 25 minutes the headmatter promises, and the notes are what can be said in it.
import type { DeckSlide } from '../../addon/node/deck'
import { parseTimeString } from '@slidev/parser/utils'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../../addon/node/deck'
import { clock, paceAt, plannedSeconds, speakingSeconds, speechUnits } from '../../addon/pacing'
import { editionList, expectNone, readProjectFile } from './support'

const decks = await Promise.all(editionList.map(async edition => ({ edition, deck: await loadDeck(edition.entry) })))
const name = (slide: DeckSlide) => `slide ${slide.no} “${slide.title}” (${slide.where})`

/** The talk is planned to last this long, give or take `tolerance`. */
const talkSeconds = 25 * 60
const tolerance = 60
/** Notes of a content slide take this share of its planned time. */
const fit = { min: 0.65, max: 1.35 }
/** All the notes of an edition, read aloud, take this long. */
const notesMinutes = { min: 23, max: 28 }

/** Covers, chapter dividers and the references slides are not read against the clock. */
function exempt(slide: DeckSlide): boolean {
  return slide.no === 1
    || slide.frontmatter.layout === 'chapter'
    || slide.frontmatter.class === 'references'
}

/** Slides whose notes fall outside the fit, named with their numbers. */
function misfits(deck: DeckSlide[], locale: string): string[] {
  return deck.filter(slide => !exempt(slide)).flatMap((slide) => {
    const plan = plannedSeconds(slide.frontmatter)
    const said = speakingSeconds(slide.note, locale)
    const share = said / plan
    return share >= fit.min && share <= fit.max
      ? []
      : [`${name(slide)}: notes take ${clock(said)} for a planned ${clock(plan)} (${Math.round(share * 100)} %, expected ${fit.min * 100}–${fit.max * 100} %)`]
  })
}

describe('counting speech', () => {
  it('counts Chinese characters and Latin words in Chinese, words in English', () => {
    expect(speechUnits('etcd 在 2013 年 6 月写下第一行代码。', 'zh-CN')).toBe(3 + 10)
    expect(speechUnits('Container Linux 停止维护', 'zh-CN')).toBe(2 + 4)
    expect(speechUnits('It’s 2.387 亿, bit-for-bit.', 'en')).toBe(3)
  })

  it('reads 240 Chinese characters or 140 English words a minute', () => {
    expect(speakingSeconds('字'.repeat(240), 'zh-CN')).toBe(60)
    expect(speakingSeconds(Array.from({ length: 70 }).fill('word').join(' '), 'en')).toBe(30)
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

describe('the fit check itself', () => {
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

  it('names a slide whose notes are far too short or too long for its time', () => {
    expect(misfits([
      slide('字'.repeat(40), 60),
    ], 'zh-CN')).toEqual(['slide 2 “A slide” (slides/x.md:1): notes take 0:10 for a planned 1:00 (17 %, expected 65–135 %)'])
    expect(misfits([
      slide('字'.repeat(400), 60),
    ], 'zh-CN')).toHaveLength(1)
    expect(misfits([
      slide('字'.repeat(240), 60),
    ], 'zh-CN')).toEqual([])
  })

  it('names the fixture slide whose notes are far too short', async () => {
    const fixture = await loadDeck('tests/fixtures/broken-slides/slides.md')
    const timed = fixture.filter(s => plannedSeconds(s.frontmatter) > 0)
    expect(misfits(timed, 'en')).toEqual([
      expect.stringMatching(/^slide 3 “A half-empty slide” \(tests\/fixtures\/broken-slides\/slides\.md:\d+\): notes take 0:02 for a planned 1:00/),
    ])
  })
})

describe.each(decks)('the $edition.locale edition', ({ edition, deck }) => {
  it('plans a time for every slide', () => {
    expectNone(deck.filter(slide => plannedSeconds(slide.frontmatter) === 0).map(name), 'slides without `seconds:` in their frontmatter')
  })

  it('plans 25:00 ± 1:00 in all', () => {
    const total = deck.reduce((sum, slide) => sum + plannedSeconds(slide.frontmatter), 0)
    expect(Math.abs(total - talkSeconds), `planned ${clock(total)}`).toBeLessThanOrEqual(tolerance)
  })

  it('gives Slidev’s presenter timer the same length', () => {
    const duration = String(deck[0]!.frontmatter.duration ?? '')
    expect(parseTimeString(duration).seconds, `${edition.entry} headmatter duration “${duration}”`).toBe(talkSeconds)
  })

  it('says on its agenda slide how long it takes', () => {
    const agenda = deck.find(slide => readProjectFile(slide.file).includes('<Agenda'))!
    const minutes = String(talkSeconds / 60)
    const source = readProjectFile(agenda.file)
    expect(source, `${name(agenda)} states the length`).toMatch(new RegExp(`class="agenda-length">[^<]*\\b${minutes}\\b`))
  })

  it('has notes that fit each slide’s planned time', () => {
    expectNone(misfits(deck, edition.locale), 'notes that do not fit their slide')
  })

  it('has 23 to 28 minutes of notes in all', () => {
    const total = deck.reduce((sum, slide) => sum + speakingSeconds(slide.note, edition.locale), 0) / 60
    expect(total, `notes take ${clock(total * 60)}`).toBeGreaterThanOrEqual(notesMinutes.min)
    expect(total, `notes take ${clock(total * 60)}`).toBeLessThanOrEqual(notesMinutes.max)
  })
})
