import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { sources } from '../../data/sources'
import { readPageFolder } from '../../packages/talk-site/paths'
import { noteParagraphs } from '../../packages/talk-site/text'
import { seriousViolations } from '../support/axe'
import { limits } from '../support/check'
import { loadTalk, served, testSites, underServiceWorker } from '../support/sites'

const { site: talk, decks: talkDecks } = await loadTalk()

// The annotated page of each edition (read/), as a reader gets it: on a phone, with JavaScript off.
const budget = {
  /** Bytes transferred before the reader scrolls, at 375×667, nothing cached. */
  firstScreen: 250 * 1024,
  /** Bytes transferred for the whole page read to its end on a phone (2× pixels). */
  wholePage: 3 * 1024 * 1024,
  /** The notes are read like an article: at least this size, in CSS pixels. */
  bodyPx: 16,
}

/** Counts the bytes a page transfers from now on, with the browser's cache off. */
async function countBytes(page: Page): Promise<() => number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  let bytes = 0
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength
  })
  return () => bytes
}

/** Waits until every picture the page asked for has arrived or failed. */
async function picturesSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.images].every(img => img.loading === 'lazy' && !img.currentSrc
    ? true
    : img.complete))
}

for (const deck of talkDecks) {
  const url = `${served(testSites().talk, deck).url}/${readPageFolder}`
  const labels = talk.editions.find(edition => edition.locale === deck.locale)!.labels

  test.describe(`the ${deck.locale} annotated page`, () => {
    test.describe('with JavaScript off, on a phone', () => {
      test.use({ javaScriptEnabled: false, viewport: limits.phone })

      test('has every slide in order: its anchor, title, picture in both colour schemes with alt text, notes and a link into the deck', async ({ page }) => {
        await page.goto(url)
        await expect(page.locator('html')).toHaveAttribute('lang', deck.locale)
        await expect(page.locator('h1')).toHaveText(deck.info.title)
        const sections = await page.locator('section.slide').evaluateAll(nodes => nodes.map(section => ({
          id: section.id,
          heading: section.querySelector('h2, h3')?.textContent ?? '',
          alt: section.querySelector('picture img')?.getAttribute('alt') ?? '',
          light: section.querySelector('picture img')?.getAttribute('srcset') ?? '',
          dark: section.querySelector('picture source[media="(prefers-color-scheme: dark)"]')?.getAttribute('srcset') ?? '',
          notes: [
            ...section.querySelectorAll(':scope > p:not(.open)'),
          ].map(p => p.textContent ?? ''),
          deck: section.querySelector('.open a')?.getAttribute('href') ?? '',
        })))
        expect(sections.map(s => s.id)).toEqual(deck.slides.map(slide => String(slide.no)))
        for (const slide of deck.slides) {
          const section = sections[slide.no - 1]!
          const where = `slide ${slide.no} (${slide.where})`
          expect(section.heading, where).toBe(`${slide.no}${slide.title}`)
          expect(section.alt.startsWith(slide.title), `${where}: the alt text starts with the title`).toBe(true)
          expect(section.alt.length, `${where}: the alt text says more than the title`).toBeGreaterThan(slide.title.length + 1)
          for (const [i] of slide.mermaid.entries())
            expect(section.alt, `${where}: diagram ${i + 1} in words`).toContain(labels.readDiagram)
          expect(section.light, where).toMatch(new RegExp(`pictures/${slide.no}\\.light\\.\\d+\\.webp \\d+w`))
          expect(section.dark, where).toMatch(new RegExp(`pictures/${slide.no}\\.dark\\.\\d+\\.webp \\d+w`))
          expect(section.notes, `${where}: the notes as paragraphs`).toEqual(noteParagraphs(slide.note))
          expect(section.deck, where).toBe(`${new URL(`${served(testSites().talk, deck).url}/`).pathname}${slide.no}`)
        }
      })

      test('links every source of the references slides, folded under the slide that lists it', async ({ page }) => {
        await page.goto(url)
        const links = await page.locator('section.slide details.sources a').evaluateAll(anchors => anchors.map(a => (a as HTMLAnchorElement).href))
        const missing = Object.values(sources).map(source => new URL(source.url).href).filter(href => !links.includes(href))
        expect(missing, 'sources the page does not link').toEqual([])
        const folded = page.locator('section.slide details.sources').first()
        await expect(folded.locator('a').first()).toBeHidden()
        await folded.locator('summary').click()
        await expect(folded.locator('a').first()).toBeVisible()
      })

      test('opens at a slide\'s anchor, and its contents lead to the chapters', async ({ page }) => {
        const no = Math.ceil(deck.slides.length / 2)
        await page.goto(`${url}#${no}`)
        await expect(page.locator(`section[id="${no}"] :is(h2, h3)`)).toBeInViewport()
        const contents = page.locator('nav.toc a')
        const chapters = new Set(deck.slides.map(slide => slide.frontmatter.chapter).filter(Boolean))
        await expect(contents).toHaveCount(chapters.size)
        const last = contents.last()
        const target = (await last.getAttribute('href'))!
        await last.click()
        await expect(page.locator(`section[id="${target.slice(1)}"]`)).toBeInViewport()
      })

      test('reads on a 375 px phone: nothing scrolls sideways, text at 16 px or more, pictures as wide as the text', async ({ page }) => {
        await page.goto(url)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(limits.phone.width)
        const small = await page.evaluate(px => [
          ...document.querySelectorAll('body *'),
        ]
          .filter(el => [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim()))
          .map(el => ({
            what: `<${el.tagName.toLowerCase()}> ${(el.textContent ?? '').trim().slice(0, 30)}`,
            px: Number.parseFloat(getComputedStyle(el).fontSize),
          }))
          .filter(text => text.px < px), budget.bodyPx)
        expect(small).toEqual([])
        const widths = await page.locator('section.slide picture img').evaluateAll(imgs => imgs.map(img => [img.getBoundingClientRect().width, img.parentElement!.parentElement!.getBoundingClientRect().width]))
        for (const [picture, column] of widths)
          expect(Math.abs(picture! - column!)).toBeLessThanOrEqual(1)
      })
    })

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds nothing serious in the ${colorScheme} colour scheme, and the pictures follow it`, async ({ page }) => {
        await page.emulateMedia({ colorScheme })
        await page.setViewportSize(limits.phone)
        await page.goto(url)
        const violations = await seriousViolations(page, limits.accessibility)
        expect(violations.map(v => `${v.id}: ${v.help} – ${v.targets.join(', ')}`)).toEqual([])
        const first = page.locator('section.slide picture img').first()
        await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(new RegExp(`\\.${colorScheme}\\.\\d+\\.webp$`))
      })
    }

    test(`costs at most ${budget.firstScreen / 1024} KB before the reader scrolls and ${budget.wholePage / 1024 / 1024} MB read to the end on a phone`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: limits.phone, deviceScaleFactor: 1, serviceWorkers: 'block' })
      const page = await context.newPage()
      const firstScreen = await countBytes(page)
      await page.goto(url, { waitUntil: 'load' })
      await picturesSettled(page)
      expect(firstScreen(), 'first screen bytes').toBeLessThanOrEqual(budget.firstScreen)
      await context.close()

      const phone = await browser.newContext({ viewport: limits.phone, deviceScaleFactor: 2, serviceWorkers: 'block' })
      const reading = await phone.newPage()
      const whole = await countBytes(reading)
      await reading.goto(url, { waitUntil: 'load' })
      for (const picture of await reading.locator('section.slide picture img').all())
        await picture.scrollIntoViewIfNeeded()
      await expect.poll(() => reading.evaluate(() => [...document.images].every(img => img.complete && img.naturalWidth > 0)), { timeout: 30_000 }).toBe(true)
      expect(whole(), 'whole page bytes at 2× on a phone').toBeLessThanOrEqual(budget.wholePage)
      await phone.close()
    })

    test.describe('offline', () => {
      test.use({ serviceWorkers: 'allow', viewport: limits.phone })

      test('opens with the network off after one visit, with the pictures it showed', async ({ page, context }) => {
        await page.goto(url)
        await underServiceWorker(page)
        // Read to the end: the pictures shown once the page is offline-ready are kept.
        await page.locator(`section[id="${deck.slides.length}"] picture img`).scrollIntoViewIfNeeded()
        await expect.poll(() => page.locator(`section[id="${deck.slides.length}"] picture img`).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
        await context.setOffline(true)
        await page.reload()
        await expect(page.locator('section.slide')).toHaveCount(deck.slides.length)
        await page.locator(`section[id="${deck.slides.length}"] picture img`).scrollIntoViewIfNeeded()
        await expect.poll(() => page.locator(`section[id="${deck.slides.length}"] picture img`).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
      })
    })
  })
}
