import type { Page } from '@playwright/test'
import type { ChapterId } from '../data/types'
import type { DeckSlide } from './lib/deck'
import type { OutlineEntry } from './lib/pdf'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs, promisify } from 'node:util'
import { chromiumArgs, requireChromium } from './lib/chromium'

const help = `Usage: npm run export -- [options]

Writes the slides as a PDF and a speaker handout (A4, two slides a page with their notes):
  <out>/<exportFilename>.pdf
  <out>/<exportFilename>.handout.pdf

Options:
  --out DIR               where to write (default: exports)
  --with-clicks           one page per click step instead of one per slide
  --dark                  use the dark colour scheme
  --entry FILE            the deck to export (default: slides.md)
  --executable-path PATH  the Chromium to use (else CHROMIUM_PATH, /usr/bin/chromium, chromium on PATH)
  -h, --help              this text

Exit codes: 0 written, 1 a slide or the build failed (nothing written), 2 no Chromium.`

const { values } = parseArgs({
  options: {
    'out': { type: 'string', default: 'exports' },
    'with-clicks': { type: 'boolean', default: false },
    'dark': { type: 'boolean', default: false },
    'entry': { type: 'string', default: 'slides.md' },
    'executable-path': { type: 'string' },
    'help': { type: 'boolean', short: 'h' },
  },
})

if (values.help) {
  console.log(help)
  process.exit(0)
}

class SlideError extends Error {}

const started = performance.now()
const elapsed = (): string => ((performance.now() - started) / 1000).toFixed(1)
// Checked before anything heavy is loaded, so a missing browser is reported at once.
const executablePath = requireChromium(values['executable-path'])
const [{ chromium }, { PDFDocument }, { chapterById }, { localeFromLang }, { talk }, { chapterIds }, { ui }, { loadDeck, loadDeckInfo }, { handoutHtml, placeSlides, slotsPerPage }, { addOutline, setMetadata, writeFilesAtomic }, { isDrawn, renderProblems }, { serveDist }] = await Promise.all([
  import('@playwright/test'),
  import('pdf-lib'),
  import('../data/chapters'),
  import('../data/locale'),
  import('../data/talk'),
  import('../data/types'),
  import('../data/ui'),
  import('./lib/deck'),
  import('./lib/handout'),
  import('./lib/pdf'),
  import('./lib/slide'),
  import('./lib/serve'),
])
const entry = values.entry
const [slides, info] = await Promise.all([
  loadDeck(entry),
  loadDeckInfo(entry),
]).catch((error: Error) => {
  console.error(`✗ ${error.message}`)
  process.exit(1)
})
const outDir = resolve(values.out)
const slidesPath = join(outDir, `${info.exportFilename}.pdf`)
const handoutPath = join(outDir, `${info.exportFilename}.handout.pdf`)
const locale = localeFromLang(info.lang)
const notesLabel = ui.notes[locale]

function describe(slide: DeckSlide | undefined, no: number): string {
  return slide
    ? `slide ${no} (${slide.where}, "${slide.title}")`
    : `slide ${no}`
}

async function build(dir: string): Promise<void> {
  const slidev = resolve('node_modules/.bin/slidev')
  try {
    await promisify(execFile)(slidev, [
      'build',
      entry,
      '--out',
      dir,
      '--base',
      '/',
    ], {
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, DECK_PRINT_VIEW: '1' },
    })
  }
  catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string, stderr?: string }
    throw new Error(`slidev build ${entry} failed:\n${stderr || stdout}`.trim())
  }
}

/** Waits until every slide of the print view is drawn, reporting each one; throws naming the first broken slide. */
async function waitForPrintView(page: Page): Promise<{ no: number, id: string }[]> {
  const containers = await page.locator('.print-slide-container').evaluateAll(nodes => nodes.map(n => n.id))
  const pages = containers.map(id => ({
    id,
    no: Number(id.split('-')[0]),
  }))
  const lastNo = pages.at(-1)?.no ?? 0
  if (pages.length === 0)
    throw new Error(`The build of ${entry} has no print view (/print). Its folder needs a vite.config.ts that re-exports the project's.`)
  if (lastNo !== slides.length)
    throw new Error(`The print view shows ${pages.length} page(s) ending at slide ${lastNo}; the deck has ${slides.length} slides.`)
  for (const [i, { id, no }] of pages.entries()) {
    const slide = slides[no - 1]
    const selector = `[id="${id}"]`
    try {
      await page.waitForFunction(isDrawn, selector, { timeout: 30_000 })
    }
    catch {
      throw new SlideError(`${describe(slide, no)} did not finish rendering within 30 s.`)
    }
    const problems = await page.evaluate(renderProblems, selector)
    if (problems.length > 0)
      throw new SlideError(`${describe(slide, no)}: ${problems.join('; ')}. Fix the slide and export again.`)
    console.log(`  [${String(i + 1).padStart(2)}/${pages.length}] slide ${no}: ${slide?.title ?? ''}`)
  }
  return pages
}

/** Chapters as top-level bookmarks with their slides under them; slides outside any chapter stand alone. */
function outline(pages: { no: number }[]): OutlineEntry[] {
  const firstPage = (no: number): number => pages.findIndex(p => p.no === no)
  const entries: OutlineEntry[] = []
  let chapter: OutlineEntry | undefined
  let chapterId: unknown
  for (const slide of slides) {
    const item = {
      title: slide.title || `${slide.no}`,
      page: firstPage(slide.no),
    }
    const id = slide.frontmatter.chapter
    if (!chapterIds.includes(id as ChapterId)) {
      entries.push(item)
      chapter = undefined
      continue
    }
    if (!chapter || chapterId !== id) {
      chapter = { title: chapterById(id as ChapterId).title[locale], page: item.page, children: [] }
      chapterId = id
      entries.push(chapter)
    }
    chapter.children!.push(item)
  }
  return entries
}

