import { expect, test } from '@playwright/test'
import { loadDeck, loadDeckInfo } from '../../addon/node/deck'
import { printSlides, SlideError } from '../../addon/node/print'
import { checkSlide, describeProblems } from '../support/check'
import { served, testSites } from '../support/sites'

// tests/fixtures/broken-mermaid, built once by global-setup.ts: slide 2 has a diagram that does not parse.
const entry = 'tests/fixtures/broken-mermaid/slides.md'
const [healthy, broken] = await loadDeck(entry)
const context = {
  locale: 'en',
  allowedNames: [],
  otherEditions: 0,
  canvas: (await loadDeckInfo(entry)).canvas,
}

test('a broken Mermaid block fails the slide check, which names its slide and file', async ({ page }) => {
  const deck = served(testSites().broken, { path: '' })
  // The fixture is a plain deck without the addon, whose fix to Slidev's menu button it lacks.
  const fine = (await checkSlide(page, deck, { ...context, slide: healthy! })).filter(problem => problem.check !== 'accessibility')
  expect(describeProblems(healthy!, fine)).toEqual([])
  const problems = describeProblems(broken!, await checkSlide(page, deck, { ...context, slide: broken! }))
  expect(problems.join('\n')).toMatch(/Mermaid|error shown on the slide/)
  for (const problem of problems)
    expect(problem).toContain(`slide 2 (${entry}:`)
})

test('a broken Mermaid block stops the PDF, naming its slide and file', async ({ browser }) => {
  const deck = {
    entry,
    locale: 'en',
    path: '',
    slides: [healthy!, broken!],
    info: await loadDeckInfo(entry),
  }
  const printing = printSlides(browser, {
    deckUrl: testSites().broken.url,
    deck,
    author: '',
    chapterTitle: () => undefined,
  })
  await expect(printing).rejects.toThrow(SlideError)
  await expect(printing).rejects.toThrow(`slide 2 (${entry}:`)
})
