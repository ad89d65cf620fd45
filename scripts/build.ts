import type { Published } from '../addon/node/publish'
import { stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { requireChromium } from '../addon/node/chromium'
import { commandLine, fail, stopwatch } from '../addon/node/cli'
import { normalizeBase } from '../addon/node/serve'

const help = `Usage: npm run build -- [options]

Builds the static site into <out>: every edition of site.config.ts (the default
one at the root, the others in their folders), each with its PDF and handout
(linked from the deck's navigation and its last slide), a picture of every slide
in both colour schemes, the talk as an article (read/index.html), a page of its
own for every slide (17.html, its picture as link preview), and a service worker
that keeps the deck and the article readable offline.

Options:
  --base PATH             the folder the site is served from, e.g. /coreos-story/
                          (default: the BASE environment variable, else /)
  --out DIR               where to write (default: dist); replaced only when the build succeeds
  --without-notes         leave the speaker notes out of the site and publish no handout
  --entry FILE            build only this deck, at the root
  --site FILE             the site config (default: site.config.ts)
  --executable-path PATH  the Chromium to print with (else CHROMIUM_PATH, a Playwright one, /usr/bin/chromium, chromium on PATH)
  -h, --help              this text

Exit codes: 0 built, 1 a slide or the build failed (<out> left as it was), 2 no Chromium.`

const values = commandLine(help, {
  'base': { type: 'string', default: process.env.BASE || '/' },
  'out': { type: 'string', default: 'dist' },
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
const elapsed = stopwatch()
const executablePath = requireChromium(values['executable-path'])
const [{ loadSite, siteDecks }, { withBuiltSite }, { publishDeck }, { replaceFolder }] = await Promise.all([
  import('../addon/node/site'),
  import('../addon/node/build'),
  import('../addon/node/publish'),
  import('../addon/node/files'),
])
const site = await loadSite(values.site).catch((error: Error) => fail(error.message))
const withNotes = !values['without-notes'] && site.notes
const decks = await siteDecks(site, values.site, values.entry).catch((error: Error) => fail(error.message))

if (base !== '/' && base !== new URL(site.url).pathname)
  console.warn(`! Building for ${base}, but ${values.site} says the site is published at ${site.url}: the QR codes and the canonical links point there.`)

const out = resolve(values.out)
const where = relative(process.cwd(), out) || '.'
const published: Published[] = []
try {
  await replaceFolder(out, async (work) => {
    console.log(`Building ${decks.map(deck => deck.entry).join(' and ')} for ${base}${withNotes ? '' : ' without notes'}…`)
    await withBuiltSite({
      decks,
      out: work,
      base,
      downloads: site.downloads.filter(kind => withNotes || kind !== 'handout'),
      readPage: true,
      withoutNotes: !withNotes,
      executablePath,
    }, async (browser, siteUrl, built) => {
      for (const deck of built) {
        console.log(`${elapsed()} s: printing ${deck.entry}, ${deck.slides.length} slides…`)
        published.push(await publishDeck(browser, deck, built, { site, siteUrl, out: work, withNotes }))
      }
    })
  })
}
catch (error) {
  fail(`Build failed; ${where} was left as it was. ${(error as Error).message}`)
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`
const sizes = await Promise.all(published.flatMap(p => p.files).map(async file => file.endsWith('.pdf')
  ? `${file} ${mb((await stat(join(out, file))).size)}`
  : file))
console.log(`✓ ${where}/ for ${base} in ${elapsed()} s: ${sizes.join(', ')}`)
decks.forEach((deck, i) => {
  const { offline, pictures } = published[i] ?? {}
  if (pictures)
    console.log(`  pictures, ${deck.path || '/'}: ${pictures.files.length} files, ${mb(pictures.bytes.page)} for the annotated page, ${mb(pictures.bytes.preview)} of link previews`)
  if (offline)
    console.log(`  offline, ${deck.path || '/'}: ${offline.files} files, ${mb(offline.bytes)}`)
})
process.exit(0)
