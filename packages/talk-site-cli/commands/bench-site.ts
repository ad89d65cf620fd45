import type { Browser } from 'playwright-core'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { parseRuns, precached, stats } from '../node/bench'
import { chromiumArgs, requireChromium } from '../node/chromium'
import { commandLine, fail } from '../node/cli'
import { serveDist } from '../node/serve'
import { inPage, isDrawn } from '../node/slide'

const starterPackage = 'create-slidev@52.15.2'

const help = `Usage: talk-site bench site [--runs 3] [--dist dist]

Loads slide 1 of the built site (talk-site build) in Chromium, cold (empty cache) and
warm (reload), and the same for Slidev's starter deck (${starterPackage}'s template/,
installed with npm and built with its own slidev CLI in a temporary folder). Prints bytes transferred,
requests, requests to other hosts and the time until slide 1 is fully drawn (fonts
loaded, diagrams rendered), as medians, and the ratio of bytes.

Service workers are off while measuring: the starter has none, and ours starts
caching the rest of the deck only after slide 1 is shown. Its cache is printed separately.`

const values = commandLine(help, {
  runs: { type: 'string', default: '3' },
  dist: { type: 'string', default: 'dist' },
})
const runs = parseRuns(values.runs)
if (!existsSync(join(values.dist, 'index.html')))
  fail(`${values.dist}/index.html does not exist: run talk-site build first.`)

interface Load {
  bytes: number
  /** Bytes by kind of file: scripts, stylesheets, fonts, the rest. */
  kinds: Record<Kind, number>
  requests: number
  foreign: string[]
  ms: number
}

type Kind = 'scripts' | 'styles' | 'fonts' | 'other'
const kindOf: Record<string, Kind> = { Script: 'scripts', Stylesheet: 'styles', Font: 'fonts' }

/** Opens slide 1 and waits until it is drawn; counts what crossed the wire on the way. */
async function load(browser: Browser, url: string, warm: boolean): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  const origin = new URL(url).origin
  const open = async (): Promise<Load> => {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    const result: Load = {
      bytes: 0,
      kinds: {
        scripts: 0,
        styles: 0,
        fonts: 0,
        other: 0,
      },
      requests: 0,
      foreign: [],
      ms: 0,
    }
    const kinds = new Map<string, Kind>()
    cdp.on('Network.requestWillBeSent', ({ requestId, request, type }) => {
      kinds.set(requestId, kindOf[type ?? ''] ?? 'other')
      result.requests++
      if (/^https?:/.test(request.url) && new URL(request.url).origin !== origin)
        result.foreign.push(new URL(request.url).host)
    })
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      result.bytes += encodedDataLength
      result.kinds[kinds.get(requestId) ?? 'other'] += encodedDataLength
    })
    await page.goto(`${url}/1`, { waitUntil: 'load' })
    await page.waitForFunction(isDrawn, inPage(1), { timeout: 60_000 })
    result.ms = await page.evaluate(() => document.fonts.ready.then(() => performance.now()))
    // The starter's requests to unreachable hosts can take long to fail on a busy machine.
    await page.waitForLoadState('networkidle', { timeout: 120_000 })
    await cdp.detach()
    return result
  }
  if (warm)
    await open()
  const result = await open()
  await context.close()
  return result
}

async function measure(browser: Browser, dir: string): Promise<{ cold: Load, warm: Load }> {
  const server = await serveDist(dir)
  try {
    const summarize = async (warm: boolean): Promise<Load> => {
      const loads: Load[] = []
      for (let i = 0; i < runs; i++)
        loads.push(await load(browser, server.url, warm))
      const median = (values: number[]): number => stats(values).median
      return {
        bytes: median(loads.map(l => l.bytes)),
        kinds: {
          scripts: median(loads.map(l => l.kinds.scripts)),
          styles: median(loads.map(l => l.kinds.styles)),
          fonts: median(loads.map(l => l.kinds.fonts)),
          other: median(loads.map(l => l.kinds.other)),
        },
        requests: stats(loads.map(l => l.requests)).median,
        foreign: [
          ...new Set(loads.flatMap(l => l.foreign)),
        ],
        ms: stats(loads.map(l => l.ms)).median,
      }
    }
    return { cold: await summarize(false), warm: await summarize(true) }
  }
  finally {
    await server.close()
  }
}

/** The starter deck as a new user gets it: the template with its own dependencies, built with the plain CLI. */
function buildStarter(work: string): string {
  execFileSync('npm', [
    'pack',
    starterPackage,
    '--silent',
    '--pack-destination',
    work,
  ], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const tarball = readdirSync(work).find(f => f.endsWith('.tgz'))!
  execFileSync('tar', [
    'xzf',
    join(work, tarball),
    '-C',
    work,
  ])
  const deck = join(work, 'starter')
  cpSync(join(work, 'package', 'template'), deck, { recursive: true })
  // As in this project: no browser download during the install.
  writeFileSync(join(deck, '.npmrc'), 'playwright_skip_browser_download=1\n')
  execFileSync('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
  ], { cwd: deck, stdio: 'ignore' })
  execFileSync(join(deck, 'node_modules/.bin/slidev'), ['build', '--out', 'dist'], { cwd: deck, stdio: 'ignore' })
  const version = JSON.parse(readFileSync(join(deck, 'node_modules/@slidev/cli/package.json'), 'utf8')).version as string
  console.log(`  built with its own @slidev/cli ${version}`)
  return join(deck, 'dist')
}

const executablePath = requireChromium()
const work = mkdtempSync(join(tmpdir(), 'talk-site-bench-site-'))
const browser = await chromium.launch({ executablePath, args: chromiumArgs })
try {
  console.log(`Building the starter deck (${starterPackage})…`)
  const starterDist = buildStarter(work)
  console.log(`Measuring slide 1, ${runs} run(s) each, medians…`)
  const ours = await measure(browser, values.dist)
  const starter = await measure(browser, starterDist)
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`
  const row = (name: string, { cold, warm }: { cold: Load, warm: Load }): string =>
    `${name.padEnd(10)} cold ${mb(cold.bytes).padStart(9)} in ${String(cold.requests).padStart(3)} requests, drawn at ${(cold.ms / 1000).toFixed(2)} s; `
    + `warm ${mb(warm.bytes).padStart(9)} in ${String(warm.requests).padStart(3)} requests, drawn at ${(warm.ms / 1000).toFixed(2)} s; `
    + `other hosts: ${cold.foreign.length === 0
      ? 'none'
      : cold.foreign.join(', ')}`
  const kb = (bytes: number): string => `${Math.round(bytes / 1024)} KB`
  const kinds = (load: Load): string => `           cold, of which scripts ${kb(load.kinds.scripts)}, stylesheets ${kb(load.kinds.styles)}, fonts ${kb(load.kinds.fonts)}, other ${kb(load.kinds.other)}`
  console.log(row('ours', ours))
  console.log(kinds(ours.cold))
  console.log(row('starter', starter))
  console.log(kinds(starter.cold))
  console.log(`ratio      ours / starter, cold bytes: ${(ours.cold.bytes / starter.cold.bytes * 100).toFixed(1)} % (target ≤ 2.5 %); time to drawn: ${(ours.cold.ms / starter.cold.ms).toFixed(2)}×`)
  for (const { folder, files, bytes } of precached(values.dist))
    console.log(`offline    ${folder.padEnd(4)} after slide 1, its service worker caches ${files} files, ${mb(bytes)}, in the background`)
}
finally {
  await browser.close()
  rmSync(work, { recursive: true, force: true })
}
