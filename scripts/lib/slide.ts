import type { Page } from '@playwright/test'

/**
 * Runs in the page: what is visibly broken in the slide under `selector`.
 * Slidev shows a Mermaid block that fails as a red `<pre>` with the error;
 * some Mermaid versions draw a "Syntax error" picture instead. Code blocks
 * (`.slidev-code`) may legitimately contain the word "error".
 */
export function renderProblems(selector: string): string[] {
  const root = document.querySelector(selector)
  if (!root)
    return ['the slide did not render']
  const problems: string[] = []
  for (const pre of root.querySelectorAll('pre')) {
    if (!pre.closest('.slidev-code') && /error/i.test(pre.textContent ?? ''))
      problems.push(`error shown on the slide: ${(pre.textContent ?? '').trim().split('\n')[0]!.slice(0, 120)}`)
  }
  root.querySelectorAll<HTMLElement>('.mermaid').forEach((host, i) => {
    const svg = host.shadowRoot?.querySelector('svg')
    if (!svg)
      problems.push(`Mermaid diagram ${i + 1} did not render an SVG`)
    else if (/syntax error|parse error|error in text/i.test(svg.textContent ?? ''))
      problems.push(`Mermaid diagram ${i + 1} shows an error: ${(svg.textContent ?? '').trim().slice(0, 80)}`)
  })
  return problems
}

/** Runs in the page: true once the slide under `selector` has loaded and every diagram has drawn or failed. */
export function isDrawn(selector: string): boolean {
  const root = document.querySelector(selector)
  if (!root || root.querySelector('.slidev-slide-loading'))
    return false
  const failed = [
    ...root.querySelectorAll('pre'),
  ].some(pre => !pre.closest('.slidev-code') && /error/i.test(pre.textContent ?? ''))
  return failed || [
    ...root.querySelectorAll<HTMLElement>('.mermaid'),
  ].every(d => d.shadowRoot?.querySelector('svg'))
}

/**
 * Slidev's "Caching for offline…" badge floats over the bottom-right corner
 * of the window until the service worker is ready (never, with workers
 * blocked). It is not part of any slide: keep it out of PDFs and pictures.
 */
export async function hideOfflineBadge(page: Page): Promise<void> {
  await page.addStyleTag({ content: '.slidev-pwa-indicator { display: none !important; }' })
}

/**
 * Opens slide `no` at its last click step and waits until it is fully drawn:
 * the route is shown, web fonts are loaded and every Mermaid block has either
 * rendered an SVG or shown its error.
 */
export async function waitForSlide(page: Page, base: string, no: number): Promise<void> {
  await page.goto(`${base}/${no}?clicks=999`, { waitUntil: 'networkidle' })
  await hideOfflineBadge(page)
  const selector = `#slide-content .slidev-page-${no}`
  await page.locator(selector).waitFor({ state: 'visible' })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForFunction(isDrawn, selector)
  // Let transitions and layout settle before anyone measures or prints.
  await page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))))
  await page.waitForTimeout(350)
}
