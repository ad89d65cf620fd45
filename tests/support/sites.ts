import type { Page } from '@playwright/test'
import type { SiteDeck } from '../../packages/talk-site-cli/node/site'
import type { Site } from '../../packages/talk-site/index.ts'
import process from 'node:process'
import { deckUrl, loadSite, siteDecks } from '../../packages/talk-site-cli/node/site'

/** A site the tests built, and where it is served: `http://127.0.0.1:41234/coreos-story` (no trailing slash). */
export interface TestSite {
  dir: string
  url: string
}

/** The sites global-setup.ts builds once per run, in a temporary folder. */
export interface TestSites {
  /** This talk, as `npm run build -- --base /coreos-story/` writes it (under umask 077). */
  talk: TestSite
  /** tests/fixtures/broken-slides, built with its print view. */
  broken: TestSite
  /** tests/fixtures/notes-markup, built with its print view. */
  notes: TestSite
  /** A new talk made with `talk-site new --lang en,de` and the packed package, with tests/fixtures/any-talk added, built with `--without-notes` and exported `--dark --with-clicks`; its folder, its export, and what its build and its export said. */
  another: TestSite & { project: string, exports: string, log: { build: string, export: string } }
}

const key = 'TALK_SITE_TEST_BUILDS'

export function setTestSites(sites: TestSites): void {
  process.env[key] = JSON.stringify(sites)
}

export function testSites(): TestSites {
  const value = process.env[key]
  if (!value)
    throw new Error('The browser tests read sites built by tests/support/global-setup.ts: run them with npx playwright test.')
  return JSON.parse(value) as TestSites
}

/** A media file of the new talk's `public/`, too large for the offline cache to take ahead of time. */
export const largeMedia = { file: 'media/demo.mp4', bytes: 3 * 1024 * 1024 }

/** The base path the talk is built for in the tests, as on GitHub Pages. */
export const talkBase = '/coreos-story/'

let talk: Promise<{ site: Site, decks: SiteDeck[] }> | undefined

/** This talk's site config and its decks, read once. */
export function loadTalk(): Promise<{ site: Site, decks: SiteDeck[] }> {
  talk ??= loadSite().then(async site => ({ site, decks: await siteDecks(site, 'site.config.ts') }))
  return talk
}

/** A deck of a test site, with its address and its folder, as `waitForSlide` and `checkSlide` take it. */
export function served(site: TestSite, deck: Pick<SiteDeck, 'path'>): { url: string, path: string } {
  return {
    url: deckUrl(site.url, deck),
    path: deck.path,
  }
}

/**
 * The first of `count` slides in a row, from the middle of the deck on, that
 * reveal nothing by click, so a key press moves to the next slide.
 */
export function slidesInARow(deck: Pick<SiteDeck, 'slides'>, count: number): number {
  const { slides } = deck
  const start = slides.findIndex((_, i) => i >= Math.floor(slides.length / 2) && slides.slice(i, i + count).length === count && slides.slice(i, i + count).every(s => !s.clicks))
  if (start < 0)
    throw new Error(`The deck has no ${count} slides in a row without clicks after its middle.`)
  return slides[start]!.no
}

/** The first sentence of a slide's notes, for finding them on a page. */
export { firstSentence } from '../../packages/talk-site/text'

/** Waits until the service worker controls the page, that is until it has cached its deck. */
export async function underServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller)
      await new Promise(done => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }))
  })
}
