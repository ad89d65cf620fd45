import type { Rollup } from 'vite'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { normalizeBase } from '../../packages/talk-site-cli/node/serve'
import { defineSite, editionOf, editionUrl, siteBaseOf } from '../../packages/talk-site/index.ts'
import { builtInLabels } from '../../packages/talk-site/labels'
import { loadDeck } from '../../packages/talk-site/node/deck'
import { joinWrappedLines } from '../../packages/talk-site/text'
import { deepLinkScript, nestedBases } from '../../packages/talk-site/vite/deep-links'
import { linkTags, ogImage, unwrapSlidevMeta, withTags } from '../../packages/talk-site/vite/link-tags'
import { optionalFiles } from '../../packages/talk-site/vite/service-worker'
import { dropWoffFallback } from '../../packages/talk-site/vite/woff2-only'
import site from '../../site.config'

describe('base paths', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['coreos-story', '/coreos-story/'],
    ['/coreos-story', '/coreos-story/'],
    ['/talks/coreos-story/', '/talks/coreos-story/'],
  ])('%j is served as %j', (given, base) => {
    expect(normalizeBase(given)).toBe(base)
  })

  it.each([
    'https://example.org/deck/',
    './deck',
    '/deck?x=1',
    '/my deck/',
  ])('%j is refused with a message naming it', (given) => {
    expect(() => normalizeBase(given)).toThrow(`"${given}" is not a base path`)
  })
})

describe('the site config', () => {
  const edition = (locale: string, path: string) => ({
    locale,
    entry: `slides.${locale}.md`,
    path,
    name: locale,
  })

  it('puts the default edition first and each other one in its folder under the public address', () => {
    const checked = defineSite({
      url: 'https://example.org/talk',
      editions: [
        edition('en', 'en/'),
        edition('zh-CN', ''),
      ],
    })
    expect(checked.editions.map(e => e.locale)).toEqual(['zh-CN', 'en'])
    expect(editionUrl(checked, 'zh-CN')).toBe('https://example.org/talk/')
    expect(editionUrl(checked, 'en')).toBe('https://example.org/talk/en/')
    expect(siteBaseOf('/talk/en/', checked.editions[1]!)).toBe('/talk/')
    expect(() => siteBaseOf('/talk/', checked.editions[1]!)).toThrow('/talk/ is not where the en edition lives')
  })

  it.each([
    [
      {
        url: 'example.org',
        editions: [
          edition('en', ''),
        ],
      },
      'site.config.ts: url: must be an http(s) address, such as "https://example.org/talk/"',
    ],
    [
      {
        url: 'https://example.org/',
        editions: [
          edition('en', 'en/'),
        ],
      },
      'exactly one edition lives at the site\'s root',
    ],
    [
      {
        url: 'https://example.org/',
        editions: [
          edition('en', ''),
          edition('de', 'de/x/'),
        ],
      },
      'editions[1].path: must be "" (the root) or one folder such as "en/"',
    ],
    [
      {
        url: 'https://example.org/',
        editions: [
          edition('en', ''),
          edition('fr', 'fr/'),
        ],
      },
      'edition fr: the addon has no words in this language; give labels.languages',
    ],
    [
      {
        url: 'https://example.org/',
        editions: [
          edition('en', ''),
          {
            ...edition('fr', 'fr/'),
            labels: builtInLabels.en,
          },
        ],
      },
      'edition fr: the addon knows no speaking rate in this language; give speakingRate, the words said a minute',
    ],
  ])('refuses %j, saying what to change', (config, message) => {
    expect(() => defineSite(config)).toThrow(message)
  })

  it.each([
    [
      {
        url: 42,
        editions: [
          edition('en', ''),
        ],
      },
      'site.config.ts: url: must be the address the site is published at, such as "https://example.org/talk/"',
    ],
    [
      {
        editions: [
          edition('en', ''),
        ],
      },
      'site.config.ts: url: must be the address the site is published at',
    ],
    [
      {
        url: 'https://example.org/',
        editions: {
          en: edition('en', ''),
        },
      },
      'site.config.ts: editions: must be a list of editions',
    ],
    [
      {
        url: 'https://example.org/',
        editions: [
          {
            ...edition('en', ''),
            name: undefined,
          },
        ],
      },
      'site.config.ts: editions[0].name: must be the language\'s own name',
    ],
    [
      {
        url: 'https://example.org/',
        editions: [
          edition('en', ''),
        ],
        downloads: ['pdf'],
      },
      'site.config.ts: downloads[0]: must be one of \'slides\', \'handout\'',
    ],
    [
      {
        url: 'https://example.org/',
        editions: [
          edition('en', ''),
        ],
        notes: 'yes',
      },
      'site.config.ts: notes: must be true or false',
    ],
    [
      {
        url: 'https://example.org/',
        editions: [
          edition('en', ''),
        ],
        author: 'Ada',
      },
      'site.config.ts: author: must give who gives the talk by language',
    ],
    [
      {
        url: 'https://example.org/',
        editions: [
          edition('en', ''),
        ],
        urls: [],
      },
      'site.config.ts: urls: not a field of the site config; check its spelling',
    ],
    [
      {
        url: 'https://example.org/',
        editions: [
          {
            ...edition('en', ''),
            labels: { note: 'Notes' },
          },
        ],
      },
      'site.config.ts: editions[0].labels.note: not a field of editions[0].labels',
    ],
    [undefined, 'site.config.ts: its default export must be defineSite({ url, editions, … })'],
  ])('names the field of a wrong config and what it must be: %j', (config, message) => {
    expect(() => defineSite(config as Parameters<typeof defineSite>[0])).toThrow(message)
  })

  it('finds the edition a deck\'s lang: names, and names the editions when none matches', () => {
    expect(editionOf(site, 'en').path).toBe('en/')
    expect(() => editionOf(site, 'fr')).toThrow('The deck says lang: fr, but site.config.ts has editions in zh-CN, en')
  })
})

