import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { requireChromium } from './lib/chromium'

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
const [{ loadDeck, loadDeckInfo }, { printDeck, withBuiltSite }, { writeFilesAtomic }] = await Promise.all([
  import('./lib/deck'),
  import('./lib/print'),
  import('./lib/pdf'),
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
  const printed = await withBuiltSite({
    entry,
    out: join(work, 'site'),
    base: '/',
    throwaway: true,
    executablePath,
  }, (browser, siteUrl) => {
    console.log(`Built in ${elapsed()} s. Rendering ${slides.length} slides…`)
    return printDeck(browser, {
      siteUrl,
      entry,
      slides,
      info,
      withClicks: values['with-clicks'],
      dark: values.dark,
      onSlide: (done, total, no, title) => console.log(`  [${String(done).padStart(2)}/${total}] slide ${no}: ${title}`),
    })
  })
  await mkdir(outDir, { recursive: true })
  await writeFilesAtomic([
    [slidesPath, printed.slides],
    [handoutPath, printed.handout!],
  ])
  const size = async (path: string): Promise<string> => `${((await stat(path)).size / 1024 / 1024).toFixed(2)} MB`
  console.log(`✓ ${relative(process.cwd(), slidesPath)}: ${printed.slidePages} pages, ${await size(slidesPath)}; ${relative(process.cwd(), handoutPath)}: ${printed.handoutPages} pages, ${await size(handoutPath)}; ${elapsed()} s`)
}
catch (error) {
  console.error(`✗ Export failed, nothing was written. ${(error as Error).message}`)
  exitCode = 1
}
finally {
  await rm(work, { recursive: true, force: true })
}
process.exit(exitCode)
