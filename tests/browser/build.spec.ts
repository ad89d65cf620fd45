import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { deckUrl, siteDecks } from '../../scripts/lib/print'
import { serveDist } from '../../scripts/lib/serve'

// `npm run build` itself: its options and what it does with bad input.
const tsx = resolve('node_modules/.bin/tsx')
const decks = await siteDecks()
let work = ''

function build(args: string[], env: NodeJS.ProcessEnv = process.env): { status: number | null, output: string } {
  const run = spawnSync(tsx, ['scripts/build.ts', ...args], { encoding: 'utf8', env, timeout: 240_000 })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'coreos-story-build-'))
})

test.afterAll(() => {
  if (work)
    rmSync(work, { recursive: true, force: true })
})

test('--without-notes publishes no notes and no handout, in either edition', async ({ browser }) => {
  test.setTimeout(240_000)
  const out = join(work, 'private')
  const { status, output } = build(['--without-notes', '--out', out])
  expect(status, output).toBe(0)
  const server = await serveDist(out)
  try {
    for (const { path, slides: deck, info } of decks) {
      const folder = join(out, path)
      expect(existsSync(join(folder, `${info.exportFilename}.pdf`))).toBe(true)
      expect(existsSync(join(folder, `${info.exportFilename}.handout.pdf`))).toBe(false)
      const note = deck[4]!.note.split(/[。\n]|\. /)[0]!
      const assets = readdirSync(join(folder, 'assets'), { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.js'))
      expect(assets.filter(f => readFileSync(join(folder, 'assets', f), 'utf8').includes(note))).toEqual([])

      // A fresh context each time: the reader panel remembers being open.
      const page = await (await browser.newContext()).newPage()
      await page.goto(`${deckUrl(server.url, { path })}/5`, { waitUntil: 'networkidle' })
      await page.keyboard.press('n')
      await expect(page.locator('[data-reader-notes]')).toBeVisible()
      await expect(page.locator('[data-reader-notes]')).not.toContainText(note)
      await expect(page.locator('[data-download]')).toHaveCount(1)
      await page.context().close()
    }
  }
  finally {
    await server.close()
  }
})

test('a base path that is not a path is refused, and nothing is written', () => {
  const out = join(work, 'bad-base')
  const { status, output } = build([
    '--base',
    'https://example.org/deck/',
    '--out',
    out,
  ])
  expect(status).toBe(1)
  expect(output).toContain('"https://example.org/deck/" is not a base path')
  expect(existsSync(out)).toBe(false)
})

test('without Chromium the build says how to get one and exits with 2', () => {
  const { status, output } = build([
    '--out',
    join(work, 'no-browser'),
  ], { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' })
  expect(status).toBe(2)
  expect(output).toContain('No Chromium found')
})

test('a broken slide fails the build, names the slide and keeps the previous site', () => {
  test.setTimeout(240_000)
  const out = join(work, 'kept')
  mkdirSync(out)
  writeFileSync(join(out, 'index.html'), 'the last good build')
  const entry = 'tests/fixtures/broken-mermaid/slides.md'
  const { status, output } = build(['--entry', entry, '--out', out])
  expect(status, output).toBe(1)
  expect(output).toContain(`slide 2 (${entry}:`)
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the last good build')
  expect(readdirSync(work).filter(f => f.startsWith('.kept-'))).toEqual([])
})
