import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import sharp from 'sharp'
import { previewPath } from '../../packages/talk-site-cli/node/pictures'
import { slidePageTitle } from '../../packages/talk-site-cli/node/slide-pages'
import { editionUrl } from '../../packages/talk-site/index.ts'
import { closingSlide, plannedSeconds } from '../../packages/talk-site/pacing'
import { readPageFolder, slidePageFile } from '../../packages/talk-site/paths'
import { slideDom } from '../../packages/talk-site/slidev-internals'
import { ogImage } from '../../packages/talk-site/vite/link-tags'
import { limits } from '../support/check'
import { loadTalk, served, talkBase, testSites } from '../support/sites'

const { site: talk, decks: talkDecks } = await loadTalk()

// Every slide's own address, served the way GitHub Pages serves (no rewrites, 404.html only for unknown paths).
for (const deck of talkDecks) {
  const no = Math.min(17, deck.slides.length)
  const slide = deck.slides[no - 1]!
  const publicUrl = `${editionUrl(talk, deck.locale)}${no}`

  test(`${talkBase}${deck.path}${no} answers 200 with slide ${no}, its own title, description and link preview`, async ({ page, request }) => {
    const { url } = served(testSites().talk, deck)
    const response = await request.get(`${url}/${no}`)
    expect(response.status()).toBe(200)
    const html = await response.text()
    expect(html).toContain(`<title>${slidePageTitle(no, slide.title, deck.info.title)}</title>`)
    expect(html).toContain(`<link rel="canonical" href="${publicUrl}">`)
    expect(html).toContain(`<meta property="og:url" content="${publicUrl}">`)
    expect(html).toContain(`<meta property="og:image" content="${new URL(previewPath(no), editionUrl(talk, deck.locale)).href}">`)
    expect(html.match(/<title>/g)).toHaveLength(1)
    expect(html.match(/property="og:image"/g)).toHaveLength(1)
    const description = /<meta name="description" content="([^"]+)">/.exec(html)?.[1]
    expect(slide.note.replace(/\s+/g, ' ')).toContain(description!.replace(/&quot;/g, '"').replace(/&amp;/g, '&').slice(0, 20))
    const picture = await sharp(await (await request.get(`${url}/${previewPath(no)}`)).body()).metadata()
    expect([picture.format, picture.width, picture.height]).toEqual(['jpeg', ogImage.width, ogImage.height])

    const shown = await page.goto(`${url}/${no}`)
    expect(shown?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', deck.locale)
    await expect(page.locator(slideDom.slide(no))).toBeVisible()
  })

  test(`every slide of the ${deck.locale} edition has its page and picture in the build`, () => {
    const folder = join(testSites().talk.dir, deck.path)
    const missing = deck.slides.flatMap(s => [
      slidePageFile(s.no),
      previewPath(s.no),
    ]).filter(file => !existsSync(join(folder, file)))
    expect(missing).toEqual([])
  })
}

test('an unknown path still gets the 404 page, and a folder without its slash is sent to it', async ({ request }) => {
  const { url } = testSites().talk
  const unknown = await request.get(`${url}/no-such-page`)
  expect(unknown.status()).toBe(404)
  expect(await unknown.text()).toContain('<div id="app">')
  const folder = await request.get(`${url}/${readPageFolder.slice(0, -1)}`, { maxRedirects: 0 })
  expect(folder.status()).toBe(301)
  expect(folder.headers().location).toBe(`${talkBase}${readPageFolder}`)
})

// How the deck sends readers to the annotated page.
for (const deck of talkDecks) {
  const labels = talk.editions.find(edition => edition.locale === deck.locale)!.labels
  const readHref = `${new URL(`${served(testSites().talk, deck).url}/`).pathname}${readPageFolder}`

  test(`the ${deck.locale} deck links to its annotated page from the navigation bar and the closing slide`, async ({ page }) => {
    const { url } = served(testSites().talk, deck)
    // The closing slide, the last that plans time; the appendix comes after it.
    const close = closingSlide(deck.slides.map(slide => plannedSeconds(slide.frontmatter)))
    await page.goto(`${url}/${close}`)
    await expect(page.locator('[data-read-link]')).toHaveAttribute('href', readHref)
    await expect(page.locator(slideDom.slide(close)).getByRole('link', { name: labels.readLink })).toHaveAttribute('href', readHref)
    // Not on a wide screen: there the slides read well.
    await expect(page.locator('[data-read-prompt]')).toHaveCount(0)
  })

  test.describe('on a phone held upright', () => {
    test.use({ viewport: limits.phone, hasTouch: true, isMobile: true })

    test(`the ${deck.locale} deck offers the annotated page once, until the reader closes the offer`, async ({ page }) => {
      const { url } = served(testSites().talk, deck)
      await page.goto(`${url}/3`)
      const offer = page.locator('[data-read-prompt]')
      await expect(offer.getByRole('link', { name: labels.readLink })).toHaveAttribute('href', readHref)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(limits.phone.width)
      await offer.getByRole('button', { name: labels.readPromptClose }).click()
      await expect(offer).toHaveCount(0)
      await page.reload()
      await expect(page.locator(slideDom.slide(3))).toBeVisible()
      await expect(offer).toHaveCount(0)
    })
  })
}
