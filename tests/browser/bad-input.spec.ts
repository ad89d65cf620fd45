import type { StaticServer } from '../../scripts/lib/serve'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { checkSlide } from '../../scripts/lib/check'
import { loadDeck } from '../../scripts/lib/deck'
import { serveDist } from '../../scripts/lib/serve'

const entry = 'tests/fixtures/broken-mermaid/slides.md'
let out = ''
let server: StaticServer

test.beforeAll(async () => {
  test.setTimeout(180_000)
  out = mkdtempSync(join(tmpdir(), 'broken-deck-'))
  execFileSync('npx', ['slidev', 'build', entry, '--out', out], { stdio: 'ignore' })
  server = await serveDist(out)
})

test.afterAll(async () => {
  await server?.close()
  if (out)
    rmSync(out, { recursive: true, force: true })
})

test('a broken Mermaid block fails the check and names its slide and file', async ({ page }) => {
  const [healthy, broken] = await loadDeck(entry)
  expect(await checkSlide(page, server.url, healthy!)).toEqual([])
  const problems = await checkSlide(page, server.url, broken!)
  expect(problems.length).toBeGreaterThan(0)
  expect(problems.join('\n')).toMatch(/Mermaid|error shown on the slide/)
  for (const problem of problems)
    expect(problem).toContain(`slide 2 (${entry}:`)
})

test('a chapter file that does not exist is named with the line that imports it', async () => {
  await expect(loadDeck('tests/fixtures/missing-chapter/slides.md'))
    .rejects
    .toThrow(/tests\/fixtures\/missing-chapter\/slides\.md:\d+: .*not-there\.md/)
})

test('a deck entry that does not exist is named in the error', async () => {
  await expect(loadDeck('slides/does-not-exist.md')).rejects.toThrow('slides/does-not-exist.md does not exist')
})
