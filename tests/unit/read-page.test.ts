import type { ReadPage } from '../../packages/talk-site-cli/node/read-page'
import { PDFDocument, PDFName } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { keepTags, pdf17Roles } from '../../packages/talk-site-cli/node/outline'
import { pictureBatches, pictureBoxes, picturePath, pictures } from '../../packages/talk-site-cli/node/pictures'
import { readPageHtml } from '../../packages/talk-site-cli/node/read-page'
import { slidePageHtml, slidePageTitle } from '../../packages/talk-site-cli/node/slide-pages'
import { altText, shownText } from '../../packages/talk-site-cli/node/slide-text'
import { builtInLabels } from '../../packages/talk-site/labels'
import { firstSentence, noteParagraphs } from '../../packages/talk-site/text'
import { describeTags, linkTags } from '../../packages/talk-site/vite/link-tags'
import site from '../../site.config'

describe('notes as prose', () => {
  it('drops click markers, ends a paragraph at a sentence that ends a line or a blank line, joins wrapped lines', () => {
    expect(noteParagraphs('First point.\n[click] Second point, wrapped\nover two lines.\n\nThird')).toEqual([
      'First point.',
      'Second point, wrapped over two lines.',
      'Third',
    ])
    expect(noteParagraphs('大家好。\n[click:2] 第二段，\n接着写。')).toEqual(['大家好。', '第二段，接着写。'])
  })

  it('gives the first sentence with its closing mark, in either script', () => {
    expect(firstSentence('[click] Hello everyone. For the next minutes…')).toBe('Hello everyone.')
    expect(firstSentence('He wrote “Linux Hackers.” Then it went on.')).toBe('He wrote “Linux Hackers.”')
    expect(firstSentence('大家好。接下来的二十五分钟')).toBe('大家好。')
  })
})

describe('a slide in words', () => {
  const diagram = {
    diagram: { title: 'How it updates', description: 'A new version goes to the spare partition' },
  }

  it('says the title once, then what the slide shows in order, each diagram as its title and description', () => {
    expect(altText('Two partitions', [
      { text: 'Two partitions' },
      { text: 'Before the diagram' },
      diagram,
    ], 'Diagram'))
      .toBe('Two partitions. Before the diagram. Diagram: How it updates. A new version goes to the spare partition.')
  })

  it('closes sentences the way their script does', () => {
    expect(altText('两个分区', [
      { text: '两个分区' },
      { text: '下载' },
      {
        diagram: { title: '更新', description: '写入备用分区' },
      },
    ], '图示'))
      .toBe('两个分区。下载。图示：更新。写入备用分区。')
  })

  it('without the title, for a preview of a slide whose notes are private', () => {
    expect(shownText('Title', [
      { text: 'Title' },
      { text: 'One line' },
      diagram,
    ])).toBe('One line.')
  })
})

