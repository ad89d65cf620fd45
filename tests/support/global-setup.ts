import type { StaticServer } from '../../addon/node/serve'
import type { TestSites } from './sites'
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { serveDist } from '../../addon/node/serve'
import { setTestSites, talkBase } from './sites'

const tsx = resolve('node_modules/.bin/tsx')

/** Runs a command; throws with its output when it fails. */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Uint8Array) => output += chunk)
    child.stderr.on('data', (chunk: Uint8Array) => output += chunk)
    child.on('close', code => code === 0
      ? done()
      : fail(new Error(`${[command, ...args].join(' ')} exited with ${code}:\n${output}`)))
  })
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
    another: join(work, 'another'),
  }
  await Promise.all([
    // Under a strict umask, as on a shared machine: the site must still be world-readable.
    run('/bin/sh', [
      '-c',
      'umask 077 && exec "$@"',
      'sh',
      tsx,
      'scripts/build.ts',
      '--base',
      talkBase,
      '--out',
      dir.talk,
    ]),
    (async () => {
      await run(tsx, ['tests/support/build-deck.ts', 'tests/fixtures/broken-slides/slides.md', dir.broken])
      await run(tsx, [
        'scripts/build.ts',
        '--site',
        'tests/fixtures/another-talk/site.config.ts',
        '--base',
        '/another-talk/',
        '--without-notes',
        '--out',
        dir.another,
      ])
    })(),
  ])
  const servers: StaticServer[] = await Promise.all([
    serveDist(dir.talk),
    serveDist(dir.broken),
    serveDist(dir.another),
  ])
  const [talk, broken, another] = servers
  const sites: TestSites = {
    talk: { dir: dir.talk, url: talk!.url },
    broken: { dir: dir.broken, url: broken!.url },
    another: { dir: dir.another, url: another!.url },
  }
  setTestSites(sites)
  return async () => {
    await Promise.all(servers.map(server => server.close()))
    await rm(work, { recursive: true, force: true })
  }
}
