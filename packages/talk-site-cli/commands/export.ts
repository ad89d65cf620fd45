import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { pdfFile } from 'slidev-addon-talk-site/paths'
import { requireChromium } from '../node/chromium'
import { commandLine, describeError, fail, shown, stopwatch } from '../node/cli'
import { inside, replaceFolder, requireOutput, UsageError } from '../node/files'
import { runFolder } from '../node/run'

const help = `Usage: talk-site export [options]

Writes each edition's slides as a PDF and a speaker handout (A4, two slides a page
with their notes), all replaced together or none:
  <out>/my-talk.en.pdf   <out>/my-talk.en.handout.pdf
  <out>/my-talk.de.pdf   <out>/my-talk.de.handout.pdf
(the names come from each deck's exportFilename)

Options:
  --out DIR               where to write (default: exports); only a folder that is empty
                          or was written by this command
  --force                 write into --out even if this command did not write it (never the project itself)
  --with-clicks           one page per click step instead of one per slide
  --dark                  use the dark colour scheme
  --entry FILE            export only this deck (default: every edition of the site config)
  --site FILE             the site config (default: site.config.ts)
  --executable-path PATH  the Chromium to use (else CHROMIUM_PATH, a Playwright one, /usr/bin/chromium, chromium on PATH)
  -h, --help              this text

Exit codes: 0 written, 1 a slide or the build failed (nothing written), 2 a wrong
option (such as an --out that is not this command's) or no Chromium, 130 or 143
interrupted (nothing written, temporary files removed).`

const values = commandLine(help, {
  'out': { type: 'string', default: 'exports' },
  'force': { type: 'boolean', default: false },
  'with-clicks': { type: 'boolean', default: false },
  'dark': { type: 'boolean', default: false },
  'entry': { type: 'string' },
  'site': { type: 'string', default: 'site.config.ts' },
  'executable-path': { type: 'string' },
})

requireOutput(values.out, values)
const elapsed = stopwatch()
// Checked before anything heavy is loaded, so a missing browser is reported at once.
const executablePath = requireChromium(values['executable-path'])
const [{ loadSite, siteDecks, deckUrl }, { stepsLine, withBuiltSite }, { describeFor, labelsFor, printDeck }] = await Promise.all([
  import('../node/site'),
  import('../node/build'),
  import('../node/publish'),
])
const site = await loadSite(values.site).catch((error: Error) => fail(error.message))
const decks = await siteDecks(site, values.site, values.entry).catch((error: Error) => fail(error.message))
const outDir = resolve(values.out)

const run = await runFolder()
let exitCode = 0
try {
  console.log(`Building ${decks.map(deck => deck.entry).join(' and ')}…`)
  const printed = await withBuiltSite({
    decks,
    out: join(run.path, 'site'),
    base: '/',
    downloads: [],
    throwaway: true,
    executablePath,
  }, async (browser, siteUrl, deck) => {
    console.log(`${elapsed()} s: rendering ${deck.entry}, ${deck.slides.length} slides…`)
    const labels = labelsFor(site, deck.locale)
    const { slides, handout } = await printDeck(browser, {
      deckUrl: deckUrl(siteUrl, deck),
      deck,
      ...describeFor(site, deck),
      withClicks: values['with-clicks'],
      dark: values.dark,
      onSlide: (done, total, no, title) => console.log(`  [${String(done).padStart(2)}/${total}] ${deck.locale} slide ${no}: ${title}`),
      handout: { notesLabel: labels.notes, diagramLabel: labels.readDiagram },
    })
    return [
      {
        name: pdfFile(deck.info.exportFilename, 'slides'),
        bytes: slides.pdf,
        pages: slides.pages.length,
      },
      {
        name: pdfFile(deck.info.exportFilename, 'handout'),
        bytes: handout!.pdf,
        pages: handout!.pages,
      },
    ]
  })
  const files = printed.flatMap(deck => deck.result)
  // The new PDFs and the ones of other decks already there become the folder's next version, in one switch.
  await replaceFolder(outDir, async (work) => {
    for (const file of files)
      await writeFile(inside(work, file.name, 'exportFilename'), file.bytes)
  }, {
    keep: () => true,
  })
  const written = files.map(file => `${shown(join(outDir, file.name))}: ${file.pages} pages, ${(file.bytes.length / 1024 / 1024).toFixed(2)} MB`)
  console.log(`✓ ${written.join('; ')}; ${elapsed()} s (${stepsLine(printed)})`)
}
catch (error) {
  console.error(`✗ Export failed, nothing was written to ${shown(outDir)}. ${describeError(error)}`)
  exitCode = error instanceof UsageError
    ? 2
    : 1
}
finally {
  run.remove()
}
process.exit(exitCode)
