import type { ConsoleMessage, Page } from '@playwright/test'
import type { Locale } from '../../data/types'
import type { DeckSlide } from './deck'
import { editions } from '../../data/editions'
import { defaultLocale } from '../../data/types'
import { renderProblems, waitForSlide } from './slide'

/**
 * A console error that is not one: a plain static host answers a deep link
 * such as `/17` with the site's `404.html` (the app itself, status 404), and
 * Chromium logs that status for the page's own address.
 */
export function isDeepLinkFallback(page: Page, message: ConsoleMessage): boolean {
  return message.text().includes('status of 404') && message.location().url === page.url()
}

/** Console errors and page errors seen on `page` until `stop()`, deep-link fallbacks left out. */
export function collectErrors(page: Page): { errors: string[], stop: () => void } {
  const errors: string[] = []
  const onConsole = (message: ConsoleMessage): void => {
    if (message.type() === 'error' && !isDeepLinkFallback(page, message))
      errors.push(`console error: ${message.text()}`)
  }
  const onPageError = (error: Error): void => {
    errors.push(`page error: ${error.message}`)
  }
  page.on('console', onConsole)
  page.on('pageerror', onPageError)
  return {
    errors,
    stop: () => {
      page.off('console', onConsole)
      page.off('pageerror', onPageError)
    },
  }
}

/** What the audience would notice on a slide, measured on Slidev's 980×552 canvas. */
export const limits = {
  /** Smallest text anywhere (captions, footers, badges). */
  minTextPx: 14,
  /** Body text: paragraphs and list items. */
  minBodyPx: 20,
  /** Diagram labels are read like body text. */
  minDiagramLabelPx: 19.5,
}

interface Measured {
  outside: string[]
  overflowingLayouts: number
  smallText: string[]
  smallBody: string[]
  /** Smallest label of each drawn diagram, in canvas pixels. */
  diagramLabels: number[]
  diagrams: number
}

/** Runs in the page: measures slide `no` without changing it. */
function measure({ no, limits }: { no: number, limits: typeof import('./check').limits }): Measured {
  const canvas = document.querySelector('#slide-content')
  const root = document.querySelector(`#slide-content .slidev-page-${no}`)
  const empty: Measured = {
    outside: [],
    overflowingLayouts: 0,
    smallText: [],
    smallBody: [],
    diagramLabels: [],
    diagrams: 0,
  }
  if (!canvas || !root)
    return empty
  const box = canvas.getBoundingClientRect()
  const scale = box.width / 980
  const describe = (el: Element): string => {
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)
    return `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string'
      ? ` class="${el.className}"`
      : ''}> "${text}"`
  }
  const visible = (el: Element): boolean => {
    const style = getComputedStyle(el)
    const rect = el.getBoundingClientRect()
    return style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0 && rect.width > 0 && rect.height > 0
  }
  const result = { ...empty }
  for (const el of root.querySelectorAll('*')) {
    if (!visible(el) || el.closest('.sr-only'))
      continue
    const rect = el.getBoundingClientRect()
    if (rect.left < box.left - 1 || rect.top < box.top - 1 || rect.right > box.right + 1 || rect.bottom > box.bottom + 1)
      result.outside.push(describe(el))
    const ownText = [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
    if (!ownText)
      continue
    const px = Number.parseFloat(getComputedStyle(el).fontSize) * scale
    if (px < limits.minTextPx * scale - 0.01)
      result.smallText.push(`${describe(el)} at ${px.toFixed(1)}px`)
    if (el.matches('p, li') && px < limits.minBodyPx * scale - 0.01)
      result.smallBody.push(`${describe(el)} at ${px.toFixed(1)}px`)
  }
  for (const layout of root.querySelectorAll<HTMLElement>('.slidev-layout')) {
    if (layout.scrollHeight > layout.clientHeight + 1 || layout.scrollWidth > layout.clientWidth + 1)
      result.overflowingLayouts++
  }
  const hosts = root.querySelectorAll<HTMLElement>('.mermaid')
  result.diagrams = hosts.length
  for (const host of hosts) {
    const svg = host.shadowRoot?.querySelector('svg')
    if (!svg)
      continue
    const viewBoxWidth = svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width
    const svgScale = svg.getBoundingClientRect().width / viewBoxWidth
    let smallest = Infinity
    for (const label of svg.querySelectorAll('text, foreignObject div, foreignObject span')) {
      if ((label.textContent ?? '').trim())
        smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(label).fontSize) * svgScale / scale)
    }
    if (Number.isFinite(smallest))
      result.diagramLabels.push(smallest)
  }
  return result
}

