import type { Browser } from 'playwright-core'
import type { DeckInfo } from 'slidev-addon-talk-site/node/deck'
import type { PrintedSlides } from './print.ts'
import type { SiteDeck } from './site.ts'
import { Buffer } from 'node:buffer'
import { beginMarkedContent, decodePDFRawStream, endMarkedContent, PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib'
import { slideLabel } from 'slidev-addon-talk-site/node/deck'
import { escapeHtml, markdownAsText, withoutClickMarkers } from 'slidev-addon-talk-site/text'
import { addOutline, keepTags, setMetadata } from './outline.ts'
import { slidePageTitle } from './slide-pages.ts'
import { altText } from './slide-text.ts'
import { settled } from './slide.ts'

/** A4 portrait, two slides per page, each with its notes underneath at the full text width. Millimetres. */
export const handoutPage = {
  width: 210,
  height: 297,
  marginX: 14,
  marginTop: 12,
  gap: 6,
  /** Narrower than the text, so a minute of notes fits under each slide. */
  slideWidth: 160,
  notesHeight: 42,
  notesGap: 3,
}

/** How big a slide's frame is on the page, for a deck with this canvas. */
function frameFor(canvas: DeckInfo['canvas']): { slideWidth: number, slideLeft: number, slideHeight: number } {
  const slideWidth = handoutPage.slideWidth
  return {
    slideWidth,
    slideLeft: (handoutPage.width - slideWidth) / 2,
    slideHeight: slideWidth * canvas.height / canvas.width,
  }
}

/** How many slides share a page: two, unless the canvas is too tall for two frames and their notes (4:3 and taller). */
export function slotsPerPage(canvas: DeckInfo['canvas']): number {
  const slot = frameFor(canvas).slideHeight + handoutPage.notesGap + handoutPage.notesHeight
  return handoutPage.marginTop + 2 * slot + handoutPage.gap <= handoutPage.height
    ? 2
    : 1
}

/** Where a slide's frame landed in the notes layer: its 0-based page and its top edge on that page, in millimetres. */
export interface FramePlace {
  page: number
  top: number
}

/**
 * The slides, page by page: `perPage` to a page, except the slides in `alone`,
 * whose notes are longer than a cell and which get a page of their own
 * (their notes flowing on to the next page if they must). Order is kept.
 */
export function handoutPages(count: number, alone: ReadonlySet<number>, perPage = 2): { slides: number[], alone: boolean }[] {
  const pages: { slides: number[], alone: boolean }[] = []
  let shared: number[] = []
  const flush = (): void => {
    if (shared.length > 0)
      pages.push({ slides: shared, alone: false })
    shared = []
  }
  for (let no = 1; no <= count; no++) {
    if (alone.has(no)) {
      flush()
      pages.push({
        slides: [no],
        alone: true,
      })
      continue
    }
    shared.push(no)
    if (shared.length === perPage)
      flush()
  }
  flush()
  return pages
}

/**
 * The `@font-face` rules of a built deck's own stylesheets: the fonts the
 * deck loads, at their addresses in the site. A stylesheet from another host
 * (Slidev's web fonts from Google, say) is left out: the printing browser
 * reaches no other host, and print.ts has said so.
 */
export async function fontFaces(deckUrl: string): Promise<string> {
  const html = await (await fetch(`${deckUrl}/`)).text()
  const sheets = [
    ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
  ].map(m => new URL(m[1]!, `${deckUrl}/`)).filter(sheet => sheet.origin === new URL(deckUrl).origin)
  const css = await Promise.all(sheets.map(async sheet => (await fetch(sheet)).text()))
  return css.flatMap(text => text.match(/@font-face\s*\{[^}]*\}/g) ?? []).join('\n')
}

/**
 * The handout's text layer as HTML, in the deck's own fonts (`fontFaces`): a
 * frame where each slide will go, and the slide's notes below it. The slides
 * themselves are placed afterwards as vector pages (see `placeSlides`), so
 * diagrams stay sharp and text stays searchable. Each frame is a picture
 * whose name is the slide's alternative text (`alts`, else its title): in
 * the tagged PDF it is the Figure a screen reader reads for the slide.
 */
