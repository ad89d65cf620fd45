import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { checkSlide } from '../../scripts/lib/check'
import { loadDeck } from '../../scripts/lib/deck'

const deck = await loadDeck()

/** Page errors and console errors seen from now on. */
function collectErrors(page: Page): string[] {
  const errors = collectErrors(page)
  return errors
}

test.describe('every slide at its last click step', () => {
  for (const slide of deck) {
    test(`slide ${slide.no}: ${slide.title} (${slide.where})`, async ({ page, baseURL }) => {
      expect(await checkSlide(page, baseURL!, slide)).toEqual([])
    })
  }
})

test('presenter mode opens and shows the notes of slide 1', async ({ page }) => {
  const errors = collectErrors(page)
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto('/presenter/1', { waitUntil: 'networkidle' })
  const firstSentence = deck[0]!.note.split(/[。！？]/)[0]!.trim()
  await expect(page.getByText(firstSentence, { exact: false }).first()).toBeVisible()
  expect(errors).toEqual([])
})

test('overview opens and lists every slide', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto('/overview', { waitUntil: 'networkidle' })
  await expect(page.getByText(deck.at(-1)!.title).first()).toBeAttached()
  expect(errors).toEqual([])
})

test('the document says it is Chinese', async ({ page }) => {
  await page.goto('/1', { waitUntil: 'networkidle' })
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
})
