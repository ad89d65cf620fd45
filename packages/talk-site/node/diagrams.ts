import type { CodeblockTransformer, ResolvedSlidevOptions } from '@slidev/types'
import type { DiagramSettings, Scheme } from './diagram-settings.ts'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import process from 'node:process'
import { diagramKey, diagramSettings, schemes } from './diagram-settings.ts'

/** Where drawn diagrams are kept, one SVG per source, settings and scheme: `node_modules/.cache/talk-site/diagrams/` of the deck's folder. */
export function diagramCache(root: string): string {
  return join(root, 'node_modules', '.cache', 'talk-site', 'diagrams')
}

/** The file of one drawing in the cache. */
export function cacheFile(settings: DiagramSettings, source: string, scheme: Scheme): string {
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

/** A block's options Slidev passes on to its Mermaid component: `{scale: 1.3}` is the one a drawn diagram can take. */
const blockInfo = /^mermaid\s*(?:(\{[^\n]*\})\s*)?$/
const scaleOnly = /^\{\s*scale\s*:\s*(\d+(?:\.\d+)?)\s*\}$/

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Slidev's code-block transformer for `slidev build` (see the addon's
 * setup/transformers.ts): a ```mermaid block whose SVGs the command's `drawDiagrams` left
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
