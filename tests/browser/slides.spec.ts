import { expect } from '@playwright/test'
import { format } from '../../packages/talk-site/labels'
import { slideLabel } from '../../packages/talk-site/node/deck'
import { clock, paceAt, plannedSeconds } from '../../packages/talk-site/pacing'
import { slideDom } from '../../packages/talk-site/slidev-internals'
import { collectErrors } from '../support/check'
import { sameShapedRuns, slideShapes } from '../support/shape'
import { firstSentence, loadTalk, served, testSites } from '../support/sites'
import { test, walkDeck } from '../support/walk'

const { site: talk, decks: talkDecks } = await loadTalk()

// One walk per edition, at its place in the site (zh-CN at the root, English
// under en/): each slide is opened once, at its last click step, and every
// check of tests/support/check.ts runs on that page.
for (const deck of talkDecks) {
  test.describe(`the ${deck.locale} edition`, () => {
    walkDeck(() => testSites().talk, deck, talk.editions, slideLabel)

    test('the overview opens and draws every slide, and no three slides in a row share a layout and the same kinds of block', async ({ page }) => {
      const { errors } = collectErrors(page)
      await page.goto(`${served(testSites().talk, deck).url}/overview`)
      await expect(page.locator(`.${slideDom.slideClass}${deck.slides.length} ${slideDom.layout}`)).toBeAttached({ timeout: 30_000 })
      await expect(page.getByText(deck.slides.at(-1)!.title).first()).toBeAttached()
      const shapes = await page.evaluate(slideShapes, { page: slideDom.slideClass, layout: slideDom.layout })
      expect(shapes.map(s => s.no), 'every slide drawn in the overview').toEqual(deck.slides.map(s => s.no))
      const runs = sameShapedRuns(shapes.map(s => ({
        ...s,
        exempt: s.classes.includes('references'),
      })))
      const named = runs.map(run => `${run.map(no => slideLabel(deck.slides[no - 1]!)).join(', ')} all look like “${shapes[run[0]! - 1]!.shape}”`)
      expect(named).toEqual([])
      expect(errors).toEqual([])
    })

    test('presenter mode opens with the current slide\'s notes and its plan beside the timer; the slides show no plan', async ({ page }) => {
      const { errors } = collectErrors(page)
      const plan = deck.slides.map(slide => plannedSeconds(slide.frontmatter))
      const no = Math.ceil(deck.slides.length / 2)
      const { slide, start } = paceAt(plan, no, 0)
      const labels = talk.editions.find(edition => edition.locale === deck.locale)!.labels
      const url = served(testSites().talk, deck).url
      await page.setViewportSize({ width: 1400, height: 900 })
      await page.goto(`${url}/presenter/${no}`)
      await expect(page.getByText(firstSentence(deck.slides[no - 1]!.note), { exact: false }).first()).toBeVisible()
      const pacing = page.locator('[data-pacing]')
      await expect(pacing).toBeVisible()
      await expect(pacing).toContainText(format(labels.pacingSlide, {
        time: clock(slide),
      }))
      await expect(pacing).toContainText(format(labels.pacingPlan, {
        time: clock(start),
      }))
      expect(errors).toEqual([])
      await page.goto(`${url}/${no}`)
      await expect(page.locator(slideDom.slide(no))).toBeVisible()
      await expect(page.locator('[data-pacing]')).toHaveCount(0)
    })
  })
}