describe('the annotated page', () => {
  const labels = builtInLabels.en!
  const slide = (no: number, chapter: string | undefined, title: string): ReadPage['slides'][number] => ({
    no,
    title,
    chapter,
    alt: `${title}. What it shows & more.`,
    notes: [`Notes of ${no}.`, 'A <second> paragraph.'],
    links: no === 3
      ? [
          { text: 'A source & its title', href: 'https://example.com/a?b=1&c=2' },
        ]
      : [],
  })
  const page: ReadPage = {
    lang: 'en',
    labels,
    title: 'A Talk',
    description: 'What it is about.',
    speaker: 'Someone',
    event: 'Somewhere',
    duration: 25 * 60,
    base: '/talk/en/',
    downloads: [
      { href: '/talk/en/a.pdf', file: 'a.pdf', label: labels.downloadSlides },
    ],
    editions: [
      { name: '中文', locale: 'zh-CN', href: '/talk/read/' },
    ],
    chapterTitle: id => ({ one: 'Chapter one', two: 'Chapter two' })[id],
    slides: [
      slide(1, undefined, 'A Talk'),
      slide(2, 'one', 'Chapter one'),
      slide(3, 'one', 'Inside one'),
      slide(4, 'two', 'Opens two'),
    ],
    canvas: { width: 980, height: 552 },
    head: [
      ...describeTags('t', 'd'),
      ...linkTags(site, site.editions[1]!, { path: 'read/' }),
    ],
    withNotes: true,
    serviceWorker: '/talk/en/sw.js',
  }
  const html = readPageHtml(page)

  it('has a section per slide in order, under its anchor, with its picture, notes and a link into the deck', () => {
    expect([
      ...html.matchAll(/<section id="(\d+)"/g),
    ].map(m => m[1])).toEqual(['1', '2', '3', '4'])
    expect(html).toContain('<p>A &lt;second&gt; paragraph.</p>')
    expect(html).toContain('alt="Inside one. What it shows &amp; more."')
    expect(html).toContain('<a href="/talk/en/3">Open slide 3 in the deck</a>')
    expect(html).toContain(`srcset="/talk/en/${picturePath(3, 'dark', pictures.widths[0])} ${pictures.widths[0]}w`)
    expect(html).toContain('<source media="(prefers-color-scheme: dark)"')
  })

  it('folds the links a slide shows under its notes, and adds no list to a slide without links', () => {
    expect(html).toMatch(/<section id="3"[\s\S]*<details class="sources"><summary>Links on this slide \(1\)<\/summary><ul>\n<li><a href="https:\/\/example.com\/a\?b=1&amp;c=2">A source &amp; its title<\/a><\/li>\n<\/ul><\/details>\n<p class="open">/)
    expect(html.match(/<details/g)).toHaveLength(1)
  })

  it('loads only the first picture at once, and gives every picture its size', () => {
    const images = [
      ...html.matchAll(/<img[^>]*>/g),
    ].map(m => m[0])
    expect(images).toHaveLength(4)
    expect(images[0]).not.toContain('loading="lazy"')
    expect(images.slice(1).every(img => img.includes('loading="lazy"'))).toBe(true)
    expect(images.every(img => img.includes('width="980" height="552"'))).toBe(true)
  })

  it('heads each chapter with its title; a divider that bears it is that heading', () => {
    expect(html).toContain('<h2 id="title-1"><span class="no">1</span>A Talk</h2>')
    expect(html).toContain('<h2 id="title-2"><span class="no">2</span>Chapter one</h2>')
    expect(html).toContain('<h3 id="title-3"><span class="no">3</span>Inside one</h3>')
    expect(html).toMatch(/<h2 class="chapter-start">Chapter two<\/h2>\s*<section id="4"[^>]*>\s*<h3 id="title-4">/)
    expect(html).toContain('<li><span class="no">2–3</span><a href="#2">Chapter one</a></li>')
    expect(html).toContain('<li><span class="no">4</span><a href="#4">Chapter two</a></li>')
  })

  it('says who, where and how long, and links to the slides, the PDFs and the other editions', () => {
    expect(html).toContain('<p class="meta">Someone · Somewhere · about 25 minutes</p>')
    expect(html).toContain('<a href="/talk/en/">Open the slides</a>')
    expect(html).toContain('<a href="/talk/en/a.pdf" download="a.pdf">')
    expect(html).toContain('<a href="/talk/read/" hreflang="zh-CN" lang="zh-CN">中文</a>')
    expect(html).toContain('<link rel="canonical" href="https://coreos-story.github.io/coreos-story/en/read/">')
    expect(html).toContain('<link rel="alternate" hreflang="zh-CN" href="https://coreos-story.github.io/coreos-story/read/">')
  })

  it('works without JavaScript; the only script registers the offline cache', () => {
    expect([
      ...html.matchAll(/<script>([\s\S]*?)<\/script>/g),
    ].map(m => m[1])).toEqual([
      'if (\'serviceWorker\' in navigator) addEventListener(\'load\', () => navigator.serviceWorker.register("/talk/en/sw.js", { scope: "/talk/en/" }))',
    ])
    expect(readPageHtml({ ...page, serviceWorker: undefined })).not.toContain('<script')
  })

  it('without the notes, says what it offers instead and shows none', () => {
    const without = readPageHtml({
      ...page,
      withNotes: false,
      slides: page.slides.map(s => ({ ...s, notes: [] })),
    })
    expect(without).toContain(labels.readIntroWithoutNotes.replace('{count}', '4'))
    expect(without).not.toContain('Notes of')
  })
})