/** Locales written in Chinese characters; a slide in any other may show them only in names. */
const cjkLocales: Locale[] = ['zh-CN']

/**
 * Chinese text a slide in another language may show: names only. The
 * language switch names the Chinese edition in its own script.
 */
export const allowedCjk = [editions['zh-CN'].name]

/** Runs of CJK characters and full-width punctuation in `text` that are not allowed names. */
export function cjkOutsideNames(text: string): string[] {
  const rest = allowedCjk.reduce((t, allowed) => t.replaceAll(allowed, ' '), text)
  return rest.match(/[\u3000-\u9FFF\uFF00-\uFFEF]+/g) ?? []
}

/** Runs in the page: the text slide `no` shows, its diagrams' labels included. */
function shownText(no: number): string {
  const root = document.querySelector<HTMLElement>(`#slide-content .slidev-page-${no}`)
  if (!root)
    return ''
  const diagrams = [
    ...root.querySelectorAll('.mermaid'),
  ].map(d => d.shadowRoot?.textContent ?? '')
  return [root.textContent ?? '', ...diagrams].join('\n')
}

/**
 * Opens a slide at its last click step and lists everything wrong with it:
 * console errors, requests to other hosts, content outside the canvas, text
 * too small, Mermaid diagrams missing or broken. An empty list means the slide is fine.
 * Each problem starts with the slide number and its source file.
 */
export async function checkSlide(page: Page, base: string, slide: DeckSlide, { locale = defaultLocale }: { locale?: Locale } = {}): Promise<string[]> {
  const problems: string[] = []
  const origin = new URL(base).origin
  const onRequest = (request: { url: () => string }): void => {
    const url = request.url()
    if (/^https?:/.test(url) && new URL(url).origin !== origin)
      problems.push(`request to a foreign host: ${url}`)
  }
  const seen = collectErrors(page)
  page.on('request', onRequest)
  try {
    await waitForSlide(page, base, slide.no)
    const m = await page.evaluate(measure, { no: slide.no, limits })
    if (m.outside.length > 0)
      problems.push(`content outside the 980×552 canvas: ${m.outside.slice(0, 3).join('; ')}`)
    if (m.overflowingLayouts > 0)
      problems.push('the slide layout overflows (scroll size larger than the slide)')
    if (m.smallText.length > 0)
      problems.push(`text smaller than ${limits.minTextPx}px: ${m.smallText.slice(0, 3).join('; ')}`)
    if (m.smallBody.length > 0)
      problems.push(`body text smaller than ${limits.minBodyPx}px: ${m.smallBody.slice(0, 3).join('; ')}`)
    if (m.diagrams !== slide.mermaid.length)
      problems.push(`${slide.mermaid.length} Mermaid block(s) in the source but ${m.diagrams} diagram(s) on the slide`)
    m.diagramLabels.forEach((px, i) => {
      if (px < limits.minDiagramLabelPx)
        problems.push(`Mermaid diagram ${i + 1} has labels at ${px.toFixed(1)}px, below body text`)
    })
    problems.push(...await page.evaluate(renderProblems, `#slide-content .slidev-page-${slide.no}`))
    if (!cjkLocales.includes(locale)) {
      const chinese = cjkOutsideNames(await page.evaluate(shownText, slide.no))
      if (chinese.length > 0)
        problems.push(`Chinese on a ${locale} slide: “${chinese.slice(0, 5).join('”, “')}”`)
    }
    if (!slide.note)
      problems.push('no speaker notes')
  }
  catch (error) {
    problems.push(`could not open the slide: ${(error as Error).message.split('\n')[0]}`)
  }
  finally {
    seen.stop()
    page.off('request', onRequest)
  }
  problems.push(...seen.errors)
  return problems.map(problem => `slide ${slide.no} (${slide.where}, "${slide.title}"): ${problem}`)
}
