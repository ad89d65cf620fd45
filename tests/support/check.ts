import type { ConsoleMessage, Page } from '@playwright/test'
import type { DeckSlide } from '../../packages/talk-site/node/deck'
import { inPage, renderProblems, settled, waitForSlide } from '../../packages/talk-site-cli/node/slide'
import { slideLabel } from '../../packages/talk-site/node/deck'
import { cjkRuns } from '../../packages/talk-site/text'
import { seriousViolations } from './axe'
import { accessibleText } from './mermaid'

/**
 * A console error that is not one: a plain static host answers a deep link
 * such as `/17` with the site's `404.html` (the app itself, status 404), and
 * Chromium logs that status for the page's own address.
 */
function isDeepLinkFallback(page: Page, message: ConsoleMessage): boolean {
  return message.text().includes('status of 404') && message.location().url === page.url()
}

/** Console errors and page errors seen on `page` from now on, deep-link fallbacks left out. */
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

/** What the audience would notice on a slide, in canvas pixels. */
export const limits = {
  /** Smallest text anywhere (captions, footers, badges). */
  minTextPx: 14,
  /** Body text: paragraphs and list items. */
  minBodyPx: 20,
  /** Diagram labels are read like body text. */
  minDiagramLabelPx: 19.5,
  /** Title against its background, in dark mode (WCAG AAA). */
  minDarkTitleContrast: 7,
  /** A content slide shows something in the lower part of the canvas: this share of its height is not left empty. */
  lowerCanvasShare: 0.4,
  /** The one number or quote of a statement slide. */
  minStatementPx: 48,
  /** A diagram has its slide to itself: it fills this share of the canvas width or height. */
  minDiagramShare: 0.7,
  /** The talk's centrepiece (a slide with `class: centrepiece`) is one diagram filling this share of the canvas width and of its height. */
  minCentrepieceShare: 0.7,
  /** The narrowest phone the site is read on, and its height. */
  phone: { width: 375, height: 667 },
  /** The axe-core rules every slide must pass without a serious or critical violation: WCAG 2.1 A and AA. */
  accessibility: [
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
  ],
}

/**
 * Everything measured on a slide, in one pass in the page, at its last click
 * step. A new check that needs something else measures it here.
 */
export interface SlideMeasurement {
  /** False when the slide's element was not found: every other field is empty then. */
  found: boolean
  /** Visible elements reaching outside the canvas. */
  outside: string[]
  /** Layouts whose content is larger than the slide. */
  overflowingLayouts: number
  /** Text elements and their size, in canvas pixels: `{ what: '<p> "…"', px: 18 }`. */
  text: { what: string, px: number, body: boolean }[]
  /** Each Mermaid diagram: its smallest label in canvas pixels (undefined without labels or SVG). */
  diagrams: { drawn: boolean, smallestLabelPx?: number }[]
  /** The text the slide shows, its diagrams' labels included. */
  shownText: string
  /** Links of the language switch in the slide's footer. */
  editionLinks: number
  /** How far down the layout's content reaches, in canvas pixels from the top: the lowest text, picture, diagram or card. */
  contentBottom: number
  /** The size of each `h1` of the slide, in canvas pixels. */
  headingPx: number[]
  /** Each Mermaid diagram's size, in canvas pixels. */
  diagramBoxes: { width: number, height: number }[]
  /** What each drawn Mermaid SVG tells a screen reader: the texts its `aria-labelledby` and `aria-describedby` point at. */
  diagramNames: { title: string, description: string }[]
}

/**
 * Runs in the page: measures the slide under `root` without changing it.
 * (In-page functions name no inner functions: tsx would wrap them in a
 * helper the page does not have.)
 */
