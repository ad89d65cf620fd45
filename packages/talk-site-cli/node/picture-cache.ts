import type { Page } from 'playwright-core'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'

/**
 * Slide pictures already made, so a build whose slide looks as before copies
 * its pictures instead of drawing and encoding them again:
 * `node_modules/.cache/talk-site/pictures/` of the deck's folder, one file
 * per picture, named by what the slide looks like (see `slideLooks`).
 */
export function pictureCache(entry: string): string {
  return join(dirname(resolve(entry)), 'node_modules', '.cache', 'talk-site', 'pictures')
}

/**
 * The files whose bytes decide how any slide looks besides its markup and
 * the stylesheets: fonts and pictures (a file of `public/` keeps its name
 * when it changes). Scripts are not among them: what they do shows in the markup.
 */
const lookFiles = /\.(?:woff2?|ttf|otf|png|jpe?g|gif|webp|avif|svg|ico)$/i

/** What every slide's look depends on: the stylesheets, the root element's classes and style, and the fonts and pictures the deck loaded. */
export interface PageLook {
  /** Everything a slide of the page shares, hashed. */
  shared: string
  /** Each printed page's look by its id: its markup (diagrams' shadow roots included) hashed with `shared`; undefined for a page that cannot be cached. */
  pages: Record<string, string | undefined>
}

/**
 * Runs in the page: the print view's stylesheets and root classes, and each
 * printed page's markup with its diagrams' shadow roots. A page with a canvas,
 * video, frame or embedded object shows pixels its markup does not hold:
 * it has no markup here and is always drawn. (No inner functions: tsx would
 * wrap them in a helper the page does not have.)
 */
function readLook({ pages, diagram }: { pages: string, diagram: string }): { css: string, root: string, pages: Record<string, string | null> } {
  const sheets: CSSStyleSheet[] = [
    ...document.styleSheets,
    ...document.adoptedStyleSheets,
  ]
  const result: Record<string, string | null> = {}
  for (const page of document.querySelectorAll(pages)) {
    if (page.querySelector('canvas, video, iframe, object, embed')) {
      result[page.id] = null
      continue
    }
    const parts = [page.outerHTML]
    for (const host of page.querySelectorAll(diagram)) {
      parts.push(host.shadowRoot?.innerHTML ?? '')
      sheets.push(...host.shadowRoot?.adoptedStyleSheets ?? [])
    }
    result[page.id] = parts.join('\n')
  }
  const css: string[] = []
  for (const sheet of sheets) {
    try {
      for (const rule of sheet.cssRules)
        css.push(rule.cssText)
    }
    catch {
      // Another host's stylesheet cannot be read; it is named by its address.
      css.push(`/* ${sheet.href ?? ''} */`)
    }
  }
  return {
    css: css.join('\n'),
    root: `${document.documentElement.className}|${document.documentElement.getAttribute('style') ?? ''}|${document.body.className}`,
    pages: result,
  }
}

function sha256(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256')
  for (const part of parts) {
    hash.update(part)
    hash.update('\0')
  }
  return hash.digest('hex')
}

/**
 * The fonts and pictures of `loaded` (paths inside `folder`, the deck's built
 * folder), each with its bytes hashed: the part of every slide's look that
 * stays the same in both colour schemes, so it is read once.
 */
export async function loadedLooks(folder: string, loaded: Iterable<string>): Promise<string> {
  const files = await Promise.all([
    ...loaded,
  ].filter(path => lookFiles.test(path)).sort().map(async (path) => {
    const file = join(folder, path)
    return existsSync(file)
      ? `${path}:${sha256(await readFile(file))}`
      : path
  }))
  return files.join('\n')
}

/**
 * How the print view's pages look now: `settings` (how pictures are drawn and
 * encoded, the browser's version), the stylesheets, the root element, `files`
 * (the fonts and pictures the deck loaded: `loadedLooks`) and each page's markup.
 */
export async function slideLooks(page: Page, selectors: { pages: string, diagram: string }, settings: string, files: string): Promise<PageLook> {
  const look = await page.evaluate(readLook, selectors)
  const shared = sha256(settings, look.css, look.root, files)
  return {
    shared,
    pages: Object.fromEntries(Object.entries(look.pages).map(([id, markup]) => [
      id,
      markup === null
        ? undefined
        : sha256(shared, markup),
    ])),
  }
}

let written = 0

/** The cached pictures of one look, by the name each is kept under (`1280.webp`). */
export class PictureCache {
  constructor(readonly folder: string) {}

  private file(look: string, name: string): string {
    return join(this.folder, look.slice(0, 2), `${look}.${name}`)
  }

  /** Copies the pictures `names` of `look` to `targets` (same order) if all are kept; false when any is missing. */
  async copy(look: string, names: string[], targets: string[]): Promise<boolean> {
    const files = names.map(name => this.file(look, name))
    if (!files.every(existsSync))
      return false
    await Promise.all(files.map(async (file, i) => copyFile(file, targets[i]!)))
    return true
  }

  /** Keeps a picture of `look`; a picture half written (a build stopped meanwhile) is never found. */
  async keep(look: string, name: string, bytes: Uint8Array): Promise<void> {
    const file = this.file(look, name)
    await mkdir(dirname(file), { recursive: true })
    const part = `${file}.${process.pid}-${++written}.part`
    await writeFile(part, bytes)
    await rename(part, file)
  }
}
