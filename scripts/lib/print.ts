import type { Browser, Page } from '@playwright/test'
import type { ChapterId, Locale } from '../../data/types'
import type { DeckInfo, DeckSlide } from './deck'
import type { OutlineEntry } from './pdf'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { chromium } from '@playwright/test'
import { PDFDocument } from 'pdf-lib'
import { chapterById } from '../../data/chapters'
import { editionList } from '../../data/editions'
import { localeFromLang } from '../../data/locale'
import { talk } from '../../data/talk'
import { chapterIds } from '../../data/types'
import { ui } from '../../data/ui'
import { chromiumArgs } from './chromium'
import { loadDeck, loadDeckInfo } from './deck'
import { denyNestedEditions } from './editions'
import { handoutHtml, placeSlides, slotsPerPage } from './handout'
import { addOutline, setMetadata } from './pdf'
import { serveDist } from './serve'
import { hideOfflineBadge, isDrawn, renderProblems } from './slide'

/** A slide that cannot be printed: its message names the slide and its source file. */
export class SlideError extends Error {}

export function describeSlide(slide: DeckSlide | undefined, no: number): string {
  return slide
    ? `slide ${no} (${slide.where}, "${slide.title}")`
    : `slide ${no}`
}

/** One deck of a site: an edition, or a single deck given with `--entry`. */
export interface SiteDeck {
  entry: string
  locale: Locale
  /** Its folder under the site's base: `''` for the deck at the root, `en/` for English. */
  path: string
  slides: DeckSlide[]
  info: DeckInfo
}

/**
 * The decks a site is built from, read and checked: every edition (the
 * default one at the root), or only `entry` when one is given.
 */
export async function siteDecks(entry?: string): Promise<SiteDeck[]> {
  const chosen = entry === undefined
    ? editionList.map(edition => ({ entry: edition.entry, path: edition.path }))
    : [
        { entry, path: '' },
      ]
  return Promise.all(chosen.map(async (deck) => {
    const [slides, info] = await Promise.all([
      loadDeck(deck.entry),
      loadDeckInfo(deck.entry),
    ])
    return {
      ...deck,
      locale: localeFromLang(info.lang),
      slides,
      info,
    }
  }))
}

/** A deck's address in a served site, without a trailing slash: `http://127.0.0.1:4173/coreos-story/en`. */
export function deckUrl(siteUrl: string, deck: Pick<SiteDeck, 'path'>): string {
  return `${siteUrl}/${deck.path}`.replace(/\/$/, '')
}

export interface BuildOptions {
  decks: Pick<SiteDeck, 'entry' | 'locale' | 'path'>[]
  out: string
  /** The site's base path; each deck is built for its folder under it. */
  base: string
  /** Leave the speaker notes out of the site (`slidev build --without-notes`). */
  withoutNotes?: boolean
  /** A build only printed from and then thrown away: skip minifying and size reports. */
  throwaway?: boolean
  /** Extra environment for the build, e.g. what the client shows. */
  env?: Record<string, string>
}

/**
 * `slidev build` for each deck, into its folder of `out`, with Slidev's print
 * view (/print) kept in, which the PDFs are printed from. With more than one
 * deck, each learns of the others (`VITE_DECK_EDITIONS`) for its language
 * switch, and the root deck's service worker leaves the nested ones alone.
 */
export async function buildSite({ decks, out, base, withoutNotes = false, throwaway = false, env = {} }: BuildOptions): Promise<void> {
  const slidev = resolve('node_modules/.bin/slidev')
  // The root deck first: its build empties `out`, the nested ones only their own folders.
  const ordered = [...decks].sort((a, b) => a.path.length - b.path.length)
  for (const deck of ordered) {
    try {
      await promisify(execFile)(slidev, [
        'build',
        deck.entry,
        '--out',
        join(out, deck.path),
        '--base',
        `${base}${deck.path}`,
        ...(withoutNotes
          ? ['--without-notes']
          : []),
      ], {
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...process.env,
          ...env,
          DECK_LOCALE: deck.locale,
          VITE_DECK_EDITIONS: decks.length > 1
            ? decks.map(d => d.locale).join(',')
            : '',
          DECK_PRINT_VIEW: '1',
          ...(throwaway
            ? { DECK_THROWAWAY_BUILD: '1' }
            : {}),
        },
      })
    }
    catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string, stderr?: string }
      throw new Error(`slidev build ${deck.entry} failed:\n${stderr || stdout}`.trim())
    }
  }
  const nested = ordered.filter(deck => deck.path !== '').map(deck => `${base}${deck.path}`)
  const serviceWorker = join(out, 'sw.js')
  if (nested.length > 0 && existsSync(serviceWorker))
    await writeFile(serviceWorker, denyNestedEditions(await readFile(serviceWorker, 'utf8'), nested))
}

/**
 * Builds the deck into `options.out` while Chromium starts, serves the build
 * under its base path and hands both to `use`. Both finish before anything
 * fails, and the browser and server are closed whatever `use` does.
 */
