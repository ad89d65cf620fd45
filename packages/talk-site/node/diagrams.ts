import type { CodeblockTransformer, ResolvedSlidevOptions } from '@slidev/types'
import type { Browser, Page } from 'playwright-core'
import type { DeckSlide } from './deck.ts'
import type { DiagramSettings, Scheme } from './diagram-settings.ts'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import process from 'node:process'
import { slideLabel } from './deck.ts'
import { diagramKey, diagramSettings, schemes } from './diagram-settings.ts'

/** Where drawn diagrams are kept, one SVG per source, settings and scheme: `node_modules/.cache/talk-site/diagrams/` of the deck's folder. */
export function diagramCache(root: string): string {
  return join(root, 'node_modules', '.cache', 'talk-site', 'diagrams')
}

function cacheFile(settings: DiagramSettings, source: string, scheme: Scheme): string {
  return join(diagramCache(settings.root), `${diagramKey(settings, source, scheme)}.svg`)
}

/** The SVGs of a diagram drawn ahead with these settings, in both schemes; undefined unless both are in the cache. */
export async function cachedDiagram(settings: DiagramSettings, source: string): Promise<Record<Scheme, string> | undefined> {
  const files = schemes.map(scheme => cacheFile(settings, source, scheme))
  if (!files.every(existsSync))
    return undefined
  const [light, dark] = await Promise.all(files.map(async file => readFile(file, 'utf8')))
  return { light: light!, dark: dark! }
}

/** The id Mermaid gives a drawing (and, prefixed, everything inside it): one per source and scheme. */
export function drawingId(settings: DiagramSettings, source: string, scheme: Scheme): string {
  return `mermaid-${diagramKey(settings, source, scheme).slice(0, 12)}-${scheme}`
}

const fontHost = 'http://talk-site.invalid/fonts/'

/**
 * A blank page that draws as Slidev's client does: Mermaid from its own
 * package, after the settings' fonts, in a document styled by the same
 * reset, since a label measures in the page's line height.
 */
async function drawingPage(browser: Browser, settings: DiagramSettings, text: string): Promise<Page> {
  const page = await browser.newPage()
  await page.route(`${fontHost}*`, async route => route.fulfill({
    body: readFileSync(settings.fonts[Number(route.request().url().slice(fontHost.length))]!.file),
    contentType: 'font/woff2',
  }))
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>')
  await page.addStyleTag({ content: 'html { line-height: 1.5; -webkit-text-size-adjust: 100%; tab-size: 4; } body { margin: 0; line-height: inherit; } p { margin: 0; }' })
  await page.addScriptTag({ path: settings.mermaid.script })
  await page.evaluate(async ({ fonts, host, text }) => {
    const faces = fonts.map((font, i) => new FontFace(font.family, `url(${host}${i})`, {
      weight: String(font.weight),
      ...(font.range
        ? { unicodeRange: font.range }
        : {}),
    }))
    faces.forEach(face => document.fonts.add(face))
    await Promise.all([
      ...new Set(fonts.map(font => `${font.weight} 20px "${font.family}"`)),
    ].map(async font => document.fonts.load(font, text)))
  }, {
    fonts: settings.fonts.map(({ family, weight, range }) => ({ family, weight, range })),
    host: fontHost,
    text,
  })
  return page
}

export interface DrawnDiagrams {
  /** Diagrams drawn now, in both schemes. */
  drawn: number
  /** Diagrams that were already in the cache. */
  cached: number
}

/**
 * Draws every Mermaid diagram of a deck in both colour schemes, before it is
 * built, in `browser`, and keeps each SVG in the cache, where the deck's
 * build finds it (see `drawnMermaid`). A diagram drawn before with the same
 * Mermaid, configuration, fonts and source is not drawn again. Throws naming
 * the slide and file of every diagram Mermaid cannot draw.
 */
