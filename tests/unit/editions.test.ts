// The two editions tell the same talk: same slides, chapters, components,
// diagrams and notes; only the words differ. These tests fail when one
// edition gains or loses something the other has.
import type { DeckSlide } from '../../scripts/lib/deck'
import { describe, expect, it } from 'vitest'
import { editionList, editions, editionUrl, parseEditions, siteBaseOf } from '../../data/editions'
import { allowedCjk, cjkOutsideNames } from '../../scripts/lib/check'
import { loadDeck, loadDeckInfo } from '../../scripts/lib/deck'
import { deepLinkScript, denyNestedEditions } from '../../scripts/lib/editions'
import { deckFiles, expectNone, lineOf, readProjectFile, shownData, slideAt, textsIn } from './support'

const decks = await Promise.all(editionList.map(async edition => ({
  edition,
  deck: await loadDeck(edition.entry),
  info: await loadDeckInfo(edition.entry),
})))
const [first, ...others] = decks
const name = (slide: DeckSlide) => `slide ${slide.no} “${slide.title}” (${slide.where})`

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

/** The source of one slide, from its first line to the next slide's. */
function sourceOf(deck: DeckSlide[], slide: DeckSlide): string {
  const lines = readProjectFile(slide.file).split('\n')
  const from = Number(slide.where.split(':').at(-1)) - 1
  const following = deck.find(s => s.no > slide.no && s.file === slide.file)
  const to = following
    ? Number(following.where.split(':').at(-1)) - 1
    : lines.length
  return lines.slice(from, to).join('\n')
}

describe('the editions', () => {
  it('are all read', () => {
    expect(decks.map(d => d.edition.locale)).toEqual(['zh-CN', 'en'])
    for (const { edition, info } of decks) {
      expect(info.lang, `${edition.entry} htmlAttrs.lang`).toBe(edition.locale)
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
      ].flatMap(line => cjkOutsideNames(line[0]).map(chars =>
        `${slideAt(english.deck, file, lineOf(text, line.index))}: “${chars}” in “${line[0].trim()}”`))
    })
    expectNone(found, `Chinese in the English edition (names allowed: ${allowedCjk.join(', ')})`)
  })

  it('gets no Chinese from the data', () => {
    const found = Object.entries(shownData)
      .flatMap(([key, value]) => textsIn(value, key))
      .filter(({ text }) => typeof text.en === 'string' && cjkOutsideNames(text.en).length > 0)
      .map(({ path, text }) => `${path}.en: “${String(text.en)}”`)
    expectNone(found, 'English data strings with Chinese characters')
  })

  it('the check finds Chinese but lets the allowed names through', () => {
    expect(cjkOutsideNames('Red Hat 收购 CoreOS')).toEqual(['收购'])
    expect(cjkOutsideNames(`Switch to ${editions['zh-CN'].name}`)).toEqual([])
  })
})

describe('where the editions are published', () => {
  it('each edition has its own folder under the site, the default one at its root', () => {
    expect(editionUrl('https://example.org/deck/', 'zh-CN')).toBe('https://example.org/deck/')
    expect(editionUrl('https://example.org/deck/', 'en')).toBe('https://example.org/deck/en/')
    expect(siteBaseOf('/deck/en/', editions.en)).toBe('/deck/')
    expect(siteBaseOf('/deck/', editions['zh-CN'])).toBe('/deck/')
    expect(() => siteBaseOf('/deck/', editions.en)).toThrow('/deck/ is not where the en edition lives')
  })

  it('the build names its editions, and an unknown one is refused', () => {
    expect(parseEditions('zh-CN,en')).toEqual(['zh-CN', 'en'])
    expect(parseEditions(undefined)).toEqual([])
    expect(parseEditions('')).toEqual([])
    expect(() => parseEditions('zh-CN,fr')).toThrow('VITE_DECK_EDITIONS names fr')
  })
})

describe('deep links into a nested edition', () => {
  /** Runs the script as a page at `url` would, returning where it sent the browser and what the address bar shows. */
  function open(script: string, url: string): { replaced?: string, shown: string } {
    const at = new URL(url)
    const result: { replaced?: string, shown: string } = { shown: at.pathname + at.search + at.hash }
    const location = {
      pathname: at.pathname,
      search: at.search,
      hash: at.hash,
      replace: (to: string) => {
        result.replaced = to
      },
    }
    const history = {
      state: null,
      replaceState: (_: unknown, __: string, to: string) => {
        result.shown = to
      },
    }
    // eslint-disable-next-line no-new-func
    new Function('location', 'history', script)(location, history)
    return result
  }
  const root = deepLinkScript('/deck/', ['/deck/en/'])
  const english = deepLinkScript('/deck/en/', [])

  it('the default edition\'s 404 page sends /deck/en/17 to the English edition', () => {
    const sent = open(root, 'https://example.org/deck/en/17')
    expect(sent.replaced).toBe('/deck/en/?path=17')
    expect(open(english, `https://example.org${sent.replaced}`).shown).toBe('/deck/en/17')
  })

  it('keeps the query and the fragment', () => {
    const sent = open(root, 'https://example.org/deck/en/print?print=true#top')
    expect(open(english, `https://example.org${sent.replaced}`).shown).toBe('/deck/en/print?print=true#top')
  })

  it('leaves the default edition\'s own deep links alone', () => {
    expect(open(root, 'https://example.org/deck/17')).toEqual({ shown: '/deck/17' })
    expect(open(english, 'https://example.org/deck/en/3')).toEqual({ shown: '/deck/en/3' })
  })
})

describe('the service worker of the default edition', () => {
  const sw = 'e.registerRoute(new e.NavigationRoute(e.createHandlerBoundToURL("index.html"),{denylist:[/^\\/(presenter|notes)/]}))'

  it('leaves the nested editions to their own pages', () => {
    const patched = denyNestedEditions(sw, ['/deck/en/'])
    expect(patched).toContain('denylist:[/^\\/deck\\/en\\//,/^\\/(presenter|notes)/]')
    const denylist = [
      ...patched.matchAll(/\/\^(.+?)\/,/g),
    ].map(m => new RegExp(`^${m[1]}`))
    expect(denylist[0]!.test('/deck/en/17')).toBe(true)
    expect(denylist[0]!.test('/deck/17')).toBe(false)
  })

  it('a service worker written differently fails the build, saying why', () => {
    expect(() => denyNestedEditions('registerRoute(x)', ['/deck/en/'])).toThrow('sw.js has 0 navigation denylists, expected 1')
  })
})
