// The two editions tell the same talk: same slides, chapters, components,
// diagrams and notes; only the words differ. These tests fail when one
// edition gains or loses something the other has.
import type { DeckSlide } from '../../packages/talk-site/node/deck'
import { describe, expect, it } from 'vitest'
import { loadDeck, loadDeckInfo, slideLabel } from '../../packages/talk-site/node/deck'
import { cjkRuns } from '../../packages/talk-site/text'
import site from '../../site.config'
import { deckFiles, expectNone, lineOf, readProjectFile, shownData, slideAt, sourceOf, textsIn } from './support'

const decks = await Promise.all(site.editions.map(async (edition) => {
  const deck = await loadDeck(edition.entry)
  return {
    edition,
    deck,
    info: await loadDeckInfo(edition.entry),
    headmatter: deck[0]!.frontmatter as { htmlAttrs?: { lang?: string } },
  }
}))
const [first, ...others] = decks
const name = (slide: DeckSlide) => slideLabel(slide)
/** Chinese an English slide may show: the names other editions give themselves (the language switch's 中文). */
const allowedNames = site.editions.map(edition => edition.name)

/** What a slide is made of, apart from its words. */
function shape(slide: DeckSlide) {
  const { chapter, layout, class: cls } = slide.frontmatter
  return {
    chapter,
    layout,
    class: cls,
    diagrams: slide.mermaid.map(code => ({
      type: code.trim().split(/\s+/)[0],
      nodes: [
        ...code.matchAll(/([\w-]+)(?:\[|\(\[|\(\()"/g),
      ].map(m => m[1]),
      styles: code.split('\n').map(line => line.trim()).filter(line => /^(?:class|classDef|columns)\s/.test(line)),
    })),
  }
}

/**
 * The components a slide uses, with their bound and identifying props
 * (`:dates`, `id`, `icon`), in order; titles and labels are words and may differ.
 */
function components(content: string): string[] {
  return [
    ...content.matchAll(/<([A-Z][\w-]*|v-clicks?)\b([^>]*)>/g),
  ].map(([, tag, attrs]) => {
    const kept = [
      ...(attrs ?? '').matchAll(/(?:^|\s)((?::[\w-]+|id|icon|v-for)="[^"]*")/g),
    ].map(m => m[1])
    return [tag, ...kept].join(' ')
  })
}

describe('the editions', () => {
  it('are all read, each in the language site.config.ts gives it', () => {
    expect(decks.map(d => d.edition.locale)).toEqual(['zh-CN', 'en'])
    for (const { edition, info, headmatter } of decks) {
      expect(info.lang, `${edition.entry} lang:`).toBe(edition.locale)
      expect(headmatter.htmlAttrs?.lang, `${edition.entry} htmlAttrs.lang`).toBe(edition.locale)
      expect(info.exportFilename, `${edition.entry} exportFilename`).toBe(`coreos-story.${edition.locale}`)
    }
  })

  it.each(others)('$edition.locale has as many slides as zh-CN', ({ deck }) => {
    expect(deck.length).toBe(first!.deck.length)
  })

  it.each(others)('$edition.locale has the same headmatter as zh-CN apart from its words and language', ({ deck }) => {
    const own = [
      'title',
      'info',
      'lang',
      'htmlAttrs',
      'exportFilename',
      // Each script has its own typeface; that fonts stay bundled is checked per edition.
      'fonts',
    ]
    const settings = (slide: DeckSlide) => Object.fromEntries(Object.entries(slide.frontmatter).filter(([key]) => !own.includes(key)))
    expect(settings(deck[0]!)).toEqual(settings(first!.deck[0]!))
  })

  it.each(others)('every $edition.locale slide has the chapter, layout and diagrams of its zh-CN twin', ({ deck }) => {
    const different = first!.deck.flatMap((twin, i) => {
      const slide = deck[i]
      if (!slide)
        return [`${name(twin)} is missing`]
      return JSON.stringify(shape(slide)) === JSON.stringify(shape(twin))
        ? []
        : [`${name(slide)}: ${JSON.stringify(shape(slide))}\n    differs from ${name(twin)}: ${JSON.stringify(shape(twin))}`]
    })
    expectNone(different, 'slides shaped differently')
  })

  it.each(others)('every $edition.locale slide uses the components of its zh-CN twin', ({ deck }) => {
    const different = first!.deck.flatMap((twin, i) => {
      const slide = deck[i]!
      const mine = components(sourceOf(deck, slide))
      const theirs = components(sourceOf(first!.deck, twin))
      return JSON.stringify(mine) === JSON.stringify(theirs)
        ? []
        : [`${name(slide)} uses ${mine.join(', ') || 'none'}; ${name(twin)} uses ${theirs.join(', ') || 'none'}`]
    })
    expectNone(different, 'slides with other components')
  })

  it.each(others)('every $edition.locale slide has notes where its zh-CN twin has them', ({ deck }) => {
    const missing = first!.deck.flatMap((twin, i) => {
      const slide = deck[i]!
      return (slide.note === '') === (twin.note === '')
        ? []
        : [`${name(slide)} ${slide.note === ''
            ? 'has no notes'
            : 'has notes'}; ${name(twin)} ${twin.note === ''
            ? 'has none'
            : 'has them'}`]
    })
    expectNone(missing, 'notes on one edition only')
  })
})

describe('the English edition', () => {
  const english = decks.find(d => d.edition.locale === 'en')!

  it('shows no Chinese characters on its slides or in its notes, apart from names', () => {
    const found = deckFiles(english.deck).flatMap((file) => {
      const text = readProjectFile(file)
      return [
        ...text.matchAll(/[^\n]*/g),
      ].flatMap(line => cjkRuns(line[0], allowedNames).map(chars =>
        `${slideAt(english.deck, file, lineOf(text, line.index))}: “${chars}” in “${line[0].trim()}”`))
    })
    expectNone(found, `Chinese in the English edition (names allowed: ${allowedNames.join(', ')})`)
  })

  it('gets no Chinese from the data', () => {
    const found = Object.entries(shownData)
      .flatMap(([key, value]) => textsIn(value, key))
      .filter(({ text }) => typeof text.en === 'string' && cjkRuns(text.en, allowedNames).length > 0)
      .map(({ path, text }) => `${path}.en: “${String(text.en)}”`)
    expectNone(found, 'English data strings with Chinese characters')
  })

  it('gets no Chinese from the addon\'s words', () => {
    const labels = Object.entries(english.edition.labels).filter(([, text]) => cjkRuns(text, allowedNames).length > 0)
    expectNone(labels, 'English labels with Chinese characters')
  })

  it('the check finds Chinese but lets the allowed names through', () => {
    expect(cjkRuns('Red Hat 收购 CoreOS', allowedNames)).toEqual(['收购'])
    expect(cjkRuns('Red Hat，收购', allowedNames)).toEqual(['，收购'])
    expect(cjkRuns(`Switch to ${site.editions[0]!.name}`, allowedNames)).toEqual([])
  })
})
