import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { slideDom } from '../../packages/talk-site/slidev-internals'
import { collectErrors, limits } from '../support/check'
import { loadTalk, served, slidesInARow, talkBase, testSites } from '../support/sites'

const { decks: talkDecks } = await loadTalk()

// The site as a plain static host serves it: no rewrites, 404.html for any unknown path.
const [root] = talkDecks
/** Three slides in a row that a key press moves between. */
const n = slidesInARow(root!, 3)

async function expectSlide(page: Page, path: string, no: number, lang?: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`${talkBase}${path}${no}(\\?.*)?$`))
  if (lang)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
  await expect(page.locator(slideDom.slide(no))).toBeVisible()
}

for (const deck of talkDecks) {
  test(`a deep link into the ${deck.locale} edition opens its slide, also on reload`, async ({ page }) => {
    const { errors } = collectErrors(page)
    const response = await page.goto(`${served(testSites().talk, deck).url}/${n}`)
    // No rewrite on the host: the slide's own page (17.html) is the app, which routes to the slide itself.
    expect(response?.headers()['content-type']).toContain('text/html')
    await expectSlide(page, deck.path, n, deck.locale)
    await page.reload()
    await expectSlide(page, deck.path, n, deck.locale)
    expect(errors).toEqual([])
  })
}

test('arrow keys, space and the navigation buttons move between slides', async ({ page }) => {
  await page.goto(`${served(testSites().talk, root!).url}/${n}`)
  await expectSlide(page, '', n)
  await page.keyboard.press('ArrowRight')
  await expectSlide(page, '', n + 1)
  await page.keyboard.press('Space')
  await expectSlide(page, '', n + 2)
  await page.keyboard.press('ArrowLeft')
  await expectSlide(page, '', n + 1)
  await page.getByRole('button', { name: 'Go to next slide' }).click()
  await expectSlide(page, '', n + 2)
  await page.getByRole('button', { name: 'Go to previous slide' }).click()
  await expectSlide(page, '', n + 1)
})

test.describe('on a phone', () => {
  test.use({
    viewport: limits.phone,
    hasTouch: true,
    isMobile: true,
  })

  /** A finger drawn across the middle of the slide (a tap on the black margins is a click). */
  async function swipe(page: Page, fromX: number, toX: number): Promise<void> {
    const cdp = await page.context().newCDPSession(page)
    const box = (await page.locator(slideDom.canvas).boundingBox())!
    const y = box.y + box.height / 2
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number): Promise<void> => {
      await cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd'
          ? []
          : [
              { x, y },
            ],
      })
    }
    await touch('touchStart', fromX)
    for (let i = 1; i <= 8; i++)
      await touch('touchMove', fromX + (toX - fromX) * i / 8)
    await touch('touchEnd', toX)
  }

  test('a swipe left goes forward and a swipe right goes back', async ({ page }) => {
    await page.goto(`${served(testSites().talk, root!).url}/${n}`)
    await expectSlide(page, '', n)
    await swipe(page, 320, 40)
    await expectSlide(page, '', n + 1)
    await swipe(page, 40, 320)
    await expectSlide(page, '', n)
  })
})

test.describe('the language switch', () => {
  for (const from of talkDecks) {
    for (const to of talkDecks.filter(d => d !== from)) {
      test(`leads from ${from.locale} slide ${n} to ${to.locale} slide ${n}, and follows the slides`, async ({ page }) => {
        const { errors } = collectErrors(page)
        await page.goto(`${served(testSites().talk, from).url}/${n}`)
        await expectSlide(page, from.path, n, from.locale)
        const link = (no: number) => page.locator(`${slideDom.slide(no)} [data-edition="${to.locale}"]`)
        await expect(link(n)).toHaveAttribute('hreflang', to.locale)
        await expect(link(n)).toHaveAttribute('href', `${talkBase}${to.path}${n}`)
        await page.keyboard.press('ArrowRight')
        await expect(link(n + 1)).toHaveAttribute('href', `${talkBase}${to.path}${n + 1}`)
        await page.keyboard.press('ArrowLeft')
        await expectSlide(page, from.path, n)
        await link(n).click()
        await expectSlide(page, to.path, n, to.locale)
        await expect(page.locator(`${slideDom.slide(n)} h1`)).toHaveText(to.slides[n - 1]!.title)
        expect(errors).toEqual([])
      })
    }
  }
})
