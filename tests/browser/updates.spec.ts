import type { StaticServer } from '../../packages/talk-site-cli/node/serve'
import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { serveDist } from '../../packages/talk-site-cli/node/serve'
import { serviceWorkerFile, siteVersionMeta } from '../../packages/talk-site/paths'
import { slideDom } from '../../packages/talk-site/slidev-internals'
import { loadTalk, served, slidesInARow, testSites, underServiceWorker } from '../support/sites'

// A redeploy while a deck is open: the new version is offered, never forced.
// Each test redeploys a copy of the built site, as a host would: a page with
// new text and a new version, and the service worker that caches it.
test.use({ serviceWorkers: 'allow' })

const { site, decks } = await loadTalk()
let work = ''
let server: StaticServer | undefined

test.beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'talk-updates-'))
  cpSync(realpathSync(testSites().talk.dir), work, { recursive: true })
  server = await serveDist(work)
})

test.afterEach(async () => {
  await server?.close()
  rmSync(work, { recursive: true, force: true })
})

/** Publishes a new version of an edition: its pages (the app and each slide's page) say `text`, and its worker caches them. */
function redeploy(folder: string, text: string): void {
  const app = readFileSync(join(folder, 'index.html'), 'utf8')
  const version = new RegExp(`<meta name="${siteVersionMeta}" content="([^"]+)">`).exec(app)![1]!
  const next = `${version.slice(0, -4)}next`
  for (const page of readdirSync(folder).filter(file => file.endsWith('.html')).map(file => join(folder, file)))
    writeFileSync(page, readFileSync(page, 'utf8').replace(version, next).replace('</head>', `<meta name="redeployed" content="${text}"></head>`))
  const worker = join(folder, serviceWorkerFile)
  writeFileSync(worker, readFileSync(worker, 'utf8').replaceAll(version, next))
}

for (const deck of decks) {
  const labels = site.editions.find(edition => edition.locale === deck.locale)!.labels

  test(`the ${deck.locale} edition offers a redeploy in its language, never reloads by itself, and shows the new text on the first reload`, async ({ page }) => {
    const { url } = served({ dir: work, url: server!.url }, deck)
    const start = slidesInARow(deck, 3)
    await page.goto(`${url}/${start}`)
    await underServiceWorker(page)
    await page.evaluate(() => Object.assign(window, { sameDocument: true }))

    redeploy(join(work, deck.path), 'new text')
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then(registration => registration!.update()))
    const notice = page.locator('[data-update-ready]')
    await expect(notice).toContainText(labels.updateReady)
    await expect(notice.getByRole('button')).toHaveText(labels.updateReload)
    // The new version waits: it does not take over, nothing reloads, the keys keep moving the slides.
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then(registration => !!registration?.waiting))).toBe(true)
    await page.keyboard.press('ArrowRight')
    await expect(page.locator(slideDom.slide(start + 1))).toBeVisible()
    await page.keyboard.press('ArrowRight')
    await expect(page.locator(slideDom.slide(start + 2))).toBeVisible()
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true)
    expect(await page.locator('meta[name="redeployed"]').count()).toBe(0)

    // The first reload is the new version, at the same slide; being current, it lets the new worker take over quietly.
    await page.reload()
    await expect(page.locator('meta[name="redeployed"]')).toHaveAttribute('content', 'new text')
    await expect(page.locator(slideDom.slide(start + 2))).toBeVisible()
    await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then(registration => !registration?.waiting))
    await expect(notice).toHaveCount(0)
  })
}

test('taking the offered update reloads into it at the same slide', async ({ page }) => {
  const deck = decks[0]!
  const { url } = served({ dir: work, url: server!.url }, deck)
  await page.goto(`${url}/3`)
  await underServiceWorker(page)
  redeploy(join(work, deck.path), 'taken')
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then(registration => registration!.update()))
  await page.locator('[data-update-ready]').getByRole('button').click()
  await expect(page.locator('meta[name="redeployed"]')).toHaveAttribute('content', 'taken')
  await expect(page.locator(slideDom.slide(3))).toBeVisible()
  // Being the new version, the page lets the new worker take over.
  await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then(registration => !registration?.waiting))
})
