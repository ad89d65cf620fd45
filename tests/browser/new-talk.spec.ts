import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { handoutPages } from '../../packages/talk-site-cli/node/handout'
import { loadSite, siteDecks } from '../../packages/talk-site-cli/node/site'
import { loadDeck } from '../../packages/talk-site/node/deck'
import { readPageFolder } from '../../packages/talk-site/paths'
import { slideDom } from '../../packages/talk-site/slidev-internals'
import { largeMedia, served, testSites } from '../support/sites'
import { test as walk, walkDeck } from '../support/walk'

// A new talk as a speaker makes one, by global-setup.ts: `talk-site new
// new-talk --lang en,de`, the packed package installed into it, then its own
// `talk-site build --without-notes` and `talk-site export`.
const { project, exports } = testSites().another
const siteFile = join(project, 'site.config.ts')
const site = await loadSite(siteFile)
const decks = await siteDecks(site, siteFile)

// What tests/fixtures/any-talk adds to the English edition, as a talk of someone else's has it.
const english = decks.find(deck => deck.locale === 'en')!
const longNotes = 'Notes that run long'
const { log } = testSites().another

/** Every file under `dir`, by its path. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => join(entry.parentPath, entry.name))
}

test('the new talk holds nothing of this one: no CoreOS, its fonts, colours or chapters', () => {
  const texts = filesIn(testSites().another.dir).filter(file => /\.(?:html|js|css|json|webmanifest)$/.test(file))
  const ours = /coreos|Noto Sans SC|JetBrains Mono|Container Linux|附录|--deck-accent|#1d6fa5|#c2364a/i
  const found = texts.filter(file => ours.test(readFileSync(file, 'utf8')))
  expect(found).toEqual([])
})

for (const deck of decks) {
  const edition = site.editions.find(e => e.locale === deck.locale)!
  const others = site.editions.filter(e => e !== edition)
  const other = others[0]!

  walk.describe(`the new talk's ${deck.locale} edition`, () => {
    walkDeck(() => testSites().another, deck, site.editions, slide => `slide ${slide.no} passes the deck's own checks`)
  })

  test(`the new talk's ${deck.locale} edition switches language, opens reader mode and offers its slides, in its own words`, async ({ page }) => {
    const { url, path } = served(testSites().another, deck)
    await page.goto(`${url}/2`)
    await expect(page.locator('html')).toHaveAttribute('lang', deck.locale)
    const link = page.locator(`${slideDom.slide(2)} [data-edition="${other.locale}"]`)
    await expect(link).toHaveText(other.name)
    await expect(link).toHaveAttribute('title', edition.labels.otherEdition.replace('{name}', other.name))
    // Built without notes: the reader says so, and there is no handout.
    await page.keyboard.press('n')
    await expect(page.locator('[data-reader-notes]')).toContainText(edition.labels.readerEmpty)
    await expect(page.locator('[data-reader-notes]')).toContainText(edition.labels.readerPosition.replace('{no}', '2').replace('{total}', String(deck.slides.length)))
    const download = page.locator('[data-download]')
    await expect(download).toHaveCount(1)
    await expect(download).toHaveAttribute('title', edition.labels.downloadSlides)
    expect((await page.request.get(`${url}/${deck.info.exportFilename}.pdf`)).headers()['content-type']).toBe('application/pdf')
    expect(existsSync(join(testSites().another.dir, path, `${deck.info.exportFilename}.handout.pdf`))).toBe(false)
    await link.click()
    await expect(page.locator('html')).toHaveAttribute('lang', other.locale)
    await expect(page.locator(slideDom.slide(2))).toBeVisible()
  })

  test(`the new talk's ${deck.locale} edition has a page for each slide and its annotated page`, async ({ request }) => {
    const { url } = served(testSites().another, deck)
    const page = await request.get(`${url}/2`)
    expect(page.status()).toBe(200)
    expect(await page.text()).toContain(`<title>2 · ${deck.slides[1]!.title}`)
    const read = await request.get(`${url}/${readPageFolder}`)
    expect(read.status()).toBe(200)
    const html = await read.text()
    for (const slide of deck.slides)
      expect(html).toContain(slide.title)
  })

  test(`the new talk's ${deck.locale} edition's built files hold none of its speaker notes`, async () => {
    const folder = join(testSites().another.dir, deck.path, 'assets')
    const notes = (await loadDeck(deck.entry)).map(slide => slide.note.split(/[.\n]/)[0]!)
    const scripts = filesIn(folder).filter(file => file.endsWith('.js'))
    const leaked = notes.filter(note => scripts.some(file => readFileSync(file, 'utf8').includes(note)))
    expect(leaked).toEqual([])
  })

  test(`the new talk's ${deck.locale} export gives a tagged slides PDF and a tagged handout`, () => {
    for (const [file, pages] of [
      // Exported --with-clicks: a page for each click step.
      [`${deck.info.exportFilename}.pdf`, deck.slides.length + deck.slides.filter(slide => slide.clicks).length],
      [
        `${deck.info.exportFilename}.handout.pdf`,
        handoutPages(deck.slides.length, new Set(deck.slides.filter(slide => slide.title === longNotes).map(slide => slide.no))).length,
      ],
    ] as const) {
      const info = execFileSync('pdfinfo', [
        join(exports, file),
      ], { encoding: 'utf8' })
      expect(info, file).toMatch(/^Tagged:\s+yes$/m)
      expect(info, file).toMatch(new RegExp(`^Pages:\\s+${pages}$`, 'm'))
    }
  })
}

test('a slide whose notes are longer than a handout cell gets a page of its own, with every sentence, and a warning', () => {
  const slide = english.slides.find(s => s.title === longNotes)!
  expect(log.export).toContain(`slide ${slide.no} (`)
  expect(log.export).toMatch(/has notes longer than a handout cell: it gets a page of its own/)
  const text = execFileSync('pdftotext', [
    join(exports, `${english.info.exportFilename}.handout.pdf`),
    '-',
  ], { encoding: 'utf8' })
  expect(text.replace(/\s+/g, ' ')).toContain('every sentence reaches the page.')
})

test('titles, link previews and the annotated page say headings in plain words, whatever their markup', async ({ request }) => {
  const { url } = served(testSites().another, english)
  const marked = english.slides.find(slide => slide.title.startsWith('Bold words'))!
  expect(marked.title).toBe('Bold words, code and a link')
  expect(english.slides.map(slide => slide.title)).toContain('A slide without a heading, on a layout of the talk\'s own')
  for (const slide of english.slides) {
    const html = await (await request.get(`${url}/${slide.no}.html`)).text()
    const head = html.slice(0, html.indexOf('</head>'))
    expect(/<title>([^<]+)</.exec(head)?.[1], `slide ${slide.no}`).toMatch(new RegExp(`^${slide.no} · .`))
    expect(head.match(/<title>[^<]*<|content="[^"]*"/g)?.join('\n'), `slide ${slide.no}`).not.toMatch(/\*\*|`|\]\(/)
  }
  const read = await (await request.get(`${url}/${readPageFolder}`)).text()
  expect(read).not.toMatch(/\*\*|`/)
})

test('a large video in public/ is cached as it is viewed, not ahead of time, and the build names it', () => {
  const worker = readFileSync(join(testSites().another.dir, english.path, 'sw.js'), 'utf8')
  expect(worker).not.toContain(largeMedia.file)
  expect(worker).toContain('talk-site-media')
  expect(log.build).toContain(`${largeMedia.file} (3.00 MB) is larger than the 2.00 MB the offline cache takes ahead of time`)
})