function measure({ root: selector, dom }: ReturnType<typeof inPage>): SlideMeasurement {
  const canvas = document.querySelector(dom.canvas)
  const root = document.querySelector(selector)
  const result: SlideMeasurement = {
    found: false,
    outside: [],
    overflowingLayouts: 0,
    text: [],
    diagrams: [],
    shownText: '',
    editionLinks: 0,
    contentBottom: 0,
    headingPx: [],
    diagramBoxes: [],
    diagramNames: [],
  }
  if (!canvas || !root)
    return result
  result.found = true
  const box = canvas.getBoundingClientRect()
  const scale = box.width / (canvas as HTMLElement).offsetWidth
  for (const el of root.querySelectorAll('*')) {
    const style = getComputedStyle(el)
    const rect = el.getBoundingClientRect()
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0 || rect.width === 0 || rect.height === 0 || el.closest('.sr-only'))
      continue
    const cls = typeof el.className === 'string' && el.className
      ? ` class="${el.className}"`
      : ''
    const what = `<${el.tagName.toLowerCase()}${cls}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`
    if (rect.left < box.left - 1 || rect.top < box.top - 1 || rect.right > box.right + 1 || rect.bottom > box.bottom + 1)
      result.outside.push(what)
    if ([...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')) {
      result.text.push({
        what,
        px: Number.parseFloat(style.fontSize),
        body: el.matches('p, li'),
      })
    }
  }
  for (const layout of root.querySelectorAll<HTMLElement>(dom.layout)) {
    if (layout.scrollHeight > layout.clientHeight + 1 || layout.scrollWidth > layout.clientWidth + 1)
      result.overflowingLayouts++
    // What counts as content: text, a picture or diagram, or a box drawn with a background or border (a card, a bar).
    for (const el of layout.querySelectorAll('*')) {
      const style = getComputedStyle(el)
      const rect = el.getBoundingClientRect()
      if (style.visibility === 'hidden' || Number(style.opacity) === 0 || rect.width === 0 || rect.height === 0 || el.closest('.sr-only'))
        continue
      const ownText = [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
      const picture = el.matches(`svg, img, canvas, [role="img"], ${dom.diagram}`)
      const drawn = style.backgroundColor !== 'rgba(0, 0, 0, 0)' || Number.parseFloat(style.borderBottomWidth) > 0 || Number.parseFloat(style.borderTopWidth) > 0
      if (ownText || picture || drawn)
        result.contentBottom = Math.max(result.contentBottom, (rect.bottom - box.top) / scale)
    }
  }
  result.headingPx = [
    ...root.querySelectorAll('h1'),
  ].map(h1 => Number.parseFloat(getComputedStyle(h1).fontSize))
  const labels: string[] = []
  for (const host of root.querySelectorAll<HTMLElement>(dom.diagram)) {
    const svg = host.shadowRoot?.querySelector('svg')
    if (!svg) {
      result.diagrams.push({ drawn: false })
      continue
    }
    labels.push(host.shadowRoot?.textContent ?? '')
    result.diagramNames.push({
      title: (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map(id => svg.querySelector(`[id="${id}"]`)?.textContent ?? '').join(' ').trim(),
      description: (svg.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map(id => svg.querySelector(`[id="${id}"]`)?.textContent ?? '').join(' ').trim(),
    })
    const svgBox = svg.getBoundingClientRect()
    result.diagramBoxes.push({ width: svgBox.width / scale, height: svgBox.height / scale })
    const svgScale = svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width)
    const sizes = [
      ...svg.querySelectorAll('text, foreignObject div, foreignObject span'),
    ]
      .filter(label => (label.textContent ?? '').trim())
      .map(label => Number.parseFloat(getComputedStyle(label).fontSize) * svgScale / scale)
    result.diagrams.push({
      drawn: true,
      smallestLabelPx: sizes.length > 0
        ? Math.min(...sizes)
        : undefined,
    })
  }
  result.shownText = [root.textContent ?? '', ...labels].join('\n')
  result.editionLinks = root.querySelectorAll('[data-edition]').length
  return result
}

/** What a slide is checked against besides itself. */
export interface SlideCheckContext {
  slide: DeckSlide
  /** Slidev's canvas, the window size a slide is checked at. */
  canvas: { width: number, height: number }
  /** The edition's language: a slide in a language not written in Chinese characters shows them only in `allowedNames`. */
  locale: string
  /** Names other editions give themselves in their own script (the language switch's `中文`). */
  allowedNames: string[]
  /** How many other editions the language switch links to. */
  otherEditions: number
}

/** The classes a slide's frontmatter gives it (`class: diagram-slide centrepiece`). */
const classesOf = (slide: DeckSlide): string[] => String(slide.frontmatter.class ?? '').split(/\s+/).filter(Boolean)

/** Whether text in `locale` is written in Chinese characters. */
const writtenInHan = (locale: string): boolean => /^(?:zh|ja)\b/.test(locale)

/**
 * The checks over one measurement, by name. Each returns what is wrong, as
 * messages without the slide's name. A new per-slide check goes here (and
 * what it needs into `measure`).
 */
export const slideChecks: Record<string, (m: SlideMeasurement, context: SlideCheckContext) => string[]> = {
  'canvas': m => m.outside.length > 0
    ? [`content outside the canvas: ${m.outside.slice(0, 3).join('; ')}`]
    : [],
  'layout': m => m.overflowingLayouts > 0
    ? ['the slide layout overflows (scroll size larger than the slide)']
    : [],
  'text size': (m) => {
    const small = m.text.filter(t => t.px < limits.minTextPx - 0.01)
    const smallBody = m.text.filter(t => t.body && t.px < limits.minBodyPx - 0.01)
    return [
      ...(small.length > 0
        ? [`text smaller than ${limits.minTextPx}px: ${small.slice(0, 3).map(t => `${t.what} at ${t.px.toFixed(1)}px`).join('; ')}`]
        : []),
      ...(smallBody.length > 0
        ? [`body text smaller than ${limits.minBodyPx}px: ${smallBody.slice(0, 3).map(t => `${t.what} at ${t.px.toFixed(1)}px`).join('; ')}`]
        : []),
    ]
  },
  'diagrams': (m, { slide }) => [
    ...(m.diagrams.length !== slide.mermaid.length
      ? [`${slide.mermaid.length} Mermaid block(s) in the source but ${m.diagrams.length} diagram(s) on the slide`]
      : []),
    ...m.diagrams.flatMap((d, i) => d.smallestLabelPx !== undefined && d.smallestLabelPx < limits.minDiagramLabelPx
      ? [`Mermaid diagram ${i + 1} has labels at ${d.smallestLabelPx.toFixed(1)}px, below body text`]
      : []),
  ],
  'language': (m, { locale, allowedNames }) => {
    const chinese = writtenInHan(locale)
      ? []
      : cjkRuns(m.shownText, allowedNames)
    return chinese.length > 0
      ? [`Chinese on a ${locale} slide: “${chinese.slice(0, 5).join('”, “')}”`]
      : []
  },
  'language switch': (m, { otherEditions }) => m.editionLinks !== otherEditions
    ? [`the language switch links to ${m.editionLinks} edition(s), not ${otherEditions}`]
    : [],
  'notes': (_, { slide }) => slide.note
    ? []
    : ['no speaker notes'],
  'lower canvas': (m, { slide, canvas }) => {
    const layout = String(slide.frontmatter.layout ?? '')
    // Covers, chapter dividers, statements and other centred slides are centred on purpose.
    if (slide.no === 1 || [
      'cover',
      'chapter',
      'statement',
      'center',
    ].includes(layout)) {
      return []
    }
    const line = canvas.height * (1 - limits.lowerCanvasShare)
    return m.contentBottom < line
      ? [`the lower ${limits.lowerCanvasShare * 100} % of the canvas is empty: the content ends ${Math.round(m.contentBottom)} px down, above ${Math.round(line)} px`]
      : []
  },
  'statement': (m, { slide }) => {
    if (slide.frontmatter.layout !== 'statement')
      return []
    const px = Math.max(0, ...m.headingPx)
    return px < limits.minStatementPx
      ? [`the statement is set at ${px.toFixed(1)}px, below ${limits.minStatementPx}px`]
      : []
  },
  'diagram text': (m, { slide }) => m.diagramNames.flatMap((drawn, i) => {
    const { title, description } = accessibleText(slide.mermaid[i] ?? '')
    if (!title || !description)
      return [`Mermaid diagram ${i + 1} has no accTitle or accDescr: its SVG gives a screen reader no title or description`]
    return drawn.title === title && drawn.description === description
      ? []
      : [`Mermaid diagram ${i + 1} tells a screen reader “${drawn.title}” / “${drawn.description.slice(0, 40)}”, not its accTitle and accDescr`]
  }),
  'diagram size': (m, { canvas }) => m.diagramBoxes.flatMap(({ width, height }, i) =>
    width >= canvas.width * limits.minDiagramShare || height >= canvas.height * limits.minDiagramShare
      ? []
      : [`Mermaid diagram ${i + 1} is ${Math.round(width)}×${Math.round(height)} px, less than ${limits.minDiagramShare * 100} % of the canvas in either direction`]),
  'centrepiece': (m, { slide, canvas }) => {
    if (!classesOf(slide).includes('centrepiece'))
      return []
    const [largest] = [...m.diagramBoxes].sort((a, b) => b.width * b.height - a.width * a.height)
    if (!largest)
      return ['the centrepiece slide shows no diagram']
    const share = limits.minCentrepieceShare
    return largest.width >= canvas.width * share && largest.height >= canvas.height * share
      ? []
      : [`the centrepiece diagram is ${Math.round(largest.width)}×${Math.round(largest.height)} px, less than ${share * 100} % of the canvas in width and height (${Math.round(canvas.width * share)}×${Math.round(canvas.height * share)} px)`]
  },
}

/** Runs in the page: the contrast of the slide's title against what is behind it (undefined without a title). */
function titleContrast({ root: selector }: ReturnType<typeof inPage>): number | undefined {
  const title = document.querySelector(`${selector} h1`)
  if (!title)
    return undefined
  let behind: Element | null = title
  let background = 'rgb(0, 0, 0)'
  while (behind) {
    const color = getComputedStyle(behind).backgroundColor
    if (color !== 'transparent' && (color.match(/[\d.]+/g) ?? [])[3] !== '0') {
      background = color
      break
    }
    behind = behind.parentElement
  }
  const [light, dark] = [getComputedStyle(title).color, background]
    .map((color) => {
      const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((c) => {
        const s = c / 255
        return s <= 0.03928
          ? s / 12.92
          : ((s + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    })
    .sort((a, b) => b - a)
  return (light! + 0.05) / (dark! + 0.05)
}

/**
 * Checks that run a tool on the page or change it (colour scheme, window
 * size), by name, in this order after the measurement; each page is fresh
 * for the next slide.
 */
export const pageChecks: Record<string, (page: Page, context: SlideCheckContext) => Promise<string[]>> = {
  'accessibility': async (page) => {
    const violations = await seriousViolations(page, limits.accessibility)
    return violations.map(v => `${v.id} (${v.impact}): ${v.help} – ${v.targets.slice(0, 2).join(', ')}`)
  },
  'phone': async (page) => {
    await page.setViewportSize(limits.phone)
    // Two frames: the slide scales to the new size in the first.
    await page.evaluate(() => new Promise(requestAnimationFrame).then(() => new Promise(requestAnimationFrame)))
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    return width > limits.phone.width
      ? [`on a ${limits.phone.width} px wide phone the page is ${width} px wide and scrolls sideways`]
      : []
  },
  'dark mode': async (page, { slide }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    const follows = await page.waitForFunction(() => document.documentElement.classList.contains('dark'), undefined, { timeout: 5_000 }).then(() => true, () => false)
    if (!follows)
      return ['the deck does not turn dark with the system\'s dark mode']
    await page.evaluate(settled)
    const contrast = await page.evaluate(titleContrast, inPage(slide.no))
    return contrast !== undefined && contrast < limits.minDarkTitleContrast
      ? [`title contrast ${contrast.toFixed(1)}:1 in dark mode, below ${limits.minDarkTitleContrast}:1`]
      : []
  },
}

/** One thing wrong with a slide: the check that found it, and what it is. */
export interface Problem {
  check: string
  message: string
}

/** Problems as messages that name the slide: `slide 24 (slides/en/06-afterwards.md:36, "Timeline 2013–2021"): …`. */
export function describeProblems(slide: DeckSlide, problems: Problem[]): string[] {
  return problems.map(problem => `${slideLabel(slide)}: ${problem.message}`)
}

/**
 * Opens a slide of a served deck (its address and folder in the site) at its last click step, once, and
 * lists everything wrong with it: console errors, requests to other hosts,
 * what it shows broken, every `slideChecks` entry over one measurement, then
 * every `pageChecks` entry. An empty list means the slide is fine.
 */
export async function checkSlide(page: Page, deck: { url: string, path: string }, context: SlideCheckContext): Promise<Problem[]> {
  const { slide, canvas } = context
  const problems: Problem[] = []
  const origin = new URL(deck.url).origin
  const foreign: string[] = []
  const onRequest = (request: { url: () => string }): void => {
    const url = request.url()
    if (/^https?:/.test(url) && new URL(url).origin !== origin)
      foreign.push(url)
  }
  const seen = collectErrors(page)
  page.on('request', onRequest)
  try {
    // The page may come from the slide before, with its size and colour scheme changed.
    await page.setViewportSize(canvas)
    await page.emulateMedia({ colorScheme: 'light' })
    // Only this slide's diagrams are waited for.
    const slides: DeckSlide[] = []
    slides[slide.no - 1] = slide
    await waitForSlide(page, { ...deck, slides }, slide.no)
    const measured = await page.evaluate(measure, inPage(slide.no))
    if (!measured.found) {
      return [
        { check: 'render', message: 'the slide did not render' },
      ]
    }
    problems.push(...(await page.evaluate(renderProblems, inPage(slide.no))).map(message => ({ check: 'render', message })))
    for (const [check, run] of Object.entries(slideChecks))
      problems.push(...run(measured, context).map(message => ({ check, message })))
    for (const [check, run] of Object.entries(pageChecks))
      problems.push(...(await run(page, context)).map(message => ({ check, message })))
  }
  catch (error) {
    problems.push({ check: 'open', message: `could not open the slide: ${(error as Error).message.split('\n')[0]}` })
  }
  finally {
    seen.stop()
    page.off('request', onRequest)
  }
  problems.push(...seen.errors.map(message => ({ check: 'errors', message })))
  problems.push(...foreign.map(url => ({ check: 'offline', message: `request to a foreign host: ${url}` })))
  return problems
}
