import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Locale } from '../../data/types'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { chapters } from '../../data/chapters'
import { sources } from '../../data/sources'
import { timeline } from '../../data/timeline'
import { ui } from '../../data/ui'
import { siteDecks } from '../../scripts/lib/print'

const decks = await siteDecks()
const tsx = resolve('node_modules/.bin/tsx')
let out = ''

test.beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'coreos-story-pdf-'))
})

/** Phrases each edition's PDF must give back as text when copied. */
const phrases: Record<Locale, string[]> = {
  'zh-CN': [
    '帕洛阿尔托的一间车库',
    'CNCF毕业',
    '各自去了哪里',
    '车库里诞生CoreOS',
  ],
  'en': [
    ui.cncf.graduated.en,
    ui.acquisition.cash.en,
    timeline.find(m => m.date === '2013-06-06')!.label.en,
    timeline.find(m => m.date === '2018-01-30')!.label.en,
  ],
}

/** Text without any white space, so line breaks in the PDF do not matter. */
const squash = (text: string): string => text.replace(/\s+/g, '')

function exportDeck(args: string[], env: NodeJS.ProcessEnv = process.env): { status: number | null, stdout: string, stderr: string } {
  const run = spawnSync(tsx, ['scripts/export.ts', ...args], { encoding: 'utf8', env, timeout: 240_000 })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

async function open(path: string): Promise<PDFDocumentProxy> {
  return getDocument({
    data: new Uint8Array(readFileSync(path)),
    verbosity: 0,
  }).promise
}

async function pageText(doc: PDFDocumentProxy, no: number): Promise<string> {
  const content = await (await doc.getPage(no)).getTextContent()
  return content.items.map(item => ('str' in item
    ? item.str
    : '')).join('')
}

test.afterAll(() => rmSync(out, { recursive: true, force: true }))

test.describe('npm run export', () => {
  test.describe.configure({ mode: 'serial' })
  let stdout = ''

  test.beforeAll(() => {
    test.setTimeout(400_000)
    const run = exportDeck(['--out', out])
    expect(run.status, run.stderr).toBe(0)
    stdout = run.stdout
  })

  test('writes both editions\' PDFs and handouts, and nothing else', () => {
    expect(readdirSync(out).sort()).toEqual(decks.flatMap(d => [`${d.info.exportFilename}.handout.pdf`, `${d.info.exportFilename}.pdf`]).sort())
  })

  for (const { locale, slides: deck, info } of decks) {
    test.describe(`the ${locale} edition`, () => {
      let slides: PDFDocumentProxy
      let handout: PDFDocumentProxy
      const slidesPdf = (): string => join(out, `${info.exportFilename}.pdf`)
      const handoutPdf = (): string => join(out, `${info.exportFilename}.handout.pdf`)

      test.beforeAll(async () => {
        slides = await open(slidesPdf())
        handout = await open(handoutPdf())
      })

      test('reports every slide and a one-line summary', () => {
        for (const slide of deck)
          expect(stdout).toContain(`slide ${slide.no}: ${slide.title}`)
        expect(stdout).toMatch(new RegExp(`✓ .*${info.exportFilename}\\.pdf: ${deck.length} pages, [\\d.]+ MB; .*${info.exportFilename}\\.handout\\.pdf: \\d+ pages, [\\d.]+ MB; `))
      })

      test('has one page per slide, each with its title and its own slide number', async () => {
        expect(slides.numPages).toBe(deck.length)
        for (const slide of deck) {
          const text = squash(await pageText(slides, slide.no))
          expect(text, `page ${slide.no} should show "${slide.title}" (${slide.where})`).toContain(squash(slide.title))
          if (slide.no > 1)
            expect(text, `page ${slide.no} should be numbered ${slide.no}`).toContain(`${slide.no}/${deck.length}`)
        }
      })

      test('keeps its text as text that copies out', async () => {
        const all = squash((await Promise.all(deck.map(s => pageText(slides, s.no)))).join(''))
        for (const phrase of phrases[locale])
          expect(all).toContain(squash(phrase))
      })

      test('has an outline with every chapter and its slides', async () => {
        const outline = await slides.getOutline()
        const titles = outline.map(entry => entry.title)
        for (const chapter of chapters) {
          const inChapter = deck.filter(s => s.frontmatter.chapter === chapter.id)
          const entry = outline.find(e => e.title === chapter.title[locale])
          expect(entry, `outline lacks chapter ${chapter.title[locale]}; it has ${titles.join(', ')}`).toBeDefined()
          expect(entry!.items.map(item => item.title)).toEqual(inChapter.map(s => s.title))
        }
      })

      test('embeds every font as a named subset, in both PDFs', () => {
        for (const file of [
          slidesPdf(),
          handoutPdf(),
        ]) {
          const table = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2)
          expect(table.length).toBeGreaterThan(0)
          for (const row of table)
            expect(row, `${file}: font not embedded as a subset (Type 3 means glyphs drawn as pictures): ${row}`).toMatch(/ yes +yes +yes /)
        }
      })

      test('keeps links clickable on the references slides', async () => {
        const known = new Set(Object.values(sources).map(source => source.url))
        const references = deck.filter(s => s.frontmatter.class === 'references')
        expect(references.length).toBeGreaterThan(0)
        for (const slide of references) {
          const links = (await (await slides.getPage(slide.no)).getAnnotations()).filter(a => a.subtype === 'Link')
          expect(links.length, `no links on page ${slide.no}`).toBeGreaterThan(5)
          for (const link of links)
            expect(known.has(link.url), `unexpected link ${link.url} on page ${slide.no}`).toBe(true)
        }
      })

      test('says what it is: title, author, subject, language', async () => {
        const { info: meta } = await slides.getMetadata() as { info: Record<string, string> }
        expect(meta.Title).toBe(info.title)
        expect(meta.Author).toBeTruthy()
        expect(meta.Subject).toContain('CoreOS')
        expect(meta.Language).toBe(locale)
      })

      test('the handout has every slide with its notes, on A4', async () => {
        const page = await handout.getPage(1)
        const [, , width, height] = page.view
        expect(Math.round(width!)).toBe(595)
        expect(Math.round(height!)).toBe(842)
        expect(handout.numPages).toBe(Math.ceil(deck.length / 2))
        const all = squash((await Promise.all(Array.from({ length: handout.numPages }, (_, i) => pageText(handout, i + 1)))).join(''))
        expect(all, 'handout labels its notes').toContain(squash(ui.notes[locale]))
        for (const slide of deck) {
          expect(all, `handout lacks the title of slide ${slide.no}`).toContain(squash(slide.title))
          expect(all, `handout lacks the notes of slide ${slide.no} (${slide.where})`).toContain(squash(slide.note))
        }
      })
    })
  }
})

