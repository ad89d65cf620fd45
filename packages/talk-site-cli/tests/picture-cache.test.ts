import type { Browser, Page } from 'playwright-core'
import type { PageLook } from '../node/picture-cache'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium, launchChromium } from '../node/chromium'
import { loadedLooks, pictureCache, PictureCache, slideLooks } from '../node/picture-cache'

/** A print view of three pages: the second with a diagram in a shadow root, the third with a canvas. */
const printView = `
<html class="light"><head><style>.page { width: 200px; height: 100px; color: #111 }</style></head>
<body>
  <div class="page" id="p1"><h1>One</h1></div>
  <div class="page" id="p2"><h1>Two</h1><div class="diagram"></div></div>
  <div class="page" id="p3"><canvas></canvas></div>
  <script>
    document.querySelector('.diagram').attachShadow({ mode: 'open' }).innerHTML = '<svg><text>A → B</text></svg>'
  </script>
</body></html>`

const selectors = { pages: '.page', diagram: '.diagram' }

describe('slide pictures kept from an earlier build', () => {
  let browser: Browser
  let page: Page
  let work: string
  const looks = async (settings = 'light'): Promise<PageLook> => slideLooks(page, selectors, settings, await loadedLooks(work, ['fonts/a.woff2', 'index.html']))

  beforeAll(async () => {
    browser = await launchChromium(findChromium()!)
    page = await browser.newPage()
    work = await mkdtemp(join(tmpdir(), 'picture-cache-'))
    await mkdir(join(work, 'fonts'))
    await writeFile(join(work, 'fonts/a.woff2'), 'font one')
  })
  afterAll(async () => {
    await browser?.close()
    await rm(work, { recursive: true, force: true })
  })

  it('are found by how the slide looks: its markup, its diagrams, the stylesheets, the fonts and the settings', async () => {
    await page.setContent(printView)
    const before = await looks()
    expect(Object.keys(before.pages)).toEqual(['p1', 'p2', 'p3'])
    // Read again, nothing changed: the same.
    expect(await looks()).toEqual(before)

    // One slide's text: only its look changes.
    await page.evaluate(() => document.querySelector('#p1 h1')!.textContent = 'Uno')
    const text = await looks()
    expect(text.pages.p1).not.toBe(before.pages.p1)
    expect(text.pages.p2).toBe(before.pages.p2)

    // A diagram drawn differently, inside its shadow root.
    await page.evaluate(() => document.querySelector('.diagram')!.shadowRoot!.innerHTML = '<svg><text>A → C</text></svg>')
    const diagram = await looks()
    expect(diagram.pages.p2).not.toBe(text.pages.p2)
    expect(diagram.pages.p1).toBe(text.pages.p1)

    // What every slide shares: a stylesheet, the root's class, a font file's bytes, the settings.
    const everyPage = (now: PageLook): void => {
      expect(now.shared).not.toBe(diagram.shared)
      expect(now.pages.p1).not.toBe(diagram.pages.p1)
      expect(now.pages.p2).not.toBe(diagram.pages.p2)
    }
    everyPage(await looks('dark'))
    await page.evaluate(() => document.documentElement.className = 'dark')
    everyPage(await looks())
    await page.evaluate(() => document.documentElement.className = 'light')
    await writeFile(join(work, 'fonts/a.woff2'), 'font two')
    everyPage(await looks())
    await writeFile(join(work, 'fonts/a.woff2'), 'font one')
    expect(await looks()).toEqual(diagram)
    await page.addStyleTag({ content: 'h1 { color: red }' })
    everyPage(await looks())
  })

  it('are never used for a slide that shows a canvas, a video or a frame: its pixels are not in its markup', async () => {
    await page.setContent(printView)
    expect((await looks()).pages.p3).toBeUndefined()
  })

  it('are copied when every picture of the look is kept, and not found when one is missing or half written', async () => {
    const store = new PictureCache(join(work, 'cache'))
    const targets = ['a.webp', 'b.jpg'].map(name => join(work, name))
    expect(await store.copy('ab12', ['1280.webp', 'preview.jpg'], targets)).toBe(false)
    await store.keep('ab12', '1280.webp', new TextEncoder().encode('wide'))
    expect(await store.copy('ab12', ['1280.webp', 'preview.jpg'], targets)).toBe(false)
    expect(existsSync(targets[0]!)).toBe(false)
    await store.keep('ab12', 'preview.jpg', new TextEncoder().encode('preview'))
    expect(await store.copy('ab12', ['1280.webp', 'preview.jpg'], targets)).toBe(true)
    expect(await readFile(targets[0]!, 'utf8')).toBe('wide')
    expect(await readFile(targets[1]!, 'utf8')).toBe('preview')
    // Written beside and renamed into place: no partial file stays in the cache.
    expect((await readdir(join(work, 'cache', 'ab'))).sort()).toEqual(['ab12.1280.webp', 'ab12.preview.jpg'])
  })

  it('live in the deck\'s node_modules/.cache', () => {
    expect(pictureCache('talks/x/slides.md')).toMatch(/talks\/x\/node_modules\/\.cache\/talk-site\/pictures$/)
  })
})
