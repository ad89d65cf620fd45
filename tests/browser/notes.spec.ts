import { expect, test } from '@playwright/test'
import { readPageHtml } from '../../packages/talk-site-cli/node/read-page'
import { builtInLabels } from '../../packages/talk-site/labels'
import { loadDeck } from '../../packages/talk-site/node/deck'
import { slideDom } from '../../packages/talk-site/slidev-internals'
import { noteParagraphs } from '../../packages/talk-site/text'
import { testSites } from '../support/sites'

// Speaker notes are text: markup in them shows as written and never runs,
// in presenter mode, reader mode and on the annotated page alike.
// tests/fixtures/notes-markup is a one-slide deck on the addon whose notes hold an <img onerror> and a <b>;
// global-setup.ts builds and serves it.
const entry = 'tests/fixtures/notes-markup/slides.md'
const written = '<img src="x" onerror="window.notesRan = true"> and <b>bold</b> show as written.'
const { url } = testSites().notes

test('presenter mode shows markup in the notes as text and runs none of it', async ({ page }) => {
  await page.goto(`${url}/presenter/1`)
  await expect(page.getByText(written)).toBeVisible()
  expect(await page.locator('.slidev-note b, .slidev-note img').count()).toBe(0)
  expect(await page.evaluate(() => (window as { notesRan?: boolean }).notesRan)).toBeUndefined()
})

test('reader mode shows the same text and runs none of it', async ({ page }) => {
  await page.goto(`${url}/1`)
  await expect(page.locator(slideDom.slide(1))).toBeVisible()
  await page.keyboard.press('n')
  const notes = page.locator('[data-reader-notes]')
  await expect(notes).toContainText(written)
  expect(await notes.locator('b, img').count()).toBe(0)
  expect(await page.evaluate(() => (window as { notesRan?: boolean }).notesRan)).toBeUndefined()
})

test('the annotated page shows the same text and runs none of it', async ({ page }) => {
  const [slide] = await loadDeck(entry)
  const labels = builtInLabels.en!
  await page.setContent(readPageHtml({
    lang: 'en',
    labels,
    title: 'Notes with markup',
    description: '',
    base: '/',
    downloads: [],
    editions: [],
    chapterTitle: () => undefined,
    slides: [
      {
        no: 1,
        title: slide!.title,
        alt: slide!.title,
        notes: noteParagraphs(slide!.note),
        links: [],
      },
    ],
    canvas: { width: 980, height: 552 },
    head: [],
    withNotes: true,
  }))
  await expect(page.getByText(written)).toBeVisible()
  expect(await page.locator('main b, section img:not([src*="pictures/"])').count()).toBe(0)
  expect(await page.evaluate(() => (window as { notesRan?: boolean }).notesRan)).toBeUndefined()
})
