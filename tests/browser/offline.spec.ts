import { expect, test } from '@playwright/test'
import { slideDom } from '../../packages/talk-site/slidev-internals'
import { limits } from '../support/check'
import { loadTalk, served, testSites, underServiceWorker } from '../support/sites'

const { site: talk, decks: talkDecks } = await loadTalk()

// The deck's own service worker: a first visit caches the edition, which then opens with the network off.
test.use({ serviceWorkers: 'allow' })

function overlap(a: { x: number, y: number, width: number, height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

for (const deck of talkDecks) {
  test(`after one visit the ${deck.locale} edition opens with the network off, every diagram drawn`, async ({ page, context }) => {
    const { url } = served(testSites().talk, deck)
    await page.goto(`${url}/1`)
    await underServiceWorker(page)
    await context.setOffline(true)
    await page.reload()
    await expect(page.locator(slideDom.slide(1))).toBeVisible()
    const withDiagrams = deck.slides.filter(slide => slide.mermaid.length > 0).map(slide => slide.no)
    for (const no of [...withDiagrams, deck.slides.length]) {
      await page.goto(`${url}/${no}`)
      await expect(page.locator('html')).toHaveAttribute('lang', deck.locale)
      await expect(page.locator(slideDom.slide(no))).toBeVisible()
      await page.waitForFunction(root => [
        ...document.querySelectorAll(`${root} .mermaid`),
      ].every(d => d.shadowRoot?.querySelector('svg')), slideDom.slide(no))
    }
  })
}

// The default edition on a desktop, every other one on a phone.
for (const [i, deck] of talkDecks.entries()) {
  const viewport = i === 0
    ? deck.info.canvas
    : limits.phone
  test(`on a ${viewport.width} px screen, the ${deck.locale} offline notice speaks its language, leaves the footer clear and goes when the deck is cached`, async ({ page }) => {
    await page.setViewportSize(viewport)
    const n = Math.min(5, deck.slides.length)
    await page.goto(`${served(testSites().talk, deck).url}/${n}`)
    const notice = page.locator('[data-offline-status]')
    await expect(notice).toHaveText(talk.editions.find(edition => edition.locale === deck.locale)!.labels.offlineSaving)
    const footer = (await page.locator(`${slideDom.slide(n)} footer`).boundingBox())!
    expect(overlap((await notice.boundingBox())!, footer), 'the notice covers the footer with the slide number').toBe(false)
    await underServiceWorker(page)
    await expect(notice).toHaveCount(0)
  })
}

test('with the default edition\'s service worker installed, a nested edition\'s deep link still opens that edition', async ({ page }) => {
  const [root, nested] = talkDecks
  await page.goto(`${served(testSites().talk, root!).url}/1`)
  await underServiceWorker(page)
  await page.goto(`${served(testSites().talk, nested!).url}/5`)
  await expect(page.locator('html')).toHaveAttribute('lang', nested!.locale)
  await expect(page.locator(slideDom.slide(5))).toBeVisible()
})