describe('link previews', () => {
  const tagsOf = (locale: string) => linkTags(site, { locale })
  const attrs = (locale: string, key: string): Record<string, string> | undefined =>
    tagsOf(locale).find(tag => tag.attrs?.property === key || tag.attrs?.name === key || tag.attrs?.rel === key)?.attrs as Record<string, string> | undefined

  it.each(site.editions.map(e => e.locale))('of the %s edition point at its public address, with its slide 1 as the picture', (locale) => {
    const url = editionUrl(site, locale)
    expect(attrs(locale, 'canonical')?.href).toBe(url)
    expect(attrs(locale, 'og:url')?.content).toBe(url)
    expect(attrs(locale, 'og:image')?.content).toBe(`${url}${ogImage.file}`)
    expect(attrs(locale, 'twitter:card')?.content).toBe('summary_large_image')
  })

  it('name every edition as an alternate language', () => {
    const alternates = tagsOf('en').filter(tag => tag.attrs?.rel === 'alternate').map(tag => tag.attrs)
    expect(alternates).toEqual(site.editions.map(e => ({
      rel: 'alternate',
      hreflang: e.locale,
      href: editionUrl(site, e.locale),
    })))
  })

  it('are written into a page Slidev serves itself', () => {
    expect(withTags('<head><title>x</title></head>', tagsOf('en'))).toContain(`<link rel="canonical" href="${site.url}en/">\n`)
  })

  it('unwrap the JSON-encoded values Slidev writes, joining Chinese lines without a space', () => {
    const html = '<meta name="description" content="&quot;CoreOS 的故事，\\n被 Red Hat 收购。\\n&quot;"><meta name="author" content="&quot;A B&quot;">'
    expect(unwrapSlidevMeta(html)).toBe('<meta name="description" content="CoreOS 的故事，被 Red Hat 收购。"><meta name="author" content="A B">')
  })
})