export function handoutHtml(deck: Pick<SiteDeck, 'slides' | 'info'>, { notesLabel, fonts, alts = [], alone = new Set() }: { notesLabel: string, fonts: string, alts?: string[], alone?: ReadonlySet<number> }): string {
  const { slides, info } = deck
  const { slideWidth, slideLeft, slideHeight } = frameFor(info.canvas)
  const textWidth = handoutPage.width - 2 * handoutPage.marginX
  const pages = handoutPages(slides.length, alone, slotsPerPage(info.canvas)).map(page => `<div class="page${page.alone ? ' alone' : ''}">${page.slides.map((no) => {
    const slide = slides[no - 1]!
    return `
      <section class="slot" data-no="${no}">
        <div class="frame" role="img" aria-label="${escapeHtml(alts[no - 1] || slide.title)}"></div>
        <div class="notes"><span class="label">${escapeHtml(notesLabel)} ${no}</span>${escapeHtml(markdownAsText(withoutClickMarkers(slide.note)))}</div>
      </section>`
  }).join('')}</div>`)
  return `<!doctype html>
<html lang="${escapeHtml(info.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(info.title)}</title>
<style>
  ${fonts}
  @page { size: A4; margin: 0 }
  * { box-sizing: border-box }
  body { margin: 0; font-family: ${info.fonts.map(font => `"${escapeHtml(font)}"`).join(', ')}, sans-serif; color: #1f2937 }
  .page { width: ${handoutPage.width}mm; height: ${handoutPage.height}mm; padding: ${handoutPage.marginTop}mm ${handoutPage.marginX}mm 0; page-break-after: always; overflow: hidden; display: flex; flex-direction: column; gap: ${handoutPage.gap}mm }
  .page.alone { overflow: visible; padding-bottom: ${handoutPage.marginTop}mm }
  .slot { width: ${textWidth}mm }
  .frame { width: ${slideWidth}mm; height: ${slideHeight}mm; margin-left: ${slideLeft - handoutPage.marginX}mm; border: 0.3mm solid #d1d5db }
  .notes { margin-top: ${handoutPage.notesGap}mm; height: ${handoutPage.notesHeight}mm; overflow: hidden; font-size: 10pt; line-height: 1.5 }
  .alone .notes { height: auto; overflow: visible }
  .label { display: inline-block; margin-right: 2mm; color: #1d4ed8; font-weight: 700 }
</style></head><body>${pages.join('')}</body></html>`
}

const ptPerMm = 72 / 25.4

/** A marked-content sequence that points into a page's structure tree: `/P <</MCID 3 >>BDC`. */
const structureMark = /(\/[^\s<>/[\]()]+)\s*<<[^<>]*\/MCID\s+\d[^<>]*>>\s*BDC/g

/**
 * Turns the tagged slides' marked content into plain marked content (`/P
 * BMC`): placed into another PDF, their numbers would point into the
 * handout's own structure tree and a screen reader would read a slide's
 * text as part of the notes.
 */
export function unmarkPages(doc: PDFDocument): void {
  const unmark = (ref: unknown): void => {
    const stream = ref instanceof PDFRef
      ? doc.context.lookup(ref)
      : undefined
    if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream))
      return
    const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
    const unmarked = doc.context.flateStream(Buffer.from(text.replace(structureMark, '$1 BMC'), 'latin1'), Object.fromEntries(
      stream.dict.entries().filter(([key]) => !['/Length', '/Filter', '/DecodeParms'].includes(key.asString())).map(([key, value]) => [
        key.asString().slice(1),
        value,
      ]),
    ))
    doc.context.assign(ref, unmarked)
  }
  for (const page of doc.getPages()) {
    const contents = page.node.Contents()
    for (const ref of contents instanceof PDFArray
      ? contents.asArray()
      : [
          page.node.get(PDFName.of('Contents')),
        ])
      unmark(ref)
  }
  // Text drawn with transparency is in a form of its own, marked the same way.
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype'))?.toString() === '/Form')
      unmark(ref)
  }
}

/**
 * Draws slide pages (vector) into the frames of the handout's text layer,
 * each as an artifact: the frame's Figure tag and its alternative text stand
 * for the slide, so a screen reader does not read the slide's text twice.
 */
export async function placeSlides(handout: PDFDocument, slides: PDFDocument, slidePages: number[], places: FramePlace[], canvas: DeckInfo['canvas']): Promise<void> {
  const { slideWidth, slideLeft, slideHeight } = frameFor(canvas)
  const embedded = await handout.embedPages(slidePages.map(index => slides.getPage(index)))
  embedded.forEach((page, i) => {
    const place = places[i]!
    const target = handout.getPage(place.page)
    target.pushOperators(beginMarkedContent('Artifact'))
    target.drawPage(page, {
      x: slideLeft * ptPerMm,
      y: target.getHeight() - place.top * ptPerMm - slideHeight * ptPerMm,
      width: slideWidth * ptPerMm,
      height: slideHeight * ptPerMm,
    })
    target.pushOperators(endMarkedContent())
  })
}

