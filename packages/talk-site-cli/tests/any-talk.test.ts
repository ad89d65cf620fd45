// What a talk of someone else's brings and this one does not: headings with
// markup, slides without a heading, its own layouts, notes longer than a
// handout cell, large media, stylesheets from other hosts, other scripts.
// The browser side is tests/browser/new-talk.spec.ts, on tests/fixtures/any-talk.
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import { loadDeck, slideTitle } from 'slidev-addon-talk-site/node/deck'
import { headingText, markdownAsText } from 'slidev-addon-talk-site/text'
import { precacheLimit, withinLimit } from 'slidev-addon-talk-site/vite/service-worker'
import { describe, expect, it } from 'vitest'
import { fontFaces, handoutPages, slotsPerPage } from '../node/handout'
import { cjkFonts, pageFonts } from '../node/read-page'
import { altText } from '../node/slide-text'

describe('markup as plain words', () => {
  it.each([
    ['**Bold** and __strong__', 'Bold and strong'],
    ['_em_ and *it*', 'em and it'],
    ['`code` and ``a ` tick``', 'code and a ` tick'],
    ['a [link](https://example.org) and ![a picture](p.png)', 'a link and a picture'],
    ['~~gone~~ \\*kept\\*', 'gone *kept*'],
    ['snake_case and 2*3*4 stay', 'snake_case and 2*3*4 stay'],
    ['# A heading line', 'A heading line'],
  ])('%s', (markdown, text) => {
    expect(markdownAsText(markdown)).toBe(text)
  })

  it('keeps HTML in notes as written, and takes it out of headings', () => {
    expect(markdownAsText('<b>bold</b> **too**')).toBe('<b>bold</b> too')
    expect(headingText('<span class="accent">Red</span> &amp; **blue**<br>again')).toBe('Red & blue again')
  })
})

describe('a slide title', () => {
  it('is its first heading in plain words', () => {
    expect(slideTitle('**Bold** words, `code` and a [link](https://slidev.dev/)', '')).toBe('Bold words, code and a link')
  })

  it('is the first line of text a slide without a heading shows, past code and markup', () => {
    expect(slideTitle(undefined, '```js\nconst a = 1\n```\n\n<div class="grid">\n\n- **First** point\n</div>')).toBe('First point')
  })

  it('is empty for a slide that shows no words, and its alternative text then names it', () => {
    expect(slideTitle(undefined, '<img src="/photo.jpg">')).toBe('')
    expect(altText('', [], 'Diagram', '7 · My talk')).toBe('7 · My talk')
  })
})

describe('a layout of the talk\'s own', () => {
  it('without the mark stops the build at once, naming the layout\'s file and line and what to add', async () => {
    await expect(loadDeck('tests/fixtures/unmarked-layout/slides.md')).rejects.toThrow(
      /tests\/fixtures\/unmarked-layout\/layouts\/bare\.vue:1: slide 2 uses this layout[^\n]*add data-talk-site-layout to its root element/,
    )
  })
})

describe('the handout', () => {
  it('puts two slides on a page, and a slide with long notes on a page of its own, in order', () => {
    expect(handoutPages(5, new Set())).toEqual([
      {
        slides: [1, 2],
        alone: false,
      },
      {
        slides: [3, 4],
        alone: false,
      },
      {
        slides: [5],
        alone: false,
      },
    ])
    expect(handoutPages(5, new Set([2]))).toEqual([
      {
        slides: [1],
        alone: false,
      },
      {
        slides: [2],
        alone: true,
      },
      {
        slides: [3, 4],
        alone: false,
      },
      {
        slides: [5],
        alone: false,
      },
    ])
  })

  it('takes fonts from the deck\'s own stylesheets and asks no other host', async () => {
    const asked: string[] = []
    const server = createServer((request, response) => {
      asked.push(request.url ?? '')
      if (request.url === '/deck/')
        response.end('<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter"><link rel="stylesheet" crossorigin href="/deck/assets/index.css">')
      else
        response.end('body { margin: 0 } @font-face { font-family: Own; src: url(own.woff2) }')
    })
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
    try {
      const { port } = server.address() as AddressInfo
      const faces = await fontFaces(`http://127.0.0.1:${port}/deck`)
      expect(faces).toBe('@font-face { font-family: Own; src: url(own.woff2) }')
      expect(asked).toEqual(['/deck/', '/deck/assets/index.css'])
    }
    finally {
      server.close()
    }
  })
})

describe('the offline cache', () => {
  it('leaves media larger than its limit to be cached as viewed, never code, styles or fonts', () => {
    const big = precacheLimit + 1
    const { kept, viewed } = withinLimit([
      { url: 'media/demo.mp4', size: big },
      { url: 'photo.JPG', size: big },
      { url: 'assets/mermaid.js', size: big },
      { url: 'assets/font.woff2', size: big },
      { url: 'media/small.mp4', size: precacheLimit },
    ])
    expect(viewed.map(entry => entry.url)).toEqual(['media/demo.mp4', 'photo.JPG'])
    expect(kept.map(entry => entry.url)).toEqual(['assets/mermaid.js', 'assets/font.woff2', 'media/small.mp4'])
  })
})

describe('the annotated page\'s fonts', () => {
  it.each([
    ['zh-CN', 'PingFang SC'],
    ['zh-Hans', 'Noto Sans CJK SC'],
    ['zh-TW', 'PingFang TC'],
    ['zh-Hant', 'Noto Sans CJK TC'],
    ['zh-HK', 'PingFang HK'],
    ['ja', 'Noto Sans CJK JP'],
    ['ko-KR', 'Noto Sans CJK KR'],
  ])('for %s draw Han in its shapes (%s)', (lang, font) => {
    expect(cjkFonts(lang)).toContain(font)
    expect(pageFonts(lang)).toContain(`"${font}"`)
  })

  it('name no CJK font for a language written without Han', () => {
    expect(cjkFonts('de')).toEqual([])
    expect(pageFonts('en')).not.toMatch(/CJK|PingFang|Hiragino/)
  })
})

describe('what review found in ordinary slides', () => {
  it('keeps code spans as written, and stars and underscores inside words and numbers', () => {
    expect(markdownAsText('`__init__` and `**x**` and `a\\_b`')).toBe('__init__ and **x** and a\\_b')
    expect(markdownAsText('foo__bar__baz, 2**10 and 3**2')).toBe('foo__bar__baz, 2**10 and 3**2')
    expect(headingText('Why `<div>` matters')).toBe('Why <div> matters')
  })

  it('decodes numeric and common named entities in headings, and keeps a link whose address has brackets', () => {
    expect(headingText('a &#39;b&#39; &mdash; c &unknown;')).toBe('a \'b\' — c &unknown;')
    expect(markdownAsText('[a page](https://en.wikipedia.org/wiki/Etcd_(software)) here')).toBe('a page here')
  })

  it('takes a number as a title, and skips slots, expressions, table rows, comments and tags split over lines', () => {
    expect(slideTitle(2024, '')).toBe('2024')
    expect(slideTitle(undefined, '<!-- a -->\n::right::\n{{ $slidev.nav.currentPage }}\n| a | b |\n~~~js\nx\n~~~\n<div\n  class="x">\nReal words')).toBe('Real words')
  })

  it('puts one slide on a handout page when the canvas is too tall for two', () => {
    expect(slotsPerPage({ width: 980, height: 552 })).toBe(2)
    expect(slotsPerPage({ width: 980, height: 735 })).toBe(1)
    expect(handoutPages(3, new Set(), 1).map(page => page.slides)).toEqual([
      [1],
      [2],
      [3],
    ])
  })
})
