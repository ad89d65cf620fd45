import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { slideDom } from 'slidev-addon-talk-site/slidev-internals'
import { chromiumArgs, requireChromium } from '../node/chromium'
import { commandLine, fail } from '../node/cli'
import { serveDist } from '../node/serve'
import { decksOf, deckUrl, loadSite, siteDecks } from '../node/site'
import { waitForSlide } from '../node/slide'

const help = `Usage: talk-site screenshot [--edition zh-CN|en] [--dir dist] [--out screenshots] [--slides 1,5,20|all] [--scale 1] [--site site.config.ts]

Renders slides of one edition of the built site (talk-site build) to PNG files, one
per slide, at their last click step: <out>/<edition>/slide-01.png, slide-02.png, …
(default edition: the one at the site's root)`

const values = commandLine(help, {
  edition: { type: 'string' },
  dir: { type: 'string', default: 'dist' },
  out: { type: 'string', default: 'screenshots' },
  slides: { type: 'string', default: 'all' },
  scale: { type: 'string', default: '1' },
  site: { type: 'string', default: 'site.config.ts' },
})

const chosen = await loadSite(values.site)
  .then(site => siteDecks(site, values.site))
  .then(decks => decksOf(decks, values.edition))
  .catch((error: Error) => fail(error.message))
// The edition asked for, else the one at the site's root (the first).
const edition = chosen[0]!
const { slides, info: { canvas } } = edition
const executablePath = requireChromium()
const wanted = values.slides === 'all'
  ? slides.map(slide => slide.no)
  : values.slides.split(',').map(Number)
const unknown = wanted.filter(no => !slides.some(slide => slide.no === no))
if (unknown.length > 0)
  fail(`--slides ${unknown.join(',')}: ${edition.entry} has slides 1 to ${slides.length}.`)
const server = await serveDist(values.dir).catch((error: Error) => fail(error.message))
const browser = await chromium.launch({ executablePath, args: chromiumArgs })
try {
  const page = await browser.newPage({
    viewport: canvas,
    deviceScaleFactor: Number(values.scale),
    // No service worker: the offline notice it brings is not part of a slide.
    serviceWorkers: 'block',
  })
  const out = resolve(values.out, edition.locale)
  await mkdir(out, { recursive: true })
  for (const no of wanted) {
    await waitForSlide(page, {
      url: deckUrl(server.url, edition),
      path: edition.path,
      slides,
    }, no)
    const file = resolve(out, `slide-${String(no).padStart(2, '0')}.png`)
    await page.locator(slideDom.canvas).screenshot({ path: file })
    console.log(file)
  }
}
finally {
  await browser.close()
  await server.close()
}
