import { expect, test } from '@playwright/test'
import { checkSlide, collectErrors } from '../../scripts/lib/check'
import { deckUrl, siteDecks } from '../../scripts/lib/print'

// Every check runs on each edition, at its place in the site: zh-CN at the root, English under en/.
const decks = await siteDecks()
for (const { locale, path, slides: deck } of decks) {
  test.describe(`the ${locale} edition`, () => {
    const urlOf = (baseURL: string | undefined): string => deckUrl(baseURL!, { path })

    test.describe('every slide at its last click step', () => {
      for (const slide of deck) {
        test(`slide ${slide.no}: ${slide.title} (${slide.where})`, async ({ page, baseURL }) => {
          expect(await checkSlide(page, urlOf(baseURL), slide, { locale })).toEqual([])
          await expect(page.locator(`#slide-content .slidev-page-${slide.no} [data-edition]`), 'the language switch').toHaveCount(decks.length - 1)
        })
      }
    })

    test('presenter mode opens and shows the notes of slide 1', async ({ page, baseURL }) => {
      const { errors } = collectErrors(page)
      await page.setViewportSize({ width: 1400, height: 900 })
      await page.goto(`${urlOf(baseURL)}/presenter/1`, { waitUntil: 'networkidle' })
      const firstSentence = deck[0]!.note.split(/[。！？\n]|\. /)[0]!.trim()
      await expect(page.getByText(firstSentence, { exact: false }).first()).toBeVisible()
      expect(errors).toEqual([])
    })

    test('overview opens and lists every slide', async ({ page, baseURL }) => {
      const { errors } = collectErrors(page)
      await page.goto(`${urlOf(baseURL)}/overview`, { waitUntil: 'networkidle' })
      await expect(page.getByText(deck.at(-1)!.title).first()).toBeAttached()
      expect(errors).toEqual([])
    })

    test('the document says which language it is in', async ({ page, baseURL }) => {
      await page.goto(`${urlOf(baseURL)}/1`, { waitUntil: 'networkidle' })
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
    })

    test.describe('in dark mode', () => {
      test.use({ colorScheme: 'dark' })

      test('every slide keeps light text on a dark canvas', async ({ page, baseURL }) => {
        const luminance = (rgb: string): number => {
          const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((c) => {
            const s = c / 255
            return s <= 0.03928
              ? s / 12.92
              : ((s + 0.055) / 1.055) ** 2.4
          })
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
        }
        for (const slide of deck.slice(1)) {
          await page.goto(`${urlOf(baseURL)}/${slide.no}`, { waitUntil: 'networkidle' })
          const colors = await page.locator(`.slidev-page-${slide.no} .slidev-layout`).evaluate((layout) => {
            const style = getComputedStyle(layout)
            return { background: style.backgroundColor, text: getComputedStyle(layout.querySelector('h1')!).color }
          })
          const contrast = (luminance(colors.text) + 0.05) / (luminance(colors.background) + 0.05)
          expect(contrast, `slide ${slide.no} (${slide.where}): title contrast in dark mode`).toBeGreaterThan(7)
        }
      })
    })
  })
}
