import type { Page } from 'playwright-core'
import type { Sharp } from 'sharp'
import type { PictureCache } from './picture-cache.ts'
import type { SiteDeck } from './site.ts'
import { Buffer } from 'node:buffer'
import { mkdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'
import { pictures as picturePaths } from 'slidev-addon-talk-site/paths'
import { printView, slideDom } from 'slidev-addon-talk-site/slidev-internals'
import { ogImage } from 'slidev-addon-talk-site/vite/link-tags'
import { fileProblem } from './cli.ts'
import { loadedLooks, slideLooks } from './picture-cache.ts'
import { labelOf, SlideError } from './print.ts'
import { settled } from './slide.ts'

export type ColorScheme = 'light' | 'dark'
export const colorSchemes: ColorScheme[] = ['light', 'dark']

/**
 * The pictures of every slide, in each edition's `pictures/` folder: WebP in
 * two widths and both colour schemes for the annotated page (`srcset`), and
 * a JPEG of the light slide for link previews, which not every site reads in
 * WebP.
 */
export const pictures = {
  folder: picturePaths.folder,
  /** The widths the annotated page offers: a phone at 1× and 2×, a laptop at 2×. */
  widths: [640, 1280],
  webpQuality: 80,
  /** A link preview's picture, as large as the site's own (`ogImage`). */
  preview: { width: ogImage.width, height: ogImage.height, quality: 82 },
  /** Slides captured at once; more makes fewer, larger screenshots. */
  batch: 9,
} as const

/** Where slide `no`'s picture in a scheme and width is, inside its edition's folder. */
export function picturePath(no: number, scheme: ColorScheme, width: number): string {
  return `${pictures.folder}${no}.${scheme}.${width}.webp`
}

/** Where slide `no`'s link-preview picture is, inside its edition's folder. */
export const previewPath = picturePaths.preview

/** The scale to draw the slides at so the largest picture is drawn at its own size, not enlarged. */
export function pictureScale(canvas: { width: number }): number {
  return Math.max(...pictures.widths) / canvas.width
}

/** The height of a picture `width` wide of a slide on `canvas`. */
export function pictureHeight(width: number, canvas: { width: number, height: number }): number {
  return Math.round(width * canvas.height / canvas.width)
}

export interface PageBox {
  no: number
  /** The printed page's id in the print view. */
  id: string
  x: number
  y: number
  width: number
  height: number
}

/**
 * The one printed page each slide is pictured from (its last click step), in
 * slide order; throws naming the first slide that has none, or whose page is
 * not the size of the canvas (its picture would be cut or padded).
 */
export function pictureBoxes(deck: Pick<SiteDeck, 'slides' | 'info'>, printed: PageBox[]): PageBox[] {
  return deck.slides.map((slide) => {
    const box = printed.findLast(p => p.no === slide.no)
    if (!box)
      throw new SlideError(`${labelOf(deck, slide.no)}: its picture cannot be taken: the print view does not show it.`)
    if (Math.abs(box.width - deck.info.canvas.width) > 1 || Math.abs(box.height - deck.info.canvas.height) > 1)
      throw new SlideError(`${labelOf(deck, slide.no)}: its picture cannot be taken: the print view shows it ${Math.round(box.width)}×${Math.round(box.height)} px, not ${deck.info.canvas.width}×${deck.info.canvas.height}.`)
    return box
  })
}

/** Runs in the page: where each printed page is in the document, and its slide. */
function printedBoxes(selector: string): { id: string, x: number, y: number, width: number, height: number }[] {
  return [
    ...document.querySelectorAll(selector),
  ].map((node) => {
    const rect = node.getBoundingClientRect()
    return {
      id: node.id,
      x: rect.x + scrollX,
      y: rect.y + scrollY,
      width: rect.width,
      height: rect.height,
    }
  })
}

/** Runs in the page: the ids of the SVGs Mermaid drew, one per diagram, in order (Mermaid gives every drawing a new id). */
function diagramIds(diagram: string): string[] {
  return [
    ...document.querySelectorAll(diagram),
  ].map(host => host.shadowRoot?.querySelector('svg')?.id ?? '')
}

/** What to report when a slide's picture fails: a full disk or a folder it may not write as what it is, anything else as the slide's. */
export function pictureError(error: unknown, slide: string): Error {
  return fileProblem(error)
    ? error as Error
    : new SlideError(`${slide}: ${(error as Error).message}`)
}

export interface TakenPictures {
  /** Bytes written, by kind. */
  bytes: { page: number, preview: number }
  /** Files written, relative to the edition's folder. */
  files: string[]
  /** Slides drawn and slides whose pictures came from the cache, counted once per colour scheme. */
  drawn: number
  cached: number
}

/** The pictures of one slide in one scheme: each file's path in the edition's folder, its kind, its name in the cache, and how it is encoded from the slide drawn at `pictureScale`. */
function pictureFiles(no: number, scheme: ColorScheme, canvas: { width: number, height: number }): { path: string, kind: keyof TakenPictures['bytes'], name: string, encode: (slide: Sharp) => Promise<Buffer> }[] {
  return [
    ...pictures.widths.map(width => ({
      path: picturePath(no, scheme, width),
      kind: 'page' as const,
      name: `${width}.webp`,
      encode: async (slide: Sharp) => slide.resize(width, pictureHeight(width, canvas), { fit: 'fill' }).webp({ quality: pictures.webpQuality, effort: 2 }).toBuffer(),
    })),
    ...(scheme === 'light'
      ? [
          {
            path: previewPath(no),
            kind: 'preview' as const,
            name: 'preview.jpg',
            encode: async (slide: Sharp) => slide.resize(pictures.preview.width, pictures.preview.height, { fit: 'fill' }).jpeg({ quality: pictures.preview.quality }).toBuffer(),
          },
        ]
      : []),
  ]
}

/** Splits the boxes to draw, in page order, into runs that fit one screenshot of `batch` slides' height. */
export function pictureBatches<B extends { y: number, height: number }>(boxes: B[], canvasHeight: number, batch: number): B[][] {
  const runs: B[][] = []
  for (const box of boxes) {
    const run = runs.at(-1)
    if (run && box.y + box.height - run[0]!.y <= canvasHeight * batch + 1)
      run.push(box)
    else
      runs.push([box])
  }
  return runs
}

/**
 * Photographs every slide of a print view in the light and then the dark
 * colour scheme, a batch of slides per screenshot drawn at `pictureScale`,
 * and writes its pictures into `dir`/pictures/ while the next batch is
 * taken. The language switch is left out: a picture is the slide. With
 * `cache`, a slide that looks as it did in an earlier build (its markup, the
 * stylesheets, the fonts and pictures the deck loaded: `loaded`, paths inside
 * `dir`) gets its pictures from the cache and is not drawn. Throws naming a
 * slide whose picture cannot be taken.
 */
export async function takePictures(page: Page, deck: Pick<SiteDeck, 'slides' | 'info'>, printed: { no: number, id: string }[], dir: string, cache?: { store: PictureCache, loaded: Iterable<string> }): Promise<TakenPictures> {
  const { canvas } = deck.info
  const scale = pictureScale(canvas)
  await mkdir(join(dir, pictures.folder), { recursive: true })
  await page.addStyleTag({ content: '.language-switch { display: none !important; }' })
  await page.setViewportSize({ width: canvas.width, height: canvas.height * pictures.batch })
  // The page's resize handlers (Slidev's `--vh`) run before the next frame: the slides are read as they are drawn.
  await page.evaluate(async () => new Promise(requestAnimationFrame))
  const located = await page.evaluate(printedBoxes, printView.page)
  const boxes = pictureBoxes(deck, located.map(box => ({ ...box, no: printed.find(p => p.id === box.id)?.no ?? 0 })))
  const cdp = await page.context().newCDPSession(page)
  const taken: TakenPictures = {
    bytes: { page: 0, preview: 0 },
    files: [],
    drawn: 0,
    cached: 0,
  }
  const writing: Promise<void>[] = []
  const write = async (file: string, bytes: Buffer, kind: keyof TakenPictures['bytes']): Promise<void> => {
    await writeFile(join(dir, file), bytes)
    taken.files.push(file)
    taken.bytes[kind] += bytes.length
  }
  const encodeSlide = async (box: PageBox, scheme: ColorScheme, look: string | undefined, shot: { data: Buffer, width: number, height: number, channels: 3 | 4, top: number }): Promise<void> => {
    try {
      const slide = sharp(shot.data, { raw: shot }).extract({
        left: Math.round(box.x * scale),
        top: Math.round((box.y - shot.top) * scale),
        width: Math.round(box.width * scale),
        height: Math.round(box.height * scale),
      })
      const whole = await slide.raw().toBuffer({ resolveWithObject: true })
      await Promise.all(pictureFiles(box.no, scheme, canvas).map(async ({ path, kind, name, encode }) => {
        const bytes = await encode(sharp(whole.data, { raw: whole.info }))
        await write(path, bytes, kind)
        if (look)
          await cache!.store.keep(look, name, bytes)
      }))
    }
    catch (error) {
      throw pictureError(error, `${labelOf(deck, box.no)}: its ${scheme} picture cannot be made`)
    }
  }
  /** Copies a slide's pictures from the cache; false when they are not all there. */
  const fromCache = async (box: PageBox, scheme: ColorScheme, look: string): Promise<boolean> => {
    const files = pictureFiles(box.no, scheme, canvas)
    if (!await cache!.store.copy(look, files.map(f => f.name), files.map(f => join(dir, f.path))))
      return false
    for (const { path, kind } of files) {
      taken.files.push(path)
      taken.bytes[kind] += (await stat(join(dir, path))).size
    }
    return true
  }
  const files = cache
    ? await loadedLooks(dir, cache.loaded)
    : ''
  const browser = cache
    ? `${page.context().browser()?.version()} ${await page.evaluate(() => navigator.userAgent)}`
    : ''
  try {
    for (const scheme of colorSchemes) {
      if (scheme === 'dark')
        await turnDark(page, deck)
      const looks = cache
        ? await slideLooks(page, { pages: printView.page, diagram: slideDom.diagram }, pictureSettings(browser, scheme, scale, canvas), files)
        : undefined
      const toDraw: (PageBox & { look?: string })[] = []
      for (const box of boxes) {
        const look = looks?.pages[box.id]
        if (look && await fromCache(box, scheme, look))
          taken.cached++
        else
          toDraw.push({ ...box, look })
      }
      taken.drawn += toDraw.length
      for (const batch of pictureBatches(toDraw, canvas.height, pictures.batch)) {
        const top = batch[0]!.y
        const height = batch.at(-1)!.y + batch.at(-1)!.height - top
        let png: Buffer
        let shotTop: number
        try {
          // Near the end of the document the window scrolls less far than asked.
          shotTop = await page.evaluate((y) => {
            window.scrollTo(0, y)
            return window.scrollY
          }, top)
          // Chromium's own fast PNG, lossless and twice as quick as Playwright's screenshot, drawn at the pictures' scale.
          const { data } = await cdp.send('Page.captureScreenshot', {
            format: 'png',
            optimizeForSpeed: true,
            clip: {
              x: 0,
              y: shotTop,
              width: canvas.width,
              height: Math.min(height + (top - shotTop), canvas.height * pictures.batch),
              scale,
            },
          })
          png = Buffer.from(data, 'base64')
        }
        catch (error) {
          throw new SlideError(`${batch.map(box => labelOf(deck, box.no)).join(', ')}: the ${scheme} picture cannot be taken: ${(error as Error).message.split('\n')[0]}`)
        }
        const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true })
        const shot = {
          data,
          width: info.width,
          height: info.height,
          channels: info.channels as 3 | 4,
          top: shotTop,
        }
        for (const box of batch) {
          const encoding = encodeSlide(box, scheme, box.look, shot)
          // Reported once all are done (below), not as an unhandled rejection meanwhile.
          encoding.catch(() => undefined)
          writing.push(encoding)
        }
      }
    }
  }
  finally {
    await cdp.detach().catch(() => undefined)
    // Everything started is finished (or failed) before the first failure is reported.
    const results = await Promise.allSettled(writing)
    const failed = results.find(result => result.status === 'rejected')
    if (failed)
      // eslint-disable-next-line no-unsafe-finally
      throw failed.reason
  }
  return taken
}

