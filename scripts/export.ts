import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { requireChromium } from './lib/chromium'

const help = `Usage: npm run export -- [options]

Writes each edition's slides as a PDF and a speaker handout (A4, two slides a page
with their notes), all or none:
  <out>/coreos-story.zh-CN.pdf   <out>/coreos-story.zh-CN.handout.pdf
  <out>/coreos-story.en.pdf      <out>/coreos-story.en.handout.pdf
(the names come from each deck's exportFilename)

Options:
  --out DIR               where to write (default: exports)
  --with-clicks           one page per click step instead of one per slide
  --dark                  use the dark colour scheme
  --entry FILE            export only this deck (default: every edition)
  --executable-path PATH  the Chromium to use (else CHROMIUM_PATH, /usr/bin/chromium, chromium on PATH)
  -h, --help              this text

Exit codes: 0 written, 1 a slide or the build failed (nothing written), 2 no Chromium.`

const { values } = parseArgs({
  options: {
    'out': { type: 'string', default: 'exports' },
    'with-clicks': { type: 'boolean', default: false },
    'dark': { type: 'boolean', default: false },
    'entry': { type: 'string' },
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
const [{ deckUrl, printDeck, siteDecks, withBuiltSite }, { writeFilesAtomic }] = await Promise.all([
  import('./lib/print'),
  import('./lib/pdf'),
])
const decks = await siteDecks(values.entry).catch((error: Error) => {
  console.error(`✗ ${error.message}`)
  process.exit(1)
})
const outDir = resolve(values.out)

const work = await mkdtemp(join(tmpdir(), 'coreos-story-export-'))
let exitCode = 0
try {
  console.log(`Building ${decks.map(deck => deck.entry).join(' and ')}…`)
  const files = await withBuiltSite({
    decks,
    out: join(work, 'site'),
    base: '/',
    throwaway: true,
    executablePath,
  }, async (browser, siteUrl) => {
    const printed: { path: string, bytes: Uint8Array, pages: number }[] = []
    for (const deck of decks) {
      console.log(`${elapsed()} s: rendering ${deck.entry}, ${deck.slides.length} slides…`)
      const pdfs = await printDeck(browser, {
        ...deck,
        siteUrl: deckUrl(siteUrl, deck),
        withClicks: values['with-clicks'],
        dark: values.dark,
        onSlide: (done, total, no, title) => console.log(`  [${String(done).padStart(2)}/${total}] slide ${no}: ${title}`),
      })
      printed.push(
        {
          path: join(outDir, `${deck.info.exportFilename}.pdf`),
          bytes: pdfs.slides,
          pages: pdfs.slidePages,
        },
        {
          path: join(outDir, `${deck.info.exportFilename}.handout.pdf`),
          bytes: pdfs.handout!,
          pages: pdfs.handoutPages!,
        },
      )
    }
    return printed
  })
  await mkdir(outDir, { recursive: true })
  await writeFilesAtomic(files.map(file => [file.path, file.bytes]))
  const size = async (path: string): Promise<string> => `${((await stat(path)).size / 1024 / 1024).toFixed(2)} MB`
  const written = await Promise.all(files.map(async file => `${relative(process.cwd(), file.path)}: ${file.pages} pages, ${await size(file.path)}`))
  console.log(`✓ ${written.join('; ')}; ${elapsed()} s`)
}
catch (error) {
  console.error(`✗ Export failed, nothing was written. ${(error as Error).message}`)
  exitCode = 1
}
finally {
  await rm(work, { recursive: true, force: true })
}
process.exit(exitCode)
