import type { Steps } from '../node/build'
import type { Published } from '../node/publish'
import type { SiteDeck } from '../node/site'
import { stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { precacheLimit } from 'slidev-addon-talk-site/vite/service-worker'
import { requireChromium } from '../node/chromium'
import { commandLine, describeError, fail, shown, stopwatch } from '../node/cli'
import { replaceFolder, requireOutput } from '../node/files'
import { runFolder } from '../node/run'
import { normalizeBase } from '../node/serve'

const help = `Usage: talk-site build [options]

Builds the static site into <out>: every edition of site.config.ts (the default
one at the root, the others in their folders), each with its PDF and handout
(linked from the deck's navigation and its last slide), a picture of every slide
in both colour schemes, the talk as an article (read/index.html), a page of its
own for every slide (17.html, its picture as link preview), and a service worker
that keeps the deck and the article readable offline.

Options:
  --base PATH             the folder the site is served from, e.g. /my-talk/
                          (default: the BASE environment variable, else /)
  --out DIR               where to write (default: dist); replaced only when the build succeeds,
                          and only if it is empty or was written by this command
  --force                 replace --out even if this command did not write it (never the project itself)
  --without-notes         leave the speaker notes out of the site and publish no handout
  --entry FILE            build only this deck, at the root
  --site FILE             the site config (default: site.config.ts)
  --executable-path PATH  the Chromium to print with (else CHROMIUM_PATH, a Playwright one, /usr/bin/chromium, chromium on PATH)
  -h, --help              this text

Exit codes: 0 built, 1 a slide or the build failed (<out> left as it was), 2 a wrong
option (such as an --out that is not this command's) or no Chromium, 130 or 143
interrupted (<out> left as it was, temporary files removed).`

const values = commandLine(help, {
  'base': { type: 'string', default: process.env.BASE || '/' },
  'out': { type: 'string', default: 'dist' },
  'force': { type: 'boolean', default: false },
  'without-notes': { type: 'boolean', default: false },
  'entry': { type: 'string' },
  'site': { type: 'string', default: 'site.config.ts' },
  'executable-path': { type: 'string' },
})

let base = '/'
try {
  base = normalizeBase(values.base)
}
catch (error) {
  fail((error as Error).message)
}
requireOutput(values.out, values)
const elapsed = stopwatch()
const executablePath = requireChromium(values['executable-path'])
const [{ loadSite, siteDecks }, { stepsLine, withBuiltSite }, { publishDeck }] = await Promise.all([
  import('../node/site'),
  import('../node/build'),
  import('../node/publish'),
])
const site = await loadSite(values.site).catch((error: Error) => fail(error.message))
const withNotes = !values['without-notes'] && site.notes
const decks = await siteDecks(site, values.site, values.entry).catch((error: Error) => fail(error.message))

if (base !== '/' && base !== new URL(site.url).pathname)
  console.warn(`! Building for ${base}, but ${values.site} says the site is published at ${site.url}: the QR codes and the canonical links point there.`)

const out = resolve(values.out)
const where = shown(out)
let published: { deck: SiteDeck, result: Published, steps: Steps }[] = []
const run = await runFolder()
try {
  await replaceFolder(out, async (work) => {
    console.log(`Building ${decks.map(deck => deck.entry).join(' and ')} for ${base}${withNotes ? '' : ' without notes'}…`)
    published = await withBuiltSite({
      decks,
      out: work,
      base,
      downloads: site.downloads.filter(kind => withNotes || kind !== 'handout'),
      readPage: true,
      withoutNotes: !withNotes,
      executablePath,
    }, async (browser, siteUrl, deck) => {
      console.log(`${elapsed()} s: printing ${deck.entry}, ${deck.slides.length} slides…`)
      return publishDeck(browser, deck, decks, { site, siteUrl, out: work, withNotes })
    })
  })
}
catch (error) {
  fail(`Build failed; ${where} was left as it was. ${describeError(error)}`)
}
finally {
  run.remove()
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`
const sizes = await Promise.all(published.flatMap(p => p.result.files).map(async file => file.endsWith('.pdf')
  ? `${file} ${mb((await stat(join(out, file))).size)}`
  : file))
console.log(`✓ ${where}/ for ${base} in ${elapsed()} s (${stepsLine(published)}): ${sizes.join(', ')}`)
decks.forEach((deck, i) => {
  const { offline, pictures } = published[i]?.result ?? {}
  if (pictures)
    console.log(`  pictures, ${deck.path || '/'}: ${pictures.files.length} files, ${mb(pictures.bytes.page)} for the annotated page, ${mb(pictures.bytes.preview)} of link previews; ${pictures.drawn} of ${pictures.drawn + pictures.cached} slide pictures drawn, the rest as before (node_modules/.cache/talk-site/pictures)`)
  if (offline)
    console.log(`  offline, ${deck.path || '/'}: ${offline.files} files, ${mb(offline.bytes)}`)
  for (const file of offline?.viewed ?? []) {
    console.warn(`! ${deck.path}${file.url} (${mb(file.size)}) is larger than the ${mb(precacheLimit)} the offline cache takes ahead of time: ${/\.(?:mp4|webm|mp3)$/i.test(file.url)
      ? 'it plays only with a network'
      : 'it is kept once a visitor views it'}. Make it smaller to have it offline from the first visit.`)
  }
})
process.exit(0)