export async function withBuiltSite<T>(
  options: BuildOptions & { executablePath: string },
  use: (browser: Browser, siteUrl: string) => Promise<T>,
): Promise<T> {
  const { executablePath, ...build } = options
  const [launched, built] = await Promise.allSettled([
    chromium.launch({ executablePath, args: chromiumArgs }),
    buildSite(build),
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
    server = await serveDist(build.out, { base: build.base })
    return await use(browser, server.url)
  }
  finally {
    await browser?.close()
    await server?.close()
  }
}

export interface PrintOptions {
  /** The served build, without a trailing slash. */
  siteUrl: string
  entry: string
  slides: DeckSlide[]
  info: DeckInfo
  withClicks?: boolean
  dark?: boolean
  /** Also print the handout (A4, two slides a page with their notes). */
  handout?: boolean
  /** Called once per slide as it is checked. */
  onSlide?: (done: number, total: number, no: number, title: string) => void
}

export interface PrintedDeck {
  slides: Uint8Array
  slidePages: number
  handout?: Uint8Array
  handoutPages?: number
}

/** Waits until every slide of the print view is drawn; throws naming the first broken slide. */
async function waitForPrintView(page: Page, { entry, slides, onSlide }: PrintOptions): Promise<{ no: number, id: string }[]> {
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
      throw new SlideError(`${describeSlide(slide, no)} did not finish rendering within 30 s.`)
    }
    const problems = await page.evaluate(renderProblems, selector)
    if (problems.length > 0)
      throw new SlideError(`${describeSlide(slide, no)}: ${problems.join('; ')}. Fix the slide and export again.`)
    onSlide?.(i + 1, pages.length, no, slide?.title ?? '')
  }
  return pages
}

/** Chapters as top-level bookmarks with their slides under them; slides outside any chapter stand alone. */
function outline(slides: DeckSlide[], pages: { no: number }[], locale: ReturnType<typeof localeFromLang>): OutlineEntry[] {
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

/**
 * Prints a served build to the slides PDF (one page per slide, or per click
 * step) and, if asked, the handout, both with outline and metadata.
 */
export async function printDeck(browser: Browser, options: PrintOptions): Promise<PrintedDeck> {
  const { siteUrl, slides, info, withClicks = false, dark = false, handout = true } = options
  const locale = localeFromLang(info.lang)
  const notesLabel = ui.notes[locale]
  const colorScheme = dark ? 'dark' : 'light'
  const page = await browser.newPage({
    viewport: { width: 980, height: 552 },
    colorScheme,
    serviceWorkers: 'block',
  })
  const errors: string[] = []
  page.on('pageerror', error => errors.push(error.message))
  await page.goto(`${siteUrl}/print?print=${withClicks ? 'clicks' : 'true'}`, { waitUntil: 'networkidle', timeout: 60_000 })
  await page.emulateMedia({ media: 'screen', colorScheme })
  await hideOfflineBadge(page)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const pages = await waitForPrintView(page, options)
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
  await page.close()
  if (slidesDoc.getPageCount() !== pages.length)
    throw new Error(`Chromium printed ${slidesDoc.getPageCount()} pages for ${pages.length} slides: a slide is taller than the canvas.`)
  const meta = {
    title: info.title,
    author: talk.speaker[locale],
    subject: info.description,
    keywords: info.keywords.split(',').map(k => k.trim()),
    lang: info.lang,
  }
  setMetadata(slidesDoc, meta)
  addOutline(slidesDoc, outline(slides, pages, locale))
  const slidesBytes = await slidesDoc.save()
  if (!handout)
    return { slides: slidesBytes, slidePages: pages.length }

  // The handout shows each slide at its last click step.
  const lastPageOf = slides.map(slide => pages.findLastIndex(p => p.no === slide.no))
  const layer = await browser.newPage()
  const html = handoutHtml(slides, {
    lang: info.lang,
    title: info.title,
    notesLabel,
    fonts: info.fonts,
  })
  const fonts = resolve('node_modules/@fontsource')
  const layerUrl = `${new URL(siteUrl).origin}/__handout/`
  await layer.route(`${layerUrl}**`, async (route) => {
    const file = route.request().url().slice(layerUrl.length)
    await (file === 'index.html'
      ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
      : route.fulfill({
          path: join(fonts, file),
        }))
  })
  await layer.goto(`${layerUrl}index.html`, { waitUntil: 'networkidle' })
  await layer.evaluate(() => document.fonts.ready.then(() => undefined))
  const clipped = await layer.$$eval('.slot', slots => slots
    .filter((slot) => {
      const notes = slot.querySelector<HTMLElement>('.notes')!
      return notes.scrollHeight > notes.clientHeight + 1
    })
    .map(slot => Number((slot as HTMLElement).dataset.no)))
  if (clipped.length > 0)
    throw new SlideError(clipped.map(no => `${describeSlide(slides[no - 1], no)} has notes too long for the handout; shorten them.`).join('\n'))
  const handoutDoc = await PDFDocument.load(await layer.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }))
  await layer.close()
  await placeSlides(handoutDoc, await PDFDocument.load(slidesBytes), lastPageOf)
  setMetadata(handoutDoc, { ...meta, title: `${info.title} · ${notesLabel}` })
  addOutline(handoutDoc, slides.map((slide, i) => ({
    title: `${slide.no}. ${slide.title}`,
    page: Math.floor(i / slotsPerPage),
  })))
  return {
    slides: slidesBytes,
    slidePages: pages.length,
    handout: await handoutDoc.save(),
    handoutPages: handoutDoc.getPageCount(),
  }
}
