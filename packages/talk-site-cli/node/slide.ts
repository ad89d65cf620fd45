import type { Page } from 'playwright-core'
import { slideDom } from 'slidev-addon-talk-site/slidev-internals'
import { routeUrl } from './site.ts'

/** What the in-page functions below need to know of Slidev's DOM, passed in (as plain values) because they run in the browser. */
export interface InPage {
  /** The element of the slide (or printed page) to look at. */
  root: string
  dom: Record<'canvas' | 'loading' | 'layout' | 'code' | 'diagram' | 'slideClass', string>
  /**
   * How many Mermaid blocks each slide's source has, by slide number less
   * one: a slide is drawn only once that many diagrams (or their errors)
   * are on it, since Slidev loads its diagram component after the slide.
   */
  diagrams: number[]
}

/**
 * The attribute that marks a layout's root element, for layouts without
 * Slidev's `slidev-layout` class (the addon's `none` layout has it): with
 * either, a slide counts as loaded.
 */
export const layoutMark = 'data-talk-site-layout'

/** A layout's root element, Slidev's or marked. */
export const layoutRoot = `${slideDom.layout}, [${layoutMark}]`

/** The arguments for the in-page functions, for slide `no` or a printed page's selector, and the deck's slides. */
export function inPage(root: number | string, slides: { mermaid: string[] }[] = []): InPage {
  const { canvas, loading, code, diagram, slideClass } = slideDom
  return {
    root: typeof root === 'number'
      ? slideDom.slide(root)
      : root,
    dom: {
      canvas,
      loading,
      layout: layoutRoot,
      code,
      diagram,
      slideClass,
    },
    diagrams: slides.map(slide => slide.mermaid.length),
  }
}

/**
 * Runs in the page: what is visibly broken under `root`.
 * Slidev shows a Mermaid block that fails as a red `<pre>` with the error;
 * some Mermaid versions draw a "Syntax error" picture instead. Code blocks
 * may legitimately contain the word "error".
 */
export function renderProblems({ root: selector, dom }: InPage): string[] {
  const root = document.querySelector(selector)
  if (!root)
    return ['the slide did not render']
  const problems: string[] = []
  for (const pre of root.querySelectorAll('pre')) {
    if (!pre.closest(dom.code) && /error/i.test(pre.textContent ?? ''))
      problems.push(`error shown on the slide: ${(pre.textContent ?? '').trim().split('\n')[0]!.slice(0, 120)}`)
  }
  root.querySelectorAll<HTMLElement>(dom.diagram).forEach((host, i) => {
    const svg = host.shadowRoot?.querySelector('svg')
    if (!svg)
      problems.push(`Mermaid diagram ${i + 1} did not render an SVG`)
    else if (/syntax error|parse error|error in text/i.test(svg.textContent ?? ''))
      problems.push(`Mermaid diagram ${i + 1} shows an error: ${(svg.textContent ?? '').trim().slice(0, 80)}`)
  })
  return problems
}

/**
 * Runs in the page: true once every element `root` matches has loaded (its
 * layout is there: a slide's component loads on its own, and for a moment
 * shows neither the slide nor Slidev's loading placeholder), has as many
 * diagrams as its slide's source, and every diagram in it has drawn or failed.
 */
export function isDrawn({ root: selector, dom, diagrams }: InPage): boolean {
  const roots = [
    ...document.querySelectorAll(selector),
  ]
  return roots.length > 0 && roots.every((root) => {
    if (root.querySelector(dom.loading) || !root.querySelector(dom.layout))
      return false
    const errors = [
      ...root.querySelectorAll('pre'),
    ]
      .filter(pre => !pre.closest(dom.code) && /error/i.test(pre.textContent ?? ''))
    const hosts = [
      ...root.querySelectorAll<HTMLElement>(dom.diagram),
    ]
    const slide = [
      root,
      ...root.querySelectorAll(`[class*="${dom.slideClass}"]`),
    ]
      .map(el => new RegExp(`${dom.slideClass}(\\d+)`).exec(el.className)?.[1])
      .find(Boolean)
    const expected = diagrams[Number(slide) - 1] ?? 0
    return errors.length > 0 || (hosts.length >= expected && hosts.every(d => d.shadowRoot?.querySelector('svg')))
  })
}

/**
 * Runs in the page: resolves when the stylesheets and fonts the page shows
 * have loaded and its transitions have ended. (In-page functions name no inner functions:
 * tsx would wrap them in a helper the page does not have.)
 */
export async function settled(): Promise<void> {
  // A slide's own stylesheet may still be on its way when its markup is there.
  await Promise.all([
    ...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'),
  ]
    .filter(link => !link.sheet)
    .map(link => new Promise((done) => {
      link.addEventListener('load', done, { once: true })
      link.addEventListener('error', done, { once: true })
    })))
  await document.fonts.ready
  // Text laid out in the next frame may ask for more font files.
  await new Promise(requestAnimationFrame)
  await document.fonts.ready
  await Promise.all(document.getAnimations()
    .filter(animation => animation.effect?.getComputedTiming().iterations !== Infinity)
    .map(animation => animation.finished.catch(() => undefined)))
}

/**
 * Runs in the page: moves the deck's app to `url` as its own links do
 * (Vue Router follows the history's popstate), without loading the page again.
 */
function navigateInApp(url: string): void {
  history.pushState(null, '', url)
  dispatchEvent(new PopStateEvent('popstate', { state: null }))
}

/**
 * Opens slide `no` of a served deck (its address and its folder in the site)
 * at its last click step and waits until it is fully drawn: the slide is
 * shown, every Mermaid block has rendered an SVG or its error, web fonts are
 * loaded and transitions are over. A page already showing a slide of the
 * same deck moves to it inside the app, as the deck's own navigation does;
 * any other page loads it.
 */
export async function waitForSlide(page: Page, deck: { url: string, path: string, slides?: { mermaid: string[] }[] }, no: number): Promise<void> {
  const route = `${no}?clicks=999`
  const here = page.url()
  const onSlideOfDeck = here.startsWith(`${deck.url}/`) && /^\d+(?:\?[^#/]*)?$/.test(here.slice(deck.url.length + 1))
  if (onSlideOfDeck && await page.locator(slideDom.canvas).count() > 0)
    await page.evaluate(navigateInApp, `${deck.url}/${route}`)
  else
    await page.goto(routeUrl(deck, route), { waitUntil: 'load' })
  await page.locator(slideDom.slide(no)).waitFor({ state: 'visible' })
  // A diagram draws again when its slide settles: done only when it is still drawn afterwards.
  do {
    await page.waitForFunction(isDrawn, inPage(no, deck.slides))
    await page.evaluate(settled)
  } while (!await page.evaluate(isDrawn, inPage(no, deck.slides)))
}
