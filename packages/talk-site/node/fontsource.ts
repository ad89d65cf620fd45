import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * A Fontsource package (`@fontsource/noto-sans-sc`) as the addon reads it:
 * its family, version and named subsets (`latin`, `chinese-simplified`),
 * each a whole WOFF2 file per weight and style, and the characters each
 * covers (`undefined`: whatever the file has, as for `chinese-simplified`).
 * The numbered slices Fontsource also ships are left aside: a subset of the
 * deck is cut from the named files.
 */
export interface Fontsource {
  dir: string
  id: string
  family: string
  version: string
  subsets: { name: string, range?: string }[]
}

/** Reads the Fontsource package in `dir`. */
export function readFontsource(dir: string): Fontsource {
  const meta = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as { id: string, family: string, subsets: string[] }
  const ranges = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version
  return {
    dir,
    id: meta.id,
    family: meta.family,
    version,
    // Files with a range first: a character goes to the first file that covers it, the catch-all last.
    subsets: meta.subsets
      .map(name => ({ name, range: ranges[name] }))
      .sort((a, b) => Number(a.range === undefined) - Number(b.range === undefined)),
  }
}

/** The Fontsource package of `family` installed for the deck in `root` (`Noto Sans SC` → `@fontsource/noto-sans-sc`), if any. */
export function findFontsource(family: string, root: string): Fontsource | undefined {
  const name = `@fontsource/${family.trim().replace(/^["']|["']$/g, '').toLowerCase().replace(/\s+/g, '-')}`
  try {
    const dir = dirname(createRequire(join(root, 'package.json')).resolve(`${name}/package.json`))
    return existsSync(join(dir, 'metadata.json'))
      ? readFontsource(dir)
      : undefined
  }
  catch {
    return undefined
  }
}

/** The WOFF2 file of one named subset of a Fontsource package. */
export function fontsourceFile(font: Fontsource, subset: string, weight: number, style = 'normal'): string {
  return join(font.dir, 'files', `${font.id}-${subset}-${weight}-${style}.woff2`)
}

/** Whether code point `cp` is in a CSS `unicode-range` value (`U+0000-00FF,U+0131`). */
export function inUnicodeRange(range: string, cp: number): boolean {
  return range.split(',').some((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-')
    return cp >= Number.parseInt(from!, 16) && cp <= Number.parseInt(to!, 16)
  })
}

/** A CSS `unicode-range` of exactly `chars`, consecutive code points joined: `U+41-43,U+4E2D`. */
export function unicodeRange(chars: Iterable<string>): string {
  const points = [
    ...new Set([...chars].map(c => c.codePointAt(0)!)),
  ].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < points.length; i++) {
    const from = points[i]!
    while (points[i + 1] === points[i]! + 1)
      i++
    const to = points[i]!
    parts.push(from === to
      ? `U+${from.toString(16).toUpperCase()}`
      : `U+${from.toString(16).toUpperCase()}-${to.toString(16).toUpperCase()}`)
  }
  return parts.join(',')
}

/** `chars` shared out to the named subsets of `font` that cover them, in the package's order. */
export function bySubset(font: Fontsource, chars: Iterable<string>): Map<string, string[]> {
  const shares = new Map<string, string[]>()
  for (const char of chars) {
    const cp = char.codePointAt(0)!
    const subset = font.subsets.find(s => s.range === undefined || inUnicodeRange(s.range, cp))
    if (subset) {
      shares.set(subset.name, [
        ...(shares.get(subset.name) ?? []),
        char,
      ])
    }
  }
  return shares
}
