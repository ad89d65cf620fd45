import type { Page } from '@playwright/test'

/**
 * Opens slide `no` at its last click step and waits until it is fully drawn:
 * the route is shown, web fonts are loaded and every Mermaid block has either
 * rendered an SVG or shown its error.
 */
export async function waitForSlide(page: Page, base: string, no: number): Promise<void> {
  await page.goto(`${base}/${no}?clicks=999`, { waitUntil: 'networkidle' })
  const slide = page.locator(`#slide-content .slidev-page-${no}`)
  await slide.waitFor({ state: 'visible' })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForFunction((n) => {
    const root = document.querySelector(`#slide-content .slidev-page-${n}`)
    if (!root)
      return false
    const diagrams = [
      ...root.querySelectorAll<HTMLElement>('.mermaid'),
    ]
    return diagrams.every(d => d.shadowRoot?.querySelector('svg'))
  }, no)
  // Let transitions and layout settle before anyone measures or prints.
  await page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))))
  await page.waitForTimeout(350)
}
