import type { Buffer } from 'node:buffer'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { talkSite } from '../../packages/talk-site-cli/node/cli'
import { testSites } from '../support/sites'

// `npm run build` itself: what it leaves behind, and what it does with bad input.
let work = ''

function build(args: string[], env: NodeJS.ProcessEnv = process.env): { status: number | null, output: string } {
  const run = spawnSync(process.execPath, [talkSite, 'build', ...args], { encoding: 'utf8', env, timeout: 240_000 })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'talk-build-'))
})

test.afterAll(() => {
  if (work)
    rmSync(work, { recursive: true, force: true })
})

test('the site is readable by any web server: folders 0755, files 0644, even when built under umask 077', () => {
  const wrong: string[] = []
  const walk = (path: string): void => {
    const mode = lstatSync(path).mode & 0o777
    const directory = lstatSync(path).isDirectory()
    if (mode !== (directory ? 0o755 : 0o644))
      wrong.push(`${path} is ${mode.toString(8)}`)
    if (directory)
      readdirSync(path).forEach(entry => walk(join(path, entry)))
  }
  // dist/ itself is a link to the folder of its current version.
  walk(realpathSync(testSites().talk.dir))
  expect(wrong).toEqual([])
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
  expect(output).toContain('CHROMIUM_PATH is /nonexistent/chromium, which does not exist')
  expect(output).toContain('No Chromium found')
})

test('--out the project, or a folder that contains it, is refused, and nothing is deleted', () => {
  for (const out of ['.', '..', '/']) {
    const { status, output } = build(['--entry', 'slides.md', '--out', out])
    expect(status, output).toBe(2)
    expect(output).toContain(`--out ${out} is`)
    expect(existsSync('.git')).toBe(true)
    expect(existsSync('package.json')).toBe(true)
  }
})

test('--out a folder someone else filled is refused unless forced, and nothing in it is touched', () => {
  const out = join(work, 'theirs')
  mkdirSync(out)
  writeFileSync(join(out, 'notes.md'), 'keep me')
  const { status, output } = build(['--entry', 'slides.md', '--out', out])
  expect(status, output).toBe(2)
  expect(output).toContain(`--out ${out} holds files this tool did not write`)
  expect(output).toContain('--force')
  expect(readdirSync(out)).toEqual(['notes.md'])
})

test('Ctrl-C during a build keeps the previous site and removes the run\'s temporary folders and browser profile', async () => {
  const out = join(work, 'interrupted')
  mkdirSync(out)
  writeFileSync(join(out, '.talk-site'), '')
  writeFileSync(join(out, 'index.html'), 'the last good build')
  const temporary = mkdtempSync(join(work, 'tmp-'))
  // The small new talk's own command, as its npm run build runs it: one Node process, which the signal reaches.
  const { project } = testSites().another
  const child = spawn(join(project, 'node_modules/.bin/talk-site'), [
    'build',
    '--out',
    out,
  ], {
    cwd: project,
    env: { ...process.env, TMPDIR: temporary },
  })
  let output = ''
  await new Promise<void>((building, fail) => {
    const read = (chunk: Buffer): void => {
      output += chunk
      if (output.includes('Building'))
        building()
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.on('exit', code => fail(new Error(`exited with ${code} before building:\n${output}`)))
  })
  // Chromium starts while the deck builds: stop once it has its profile.
  await expect.poll(() => readdirSync(temporary).some(name => name.startsWith('talk-site-') && readdirSync(join(temporary, name)).length > 0)).toBe(true)
  const exited = new Promise<number | null>(done => child.on('exit', code => done(code)))
  child.kill('SIGINT')
  expect(await exited, output).toBe(130)
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the last good build')
  expect(readdirSync(work).filter(name => name.startsWith('.interrupted-'))).toEqual([])
  // tsx, which runs the command, keeps a folder of its own there.
  expect(readdirSync(temporary).filter(name => !name.startsWith('tsx-'))).toEqual([])
})

test('a chapter file that does not exist is named with the line that imports it, and the previous site is kept', () => {
  const out = join(work, 'kept')
  mkdirSync(out)
  writeFileSync(join(out, '.talk-site'), '')
  writeFileSync(join(out, 'index.html'), 'the last good build')
  const { status, output } = build([
    '--entry',
    'tests/fixtures/missing-chapter/slides.md',
    '--out',
    out,
  ])
  expect(status, output).toBe(1)
  expect(output).toMatch(/tests\/fixtures\/missing-chapter\/slides\.md:\d+: .*not-there\.md/)
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the last good build')
  expect(readdirSync(work).filter(f => f.startsWith('.kept-'))).toEqual([])
})