describe('a slide\'s own page', () => {
  const index = '<html><head>\n<title>Talk</title>\n<meta name="description" content="Talk.">\n<meta property="og:title" content="Talk">\n<link rel="canonical" href="https://x.org/">\n<meta name="twitter:image" content="https://x.org/1.jpg">\n<script src="/app.js"></script>\n</head><body></body></html>'

  it('is named "no · slide · talk"', () => {
    expect(slidePageTitle(17, '镜像与安全：Quay 和 Clair', 'CoreOS：从车库到 Red Hat')).toBe('17 · 镜像与安全：Quay 和 Clair · CoreOS：从车库到 Red Hat')
  })

  it('is the app with the slide\'s own title and tags in place of the deck\'s', () => {
    const html = slidePageHtml(index, {
      title: '3 · Three & more · Talk',
      tags: describeTags('3 · Three', 'Its first sentence.'),
    })
    expect(html.match(/<title>/g)).toHaveLength(1)
    expect(html).toContain('<title>3 · Three &amp; more · Talk</title>')
    expect(html).toContain('<meta name="description" content="Its first sentence.">')
    expect(html).not.toContain('content="Talk."')
    expect(html).not.toContain('canonical')
    expect(html).not.toContain('twitter:image')
    expect(html).toContain('<script src="/app.js"></script>')
  })

  it('refuses a page that is not a built index.html', () => {
    expect(() => slidePageHtml('<p>no head</p>', { title: 't', tags: [] })).toThrow('no <title> or </head>')
  })
})

describe('pictures', () => {
  const deck = {
    info: {
      canvas: { width: 980, height: 552 },
    } as never,
    slides: [1, 2, 3].map(no => ({ no, title: `Slide ${no}`, where: `slides.md:${no * 10}` })) as never,
  }
  const box = (no: number, height = 552) => ({
    no,
    id: String(no),
    x: 0,
    y: (no - 1) * 552,
    width: 980,
    height,
  })

  it('are taken of each slide\'s last printed page', () => {
    expect(pictureBoxes(deck, [
      box(1),
      box(2),
      {
        ...box(2),
        y: 9999,
      },
      box(3),
    ]).map(b => b.y)).toEqual([0, 9999, 1104])
  })

  it('name the slide whose picture cannot be taken', () => {
    expect(() => pictureBoxes(deck, [
      box(1),
      box(3),
    ])).toThrow('slide 2 (slides.md:20, "Slide 2"): its picture cannot be taken: the print view does not show it')
    expect(() => pictureBoxes(deck, [
      box(1),
      box(2, 600),
      box(3),
    ])).toThrow('slide 2 (slides.md:20, "Slide 2"): its picture cannot be taken: the print view shows it 980×600 px')
  })

  it('are drawn in screenshots as tall as a batch, past the slides taken from the cache', () => {
    const runs = (nos: number[], batch: number) => pictureBatches(nos.map(no => box(no)), 552, batch).map(run => run.map(b => b.no))
    expect(runs([1, 2, 3, 4, 5], 2)).toEqual([
      [1, 2],
      [3, 4],
      [5],
    ])
    // 1 and 3 fit in one screenshot of three slides' height; 5 is past it.
    expect(runs([1, 3, 5], 3)).toEqual([
      [1, 3],
      [5],
    ])
    expect(runs([2], 9)).toEqual([
      [2],
    ])
    expect(runs([], 9)).toEqual([])
  })
})

describe('tagged PDFs', () => {
  it('keep their structure tree, with PDF 2.0 types mapped for PDF 1.7 readers', async () => {
    const doc = await PDFDocument.create()
    doc.catalog.set(PDFName.of('MarkInfo'), doc.context.obj({ Marked: true }))
    doc.catalog.set(PDFName.of('StructTreeRoot'), doc.context.register(doc.context.obj({ Type: 'StructTreeRoot' })))
    keepTags(doc)
    const saved = await PDFDocument.load(await doc.save())
    const root = saved.catalog.lookup(PDFName.of('StructTreeRoot'))
    expect(String(root)).toContain(`/Strong /${pdf17Roles.Strong}`)
  })

  it('refuse a PDF Chromium printed without tags', async () => {
    const untagged = await PDFDocument.create()
    expect(() => keepTags(untagged)).toThrow('without tags')
  })
})
