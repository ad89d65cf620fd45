// The two packages a speaker installs: the addon (slidev-addon-talk-site,
// what the deck and its build load) and its command (talk-site: build, print,
// publish). Each declares what it imports and nothing crosses the wrong way.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

interface Manifest {
  name: string
  dependencies: Record<string, string>
  peerDependencies: Record<string, string>
  files: string[]
}

interface Package {
  root: string
  manifest: Manifest
  /** Every TypeScript, Vue and JavaScript file of the package but its tests, by its path inside it. */
  sources: string[]
}

function readPackage(root: string): Package {
  return {
    root,
    manifest: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest,
    sources: readdirSync(root, { recursive: true, withFileTypes: true })
      .filter(entry => entry.isFile() && /\.(?:ts|vue|js)$/.test(entry.name) && !/node_modules|\/tests\b/.test(entry.parentPath))
      .map(entry => relative(root, join(entry.parentPath, entry.name))),
  }
}

const addon = readPackage('packages/talk-site')
const command = readPackage('packages/talk-site-cli')

/** What a file imports: the specifiers of its import statements and dynamic imports. */
function importsOf(pkg: Package, file: string): string[] {
  const text = readFileSync(join(pkg.root, file), 'utf8')
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

/** Each import of the package's files that `bad` picks out, as `file imports specifier`. */
function importsWhere(pkg: Package, files: string[], bad: (specifier: string) => boolean): string[] {
  return files.flatMap(file => importsOf(pkg, file).filter(bad).map(specifier => `${file} imports ${specifier}`))
}

/** What only printing and publishing need: the command's packages. */
const printing = [
  'playwright-core',
  'sharp',
  'pdf-lib',
  'send',
  'tsx',
  'talk-site',
]

describe.each([addon, command])('the package in $root', (pkg) => {
  it('declares every package its files import (Slidev\'s client, types and Vite come with @slidev/cli)', () => {
    const declared = new Set([
      ...Object.keys(pkg.manifest.dependencies),
      ...Object.keys(pkg.manifest.peerDependencies),
      '@slidev/client',
      '@slidev/types',
      'vite',
    ])
    expect(importsWhere(pkg, pkg.sources, specifier => !/^(?:\.|node:|virtual:)/.test(specifier) && !declared.has(packageOf(specifier)))).toEqual([])
  })

  it('declares no package it does not import', () => {
    const imported = new Set(pkg.sources.flatMap(file => importsOf(pkg, file).map(packageOf)))
    expect(Object.keys(pkg.manifest.dependencies).filter(name => !imported.has(name))).toEqual([])
  })

  it('publishes every file it is made of', () => {
    const published = (file: string): boolean => pkg.manifest.files.some(pattern => pattern.startsWith('*.')
      ? !file.includes('/') && file.endsWith(pattern.slice(1))
      : file.startsWith(`${pattern}/`))
    expect(pkg.sources.filter(file => !published(file))).toEqual([])
  })
})

describe('between the two packages', () => {
  it('the addon needs nothing of the command: no import of it or of the printing packages', () => {
    expect(addon.sources.length).toBeGreaterThan(30)
    expect(importsWhere(addon, addon.sources, specifier => printing.includes(packageOf(specifier)) || /talk-site-cli/.test(specifier))).toEqual([])
  })

  it('what the deck loads in the browser (client, components, the key setup, shared modules) imports nothing of Node', () => {
    const browser = addon.sources.filter(file => /^(?:client|components|layouts)\/|^setup\/shortcuts\.ts$|^[^/]+\.(?:ts|vue)$/.test(file) && file !== 'vite.config.ts')
    expect(browser.length).toBeGreaterThan(10)
    expect(importsWhere(addon, browser, specifier => /(?:^|\/)node\//.test(specifier) || specifier.startsWith('node:') || [
      'subset-font',
      'mermaid',
      'vite-plugin-pwa',
      'workbox-build',
      '@slidev/parser',
    ].includes(packageOf(specifier)))).toEqual([])
  })

  it('what the deck loads in the browser takes nothing of the site config\'s schema (zod), through the addon\'s entry or itself', () => {
    const client = addon.sources.filter(file => /^(?:client|components|layouts)\/|^setup\/shortcuts\.ts$/.test(file))
    expect(client.length).toBeGreaterThan(5)
    const valueImports = (file: string): string[] => [
      ...readFileSync(join(addon.root, file), 'utf8').matchAll(/^\s*(?:import|export)\s(?!type\b)[^'"`]*?from\s+'([^']+)'/gm),
    ].map(match => `${file} imports ${match[1]}`)
    expect(client.flatMap(valueImports).filter(line => /imports (?:zod|(?:\.\.\/)+index\.ts|slidev-addon-talk-site)$/.test(line))).toEqual([])
  })

  it('the command reaches the addon only through its published exports', () => {
    const exported = Object.keys((JSON.parse(readFileSync(join(addon.root, 'package.json'), 'utf8')) as { exports: Record<string, string> }).exports)
    const reachable = (specifier: string): boolean => exported.some(key => key === `.${specifier.slice('slidev-addon-talk-site'.length)}`
      || (key.endsWith('/*') && specifier.startsWith(`slidev-addon-talk-site${key.slice(1, -1)}`)))
    expect(importsWhere(command, command.sources, specifier => specifier.includes('talk-site/') && !specifier.startsWith('slidev-addon-talk-site'))).toEqual([])
    expect(importsWhere(command, command.sources, specifier => packageOf(specifier) === 'slidev-addon-talk-site' && !reachable(specifier))).toEqual([])
  })
})
