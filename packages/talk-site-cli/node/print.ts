import type { Browser, Page } from 'playwright-core'
import type { SiteDeck } from './site.ts'
import type { SlideItem, SlideLink } from './slide-text.ts'
import { PDFDocument } from 'pdf-lib'
import { slideLabel } from 'slidev-addon-talk-site/node/deck'
import { printView, slideDom } from 'slidev-addon-talk-site/slidev-internals'
import { addOutline, chapterOutline, keepTags, setMetadata } from './outline.ts'
import { routeUrl } from './site.ts'
import { readPrintedSlides } from './slide-text.ts'
import { inPage, isDrawn, layoutRoot, renderProblems, settled } from './slide.ts'

/** A slide that cannot be printed: its message names the slide and its source file. */
export class SlideError extends Error {}

/** The label of slide `no` of `deck`, also for a number the deck does not have. */
export function labelOf(deck: Pick<SiteDeck, 'slides'>, no: number): string {
  const slide = deck.slides[no - 1]
  return slide
    ? slideLabel(slide)
    : `slide ${no}`
}

export interface PrintOptions {
  /** The deck in a served build, without a trailing slash. */
  deckUrl: string
  deck: SiteDeck
  withClicks?: boolean
  dark?: boolean
  /** Who the PDF names as its author. */
  author: string
  /** A chapter's title in the deck's language, by the `chapter:` id in the slides' frontmatter. */
  chapterTitle: (id: string) => string | undefined
  /** Called once per printed page as it is checked. */
  onSlide?: (done: number, total: number, no: number, title: string) => void
  /** Called with the path of every file the deck loads while it is printed. */
  onRequest?: (url: string) => void
  /** Called with what each slide shows as soon as it is read, before the PDF is printed. */
  onRead?: (shown: PrintedSlides['shown']) => void
  /** Called with the print view once the PDF is printed, before it closes. */
  afterPrint?: (page: Page, pages: PrintedSlides['pages']) => Promise<void>
}

export interface PrintedSlides {
  pdf: Uint8Array
  /** The printed pages in order: the slide and the page's id in the print view. */
  pages: { no: number, id: string }[]
  /** What each slide shows at its last click step, by slide number less one, as a screen reader reads it. */
  shown: SlideItem[][]
  /** The links each slide shows to other sites, by slide number less one. */
  links: SlideLink[][]
}

/**
 * Runs in the page: gives each drawn Mermaid diagram the picture role and,
 * as its name, the title and description Mermaid wrote into its SVG.
 * Chromium tags a picture as a Figure with that alternate text in the PDF;
 * Mermaid's own SVG role (`graphics-document`) gets no Figure tag.
 */
function diagramsAsFigures(diagram: string): void {
  for (const host of document.querySelectorAll(diagram)) {
    const svg = host.shadowRoot?.querySelector('svg')
    const words = [
      svg?.querySelector(':scope > title')?.textContent?.trim(),
      svg?.querySelector(':scope > desc')?.textContent?.trim(),
    ].filter(Boolean)
    if (words.length > 0) {
      host.setAttribute('role', 'img')
      host.setAttribute('aria-label', words.join(': '))
    }
  }
}

/** The print view's pages as they are now, in order. */
async function pagesOf(page: Page): Promise<PrintedSlides['pages']> {
  return (await page.locator(printView.page).evaluateAll(nodes => nodes.map(n => n.id)))
    .map(id => ({
      id,
      no: printView.slideOf(id),
    }))
}

/**
 * Waits until every page of the print view is drawn and the pages stay as
 * they are (a slide with clicks settles its pages after it renders); throws
 * naming the first slide that did not render or shows an error.
 */
async function waitForPrintView(page: Page, { deck, onSlide }: PrintOptions): Promise<PrintedSlides['pages']> {
  const timeout = 60_000
  const started = Date.now()
  let pages: PrintedSlides['pages'] = []
  for (;;) {
    try {
      await page.waitForFunction(isDrawn, inPage(printView.page, deck.slides), {
        timeout: Math.max(1, timeout - (Date.now() - started)),
      })
    }
    catch {
      const stuck: PrintedSlides['pages'] = []
      for (const p of await pagesOf(page)) {
        if (!await page.evaluate(isDrawn, inPage(`[id="${p.id}"]`, deck.slides)))
          stuck.push(p)
      }
      throw stuck[0]
        ? new SlideError(`${labelOf(deck, stuck[0].no)} did not finish rendering within ${timeout / 1000} s.`)
        : new Error(`The build of ${deck.entry} has no print view (/print).`)
    }
    const drawn = await pagesOf(page)
    await page.evaluate(settled)
    pages = await pagesOf(page)
    // Diagrams draw again when their fonts arrive: done only when nothing changed meanwhile.
    if (JSON.stringify(pages) === JSON.stringify(drawn) && await page.evaluate(isDrawn, inPage(printView.page, deck.slides)))
      break
  }
  const lastNo = pages.at(-1)?.no ?? 0
  if (lastNo !== deck.slides.length)
    throw new Error(`The print view shows ${pages.length} page(s) ending at slide ${lastNo}; ${deck.entry} has ${deck.slides.length} slides.`)
  for (const [i, { id, no }] of pages.entries()) {
    await page.waitForFunction(isDrawn, inPage(`[id="${id}"]`, deck.slides), { timeout })
    const problems = await page.evaluate(renderProblems, inPage(`[id="${id}"]`))
    if (problems.length > 0)
      throw new SlideError(`${labelOf(deck, no)}: ${problems.join('; ')}. Fix the slide and build again.`)
    onSlide?.(i + 1, pages.length, no, deck.slides[no - 1]?.title ?? '')
  }
  return pages
}

