import type { Buffer } from 'node:buffer'
import type { Fontsource } from './fontsource.ts'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import subsetFont from 'subset-font'
import { bySubset, fontsourceFile, unicodeRange } from './fontsource.ts'

/** Printable ASCII, in the first part whatever the deck says: Slidev's own controls and numbers need it. */
const ascii = Array.from({ length: 0x7F - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)).join('')

/**
 * The characters of a deck in parts, each part a set of characters first
 * used there: what slide 1 shows (with printable ASCII and `first`, the
 * words around the slides that its Markdown does not hold) alone, then the
 * slides in order, a part closed once it holds `size` new characters (a
 * few kilobytes of font), then
 * the notes and then everything else in the same way. A page loads the
 * parts its characters are in: slide 1 only its own, a later slide its own
 * and a few before it.
 */
export function characterParts(slides: { text: string, note: string }[], rest: string, { size = 32, first = '' }: { size?: number, first?: string } = {}): string[][] {
  const seen = new Set<string>()
  const parts: string[][] = []
  let part: string[] = []
  const close = (): void => {
    if (part.length > 0)
      parts.push(part)
    part = []
  }
  const add = (text: string): void => {
    for (const char of text) {
      if (!seen.has(char) && char.codePointAt(0)! >= 0x20) {
        seen.add(char)
        part.push(char)
      }
    }
  }
  add(ascii)
  add(first)
  slides.forEach((slide, i) => {
    add(slide.text)
    if (i === 0 || part.length >= size)
      close()
  })
  close()
  for (const text of [
    ...slides.map(slide => slide.note),
    rest,
  ]) {
    add(text)
    if (part.length >= size)
      close()
  }
  close()
  return parts
}

const codeFile = /\.(?:vue|[cm]?[jt]sx?)$/
const conventionalDirs = ['components', 'layouts', 'setup']
const relativeImport = /(?:\bfrom|\bimport\(?)\s*['"](\.{1,2}\/[^'"]+)['"]/g

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec)
  return [
    base,
    ...[
      '.ts',
      '.vue',
      '.js',
      '.mts',
      '.mjs',
      '/index.ts',
      '/index.js',
    ].map(ext => `${base}${ext}`),
  ]
    .find(file => codeFile.test(file) && existsSync(file) && statSync(file).isFile())
}

function filesUnder(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile() && codeFile.test(entry.name))
        .map(entry => join(entry.parentPath, entry.name))
    : []
}

/**
 * The text of the deck's own code, whatever a slide may show besides its
 * Markdown: each root's global layers (`*.vue` beside its slides), its
 * components, layouts and setups, the scripts of `slides` (Markdown files
 * and their content), and every file those import by a relative path
 * (data, an addon's words). Packages are left out: their words are Slidev's
 * controls, in ASCII.
 */
export function sourceText(roots: string[], slides: { file: string, content: string }[]): string {
  const seen = new Set<string>()
  const texts: string[] = []
  const visit = (file: string, text = readFileSync(file, 'utf8')): void => {
    texts.push(text)
    for (const [, spec] of text.matchAll(relativeImport)) {
      const target = resolveImport(file, spec!)
      if (target && !seen.has(target)) {
        seen.add(target)
        visit(target)
      }
    }
  }
  for (const root of roots.filter(root => !root.split(sep).includes('node_modules'))) {
    const files = [
      ...readdirSync(root).filter(name => name.endsWith('.vue')).map(name => join(root, name)),
      ...conventionalDirs.flatMap(dir => filesUnder(join(root, dir))),
    ]
    for (const file of files.filter(file => !seen.has(file))) {
      seen.add(file)
      visit(file)
    }
  }
  for (const slide of slides)
    visit(slide.file, slide.content)
  return texts.join('\n')
}

/** One `@font-face` of a subset: its file and the characters it holds. */
export interface SubsetFace {
  family: string
  weight: number
  style: string
  file: string
  range: string
}

/** Bumped when subsets are cut differently, so none cut the old way is reused. */
const subsetVersion = 1

/**
 * Cuts, for one weight and style of a Fontsource package (`only` one of its
 * named subsets, or all), a WOFF2 file per part of `parts` per named subset
 * with exactly the characters of that part it covers, into `cache`; a file
 * cut before from the same font and characters is reused.
 */
export async function cutSubsets(font: Fontsource, weight: number, style: string, parts: string[][], cache: string, only?: string): Promise<SubsetFace[]> {
  const subsets = font.subsets.filter(subset => only === undefined || subset.name === only)
  // Each character in one file only: the first subset that covers it.
  const shares = parts.map(part => bySubset({ ...font, subsets }, part))
  const faces: SubsetFace[] = []
  await mkdir(cache, { recursive: true })
  for (const subset of subsets) {
    const source = fontsourceFile(font, subset.name, weight, style)
    if (!existsSync(source))
      continue
    const bytes = await readFile(source)
    const sourceHash = createHash('sha256').update(bytes).digest('hex')
    // Unpacked once: cutting from WOFF2 unpacks it every time, a second a cut for Noto Sans SC.
    let unpacked: Promise<Buffer> | undefined
    for (const [i, share] of shares.entries()) {
      const chars = share.get(subset.name) ?? []
      if (chars.length === 0)
        continue
      const key = createHash('sha256').update(JSON.stringify([
        subsetVersion,
        sourceHash,
        chars.join(''),
      ])).digest('hex').slice(0, 16)
      const file = join(cache, `${font.id}-${subset.name}-${weight}-${style}-${i + 1}-${key}.woff2`)
      if (!existsSync(file)) {
        // keepAllGlyphs (subset-font 2.5) is newer than @types/subset-font.
        unpacked ??= subsetFont(bytes, '', { keepAllGlyphs: true, targetFormat: 'sfnt' } as Parameters<typeof subsetFont>[2])
        await writeFile(`${file}.tmp`, await subsetFont(await unpacked, chars.join(''), { targetFormat: 'woff2' }))
        await rename(`${file}.tmp`, file)
      }
      faces.push({
        family: font.family,
        weight,
        style,
        file,
        range: unicodeRange(chars),
      })
    }
  }
  return faces
}

/** The `@font-face` rules of `faces`, each file addressed by `url(file)`. */
export function fontFaces(faces: SubsetFace[], url: (file: string) => string): string {
  return faces.map(face => `@font-face {
  font-family: '${face.family}';
  font-style: ${face.style};
  font-display: swap;
  font-weight: ${face.weight};
  src: url(${url(face.file)}) format('woff2');
  unicode-range: ${face.range};
}`).join('\n')
}
