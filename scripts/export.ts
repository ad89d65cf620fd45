import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { requireChromium } from '../addon/node/chromium'
import { commandLine, fail, stopwatch } from '../addon/node/cli'

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
  --entry FILE            export only this deck (default: every edition of the site config)
  --site FILE             the site config (default: site.config.ts)
  --executable-path PATH  the Chromium to use (else CHROMIUM_PATH, a Playwright one, /usr/bin/chromium, chromium on PATH)
  -h, --help              this text

Exit codes: 0 written, 1 a slide or the build failed (nothing written), 2 no Chromium.`

const values = commandLine(help, {
  'out': { type: 'string', default: 'exports' },
  'with-clicks': { type: 'boolean', default: false },
  'dark': { type: 'boolean', default: false },
  'entry': { type: 'string' },
  'site': { type: 'string', default: 'site.config.ts' },
  'executable-path': { type: 'string' },
})

const elapsed = stopwatch()
// Checked before anything heavy is loaded, so a missing browser is reported at once.
const executablePath = requireChromium(values['executable-path'])
const [{ loadSite, siteDecks, deckUrl }, { withBuiltSite }, { printSlides }, { printHandout }, { describeFor, labelsFor }, { writeFilesAtomic }] = await Promise.all([
  import('../addon/node/site'),
  import('../addon/node/build'),
  import('../addon/node/print'),
  import('../addon/node/handout'),
  import('../addon/node/publish'),
  import('../addon/node/files'),
])
const site = await loadSite(values.site).catch((error: Error) => fail(error.message))
const decks = await siteDecks(site, values.site, values.entry).catch((error: Error) => fail(error.message))
const outDir = resolve(values.out)

const work = await mkdtemp(join(tmpdir(), 'talk-export-'))
let exitCode = 0
try {
  console.log(`Building ${decks.map(deck => deck.entry).join(' and ')}…`)
  const files = await withBuiltSite({
    decks,
    out: join(work, 'site'),
    base: '/',
    downloads: [],
    throwaway: true,
    executablePath,
  }, async (browser, siteUrl, built) => {
    const printed: { path: string, bytes: Uint8Array, pages: number }[] = []
    for (const deck of built) {
      console.log(`${elapsed()} s: rendering ${deck.entry}, ${deck.slides.length} slides…`)
      const url = deckUrl(siteUrl, deck)
      const describe = describeFor(site, deck)
      const labels = labelsFor(site, deck.locale)
      const slides = await printSlides(browser, {
        deckUrl: url,
        deck,
        ...describe,
        withClicks: values['with-clicks'],
        dark: values.dark,
        onSlide: (done, total, no, title) => console.log(`  [${String(done).padStart(2)}/${total}] slide ${no}: ${title}`),
      })
      const handout = await printHandout(browser, {
        deckUrl: url,
        deck,
        slides,
        notesLabel: labels.notes,
        diagramLabel: labels.readDiagram,
        author: describe.author,
      })
      printed.push(
        {
          path: join(outDir, `${deck.info.exportFilename}.pdf`),
          bytes: slides.pdf,
          pages: slides.pages.length,
        },
        {
          path: join(outDir, `${deck.info.exportFilename}.handout.pdf`),
          bytes: handout.pdf,
          pages: handout.pages,
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
