import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { outputMarker } from '../../packages/talk-site-cli/node/files'
import { loadSite, siteDecks } from '../../packages/talk-site-cli/node/site'
import { testSites } from '../support/sites'

// `talk-site export` itself: its options, its report, and a missing Chromium,
// as a talk runs it: global-setup.ts ran the new talk's own installed
// command with --dark --with-clicks (two short editions, one slide with a
// click step); its page counts are checked in new-talk.spec.ts.
const { project, exports, log } = testSites().another
const talkDecks = await siteDecks(await loadSite(join(project, 'site.config.ts')), join(project, 'site.config.ts'))
let out = ''

function exportDeck(args: string[], env: NodeJS.ProcessEnv = process.env): { status: number | null, stdout: string, stderr: string } {
  const run = spawnSync(join(project, 'node_modules/.bin/talk-site'), ['export', ...args], {
    cwd: project,
    encoding: 'utf8',
    env,
    timeout: 300_000,
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

test.beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'talk-export-'))
})

test.afterAll(() => rmSync(out, { recursive: true, force: true }))

test('--dark --with-clicks writes every edition\'s PDF and handout, a page per click step on a dark canvas, reporting each slide', () => {
  expect(talkDecks.some(deck => deck.slides.some(slide => slide.clicks)), 'a deck reveals something by click').toBe(true)
  expect(readdirSync(exports).sort()).toEqual([
    outputMarker,
    ...talkDecks.flatMap(d => [`${d.info.exportFilename}.handout.pdf`, `${d.info.exportFilename}.pdf`]),
  ].sort())
  for (const { slides: deck, info } of talkDecks) {
    for (const slide of deck)
      expect(log.export).toContain(`slide ${slide.no}: ${slide.title}`)
    expect(log.export).toMatch(new RegExp(`✓ .*${info.exportFilename}\\.pdf: ${deck.length + deck.filter(slide => slide.clicks).length} pages, [\\d.]+ MB; .*${info.exportFilename}\\.handout\\.pdf: \\d+ pages, [\\d.]+ MB`))
    const pdf = join(exports, `${info.exportFilename}.pdf`)
    // Average grey level of slide 2, rendered small: dark pages are mostly dark.
    const pgm = execFileSync('pdftoppm', [
      '-r',
      '12',
      '-f',
      '2',
      '-l',
      '2',
      '-gray',
      pdf,
    ])
    const pixels = pgm.subarray(pgm.length - Math.floor(pgm.length * 0.9))
    const mean = pixels.reduce((sum, value) => sum + value, 0) / pixels.length
    expect(mean, `slide 2 of ${pdf} should be dark`).toBeLessThan(80)
  }
})

test('no Chromium: exit 2 with how to install one, nothing written', () => {
  const run = exportDeck([
    '--out',
    join(out, 'none'),
  ], { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' })
  expect(run.status).toBe(2)
  expect(run.stderr).toContain('apt-get install chromium')
  expect(run.stderr).toContain('npx playwright install chromium')
  expect(existsSync(join(out, 'none'))).toBe(false)
})
