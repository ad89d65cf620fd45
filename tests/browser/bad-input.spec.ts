import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { talkSite } from '../../packages/talk-site-cli/node/cli'
import { outputMarker } from '../../packages/talk-site-cli/node/files'
import { printSlides, SlideError } from '../../packages/talk-site-cli/node/print'
import { loadDeck, loadDeckInfo } from '../../packages/talk-site/node/deck'
import { checkSlide, describeProblems } from '../support/check'
import { served, testSites } from '../support/sites'

// tests/fixtures/broken-slides, built once by global-setup.ts: slide 2 has a diagram that does not parse,
// slide 3 leaves the lower canvas empty, slide 4 sets its statement too small, slide 5 shrinks its diagram,
// slide 6 draws a diagram without accTitle and accDescr, slide 7 is a centrepiece whose diagram is a strip. It is built as
// a plain deck (no addon, no diagrams drawn ahead), so Slidev draws its diagrams in the browser and the checks see them fail there.
const entry = 'tests/fixtures/broken-slides/slides.md'
const [healthy, broken, halfEmpty, smallStatement, smallDiagram, wordlessDiagram, stripCentrepiece] = await loadDeck(entry)
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

test('a slide made wrong for a room fails its check, naming it', async ({ page }) => {
  const cases = [
    { slide: halfEmpty!, check: 'lower canvas', says: /lower 40 % of the canvas is empty/ },
    { slide: smallStatement!, check: 'statement', says: /statement is set at 30\.0px, below 48px/ },
    { slide: smallDiagram!, check: 'diagram size', says: /Mermaid diagram 1 is \d+×\d+ px, less than 70 %/ },
    { slide: wordlessDiagram!, check: 'diagram text', says: /Mermaid diagram 1 has no accTitle or accDescr/ },
    { slide: stripCentrepiece!, check: 'centrepiece', says: /the centrepiece diagram is \d+×\d+ px, less than 70 % of the canvas in width and height \(686×386 px\)/ },
  ]
  // One page for every case, as the walk goes from slide to slide.
  for (const { slide, check, says } of cases) {
    await test.step(check, async () => {
      const problems = (await checkSlide(page, served(testSites().broken, { path: '' }), { ...context, slide }))
        .filter(problem => problem.check === check)
      const named = describeProblems(slide, problems)
      expect.soft(named, check).toHaveLength(1)
      expect.soft(named[0], check).toMatch(says)
      expect.soft(named[0], check).toContain(`slide ${slide.no} (${entry}:`)
    })
  }
})

test('a broken Mermaid block stops the PDF, naming its slide and file', async ({ browser }) => {
  const deck = {
    entry,
    locale: 'en',
    path: '',
    slides: [
      healthy!,
      broken!,
      halfEmpty!,
      smallStatement!,
      smallDiagram!,
      wordlessDiagram!,
      stripCentrepiece!,
    ],
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

test('a broken Mermaid block stops npm run build before the deck is built, naming its slide and file, and the previous site is kept', () => {
  const out = mkdtempSync(join(tmpdir(), 'talk-broken-build-'))
  try {
    // The last good build, as npm run build left it.
    writeFileSync(join(out, outputMarker), '')
    writeFileSync(join(out, 'index.html'), 'the last good build')
    const run = spawnSync(process.execPath, [
      talkSite,
      'build',
      '--entry',
      entry,
      '--out',
      out,
    ], { encoding: 'utf8', timeout: 240_000 })
    const output = `${run.stdout}${run.stderr}`
    expect(run.status, output).toBe(1)
    expect(output).toContain(`slide 2 (${entry}:`)
    expect(output).toContain('Mermaid diagram 1 cannot be drawn')
    expect(output).not.toContain('slide 5 (')
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the last good build')
  }
  finally {
    rmSync(out, { recursive: true, force: true })
  }
})
