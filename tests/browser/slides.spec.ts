import { expect } from '@playwright/test'
import { slideLabel } from '../../addon/node/deck'
import { checkSlide, collectErrors, describeProblems } from '../support/check'
import { firstSentence, loadTalk, served, testSites } from '../support/sites'
import { test } from '../support/walk'

const { site: talk, decks: talkDecks } = await loadTalk()

// One walk per edition, at its place in the site (zh-CN at the root, English
// under en/): each slide is opened once, at its last click step, and every
// check of tests/support/check.ts runs on that page.
for (const deck of talkDecks) {
  const others = talk.editions.filter(edition => edition.locale !== deck.locale)
  test.describe(`the ${deck.locale} edition`, () => {
    for (const slide of deck.slides) {
      test(slideLabel(slide), async ({ walkPage }) => {
        const problems = await checkSlide(walkPage, served(testSites().talk, deck), {
          slide,
          canvas: deck.info.canvas,
          locale: deck.locale,
          allowedNames: others.map(edition => edition.name),
          otherEditions: others.length,
        })
        expect(describeProblems(slide, problems)).toEqual([])
      })
    }

    test('presenter mode opens and shows the notes of slide 1', async ({ page }) => {
      const { errors } = collectErrors(page)
      await page.setViewportSize({ width: 1400, height: 900 })
      await page.goto(`${served(testSites().talk, deck).url}/presenter/1`)
      await expect(page.getByText(firstSentence(deck.slides[0]!.note), { exact: false }).first()).toBeVisible()
      expect(errors).toEqual([])
    })

    test('overview opens and lists every slide', async ({ page }) => {
      const { errors } = collectErrors(page)
      await page.goto(`${served(testSites().talk, deck).url}/overview`)
      await expect(page.getByText(deck.slides.at(-1)!.title).first()).toBeAttached()
      expect(errors).toEqual([])
    })
  })
}
