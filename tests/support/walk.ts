import type { Page } from '@playwright/test'
import { test as base } from '@playwright/test'

/**
 * Playwright's `test` with `walkPage`: one page per worker, reused from slide
 * to slide, so each slide is one page load with the deck's files already in
 * the browser's cache. Each slide check starts it afresh in size and colour
 * scheme (see `checkSlide`).
 */
export const test = base.extend<object, { walkPage: Page }>({
  walkPage: [
    async ({ browser }, use, workerInfo) => {
      const { viewport, serviceWorkers } = workerInfo.project.use
      const context = await browser.newContext({ viewport, serviceWorkers })
      await use(await context.newPage())
      await context.close()
    },
    { scope: 'worker' },
  ],
})