describe('wrapped lines', () => {
  it('join without a space next to Chinese and with one between Latin words', () => {
    expect(joinWrappedLines('第一句。\n第二句')).toBe('第一句。第二句')
    expect(joinWrappedLines('<p>rkt\n被归档</p>')).toBe('<p>rkt被归档</p>')
    expect(joinWrappedLines('first line\nsecond line')).toBe('first line second line')
    expect(joinWrappedLines('Container Linux, etcd,\n  the Red Hat acquisition')).toBe('Container Linux, etcd, the Red Hat acquisition')
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
  const root = deepLinkScript('/deck/', nestedBases('/deck/', '', ['', 'en/']))
  const english = deepLinkScript('/deck/en/', nestedBases('/deck/en/', 'en/', ['', 'en/']))

  it('the default edition\'s 404 page sends /deck/en/17 to the English edition', () => {
    const sent = open(root, 'https://example.org/deck/en/17')
    expect(sent.replaced).toBe('/deck/en/?path=17')
    expect(open(english, `https://example.org${sent.replaced}`).shown).toBe('/deck/en/17')
  })

  it('keeps the query and the fragment', () => {
    const sent = open(root, 'https://example.org/deck/en/print?print=true#top')
    expect(open(english, `https://example.org${sent.replaced}`).shown).toBe('/deck/en/print?print=true#top')
  })

  it('leaves each edition\'s own deep links alone', () => {
    expect(open(root, 'https://example.org/deck/17')).toEqual({ shown: '/deck/17' })
    expect(open(english, 'https://example.org/deck/en/3')).toEqual({ shown: '/deck/en/3' })
  })
})

describe('the offline cache', () => {
  const chunk = (fileName: string, moduleIds: string[], imports: string[] = [], dynamicImports: string[] = [], isEntry = false) =>
    [
      fileName,
      {
        type: 'chunk',
        fileName,
        moduleIds,
        imports,
        dynamicImports,
        isEntry,
      },
    ] as const
  const bundle = Object.fromEntries([
    chunk('index.js', ['/app/main.ts'], ['vue.js'], ['print.js', 'Mermaid.js'], true),
    chunk('vue.js', ['/node_modules/vue/index.js']),
    chunk('print.js', ['/node_modules/@slidev/client/pages/print.vue']),
    chunk('Mermaid.js', ['/node_modules/@slidev/client/builtin/Mermaid.vue'], [], ['mermaid.core.js']),
    chunk('mermaid.core.js', ['/node_modules/mermaid/dist/mermaid.core.mjs'], [], ['flowDiagram.js', 'sequenceDiagram.js']),
    chunk('flowDiagram.js', ['/node_modules/mermaid/dist/chunks/flowDiagram.mjs'], ['dagre.js']),
    chunk('sequenceDiagram.js', ['/node_modules/mermaid/dist/chunks/sequenceDiagram.mjs']),
    chunk('dagre.js', ['/node_modules/dagre-d3-es/index.js']),
    [
      'assets/a.woff2',
      { type: 'asset', fileName: 'assets/a.woff2' },
    ],
    [
      'assets/index.css',
      { type: 'asset', fileName: 'assets/index.css' },
    ],
  ]) as unknown as Rollup.OutputBundle

  it('may leave out fonts and the code Mermaid loads only for some kinds of diagram, never the app', () => {
    expect([
      ...optionalFiles(bundle),
    ].sort()).toEqual([
      'assets/a.woff2',
      'dagre.js',
      'flowDiagram.js',
      'sequenceDiagram.js',
    ])
  })

  it('leaves the nested editions to their own service workers', () => {
    expect(nestedBases('/deck/', '', ['', 'en/', 'de/'])).toEqual(['/deck/en/', '/deck/de/'])
    expect(nestedBases('/deck/en/', 'en/', ['', 'en/', 'de/'])).toEqual([])
  })
})

describe('fonts', () => {
  it('keep only the WOFF2 source of a @font-face', () => {
    const css = `src: url(./files/a-400-normal.woff2) format('woff2'), url(./files/a-400-normal.woff) format('woff');`
    expect(dropWoffFallback(css)).toBe(`src: url(./files/a-400-normal.woff2) format('woff2');`)
    const fontsource = readFileSync(resolve('node_modules/@fontsource/noto-sans-sc/400.css'), 'utf8')
    expect(dropWoffFallback(fontsource)).not.toMatch(/\.woff\)/)
    expect(dropWoffFallback(fontsource)).toMatch(/\.woff2\)/)
  })
})

describe('reading a deck', () => {
  it('names a chapter file that does not exist with the line that imports it', async () => {
    await expect(loadDeck('tests/fixtures/missing-chapter/slides.md'))
      .rejects
      .toThrow(/tests\/fixtures\/missing-chapter\/slides\.md:\d+: .*not-there\.md/)
  })

  it('names a deck entry that does not exist', async () => {
    await expect(loadDeck('slides/does-not-exist.md')).rejects.toThrow('slides/does-not-exist.md does not exist')
  })
})
