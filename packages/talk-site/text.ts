/** A Chinese character. */
export const han = /\p{Script=Han}/u

/** Every Chinese character of a text, for counting. */
export const hanGlobal = new RegExp(han, 'gu')

/** A Chinese character or a CJK / full-width punctuation mark. */
export const cjk = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u
const cjkRun = new RegExp(`${cjk.source}+`, 'gu')

/** The runs of Chinese text in `text`, apart from the `allowed` names in it. */
export function cjkRuns(text: string, allowed: readonly string[] = []): string[] {
  const rest = allowed.reduce((t, name) => t.replaceAll(name, ' '), text)
  return rest.match(cjkRun) ?? []
}

/**
 * Joins the lines of a wrapped paragraph the way each script reads: nothing
 * between lines that meet at a Chinese character or full-width mark, a space
 * between anything else (Markdown and HTML show every line break as a space).
 */
export function joinWrappedLines(text: string): string {
  return text.replace(/(\S)[ \t]*\n[ \t]*(?=(\S))/g, (_, before: string, after: string) =>
    cjk.test(before) || cjk.test(after)
      ? before
      : `${before} `)
}

/** Slidev's click markers in notes (`[click]`, `[click:3]`), which only the presenter's view uses. */
const clickMarker = /\[click(?::\d+)?\]\s*/g

/** Notes as a reader gets them: without Slidev's click markers. */
export function withoutClickMarkers(note: string): string {
  return note.replace(clickMarker, '')
}

/**
 * Markdown's inline markup taken out, the words kept: `**bold**`, `_em_`,
 * `` `code` ``, `~~struck~~`, `[a link](…)` and `![a picture](…)` become
 * their text, `# ` at a line's start goes, `\*` becomes `*`. HTML stays as
 * written (notes are text: see notesAsText).
 */
export function markdownAsText(text: string): string {
  // Code spans keep what is in them: set aside first, put back last.
  const code: string[] = []
  const kept = text.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_, __: string, inside: string) => `\u0000${code.push(inside.trim()) - 1}\u0000`)
  return kept
    .replace(/!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/(?<![\w*~\\])(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1(?![\w*~])/g, '$2')
    .replace(/(?<![\w*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?![\w*])/g, '$1')
    .replace(/(?<![\w\\])_(?=[^\s_])([^_\n]*?[^\s_\\])_\b/g, '$1')
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!~<>|])/g, '$1')
    .replace(/\0(\d+)\0/g, (_, i: string) => code[Number(i)]!)
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: '\'',
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
}

/**
 * A heading as plain words, whatever its markup: Markdown's (`markdownAsText`)
 * and HTML's (`<span class="…">`, `<br>`, `&amp;`), spaces collapsed.
 */
export function headingText(heading: string): string {
  // HTML is taken out of the text, not out of code spans (`<div>` stays).
  const withoutTags = heading.split(/(`+[^`]*`+)/).map((part, i) => i % 2 === 1
    ? part
    : part.replace(/<br\s*\/?>/gi, ' ').replace(/<\/?[a-z][^<>]*>/gi, '')).join('')
  return markdownAsText(withoutTags)
    .replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi, (whole, decimal?: string, hex?: string, name?: string) => decimal || hex
      ? String.fromCodePoint(Number.parseInt(decimal ?? hex!, decimal ? 10 : 16))
      : entities[name!.toLowerCase()] ?? whole)
    .replace(/\s+/g, ' ')
    .trim()
}

/** Where a sentence ends: after `.`, `!`, `?` (and a closing quote) before a space, or after a Chinese full stop. */
const sentenceEnd = /(?<=[.!?…][”’"')]?)\s+|(?<=[。！？][”’」』）]?)/u

/**
 * Speaker notes as paragraphs for reading: click markers out, a blank line
 * or a line that ends a sentence ends a paragraph, and the lines of a
 * wrapped sentence join as `joinWrappedLines` joins them.
 */
export function noteParagraphs(note: string): string[] {
  return withoutClickMarkers(note)
    .split(/\n\s*\n|(?<=[.!?…。！？][”’"')」』）]?)[ \t]*\n/u)
    .map(paragraph => joinWrappedLines(paragraph.trim()).replace(/\s+/g, ' '))
    .filter(Boolean)
}

/** The first sentence of a text, with its closing mark: what a link preview says about a slide. */
export function firstSentence(text: string): string {
  const flat = noteParagraphs(text)[0] ?? ''
  return flat.split(sentenceEnd)[0]!.trim()
}

/** Text or an attribute value as HTML writes it. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, c => ({
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
  })[c]!)
}

/** Notes as Markdown that shows every HTML tag in them as written: `<img onerror=…>` stays text. */
export function notesAsText(note: string): string {
  return note.replace(/</g, '&lt;')
}
