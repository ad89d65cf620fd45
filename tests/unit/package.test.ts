// The package a speaker installs: what the deck loads never reaches for the
// tool's Node code, and every package its files import is one it declares.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = 'packages/talk-site'
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
  peerDependencies: Record<string, string>
  files: string[]
}

/** Every TypeScript and Vue file of the package, by its path inside it. */
const sources = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter(entry => entry.isFile() && /\.(?:ts|vue)$/.test(entry.name) && !entry.parentPath.includes('node_modules'))
  .map(entry => relative(root, join(entry.parentPath, entry.name)))

/** What a file imports: the specifiers of its import statements and dynamic imports. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8')
  return [
    ...text.matchAll(/^\s*(?:import|export)\s[^'"`]*?from\s+'([^']+)'|\bimport\('([^']+)'\)/gm),
  ].map(match => match[1] ?? match[2]!)
}

/** A bare specifier's package: `@slidev/parser/fs` → `@slidev/parser`. */
function packageOf(specifier: string): string {
  return specifier.startsWith('@')
    ? specifier.split('/').slice(0, 2).join('/')
    : specifier.split('/')[0]!
}

/**
 * What the deck loads in the browser: the addon's client side, its one
 * client setup (keys) and the modules both sides share. Its other setup
 * files and vite/ run in Slidev's Node process.
 */
const runtime = sources.filter(file => /^(?:client|components)\/|^setup\/shortcuts\.ts$|^[^/]+\.(?:ts|vue)$/.test(file) && file !== 'vite.config.ts')

describe('the package slidev-addon-talk-site', () => {
  it('keeps what the deck loads apart from the tool: no import of node/, commands/ or the printing packages', () => {
    const nodeOnly = [
      'playwright-core',
      'sharp',
      'pdf-lib',
      'send',
      'subset-font',
      'workbox-build',
      'tsx',
    ]
    const crossing = runtime.flatMap(file => importsOf(file)
      .filter(specifier => /(?:^|\/)(?:node|commands)\//.test(specifier) || nodeOnly.includes(packageOf(specifier)) || specifier.startsWith('node:'))
      .map(specifier => `${file} imports ${specifier}`))
    expect(runtime.length).toBeGreaterThan(10)
    expect(crossing).toEqual([])
  })

  it('declares every package its files import (Slidev\'s client, types and Vite come with @slidev/cli)', () => {
    const declared = new Set([
      ...Object.keys(manifest.dependencies),
      ...Object.keys(manifest.peerDependencies),
      '@slidev/client',
      '@slidev/types',
      'vite',
    ])
    const undeclared = sources.flatMap(file => importsOf(file)
      .filter(specifier => !specifier.startsWith('.') && !specifier.startsWith('node:') && !specifier.startsWith('virtual:'))
      .filter(specifier => !declared.has(packageOf(specifier)))
      .map(specifier => `${file} imports ${specifier}`))
    expect(undeclared).toEqual([])
  })

  it('publishes every file the package is made of, and none of its tests', () => {
    const published = (file: string): boolean => manifest.files.some(pattern => pattern === '*.ts' || pattern === '*.vue'
      ? !file.includes('/') && file.endsWith(pattern.slice(1))
      : file.startsWith(`${pattern}/`))
    expect(sources.filter(file => !published(file))).toEqual([])
    expect(sources.filter(file => file.endsWith('.test.ts'))).toEqual([])
  })
})