test('--dark --with-clicks: a page per click step, on a dark canvas, for each edition', () => {
  test.setTimeout(400_000)
  const dir = join(out, 'dark')
  const run = exportDeck([
    '--dark',
    '--with-clicks',
    '--out',
    dir,
  ])
  expect(run.status, run.stderr).toBe(0)
  for (const { slides: deck, info } of decks) {
    const pdf = join(dir, `${info.exportFilename}.pdf`)
    const pages = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1])
    expect(pages, `${pdf}: the lessons slide reveals its points one click at a time`).toBeGreaterThan(deck.length)
    // Average grey level of slide 2, rendered small: dark pages are mostly dark.
    const pgm = execFileSync('pdftoppm', [
      '-r',
      '12',
      '-f',
      '2',
      '-l',
      '2',
      '-gray',
      pdf,
    ])
    const pixels = pgm.subarray(pgm.length - Math.floor(pgm.length * 0.9))
    const mean = pixels.reduce((sum, value) => sum + value, 0) / pixels.length
    expect(mean, `slide 2 of ${pdf} should be dark`).toBeLessThan(80)
  }
})

test.describe('export failures', () => {
  test('no Chromium: exit 2 with how to install one', () => {
    const run = exportDeck([
      '--out',
      join(out, 'none'),
    ], { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('apt-get install chromium')
    expect(run.stderr).toContain('npx playwright install chromium')
    expect(existsSync(join(out, 'none'))).toBe(false)
  })

  test('a broken slide: non-zero exit naming it, and the previous PDF is kept', () => {
    test.setTimeout(240_000)
    const dir = join(out, 'broken')
    mkdirSync(dir, { recursive: true })
    const previous = join(dir, 'slides.pdf')
    writeFileSync(previous, '%PDF-previous good export')
    const run = exportDeck([
      '--entry',
      'tests/fixtures/broken-mermaid/slides.md',
      '--out',
      dir,
    ])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('slide 2 (tests/fixtures/broken-mermaid/slides.md')
    expect(run.stderr).toContain('nothing was written')
    expect(readFileSync(previous, 'utf8')).toBe('%PDF-previous good export')
    expect(readdirSync(dir)).toEqual(['slides.pdf'])
  })
})
