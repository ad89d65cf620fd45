import type { Locale } from '../data/types'
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { editions } from '../data/editions'
import { defaultLocale, locales } from '../data/types'
import { chromiumArgs, requireChromium } from './lib/chromium'
import { loadDeck } from './lib/deck'
import { deckUrl } from './lib/print'
import { serveDist } from './lib/serve'
import { waitForSlide } from './lib/slide'

const help = `Usage: npm run screenshot -- [--edition zh-CN|en] [--dir dist] [--out screenshots] [--slides 1,5,20|all] [--scale 1]

Renders slides of one edition of the built site (npm run build) to PNG files, one
per slide, at their last click step: <out>/<edition>/slide-01.png, slide-02.png, …`

const { values } = parseArgs({
  options: {
    edition: { type: 'string', default: defaultLocale },
    dir: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'screenshots' },
    slides: { type: 'string', default: 'all' },
    scale: { type: 'string', default: '1' },
    help: { type: 'boolean', short: 'h' },
  },
})

if (values.help) {
  console.log(help)
  process.exit(0)
}

const edition = editions[values.edition as Locale]
if (!edition) {
  console.error(`✗ --edition ${values.edition}: the editions are ${locales.join(', ')}.`)
  process.exit(1)
}
const executablePath = requireChromium()
const server = await serveDist(values.dir)
const browser = await chromium.launch({ executablePath, args: chromiumArgs })
try {
  const page = await browser.newPage({
    viewport: { width: 980, height: 552 },
    deviceScaleFactor: Number(values.scale),
  })
  const total = (await loadDeck(edition.entry)).length
  const wanted = values.slides === 'all'
    ? Array.from({ length: total }, (_, i) => i + 1)
    : values.slides.split(',').map(Number)
  const out = resolve(values.out, edition.locale)
  await mkdir(out, { recursive: true })
  for (const no of wanted) {
    await waitForSlide(page, deckUrl(server.url, edition), no)
    const file = resolve(out, `slide-${String(no).padStart(2, '0')}.png`)
    await page.locator('#slide-content').screenshot({ path: file })
    console.log(file)
  }
}
finally {
  await browser.close()
  await server.close()
}