const work = await mkdtemp(join(tmpdir(), 'coreos-story-export-'))
let exitCode = 0
try {
  console.log(`Building ${entry}…`)
  // The browser starts while the deck builds; both finish before anything is cleaned up.
  const [launched, built] = await Promise.allSettled([
    chromium.launch({ executablePath, args: chromiumArgs }),
    build(join(work, 'site')),
  ])
  const browser = launched.status === 'fulfilled'
    ? launched.value
    : undefined
  let server: Awaited<ReturnType<typeof serveDist>> | undefined
  try {
    if (built.status === 'rejected')
      throw built.reason
    if (!browser)
      throw new Error(`Chromium (${executablePath}) did not start: ${(launched as PromiseRejectedResult).reason}`)
    server = await serveDist(join(work, 'site'))
    const colorScheme = values.dark ? 'dark' : 'light'
    const page = await browser.newPage({
      viewport: { width: 980, height: 552 },
      colorScheme,
    })
    const errors: string[] = []
    page.on('pageerror', error => errors.push(error.message))
    console.log(`Built in ${elapsed()} s. Rendering ${slides.length} slides…`)
    await page.goto(`${server.url}/print?print=${values['with-clicks'] ? 'clicks' : 'true'}`, { waitUntil: 'networkidle', timeout: 60_000 })
    await page.emulateMedia({ media: 'screen', colorScheme })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    const pages = await waitForPrintView(page)
    console.log(`Rendered at ${elapsed()} s. Writing the PDFs…`)
    if (errors.length > 0)
      throw new Error(`The deck raised errors while rendering:\n${errors.join('\n')}`)

    // The print view ends with an empty helper element; print exactly one page per slide page.
    const slidesDoc = await PDFDocument.load(await page.pdf({
      width: '980px',
      height: '552px',
      printBackground: true,
      margin: {
        top: '0',
        right: '0',
        bottom: '0',
        left: '0',
      },
      pageRanges: `1-${pages.length}`,
    }))
    if (slidesDoc.getPageCount() !== pages.length)
      throw new Error(`Chromium printed ${slidesDoc.getPageCount()} pages for ${pages.length} slides: a slide is taller than the canvas.`)
    const meta = {
      title: info.title,
      author: talk.speaker,
      subject: info.description,
      keywords: info.keywords.split(',').map(k => k.trim()),
      lang: info.lang,
    }
    setMetadata(slidesDoc, meta)
    addOutline(slidesDoc, outline(pages))
    const slidesBytes = await slidesDoc.save()

    // The handout shows each slide at its last click step.
    const lastPageOf = slides.map(slide => pages.findLastIndex(p => p.no === slide.no))
    const layer = await browser.newPage()
    const html = handoutHtml(slides, { lang: info.lang, title: info.title, notesLabel })
    const fonts = resolve('node_modules/@fontsource/noto-sans-sc')
    await layer.route(`${server.url}/__handout/**`, async (route) => {
      const file = new URL(route.request().url()).pathname.replace('/__handout/', '')
      await (file === 'index.html'
        ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
        : route.fulfill({
            path: join(fonts, file),
          }))
    })
    await layer.goto(`${server.url}/__handout/index.html`, { waitUntil: 'networkidle' })
    await layer.evaluate(() => document.fonts.ready.then(() => undefined))
    const clipped = await layer.$$eval('.slot', slots => slots
      .filter((slot) => {
        const notes = slot.querySelector<HTMLElement>('.notes')!
        return notes.scrollHeight > notes.clientHeight + 1
      })
      .map(slot => Number((slot as HTMLElement).dataset.no)))
    if (clipped.length > 0)
      throw new SlideError(clipped.map(no => `${describe(slides[no - 1], no)} has notes too long for the handout; shorten them.`).join('\n'))
    const handoutDoc = await PDFDocument.load(await layer.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }))
    await placeSlides(handoutDoc, await PDFDocument.load(slidesBytes), lastPageOf)
    setMetadata(handoutDoc, { ...meta, title: `${info.title} · ${notesLabel}` })
    addOutline(handoutDoc, slides.map((slide, i) => ({
      title: `${slide.no}. ${slide.title}`,
      page: Math.floor(i / slotsPerPage),
    })))
    const handoutBytes = await handoutDoc.save()

    await mkdir(outDir, { recursive: true })
    await writeFilesAtomic([
      [slidesPath, slidesBytes],
      [handoutPath, handoutBytes],
    ])
    const seconds = elapsed()
    const size = async (path: string): Promise<string> => `${((await stat(path)).size / 1024 / 1024).toFixed(2)} MB`
    console.log(`✓ ${relative(process.cwd(), slidesPath)}: ${slidesDoc.getPageCount()} pages, ${await size(slidesPath)}; ${relative(process.cwd(), handoutPath)}: ${handoutDoc.getPageCount()} pages, ${await size(handoutPath)}; ${seconds} s`)
  }
  finally {
    await browser?.close()
    await server?.close()
  }
}
catch (error) {
  console.error(`✗ Export failed, nothing was written. ${(error as Error).message}`)
  exitCode = 1
}
finally {
  await rm(work, { recursive: true, force: true })
}
process.exit(exitCode)
