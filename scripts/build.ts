import { existsSync } from 'node:fs'
import { mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { requireChromium } from './lib/chromium'
import { normalizeBase } from './lib/serve'

const help = `Usage: npm run build -- [options]

Builds the static site into <out>: the deck, its PDF and handout (linked from the
deck's navigation and its last slide), the link-preview picture made from slide 1,
and a service worker that keeps the deck readable offline.

Options:
  --base PATH             the folder the site is served from, e.g. /coreos-story/
                          (default: the BASE environment variable, else /)
  --out DIR               where to write (default: dist); replaced only when the build succeeds
  --without-notes         leave the speaker notes out of the site and publish no handout
  --entry FILE            the deck to build (default: slides.md)
  --executable-path PATH  the Chromium to print with (else CHROMIUM_PATH, /usr/bin/chromium, chromium on PATH)
  -h, --help              this text

Exit codes: 0 built, 1 a slide or the build failed (<out> left as it was), 2 no Chromium.`

const { values } = parseArgs({
  options: {
    'base': { type: 'string', default: process.env.BASE || '/' },
    'out': { type: 'string', default: 'dist' },
    'without-notes': { type: 'boolean', default: false },
    'entry': { type: 'string', default: 'slides.md' },
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
const [{ talk }, { loadDeck, loadDeckInfo }, { printDeck, withBuiltSite }, { waitForSlide }, { ogImage }] = await Promise.all([
  import('../data/talk'),
  import('./lib/deck'),
  import('./lib/print'),
  import('./lib/slide'),
  import('./lib/share'),
])
const entry = values.entry
const withoutNotes = values['without-notes']
const [slides, info] = await Promise.all([
  loadDeck(entry),
  loadDeckInfo(entry),
]).catch((error: Error) => {
  console.error(`✗ ${error.message}`)
  process.exit(1)
})

const publicPath = new URL(talk.url).pathname
if (base !== '/' && base !== publicPath)
  console.warn(`! Building for ${base}, but data/talk.ts says the deck is published at ${talk.url}: the QR code and the canonical link point there.`)

const out = resolve(values.out)
const files = {
  slides: `${info.exportFilename}.pdf`,
  handout: `${info.exportFilename}.handout.pdf`,
}
// Built next to <out> and swapped in at the end, so a failed build leaves the last good site.
const work = await mkdtemp(join(dirname(out), `.${basename(out)}-`))
let exitCode = 0
try {
  console.log(`Building ${entry} for ${base}${withoutNotes ? ' without notes' : ''}…`)
  await withBuiltSite({
    entry,
    out: work,
    base,
    withoutNotes,
    env: {
      VITE_DECK_DOWNLOADS: withoutNotes ? 'slides' : 'slides,handout',
    },
    executablePath,
  }, async (browser, siteUrl) => {
    console.log(`Built in ${elapsed()} s. Printing ${slides.length} slides…`)
    const printed = await printDeck(browser, {
      siteUrl,
      entry,
      slides,
      info,
      handout: !withoutNotes,
    })
    await writeFile(join(work, files.slides), printed.slides)
    if (printed.handout)
      await writeFile(join(work, files.handout), printed.handout)

    const preview = await browser.newPage({
      viewport: { width: ogImage.width, height: ogImage.height },
      serviceWorkers: 'block',
    })
    await waitForSlide(preview, siteUrl, 1)
    await preview.locator('#slide-content').screenshot({
      path: join(work, ogImage.file),
    })
  })
  if (existsSync(out))
    await rm(out, { recursive: true })
  await rename(work, out)
  const mb = async (file: string): Promise<string> => `${((await stat(join(out, file))).size / 1024 / 1024).toFixed(2)} MB`
  console.log(`✓ ${relative(process.cwd(), out)}/ for ${base} in ${elapsed()} s: ${files.slides} ${await mb(files.slides)}${withoutNotes
    ? ''
    : `, ${files.handout} ${await mb(files.handout)}`}, ${ogImage.file}`)
}
catch (error) {
  console.error(`✗ Build failed; ${relative(process.cwd(), out) || '.'} was left as it was. ${(error as Error).message}`)
  exitCode = 1
  await rm(work, { recursive: true, force: true })
}
process.exit(exitCode)