export async function drawDiagrams(browser: Browser, deck: { entry: string, slides: DeckSlide[] }): Promise<DrawnDiagrams> {
  // The options Slidev builds the deck with, whose config the diagrams' setup reads.
  const { resolveOptions } = await import('@slidev/cli')
  const settings = await diagramSettings(await resolveOptions({ entry: deck.entry }, 'build'))
  const blocks = deck.slides.flatMap(slide => slide.mermaid.map((code, i) => ({
    slide,
    no: i + 1,
    source: code.trim(),
  })))
  const missing = blocks.filter(block => schemes.some(scheme => !existsSync(cacheFile(settings, block.source, scheme))))
  const unique = missing.filter((block, i) => missing.findIndex(other => other.source === block.source) === i)
  if (unique.length === 0)
    return { drawn: 0, cached: blocks.length }
  await mkdir(diagramCache(settings.root), { recursive: true })
  const page = await drawingPage(browser, settings, unique.map(block => block.source).join(''))
  const errors: string[] = []
  try {
    for (const scheme of schemes) {
      const results = await page.evaluate(async ({ config, jobs }) => {
        const mermaid = (window as unknown as { mermaid: { initialize: (config: object) => void, render: (id: string, code: string) => Promise<{ svg: string }> } }).mermaid
        mermaid.initialize(config)
        const drawn: { svg?: string, error?: string }[] = []
        for (const job of jobs) {
          try {
            drawn.push({ svg: (await mermaid.render(job.id, job.source)).svg })
          }
          catch (error) {
            drawn.push({
              error: String((error as Error).message ?? error).split('\n').filter(Boolean).slice(0, 3).join(' '),
            })
          }
          // Mermaid leaves what it drew, or its error, in the page.
          document.getElementById(job.id)?.remove()
          document.getElementById(`d${job.id}`)?.remove()
        }
        return drawn
      }, {
        config: settings.config[scheme],
        jobs: unique.map(block => ({
          id: drawingId(settings, block.source, scheme),
          source: block.source,
        })),
      })
      for (const [i, result] of results.entries()) {
        const block = unique[i]!
        if (result.svg === undefined) {
          if (scheme === 'light')
            errors.push(`${slideLabel(block.slide)}: Mermaid diagram ${block.no} cannot be drawn: ${result.error}`)
          continue
        }
        const file = cacheFile(settings, block.source, scheme)
        await writeFile(`${file}.tmp`, result.svg)
        await rename(`${file}.tmp`, file)
      }
    }
  }
  finally {
    await page.close()
  }
  if (errors.length > 0)
    throw new Error(`${errors.join('\n')}\nFix the diagram (https://mermaid.js.org/intro/syntax-reference.html) and build again.`)
  return { drawn: unique.length, cached: blocks.length - missing.length }
}

/** A block's options Slidev passes on to its Mermaid component: `{scale: 1.3}` is the one a drawn diagram can take. */
const blockInfo = /^mermaid\s*(?:(\{[^\n]*\})\s*)?$/
const scaleOnly = /^\{\s*scale\s*:\s*(\d+(?:\.\d+)?)\s*\}$/

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Slidev's code-block transformer for `slidev build` (see the addon's
 * setup/transformers.ts): a ```mermaid block whose SVGs `drawDiagrams` left
 * in the cache becomes a `<DrawnDiagram>` with both, so no slide needs
 * Mermaid in the browser. Any other block, a block with options besides
 * `scale`, and every block under `slidev` (dev) are left to Slidev, which
 * draws them live; a block missing from the cache is named. `settingsOf`
 * reads what the deck's diagrams depend on (given in tests).
 */
export function drawnMermaid(settingsOf: (options: ResolvedSlidevOptions) => Promise<DiagramSettings> = diagramSettings): CodeblockTransformer {
  const settings = new WeakMap<object, Promise<DiagramSettings>>()
  return async ({ info, code, slide, options }) => {
    const match = blockInfo.exec(info)
    if (!match || options.mode !== 'build')
      return undefined
    const scale = match[1] === undefined
      ? undefined
      : scaleOnly.exec(match[1])?.[1]
    if (match[1] !== undefined && scale === undefined)
      return undefined
    if (!settings.has(options))
      settings.set(options, settingsOf(options))
    const drawn = await cachedDiagram(await settings.get(options)!, code)
    if (!drawn) {
      console.warn(`! ${slide
        ? `${relative(process.cwd(), slide.source.filepath)}, slide ${slide.index + 1}`
        : 'a slide'}: a Mermaid diagram was not drawn ahead (npm run build draws them); Slidev draws it in the browser, and the build ships Mermaid.`)
      return undefined
    }
    return `<DrawnDiagram${scale === undefined
      ? ''
      : ` :scale="${scale}"`} light="${attribute(drawn.light)}" dark="${attribute(drawn.dark)}" />`
  }
}
