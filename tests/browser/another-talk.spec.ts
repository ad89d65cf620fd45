import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { loadDeck } from '../../addon/node/deck'
import { loadSite, siteDecks } from '../../addon/node/site'
import { slideDom } from '../../addon/slidev-internals'
import { served, testSites } from '../support/sites'

// tests/fixtures/another-talk: three slides in English and German with their
// own site config, on addon/ unchanged, built by global-setup.ts with
// `npm run build -- --site … --without-notes`.
const siteFile = 'tests/fixtures/another-talk/site.config.ts'
const site = await loadSite(siteFile)
const decks = await siteDecks(site, siteFile)

for (const deck of decks) {
  const edition = site.editions.find(e => e.locale === deck.locale)!
  const other = site.editions.find(e => e !== edition)!

  test(`the ${deck.locale} edition switches language, opens reader mode and offers its slides, in its own words`, async ({ page }) => {
    const { url, path } = served(testSites().another, deck)
    await page.goto(`${url}/2`)
    await expect(page.locator('html')).toHaveAttribute('lang', deck.locale)
    const link = page.locator(`${slideDom.slide(2)} [data-edition="${other.locale}"]`)
    await expect(link).toHaveText(other.name)
    await expect(link).toHaveAttribute('title', edition.labels.otherEdition.replace('{name}', other.name))
    await expect(page.locator(`${slideDom.slide(2)} .mermaid`)).toBeVisible()
    // Built without notes: the reader says so, and there is no handout.
    await page.keyboard.press('n')
    await expect(page.locator('[data-reader-notes]')).toContainText(edition.labels.readerEmpty)
    await expect(page.locator('[data-reader-notes]')).toContainText(edition.labels.readerPosition.replace('{no}', '2').replace('{total}', '3'))
    const download = page.locator('[data-download]')
    await expect(download).toHaveCount(1)
    await expect(download).toHaveAttribute('title', edition.labels.downloadSlides)
    expect((await page.request.get(`${url}/${deck.info.exportFilename}.pdf`)).headers()['content-type']).toBe('application/pdf')
    expect(existsSync(join(testSites().another.dir, path, `${deck.info.exportFilename}.handout.pdf`))).toBe(false)
    await link.click()
    await expect(page.locator('html')).toHaveAttribute('lang', other.locale)
    await expect(page.locator(slideDom.slide(2))).toBeVisible()
  })

  test(`the ${deck.locale} edition's built files hold none of its speaker notes`, async () => {
    const folder = join(testSites().another.dir, deck.path, 'assets')
    const notes = (await loadDeck(deck.entry)).map(slide => slide.note.split(/[.\n]/)[0]!)
    const scripts = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.js'))
    const leaked = notes.filter(note => scripts.some(file => readFileSync(join(folder, file), 'utf8').includes(note)))
    expect(leaked).toEqual([])
  })
}
