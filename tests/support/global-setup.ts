import type { StaticServer } from '../../packages/talk-site-cli/node/serve'
import type { TestSites } from './sites'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { appendFile, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { talkSite } from '../../packages/talk-site-cli/node/cli'
import { serveDist } from '../../packages/talk-site-cli/node/serve'
import { largeMedia, setTestSites, talkBase } from './sites'

/** Runs a command (in `cwd`); throws with its output when it fails, else gives its standard output and all it wrote. */
function runLogged(command: string, args: string[], cwd?: string): Promise<{ stdout: string, output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let output = ''
    child.stdout.on('data', (chunk: Uint8Array) => {
      stdout += chunk
      output += chunk
    })
    child.stderr.on('data', (chunk: Uint8Array) => output += chunk)
    child.on('close', code => code === 0
      ? done({ stdout, output })
      : fail(new Error(`${[command, ...args].join(' ')} exited with ${code}:\n${output}`)))
  })
}

/** Runs a command (in `cwd`); throws with its output when it fails, else gives its standard output. */
async function run(command: string, args: string[], cwd?: string): Promise<string> {
  return (await runLogged(command, args, cwd)).stdout
}

/** A fixture deck built with its print view and not printed (tests/support/build-deck.ts). */
async function buildFixture(entry: string, out: string): Promise<void> {
  await run(process.execPath, [
    '--import',
    'tsx',
    'tests/support/build-deck.ts',
    entry,
    out,
  ])
}

/**
 * What a talk of someone else's brings that a new one lacks
 * (tests/fixtures/any-talk): a chapter with a `layout: none` slide, a
 * heading with markup, notes longer than a handout cell and a slide without
 * a heading on a layout of its own; and a large video in `public/`.
 */
async function addAnyTalk(project: string): Promise<void> {
  await cp('tests/fixtures/any-talk', project, { recursive: true })
  await appendFile(join(project, 'slides.md'), '\n---\nsrc: ./slides/en/02-any-talk.md\n---\n')
  await mkdir(join(project, 'public', dirname(largeMedia.file)), { recursive: true })
  await writeFile(join(project, 'public', largeMedia.file), randomBytes(largeMedia.bytes))
}

/**
 * A new talk as a speaker starts one: the addon and its command packed,
 * `talk-site new`, and the two tarballs installed into the talk (from the
 * registry's cache where it can). Gives the talk's folder.
 */
async function newTalk(work: string): Promise<string> {
  const project = join(work, 'new-talk')
  await run(process.execPath, [
    talkSite,
    'new',
    project,
    '--lang',
    'en,de',
  ])
  await addAnyTalk(project)
  const tarballs: string[] = []
  for (const pkg of ['packages/talk-site', 'packages/talk-site-cli']) {
    const packed = JSON.parse(await run('npm', [
      'pack',
      '--json',
      '--pack-destination',
      work,
    ], resolve(pkg))) as { filename: string }[]
    tarballs.push(join(work, packed[0]!.filename))
  }
  await run('npm', [
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    ...tarballs,
  ], project)
  return project
}

/** The new talk's own `talk-site build` (without its notes) and `talk-site export --dark --with-clicks`. */
async function buildNewTalk(project: string, dir: string, exports: string): Promise<{ project: string, log: { build: string, export: string } }> {
  const bin = join(project, 'node_modules/.bin/talk-site')
  const built = await runLogged(bin, [
    'build',
    '--base',
    '/new-talk/',
    '--without-notes',
    '--out',
    dir,
  ], project)
  const exported = await runLogged(bin, [
    'export',
    '--dark',
    '--with-clicks',
    '--out',
    exports,
  ], project)
  return {
    project,
    log: { build: built.output, export: exported.output },
  }
}

/**
 * Builds every site the browser and PDF tests read, once, into a temporary
 * folder (never the developer's dist/ or exports/), serves each the way
 * GitHub Pages does, and removes it all afterwards.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const work = await mkdtemp(join(tmpdir(), 'talk-site-tests-'))
  const dir = {
    talk: join(work, 'talk'),
    broken: join(work, 'broken'),
    notes: join(work, 'notes'),
    another: join(work, 'another'),
    anotherExports: join(work, 'another-exports'),
  }
  // Two at a time. The new talk's install, the longest step, goes beside the two fixtures' small builds,
  // one after the other; then this site's build goes beside the new talk's build and export.
  const installed = newTalk(work)
  const [, made] = await Promise.all([
    (async () => {
      await buildFixture('tests/fixtures/broken-slides/slides.md', dir.broken)
      await buildFixture('tests/fixtures/notes-markup/slides.md', dir.notes)
      // Reported by the other chain.
      await installed.catch(() => undefined)
      // Under a strict umask, as on a shared machine: the site must still be world-readable.
      await run('/bin/sh', [
        '-c',
        'umask 077 && exec "$@"',
        'sh',
        process.execPath,
        talkSite,
        'build',
        '--base',
        talkBase,
        '--out',
        dir.talk,
      ])
    })(),
    installed.then(async project => buildNewTalk(project, dir.another, dir.anotherExports)),
  ])
  const servers: StaticServer[] = await Promise.all([
    serveDist(dir.talk),
    serveDist(dir.broken),
    serveDist(dir.notes),
    serveDist(dir.another),
  ])
  const [talk, broken, notes, another] = servers
  const sites: TestSites = {
    talk: { dir: dir.talk, url: talk!.url },
    broken: { dir: dir.broken, url: broken!.url },
    notes: { dir: dir.notes, url: notes!.url },
    another: {
      dir: dir.another,
      url: another!.url,
      project: made!.project,
      exports: dir.anotherExports,
      log: made!.log,
    },
  }
  setTestSites(sites)
  return async () => {
    await Promise.all(servers.map(server => server.close()))
    await rm(work, { recursive: true, force: true })
  }
}