/**
 * What decides how a picture is drawn and encoded besides the slide: its
 * scheme and scale, the canvas, the settings above, the browser and the
 * encoder. The browser is its version and its user agent, which tells a
 * headless shell from a Chromium of the same version: they draw text a
 * little differently.
 */
function pictureSettings(browser: string, scheme: ColorScheme, scale: number, canvas: { width: number, height: number }): string {
  return JSON.stringify({
    scheme,
    scale,
    canvas,
    pictures,
    browser,
    sharp: sharp.versions,
  })
}

/**
 * Switches the print view to the dark colour scheme and waits until every
 * diagram has drawn again in it and the fonts and transitions are done;
 * throws naming a slide whose diagram did not.
 */
async function turnDark(page: Page, deck: Pick<SiteDeck, 'slides' | 'info'>): Promise<void> {
  const before = await page.evaluate(diagramIds, slideDom.diagram)
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' })
  await page.waitForFunction(() => document.documentElement.classList.contains('dark'), undefined, { timeout: 10_000 })
  try {
    await page.waitForFunction(({ diagram, before }) => {
      const now = [
        ...document.querySelectorAll(diagram),
      ].map(host => host.shadowRoot?.querySelector('svg')?.id ?? '')
      return now.length === before.length && now.every((id, i) => id && id !== before[i])
    }, { diagram: slideDom.diagram, before }, { timeout: 30_000 })
  }
  catch {
    const stuck = await page.evaluate(({ diagram, pages, before }) => [
      ...document.querySelectorAll(diagram),
    ]
      .filter((host, i) => (host.shadowRoot?.querySelector('svg')?.id ?? '') === before[i])
      .map(host => host.closest(pages)?.id ?? ''), { diagram: slideDom.diagram, pages: printView.page, before })
    throw new SlideError(`${labelOf(deck, printView.slideOf(stuck[0] ?? '0'))}: its picture cannot be taken: a diagram did not draw again in the dark colour scheme.`)
  }
  await page.evaluate(settled)
}