const warnedHosts = new Set<string>()

/**
 * Says, once for each host, what a deck asked another host for while it was
 * printed: the build's browser reaches no other host (chromium.ts), so the
 * PDF and the pictures are made without it.
 */
function warnForeign(entry: string, urls: Set<string>): void {
  for (const url of urls) {
    const { host } = new URL(url)
    if (warnedHosts.has(host))
      continue
    warnedHosts.add(host)
    const why = /fonts\.(?:googleapis|gstatic|bunny)\.net|fonts\.googleapis\.com|fonts\.gstatic\.com/.test(host)
      ? `Slidev's web fonts: set fonts.provider: none in the headmatter and bundle the fonts (a @fontsource package, or files in public/)`
      : 'a link, picture or script in a slide, a layout or a component: put the file in public/ or import it'
    console.warn(`! ${entry} asks ${host} for ${url.length > 100
      ? `${url.slice(0, 99)}…`
      : url} while it is printed; nothing is fetched from another host, so the PDF and the pictures are made without it (${why}).`)
  }
}

/**
 * Prints a served deck to a PDF from Slidev's print view: one page per slide
 * (or per click step), each on the deck's canvas, drawn after its fonts and
 * diagrams, with the chapters as outline and the deck's title, author,
 * subject and language as metadata.
 */
export async function printSlides(browser: Browser, options: PrintOptions): Promise<PrintedSlides> {
  const { deckUrl, deck: { info, slides }, withClicks = false, dark = false } = options
  const colorScheme = dark ? 'dark' : 'light'
  const page = await browser.newPage({
    viewport: info.canvas,
    colorScheme,
    serviceWorkers: 'block',
  })
  const errors: string[] = []
  page.on('pageerror', error => errors.push(error.message))
  const foreign = new Set<string>()
  page.on('request', (request) => {
    const url = request.url()
    if (/^https?:/.test(url) && new URL(url).origin !== new URL(deckUrl).origin)
      foreign.add(url)
    options.onRequest?.(url)
  })
  try {
    await page.goto(routeUrl({ url: deckUrl, path: options.deck.path }, printView.path(withClicks)), { waitUntil: 'load', timeout: 60_000 })
    await page.emulateMedia({ media: 'screen', colorScheme })
    const pages = await waitForPrintView(page, options)
    if (errors.length > 0)
      throw new Error(`${options.deck.entry} raised errors while rendering:\n${errors.join('\n')}`)
    warnForeign(options.deck.entry, foreign)
    const read = await page.evaluate(readPrintedSlides, { pages: printView.page, layout: layoutRoot, diagram: slideDom.diagram })
    const lastStep = slides.map(slide => read.findLast(p => printView.slideOf(p.id) === slide.no))
    const shown = lastStep.map(p => p?.items ?? [])
    const links = lastStep.map(p => p?.links ?? [])
    options.onRead?.(shown)
    await page.evaluate(diagramsAsFigures, slideDom.diagram)
    // The print view ends with an empty helper element; print exactly one page per slide page.
    const doc = await PDFDocument.load(await page.pdf({
      width: `${info.canvas.width}px`,
      height: `${info.canvas.height}px`,
      printBackground: true,
      margin: {
        top: '0',
        right: '0',
        bottom: '0',
        left: '0',
      },
      pageRanges: `1-${pages.length}`,
      tagged: true,
    }))
    if (doc.getPageCount() !== pages.length)
      throw new Error(`Chromium printed ${doc.getPageCount()} pages for ${pages.length} slides: a slide is taller than the canvas.`)
    setMetadata(doc, {
      title: info.title,
      author: options.author,
      subject: info.description,
      keywords: info.keywords,
      lang: info.lang,
    })
    addOutline(doc, chapterOutline(slides, pages, options.chapterTitle))
    keepTags(doc)
    const pdf = await doc.save()
    await options.afterPrint?.(page, pages)
    return { pdf, pages, shown, links }
  }
  finally {
    await page.close()
  }
}
