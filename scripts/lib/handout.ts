import type { PDFDocument } from 'pdf-lib'

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

const textWidth = handoutPage.width - 2 * handoutPage.marginX
const slideWidth = handoutPage.slideWidth
const slideLeft = (handoutPage.width - slideWidth) / 2
const slideHeight = slideWidth * 552 / 980
const slotHeight = slideHeight + handoutPage.notesGap + handoutPage.notesHeight
export const slotsPerPage = 2

export interface HandoutEntry {
  no: number
  title: string
  note: string
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, c => ({
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
  })[c]!)
}

/** The deck's fonts as `styles/index.ts` loads them, relative to `node_modules/@fontsource`. */
const fontStylesheets = [
  'noto-sans/latin-400.css',
  'noto-sans/latin-700.css',
  'noto-sans-sc/400.css',
  'noto-sans-sc/700.css',
]

function slotTop(index: number): number {
  return handoutPage.marginTop + (index % slotsPerPage) * (slotHeight + handoutPage.gap)
}

/**
 * The handout's text layer as HTML, to be opened next to `node_modules/@fontsource`
 * (its stylesheets are linked from there), in the deck's own fonts: a frame where each slide will go, and the
 * slide's notes below it. The slides themselves are placed afterwards as vector
 * pages (see `placeSlides`), so diagrams stay sharp and text stays searchable.
 */
export function handoutHtml(entries: HandoutEntry[], { lang, title, notesLabel, fonts }: { lang: string, title: string, notesLabel: string, fonts: string[] }): string {
  const pages: string[] = []
  for (let i = 0; i < entries.length; i += slotsPerPage) {
    const slots = entries.slice(i, i + slotsPerPage).map((entry, k) => `
      <section class="slot" style="top:${slotTop(k)}mm" data-no="${entry.no}">
        <div class="frame" aria-label="${escapeHtml(entry.title)}"></div>
        <div class="notes"><span class="label">${escapeHtml(notesLabel)} ${entry.no}</span>${escapeHtml(entry.note)}</div>
      </section>`)
    pages.push(`<div class="page">${slots.join('')}</div>`)
  }
  return `<!doctype html>
<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
${fontStylesheets.map(css => `<link rel="stylesheet" href="${css}">`).join('')}
<style>
  @page { size: A4; margin: 0 }
  * { box-sizing: border-box }
  body { margin: 0; font-family: ${fonts.map(font => `"${escapeHtml(font)}"`).join(', ')}, sans-serif; color: #1f2a44 }
  .page { position: relative; width: ${handoutPage.width}mm; height: ${handoutPage.height}mm; page-break-after: always; overflow: hidden }
  .slot { position: absolute; left: ${handoutPage.marginX}mm; width: ${textWidth}mm }
  .frame { width: ${slideWidth}mm; height: ${slideHeight}mm; margin-left: ${slideLeft - handoutPage.marginX}mm; border: 0.3mm solid #d5dbe3 }
  .notes { margin-top: ${handoutPage.notesGap}mm; height: ${handoutPage.notesHeight}mm; overflow: hidden; font-size: 10pt; line-height: 1.5 }
  .label { display: inline-block; margin-right: 2mm; color: #1d6fa5; font-weight: 700 }
</style></head><body>${pages.join('')}</body></html>`
}

const ptPerMm = 72 / 25.4

/** Draws slide pages (vector) into the frames of the handout's text layer. */
export async function placeSlides(handout: PDFDocument, slides: PDFDocument, slidePages: number[]): Promise<void> {
  const embedded = await handout.embedPages(slidePages.map(index => slides.getPage(index)))
  embedded.forEach((page, i) => {
    const target = handout.getPage(Math.floor(i / slotsPerPage))
    const top = slotTop(i) * ptPerMm
    target.drawPage(page, {
      x: slideLeft * ptPerMm,
      y: target.getHeight() - top - slideHeight * ptPerMm,
      width: slideWidth * ptPerMm,
      height: slideHeight * ptPerMm,
    })
  })
}
