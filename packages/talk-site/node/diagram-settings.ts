import type { ResolvedSlidevOptions } from '@slidev/types'
import type { MermaidConfig } from 'mermaid'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { runnerImport } from 'vite'
import { findFontsource, fontsourceFile } from './fontsource.ts'

export type Scheme = 'light' | 'dark'
export const schemes: Scheme[] = ['light', 'dark']

/** A font file loaded before a diagram is drawn, so its labels measure as the deck shows them. */
export interface DiagramFont {
  family: string
  weight: number
  file: string
  /** The characters the file is used for (CSS `unicode-range`), when it does not hold a whole script. */
  range?: string
  /** Hash of the file's bytes. */
  hash: string
}

/**
 * Everything a drawn diagram depends on besides its source: the Mermaid
 * version Slidev draws with, the configuration Slidev would give it in each
 * colour scheme (its own defaults, then every root's `setup/mermaid.ts`,
 * then `theme: 'dark'` in dark mode, as Slidev 53 forces it), and the web
 * fonts of the families that configuration names.
 */
export interface DiagramSettings {
  root: string
  mermaid: { version: string, script: string }
  config: Record<Scheme, MermaidConfig>
  fonts: DiagramFont[]
}

/** Bumped when the way diagrams are drawn changes, so no SVG drawn the old way is reused. */
const drawingVersion = 1

/** The Mermaid that Slidev's client imports, so a diagram drawn ahead looks as one drawn live. */
export function slidevMermaid(root: string): { version: string, script: string } {
  const client = dirname(createRequire(join(root, 'package.json')).resolve('@slidev/client/package.json'))
  const pkg = createRequire(join(client, 'package.json')).resolve('mermaid/package.json')
  return {
    version: (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version,
    script: join(dirname(pkg), 'dist', 'mermaid.min.js'),
  }
}

const setupFiles = ['ts', 'mts', 'js', 'mjs'].map(ext => `setup/mermaid.${ext}`)
const clientStub = '\0talk-site:slidev-client'
const entryStub = '\0talk-site:mermaid-setups'

/**
 * Runs every root's `setup/mermaid.ts` in Node in both colour schemes. The
 * setups may read `configs` and `useDarkMode()` from `@slidev/client`, which
 * get the deck's resolved config and the scheme here; nothing else of the
 * client exists outside the browser.
 */
export async function mermaidSetups(options: Pick<ResolvedSlidevOptions, 'roots' | 'userRoot' | 'data'>): Promise<Record<Scheme, MermaidConfig[]>> {
  const files = options.roots.flatMap(root => setupFiles.map(file => join(root, file)).filter(existsSync).slice(0, 1))
  if (files.length === 0)
    return { light: [], dark: [] }
  // Vite's module runner sets NODE_ENV to development, which would then build the deck as one.
  const nodeEnv = process.env.NODE_ENV
  const { module } = await runnerImport<{ default: () => Promise<Record<Scheme, MermaidConfig[]>> }>(entryStub, {
    configFile: false,
    root: options.userRoot,
    logLevel: 'silent',
    plugins: [
      {
        name: 'talk-site:mermaid-setups',
        enforce: 'pre',
        resolveId: id => id === entryStub || id === clientStub
          ? id
          : id === '@slidev/client'
            ? clientStub
            : undefined,
        load(id) {
          if (id === clientStub) {
            return `export const configs = ${JSON.stringify(options.data.config)}
export const isDark = { value: false }
export function useDarkMode() { return { isDark, isColorSchemaConfigured: { value: true }, toggleDark() {} } }`
          }
          if (id === entryStub) {
            return `import { isDark } from '@slidev/client'
${files.map((file, i) => `import setup${i} from ${JSON.stringify(file)}`).join('\n')}
const setups = [${files.map((_, i) => `setup${i}`).join(', ')}]
export default async function () {
  const run = async (dark) => {
    isDark.value = dark
    const configs = []
    for (const setup of setups) configs.push((await setup()) ?? {})
    return configs
  }
  return { light: await run(false), dark: await run(true) }
}`
          }
        },
      },
    ],
  }).catch((error: Error) => {
    throw new Error(`${files.join(', ')} cannot run at build time: ${error.message}. A Mermaid setup may read only configs and useDarkMode() from @slidev/client.`)
  }).finally(() => {
    if (nodeEnv === undefined)
      delete process.env.NODE_ENV
    else
      process.env.NODE_ENV = nodeEnv
  })
  return module.default()
}

/** Drops the keys whose value is undefined, as Slidev does before it configures Mermaid. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

/** The families a Mermaid configuration draws with, unquoted and in order. */
export function configFamilies(config: MermaidConfig): string[] {
  return [
    ...new Set([config.fontFamily, config.themeVariables?.fontFamily as string | undefined]
      .filter((value): value is string => typeof value === 'string')
      .flatMap(value => value.split(','))
      .map(family => family.trim().replace(/^["']|["']$/g, ''))
      .filter(Boolean)),
  ]
}

/** Weights a label can be drawn in: Mermaid's normal text and its bold titles. */
const weights = [400, 700]

const fileHashes = new Map<string, string>()
function hashFile(file: string): string {
  if (!fileHashes.has(file))
    fileHashes.set(file, createHash('sha256').update(readFileSync(file)).digest('hex'))
  return fileHashes.get(file)!
}

/**
 * The fonts a diagram is drawn with: every family its configuration names
 * that comes from a Fontsource package, each named subset of it in the
 * regular and bold weights (the page loads only those its labels need),
 * the file without a range first, so that a file with one wins for its
 * characters. A family without one is drawn with what the system has, as in
 * the deck.
 */
export function diagramFonts(root: string, families: string[]): DiagramFont[] {
  return families.flatMap((family) => {
    const font = findFontsource(family, root)
    return font
      ? weights.flatMap(weight => [...font.subsets].reverse().map(subset => ({
          subset,
          file: fontsourceFile(font, subset.name, weight),
        })).filter(({ file }) => existsSync(file)).map(({ subset, file }) => ({
          family: font.family,
          weight,
          file,
          range: subset.range,
          hash: hashFile(file),
        })))
      : []
  })
}

/** Reads what the deck's diagrams depend on. */
export async function diagramSettings(options: Pick<ResolvedSlidevOptions, 'roots' | 'userRoot' | 'data'>): Promise<DiagramSettings> {
  const setups = await mermaidSetups(options)
  const config = (scheme: Scheme): MermaidConfig => ({
    startOnLoad: false,
    theme: 'default',
    ...Object.assign({}, ...setups[scheme].map(defined)),
    ...(scheme === 'dark'
      ? { theme: 'dark' }
      : {}),
  })
  const both = {
    light: config('light'),
    dark: config('dark'),
  }
  return {
    root: options.userRoot,
    mermaid: slidevMermaid(options.userRoot),
    config: both,
    fonts: diagramFonts(options.userRoot, configFamilies(both.light)),
  }
}

/** The cache key of a diagram drawn from `source` in `scheme` with `settings`. */
export function diagramKey(settings: Pick<DiagramSettings, 'mermaid' | 'config' | 'fonts'>, source: string, scheme: Scheme): string {
  return createHash('sha256').update(JSON.stringify([
    drawingVersion,
    settings.mermaid.version,
    settings.config[scheme],
    settings.fonts.map(font => [
      font.family,
      font.weight,
      font.range,
      font.hash,
    ]),
    source.trim(),
    scheme,
  ])).digest('hex').slice(0, 24)
}
