import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromiumArgs, requireChromium } from './lib/chromium'

const help = `Usage: npm run export -- [options]

Writes the slides as a PDF and a speaker handout (A4, two slides a page with their notes):
  <out>/<exportFilename>.pdf
  <out>/<exportFilename>.handout.pdf

Options:
  --out DIR               where to write (default: exports)
  --with-clicks           one page per click step instead of one per slide
  --dark                  use the dark colour scheme
  --entry FILE            the deck to export (default: slides.md)
  --executable-path PATH  the Chromium to use (else CHROMIUM_PATH, /usr/bin/chromium, chromium on PATH)
  -h, --help              this text

Exit codes: 0 written, 1 a slide or the build failed (nothing written), 2 no Chromium.`

const { values } = parseArgs({
  options: {
    'out': { type: 'string', default: 'exports' },
    'with-clicks': { type: 'boolean', default: false },
    'dark': { type: 'boolean', default: false },
    'entry': { type: 'string', default: 'slides.md' },
    'executable-path': { type: 'string' },
    'help': { type: 'boolean', short: 'h' },
  },
})

if (values.help) {
  console.log(help)
  process.exit(0)
}

const started = performance.now()
const elapsed = (): string => ((performance.now() - started) / 1000).toFixed(1)
// Checked before anything heavy is loaded, so a missing browser is reported at once.
const executablePath = requireChromium(values['executable-path'])
const [{ chromium }, { loadDeck, loadDeckInfo }, { buildSite, printDeck }, { writeFilesAtomic }, { serveDist }] = await Promise.all([
  import('@playwright/test'),
  import('./lib/deck'),
  import('./lib/print'),
  import('./lib/pdf'),
  import('./lib/serve'),
])
const entry = values.entry
const [slides, info] = await Promise.all([
  loadDeck(entry),
  loadDeckInfo(entry),
]).catch((error: Error) => {
  console.error(`✗ ${error.message}`)
  process.exit(1)
})
const outDir = resolve(values.out)
const slidesPath = join(outDir, `${info.exportFilename}.pdf`)
const handoutPath = join(outDir, `${info.exportFilename}.handout.pdf`)

const work = await mkdtemp(join(tmpdir(), 'coreos-story-export-'))
let exitCode = 0
try {
  console.log(`Building ${entry}…`)
  // The browser starts while the deck builds; both finish before anything is cleaned up.
  const site = join(work, 'site')
  const [launched, built] = await Promise.allSettled([
    chromium.launch({ executablePath, args: chromiumArgs }),
    buildSite({
      entry,
      out: site,
      base: '/',
      throwaway: true,
    }),
  ])
  const browser = launched.status === 'fulfilled'
    ? launched.value
    : undefined
  let server: Awaited<ReturnType<typeof serveDist>> | undefined
  try {
    if (built.status === 'rejected')
      throw built.reason
    if (!browser)
      throw new Error(`Chromium (${executablePath}) did not start: ${(launched as PromiseRejectedResult).reason}`)
    server = await serveDist(site)
    console.log(`Built in ${elapsed()} s. Rendering ${slides.length} slides…`)
    const printed = await printDeck(browser, {
      siteUrl: server.url,
      entry,
      slides,
      info,
      withClicks: values['with-clicks'],
      dark: values.dark,
      onSlide: (done, total, no, title) => console.log(`  [${String(done).padStart(2)}/${total}] slide ${no}: ${title}`),
    })
    await mkdir(outDir, { recursive: true })
    await writeFilesAtomic([
      [slidesPath, printed.slides],
      [handoutPath, printed.handout!],
    ])
    const size = async (path: string): Promise<string> => `${((await stat(path)).size / 1024 / 1024).toFixed(2)} MB`
    console.log(`✓ ${relative(process.cwd(), slidesPath)}: ${printed.slidePages} pages, ${await size(slidesPath)}; ${relative(process.cwd(), handoutPath)}: ${printed.handoutPages} pages, ${await size(handoutPath)}; ${elapsed()} s`)
  }
  finally {
    await browser?.close()
    await server?.close()
  }
}
catch (error) {
  console.error(`✗ Export failed, nothing was written. ${(error as Error).message}`)
  exitCode = 1
}
finally {
  await rm(work, { recursive: true, force: true })
}
process.exit(exitCode)
