import { expect, test } from '@playwright/test'
import { closingSlide, plannedSeconds } from '../../packages/talk-site/pacing'
import { slideDom } from '../../packages/talk-site/slidev-internals'
import { limits } from '../support/check'
import { firstSentence, loadTalk, served, slidesInARow, testSites } from '../support/sites'

const { decks: talkDecks } = await loadTalk()

// Reader mode: the speaker notes of the current slide beside it, or under it on a portrait phone.
const [zh, en] = talkDecks

test('the notes of the current slide open with N beside the slide, follow the slides and stay open', async ({ page }) => {
  const n = slidesInARow(zh!, 2)
  const [slide, next] = [zh!.slides[n - 1]!, zh!.slides[n]!]
  await page.goto(`${served(testSites().talk, zh!).url}/${n}`)
  await expect(page.locator(slideDom.slide(n))).toBeVisible()
  const notes = page.locator('[data-reader-notes]')
  await expect(notes).toHaveCount(0)
  await page.keyboard.press('n')
  await expect(notes).toContainText(slide.title)
  await expect(notes).toContainText(firstSentence(slide.note))
  await page.keyboard.press('ArrowRight')
  await expect(notes).toContainText(firstSentence(next.note))
  // The slide makes room for the panel instead of hiding under it.
  const slideBox = (await page.locator(slideDom.canvas).boundingBox())!
  const notesBox = (await notes.boundingBox())!
  expect(slideBox.x + slideBox.width).toBeLessThanOrEqual(notesBox.x + 1)
  // It stays open across a reload, and the button closes it.
  await page.reload()
  await expect(notes).toContainText(firstSentence(next.note))
  await page.locator('[data-reader-toggle]').click()
  await expect(notes).toHaveCount(0)
})

test.describe('on a phone', () => {
  test.use({
    viewport: limits.phone,
    hasTouch: true,
    isMobile: true,
  })

  test('the notes fit under the slide without sideways scrolling', async ({ page }) => {
    const n = slidesInARow(en!, 1)
    await page.goto(`${served(testSites().talk, en!).url}/${n}`)
    await expect(page.locator('html')).toHaveAttribute('lang', en!.locale)
    await page.locator('[data-reader-toggle]').click()
    const notes = page.locator('[data-reader-notes]')
    await expect(notes).toContainText(firstSentence(en!.slides[n - 1]!.note))
    const slideBox = (await page.locator(slideDom.canvas).boundingBox())!
    const notesBox = (await notes.boundingBox())!
    expect(notesBox.y).toBeGreaterThanOrEqual(slideBox.y + slideBox.height - 1)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(limits.phone.width)
  })
})

for (const deck of talkDecks) {
  test(`the ${deck.locale} download buttons and closing slide link to the PDF and the handout`, async ({ page, request }) => {
    const { url } = served(testSites().talk, deck)
    // The closing slide, the last that plans time; the appendix comes after it.
    const close = closingSlide(deck.slides.map(slide => plannedSeconds(slide.frontmatter)))
    await page.goto(`${url}/${close}`)
    await expect(page.locator('html')).toHaveAttribute('lang', deck.locale)
    const files = {
      slides: `${deck.info.exportFilename}.pdf`,
      handout: `${deck.info.exportFilename}.handout.pdf`,
    }
    const path = new URL(`${url}/`).pathname
    for (const [kind, file] of Object.entries(files)) {
      await expect(page.locator(`[data-download="${kind}"]`)).toHaveAttribute('href', `${path}${file}`)
      await expect(page.locator(`${slideDom.canvas} a[href="${path}${file}"]`)).toBeVisible()
      const response = await request.get(`${url}/${file}`)
      expect(response.status(), file).toBe(200)
      expect(response.headers()['content-type']).toBe('application/pdf')
      expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-')
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-download="slides"]').click(),
    ])
    expect(download.suggestedFilename()).toBe(files.slides)
  })
}
