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

    test('presenter mode opens and shows the notes of slide 1', async ({ page }) => {
      const { errors } = collectErrors(page)
      await page.setViewportSize({ width: 1400, height: 900 })
      await page.goto(`${served(testSites().talk, deck).url}/presenter/1`)
      await expect(page.getByText(firstSentence(deck.slides[0]!.note), { exact: false }).first()).toBeVisible()
      expect(errors).toEqual([])
    })

    test('no three slides in a row share a layout and the same kinds of block', async ({ page }) => {
      await page.goto(`${served(testSites().talk, deck).url}/overview`)
      await expect(page.locator(`.${slideDom.slideClass}${deck.slides.length} ${slideDom.layout}`)).toBeAttached({ timeout: 30_000 })
      const shapes = await page.evaluate(slideShapes, { page: slideDom.slideClass, layout: slideDom.layout })
      expect(shapes.map(s => s.no), 'every slide drawn in the overview').toEqual(deck.slides.map(s => s.no))
      const runs = sameShapedRuns(shapes.map(s => ({
        ...s,
        exempt: s.classes.includes('references'),
      })))
      const named = runs.map(run => `${run.map(no => slideLabel(deck.slides[no - 1]!)).join(', ')} all look like “${shapes[run[0]! - 1]!.shape}”`)
      expect(named).toEqual([])
    })

    test('presenter mode shows the plan for the current slide beside the timer; the slides do not', async ({ page }) => {
      const plan = deck.slides.map(slide => plannedSeconds(slide.frontmatter))
      const no = Math.ceil(deck.slides.length / 2)
      const { slide, start } = paceAt(plan, no, 0)
      const labels = talk.editions.find(edition => edition.locale === deck.locale)!.labels
      const url = served(testSites().talk, deck).url
      await page.setViewportSize({ width: 1400, height: 900 })
      await page.goto(`${url}/presenter/${no}`)
      const pacing = page.locator('[data-pacing]')
      await expect(pacing).toBeVisible()
      await expect(pacing).toContainText(format(labels.pacingSlide, {
        time: clock(slide),
      }))
      await expect(pacing).toContainText(format(labels.pacingPlan, {
        time: clock(start),
      }))
      await page.goto(`${url}/${no}`)
      await expect(page.locator(slideDom.slide(no))).toBeVisible()
      await expect(page.locator('[data-pacing]')).toHaveCount(0)
    })

    test('overview opens and lists every slide', async ({ page }) => {
      const { errors } = collectErrors(page)
      await page.goto(`${served(testSites().talk, deck).url}/overview`)
      await expect(page.getByText(deck.slides.at(-1)!.title).first()).toBeAttached()
      expect(errors).toEqual([])
    })
  })
}