export interface HandoutOptions {
  deckUrl: string
  deck: SiteDeck
  /** What each slide shows, as `printSlides` read it: each frame's alternative text. */
  shown: PrintedSlides['shown']
  /** What labels each slide's notes, in the deck's language. */
  notesLabel: string
  /** What introduces a diagram in a slide's alternative text, in the deck's language. */
  diagramLabel: string
}

/** The handout's text layer and where each slide's frame landed in it. */
export interface NotesLayer {
  pdf: Uint8Array
  places: FramePlace[]
}

/** Runs in the page: the slides (`data-no`) whose notes do not fit their cell. */
function clippedNotes(): number[] {
  return [
    ...document.querySelectorAll<HTMLElement>('.slot'),
  ]
    .filter((slot) => {
      const notes = slot.querySelector<HTMLElement>('.notes')!
      return notes.scrollHeight > notes.clientHeight + 1
    })
    .map(slot => Number(slot.dataset.no))
}

/**
 * Runs in the page: makes each page of its own a whole number of A4 pages
 * tall (so the pages after it print where they show), then gives where every
 * frame is, in millimetres from the top of the layer.
 */
function framePlaces(pageHeight: number): number[] {
  const mm = 96 / 25.4
  for (const page of document.querySelectorAll<HTMLElement>('.page.alone'))
    page.style.height = `${Math.ceil(page.scrollHeight / mm / pageHeight - 0.01) * pageHeight}mm`
  return [
    ...document.querySelectorAll<HTMLElement>('.frame'),
  ].map(frame => (frame.getBoundingClientRect().top + window.scrollY) / mm)
}

/**
 * The handout's text layer as a tagged PDF: A4 portrait, a frame for each
 * slide and its notes under it. A slide whose notes are longer than a cell
 * gets a page of its own, with a warning. It needs only what the slides
 * show, so it prints beside the slides PDF.
 */
export async function printNotesLayer(browser: Browser, { deckUrl, deck, shown, notesLabel, diagramLabel }: HandoutOptions): Promise<NotesLayer> {
  const alts = deck.slides.map(slide => altText(slide.title, shown[slide.no - 1] ?? [], diagramLabel, slidePageTitle(slide.no, '', deck.info.title)))
  const fonts = await fontFaces(deckUrl)
  const layer = await browser.newPage()
  const address = `${new URL(deckUrl).origin}/__handout/index.html`
  let html = handoutHtml(deck, { notesLabel, fonts, alts })
  try {
    // Served from the site's own address, so the fonts load as the deck loads them.
    await layer.route(address, route => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }))
    await layer.goto(address, { waitUntil: 'load' })
    await layer.evaluate(settled)
    const long = await layer.evaluate(clippedNotes)
    if (long.length > 0) {
      for (const no of long)
        console.warn(`! ${slideLabel(deck.slides[no - 1]!)} has notes longer than a handout cell: it gets a page of its own in the handout.`)
      html = handoutHtml(deck, {
        notesLabel,
        fonts,
        alts,
        alone: new Set(long),
      })
      await layer.goto(address, { waitUntil: 'load' })
      await layer.evaluate(settled)
    }
    const tops = await layer.evaluate(framePlaces, handoutPage.height)
    return {
      pdf: await layer.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
      }),
      places: tops.map((top) => {
        const page = Math.floor((top + 0.01) / handoutPage.height)
        return { page, top: top - page * handoutPage.height }
      }),
    }
  }
  finally {
    await layer.close()
  }
}

/**
 * The speaker's handout: the notes layer with each slide (at its last click
 * step, as a vector page from the slides PDF) placed into its frame, an
 * outline of the slides, and metadata.
 */
export async function assembleHandout(layer: NotesLayer, slides: PrintedSlides, { deck, notesLabel, author }: { deck: SiteDeck, notesLabel: string, author: string }): Promise<{ pdf: Uint8Array, pages: number }> {
  const doc = await PDFDocument.load(layer.pdf)
  const lastPages = deck.slides.map(slide => slides.pages.findLastIndex(p => p.no === slide.no))
  const slidePages = await PDFDocument.load(slides.pdf)
  unmarkPages(slidePages)
  await placeSlides(doc, slidePages, lastPages, layer.places, deck.info.canvas)
  setMetadata(doc, {
    title: `${deck.info.title} · ${notesLabel}`,
    author,
    subject: deck.info.description,
    keywords: deck.info.keywords,
    lang: deck.info.lang,
  })
  addOutline(doc, deck.slides.map((slide, i) => ({
    title: `${slide.no}. ${slide.title}`,
    page: layer.places[i]!.page,
  })))
  keepTags(doc)
  return {
    pdf: await doc.save(),
    pages: doc.getPageCount(),
  }
}
