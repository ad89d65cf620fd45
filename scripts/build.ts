import { existsSync } from 'node:fs'
import { mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { requireChromium } from './lib/chromium'
import { normalizeBase } from './lib/serve'

const help = `Usage: npm run build -- [options]

Builds the static site into <out>: the Chinese edition at the root and the English
one under en/, each with its PDF and handout (linked from the deck's navigation and
its last slide), its link-preview picture made from slide 1, and a service worker
that keeps it readable offline.

Options:
  --base PATH             the folder the site is served from, e.g. /coreos-story/
                          (default: the BASE environment variable, else /)
  --out DIR               where to write (default: dist); replaced only when the build succeeds
  --without-notes         leave the speaker notes out of the site and publish no handout
  --entry FILE            build only this deck, at the root (default: every edition,
                          slides.md at the root and slides.en.md under en/)
  --executable-path PATH  the Chromium to print with (else CHROMIUM_PATH, /usr/bin/chromium, chromium on PATH)
  -h, --help              this text

Exit codes: 0 built, 1 a slide or the build failed (<out> left as it was), 2 no Chromium.`

const { values } = parseArgs({
  options: {
    'base': { type: 'string', default: process.env.BASE || '/' },
    'out': { type: 'string', default: 'dist' },
    'without-notes': { type: 'boolean', default: false },
    'entry': { type: 'string' },
    'executable-path': { type: 'string' },
    'help': { type: 'boolean', short: 'h' },
  },
})

if (values.help) {
  console.log(help)
  process.exit(0)
}

let base: string
try {
  base = normalizeBase(values.base)
}
catch (error) {
  console.error(`✗ ${(error as Error).message}`)
  process.exit(1)
}

const started = performance.now()
const elapsed = (): string => ((performance.now() - started) / 1000).toFixed(1)
const executablePath = requireChromium(values['executable-path'])
const [{ talk }, { deckUrl, printDeck, siteDecks, withBuiltSite }, { waitForSlide }, { ogImage }] = await Promise.all([
  import('../data/talk'),
  import('./lib/print'),
  import('./lib/slide'),
  import('./lib/share'),
])
const withoutNotes = values['without-notes']
const decks = await siteDecks(values.entry).catch((error: Error) => {
  console.error(`✗ ${error.message}`)
  process.exit(1)
})

const publicPath = new URL(talk.url).pathname
if (base !== '/' && base !== publicPath)
  console.warn(`! Building for ${base}, but data/talk.ts says the site is published at ${talk.url}: the QR codes and the canonical links point there.`)

const out = resolve(values.out)
/** What the build writes for a deck besides the site, in the deck's folder. */
function filesOf(deck: typeof decks[number]): { slides: string, handout?: string, image: string } {
  return {
    slides: `${deck.path}${deck.info.exportFilename}.pdf`,
    ...(withoutNotes
      ? {}
      : { handout: `${deck.path}${deck.info.exportFilename}.handout.pdf` }),
    image: `${deck.path}${ogImage.file}`,
  }
}
// Built next to <out> and swapped in at the end, so a failed build leaves the last good site.
const work = await mkdtemp(join(dirname(out), `.${basename(out)}-`))
let exitCode = 0
try {
  console.log(`Building ${decks.map(deck => deck.entry).join(' and ')} for ${base}${withoutNotes ? ' without notes' : ''}…`)
  await withBuiltSite({
    decks,
    out: work,
    base,
    withoutNotes,
    env: {
      VITE_DECK_DOWNLOADS: withoutNotes ? 'slides' : 'slides,handout',
    },
    executablePath,
  }, async (browser, siteUrl) => {
    for (const deck of decks) {
      console.log(`${elapsed()} s: printing ${deck.entry}, ${deck.slides.length} slides…`)
      const url = deckUrl(siteUrl, deck)
      const printed = await printDeck(browser, { ...deck, siteUrl: url, handout: !withoutNotes })
      const files = filesOf(deck)
      await writeFile(join(work, files.slides), printed.slides)
      if (printed.handout && files.handout)
        await writeFile(join(work, files.handout), printed.handout)

      const preview = await browser.newPage({
        viewport: { width: ogImage.width, height: ogImage.height },
        serviceWorkers: 'block',
      })
      await waitForSlide(preview, url, 1)
      // A link preview is a picture: the cover without its language link.
      await preview.addStyleTag({ content: '.language-switch { display: none; }' })
      await preview.locator('#slide-content').screenshot({
        path: join(work, files.image),
      })
      await preview.close()
    }
  })
  if (existsSync(out))
    await rm(out, { recursive: true })
  await rename(work, out)
  const mb = async (file: string): Promise<string> => `${((await stat(join(out, file))).size / 1024 / 1024).toFixed(2)} MB`
  const written = await Promise.all(decks.flatMap(deck => Object.values(filesOf(deck))).map(async file => file.endsWith('.pdf')
    ? `${file} ${await mb(file)}`
    : file))
  console.log(`✓ ${relative(process.cwd(), out)}/ for ${base} in ${elapsed()} s: ${written.join(', ')}`)
}
catch (error) {
  console.error(`✗ Build failed; ${relative(process.cwd(), out) || '.'} was left as it was. ${(error as Error).message}`)
  exitCode = 1
  await rm(work, { recursive: true, force: true })
}
process.exit(exitCode)
