import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { editionUrl } from '../../data/editions'
import { talk } from '../../data/talk'
import { base } from '../../playwright.config'
import { collectErrors } from '../../scripts/lib/check'
import { deckUrl, siteDecks } from '../../scripts/lib/print'
import { ogImage } from '../../scripts/lib/share'
import { waitForSlide } from '../../scripts/lib/slide'

// The self-paced site as `npm run build -- --base /coreos-story/` writes it,
// served under that path by a static server that has no rewrites (see playwright.config.ts):
// the Chinese edition at its root, the English one under en/.
const decks = await siteDecks()
const firstSentence = (note: string): string => note.split(/[。！？\n]|\. /)[0]!.trim()

async function expectSlide(page: Page, path: string, no: number): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`${base}${path}${no}(\\?.*)?$`))
  await expect(page.locator(`#slide-content .slidev-page-${no}`)).toBeVisible()
}

/** Waits until the service worker has taken the page over and cached its deck. */
async function underServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller)
      await new Promise(done => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }))
  })
}

for (const { locale, path, slides: deck, info } of decks) {
  test.describe(`the ${locale} edition`, () => {
    const urlOf = (baseURL: string | undefined): string => deckUrl(baseURL!, { path })
    const publicUrl = editionUrl(talk.url, locale)

    test('a deep link opens its slide, also on reload', async ({ page, baseURL }) => {
      const { errors } = collectErrors(page)
      const response = await page.goto(`${urlOf(baseURL)}/17`, { waitUntil: 'networkidle' })
      // No rewrite on the host: the app arrives as 404.html and routes to the slide itself.
      expect(response?.headers()['content-type']).toContain('text/html')
      await expectSlide(page, path, 17)
      await page.reload({ waitUntil: 'networkidle' })
      await expectSlide(page, path, 17)
      expect(errors).toEqual([])
    })

    test('arrow keys, space and the navigation buttons move between slides', async ({ page, baseURL }) => {
      await page.goto(`${urlOf(baseURL)}/2`, { waitUntil: 'networkidle' })
      await page.keyboard.press('ArrowRight')
      await expectSlide(page, path, 3)
      await page.keyboard.press('Space')
      await expectSlide(page, path, 4)
      await page.keyboard.press('ArrowLeft')
      await expectSlide(page, path, 3)
      await page.getByRole('button', { name: 'Go to next slide' }).click()
      await expectSlide(page, path, 4)
      await page.getByRole('button', { name: 'Go to previous slide' }).click()
      await expectSlide(page, path, 3)
    })

    test.describe('on a phone', () => {
      test.use({
        viewport: { width: 375, height: 667 },
        hasTouch: true,
        isMobile: true,
      })

      /** A finger drawn across the middle of the slide (a tap on the black margins is a click). */
      async function swipe(page: Page, fromX: number, toX: number): Promise<void> {
        const cdp = await page.context().newCDPSession(page)
        const box = (await page.locator('#slide-content').boundingBox())!
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

      test('a swipe left goes forward and a swipe right goes back', async ({ page, baseURL }) => {
        await page.goto(`${urlOf(baseURL)}/5`, { waitUntil: 'networkidle' })
        await swipe(page, 320, 40)
        await expectSlide(page, path, 6)
        await swipe(page, 40, 320)
        await expectSlide(page, path, 5)
      })

      test('no slide scrolls sideways', async ({ page, baseURL }) => {
        const wide: string[] = []
        for (const slide of deck) {
          await waitForSlide(page, urlOf(baseURL), slide.no)
          const width = await page.evaluate(() => document.documentElement.scrollWidth)
          if (width > 375)
            wide.push(`slide ${slide.no} (${slide.where}) is ${width}px wide`)
        }
        expect(wide).toEqual([])
      })

      test('the reader\'s notes fit under the slide without sideways scrolling', async ({ page, baseURL }) => {
        await page.goto(`${urlOf(baseURL)}/14`, { waitUntil: 'networkidle' })
        await page.locator('[data-reader-toggle]').click()
        const notes = page.locator('[data-reader-notes]')
        await expect(notes).toContainText(firstSentence(deck[13]!.note))
        const slideBox = (await page.locator('#slide-content').boundingBox())!
        const notesBox = (await notes.boundingBox())!
        expect(notesBox.y).toBeGreaterThanOrEqual(slideBox.y + slideBox.height - 1)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
      })
    })

    test('the reader mode shows the notes of the current slide and follows the slides', async ({ page, baseURL }) => {
      await page.goto(`${urlOf(baseURL)}/3`, { waitUntil: 'networkidle' })
      const notes = page.locator('[data-reader-notes]')
      await expect(notes).toHaveCount(0)
      await page.keyboard.press('n')
      await expect(notes).toContainText(deck[2]!.title)
      await expect(notes).toContainText(firstSentence(deck[2]!.note))
      await page.keyboard.press('ArrowRight')
      await expect(notes).toContainText(firstSentence(deck[3]!.note))
      // The slide makes room for the panel instead of hiding under it.
      const slideBox = (await page.locator('#slide-content').boundingBox())!
      const notesBox = (await notes.boundingBox())!
      expect(slideBox.x + slideBox.width).toBeLessThanOrEqual(notesBox.x + 1)
      // It stays open across a reload, and the button closes it.
      await page.reload({ waitUntil: 'networkidle' })
      await expect(notes).toContainText(firstSentence(deck[3]!.note))
      await page.locator('[data-reader-toggle]').click()
      await expect(notes).toHaveCount(0)
    })

    test('the download buttons and the last slide link to the PDF and the handout', async ({ page, baseURL, request }) => {
      await page.goto(`${urlOf(baseURL)}/${deck.length}`, { waitUntil: 'networkidle' })
      const files = {
        slides: `${info.exportFilename}.pdf`,
        handout: `${info.exportFilename}.handout.pdf`,
      }
      for (const [kind, file] of Object.entries(files)) {
        const button = page.locator(`[data-download="${kind}"]`)
        await expect(button).toHaveAttribute('href', `${base}${path}${file}`)
        await expect(page.locator(`#slide-content a[href="${base}${path}${file}"]`)).toBeVisible()
        const response = await request.get(`${urlOf(baseURL)}/${file}`)
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

    test('every slide passes axe-core without serious or critical violations', async ({ page, baseURL }) => {
      const found: string[] = []
      for (const slide of deck) {
        await waitForSlide(page, urlOf(baseURL), slide.no)
        const { violations } = await new AxeBuilder({ page }).analyze()
        for (const v of violations.filter(v => v.impact === 'serious' || v.impact === 'critical'))
          found.push(`slide ${slide.no} (${slide.where}): ${v.id} (${v.impact}): ${v.help} – ${v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(', ')}`)
      }
      expect(found).toEqual([])
    })

    test('link previews show slide 1 and point at the public address', async ({ request, baseURL }) => {
      const html = await (await request.get(`${urlOf(baseURL)}/`)).text()
      const image = new URL(ogImage.file, publicUrl).href
      expect(html).toContain(`<html lang="${info.lang}"`)
      expect(html).toContain(`<link rel="canonical" href="${publicUrl}">`)
      for (const other of decks)
        expect(html).toContain(`<link rel="alternate" hreflang="${other.locale}" href="${editionUrl(talk.url, other.locale)}">`)
      expect(html).toContain(`<meta property="og:image" content="${image}">`)
      expect(html).toContain(`<meta property="og:title" content="${info.title}">`)
      expect(html).toMatch(/<meta name="description" content="[^"&\\]+">/)
      const png = await request.get(`${urlOf(baseURL)}/${ogImage.file}`)
      expect(png.headers()['content-type']).toBe('image/png')
      const bytes = await png.body()
      // The PNG header: width and height as big-endian integers at bytes 16 and 20.
      expect([
        bytes.readUInt32BE(16),
        bytes.readUInt32BE(20),
      ]).toEqual([ogImage.width, ogImage.height])
      expect(readFileSync(`dist/${path}index.html`, 'utf8')).toBe(html)
    })

    test.describe('offline', () => {
      test.use({ serviceWorkers: 'allow' })

      test('after one visit the deck opens with the network off', async ({ page, context, baseURL }) => {
        await page.goto(`${urlOf(baseURL)}/1`, { waitUntil: 'networkidle' })
        await underServiceWorker(page)
        await context.setOffline(true)
        await page.reload({ waitUntil: 'domcontentloaded' })
        await expectSlide(page, path, 1)
        for (const no of [14, deck.length]) {
          await page.goto(`${urlOf(baseURL)}/${no}`, { waitUntil: 'domcontentloaded' })
          await expectSlide(page, path, no)
          await page.waitForFunction(n => [
            ...document.querySelectorAll(`.slidev-page-${n} .mermaid`),
          ].every(d => d.shadowRoot?.querySelector('svg')), no)
        }
      })
    })
  })
}

test.describe('the language switch', () => {
  for (const from of decks) {
    for (const to of decks.filter(d => d !== from)) {
      test(`leads from ${from.locale} slide 17 to ${to.locale} slide 17, and follows the slides`, async ({ page, baseURL }) => {
        const { errors } = collectErrors(page)
        await waitForSlide(page, deckUrl(baseURL!, from), 17)
        const link = (no: number) => page.locator(`#slide-content .slidev-page-${no} [data-edition="${to.locale}"]`)
        await expect(link(17)).toHaveAttribute('hreflang', to.locale)
        await expect(link(17)).toHaveAttribute('href', `${base}${to.path}17`)
        await page.keyboard.press('ArrowRight')
        await expect(link(18)).toHaveAttribute('href', `${base}${to.path}18`)
        await page.keyboard.press('ArrowLeft')
        await expectSlide(page, from.path, 17)
        await link(17).click()
        await expectSlide(page, to.path, 17)
        await expect(page.locator('html')).toHaveAttribute('lang', to.locale)
        await expect(page.locator('#slide-content .slidev-page-17 h1')).toHaveText(to.slides[16]!.title)
        expect(errors).toEqual([])
      })
    }
  }
})

test.describe('with the service worker on', () => {
  test.use({ serviceWorkers: 'allow' })

  test('the Chinese edition\'s worker leaves the English edition to its own page', async ({ page, baseURL }) => {
    const [root, nested] = decks
    await page.goto(`${deckUrl(baseURL!, root!)}/1`, { waitUntil: 'networkidle' })
    await underServiceWorker(page)
    await page.goto(`${deckUrl(baseURL!, nested!)}/5`, { waitUntil: 'networkidle' })
    await expectSlide(page, nested!.path, 5)
    await expect(page.locator('html')).toHaveAttribute('lang', nested!.locale)
  })
})
