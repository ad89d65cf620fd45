import type { Browser, Page } from 'playwright-core'
import type { DeckSlide } from 'slidev-addon-talk-site/node/deck'
import type { DiagramSettings } from 'slidev-addon-talk-site/node/diagram-settings'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { slideLabel } from 'slidev-addon-talk-site/node/deck'
import { diagramSettings, schemes } from 'slidev-addon-talk-site/node/diagram-settings'
import { cacheFile, diagramCache, drawingId } from 'slidev-addon-talk-site/node/diagrams'

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
