import type { Page } from '@playwright/test'
import type { SiteDeck } from '../../packages/talk-site-cli/node/site'
import type { Edition } from '../../packages/talk-site/index.ts'
import type { DeckSlide } from '../../packages/talk-site/node/deck'
import type { TestSite } from './sites'
import { test as base, expect } from '@playwright/test'
import { checkSlide, describeProblems } from './check'
import { served } from './sites'

/**
 * Playwright's `test` with `walkPage`: one page per worker, reused from slide
 * to slide, so each slide is one page load with the deck's files already in
 * the browser's cache. Each slide check starts it afresh in size and colour
 * scheme (see `checkSlide`).
 */
export const test = base.extend<object, { walkPage: Page }>({
  walkPage: [
    async ({ browser }, use, workerInfo) => {
      const { viewport, serviceWorkers, permissions } = workerInfo.project.use
      const context = await browser.newContext({ viewport, serviceWorkers, permissions })
      await use(await context.newPage())
      await context.close()
    },
    { scope: 'worker' },
  ],
})

/**
 * One test per slide of `deck`, named by `name`: every check of check.ts on
 * the worker's walk page, the slide at its last click step. `site` gives the
 * test site it is served from (read when the test runs).
 */
export function walkDeck(site: () => TestSite, deck: SiteDeck, editions: Pick<Edition, 'locale' | 'name'>[], name: (slide: DeckSlide) => string): void {
  const others = editions.filter(edition => edition.locale !== deck.locale)
  for (const slide of deck.slides) {
    test(name(slide), async ({ walkPage }) => {
      const problems = await checkSlide(walkPage, served(site(), deck), {
        slide,
        canvas: deck.info.canvas,
        locale: deck.locale,
        allowedNames: others.map(edition => edition.name),
        otherEditions: others.length,
      })
      expect(describeProblems(slide, problems)).toEqual([])
    })
  }
}
