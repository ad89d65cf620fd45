import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { load, parseTimeString, resolveConfig } from '@slidev/parser/fs'
import { defaultExportFilename } from '../paths.ts'
import { headingText, joinWrappedLines, markdownAsText } from '../text.ts'

/** One slide of a deck as its source describes it. */
export interface DeckSlide {
  /** 1-based, as in the URL `/no`. */
  no: number
  title: string
  /** Source file relative to the working directory, with the slide's first line: `slides/en/03-open-source.md:127`. */
  where: string
  file: string
  note: string
  frontmatter: Record<string, unknown>
  /** The code of every ```mermaid block on the slide, in order. */
  mermaid: string[]
  /** Whether the slide reveals anything click by click (`v-click`, `v-clicks`, `v-after`, `clicks:`). */
  clicks: boolean
}

/** What the headmatter says about the whole deck. */
export interface DeckInfo {
  title: string
  /** Base name of exported files, e.g. `my-talk.en`. */
  exportFilename: string
  description: string
  author: string
  /** The headmatter's `lang:`. */
  lang: string
  keywords: string[]
  /** The sans-serif fonts of the headmatter, in order: `['Noto Sans', 'Noto Sans SC']`. */
  fonts: string[]
  /** Slidev's canvas in CSS pixels (980×552 unless the headmatter says otherwise). */
  canvas: { width: number, height: number }
  /** The headmatter's `favicon:`, else Slidev's default, which is on another host. */
  favicon: string
  /** How long the talk takes, in seconds, as the headmatter's `duration:` says (`25min`); undefined when it says nothing. */
  duration?: number
}

/**
 * How every message names a slide: `slide 24 (slides/en/06-afterwards.md:36,
 * "Timeline 2013–2021")`. `where` points at a line inside the slide instead
 * of its first one.
 */
export function slideLabel(slide: Pick<DeckSlide, 'no' | 'title' | 'where'>, where = slide.where): string {
  return `slide ${slide.no} (${where}, "${slide.title}")`
}

const mermaidBlock = /^```mermaid[^\n]*\n([\s\S]*?)^```/gm

async function read(entry: string): Promise<Awaited<ReturnType<typeof load>>> {
  const file = resolve(entry)
  if (!existsSync(file))
    throw new Error(`Deck entry ${entry} does not exist.`)
  const root = dirname(file)
  const data = await load({
    roots: [root],
    userRoot: root,
  }, file)
  const errors = Object.values(data.markdownFiles).flatMap(md =>
    (md.errors ?? []).map(e => `${relative(process.cwd(), md.filepath)}:${e.row + 1}: ${e.message}`))
  if (errors.length > 0)
    throw new Error(`The deck ${entry} cannot be read:\n${errors.join('\n')}`)
  return data
}

/** A name for the exported files that stays in the folder it is written to: no folders, no leading dot. */
const plainFileName = /^[^/\\.:*?"<>|][^/\\:*?"<>|]*$/

export async function loadDeckInfo(entry = 'slides.md'): Promise<DeckInfo> {
  const { headmatter } = await read(entry)
  const config = resolveConfig(headmatter)
  const text = (value: unknown): string => typeof value === 'string'
    ? value.trim()
    : ''
  const exportFilename = text(config.exportFilename) || defaultExportFilename
  if (!plainFileName.test(exportFilename))
    throw new Error(`${entry}: exportFilename "${exportFilename}" is not a plain file name: give a name such as my-talk.en, without folders (the PDFs are written into --out).`)
  return {
    title: headingText(text(config.title)),
    exportFilename,
    description: markdownAsText(joinWrappedLines(text(config.info))),
    author: text(config.author),
    lang: text(headmatter.lang),
    keywords: text(headmatter.keywords).split(',').map(k => k.trim()).filter(Boolean),
    fonts: text((headmatter.fonts as Record<string, unknown> | undefined)?.sans).split(',').map(font => font.trim()).filter(Boolean),
    favicon: text(config.favicon),
    // The height rounded up, as Slidev's client does, so no page spills onto a second one.
    canvas: {
      width: config.canvasWidth,
      height: Math.ceil(config.canvasWidth / config.aspectRatio),
    },
    ...(typeof headmatter.duration === 'string' || typeof headmatter.duration === 'number'
      ? { duration: parseTimeString(headmatter.duration).seconds }
      : {}),
  }
}

type SourceSlide = Awaited<ReturnType<typeof load>>['slides'][number]

/** `file:line` of a frontmatter key of a slide, else of the slide's first line. */
function lineOf(slide: SourceSlide, key: string): string {
  const at = slide.source.raw.split('\n').findIndex(line => line.startsWith(`${key}:`))
  return `${relative(process.cwd(), slide.source.filepath)}:${slide.source.start + Math.max(at, 0) + 1}`
}

/** What is wrong with a slide's frontmatter, as `file:line: message`. */
function frontmatterProblems(slide: SourceSlide): string[] {
  const { seconds } = slide.frontmatter
  return seconds === undefined || (typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0)
    ? []
    : [`${lineOf(slide, 'seconds')}: seconds: ${JSON.stringify(seconds)} is not a positive number of seconds: give the time the slide is planned to take, such as seconds: 45, or leave it out for a slide that plans none.`]
}

/**
 * A slide's title as plain words: its first heading (or `title:`) whatever
 * its markup, else the first line of text it shows (a slide without a
 * heading), else nothing (a slide that shows only a picture).
 */
export function slideTitle(heading: string | number | undefined, content: string): string {
  const titled = headingText(String(heading ?? ''))
  if (titled)
    return titled
  const shown = content
    .replace(/^(?:```|~~~)[^\n]*\n(?:(?!```|~~~)[^\n]*\n)*(?:```|~~~)/gm, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->|<\/?[a-z][^>]*>/gi, ' ')
    .split('\n')
    // Slot markers (`::right::`), Vue expressions and table rows are not what a slide says.
    .filter(line => !/^\s*(?:::[\w-]+::|\||\{\{)/.test(line))
    .map(line => headingText(line.replace(/^\s*(?:[-*+>]|\d+\.)\s+/, '')))
    .find(line => /[\p{L}\p{N}]/u.test(line)) ?? ''
  return shown.length > 80
    ? `${shown.slice(0, 79)}…`
    : shown
}

/**
 * What is wrong with the deck's own layout a slide uses (`layouts/<name>.vue`
 * beside the entry), as `file:line: message`: its root element must carry
 * Slidev's `slidev-layout` class or the addon's mark, or the build cannot
 * tell the slide from one still loading.
 */
function layoutProblems(slide: SourceSlide, root: string, defaults: unknown): string[] {
  const name = slide.frontmatter.layout ?? (defaults as { layout?: unknown } | undefined)?.layout ?? (slide.index === 0
    ? 'cover'
    : 'default')
  const file = join(root, 'layouts', `${String(name)}.vue`)
  if (typeof name !== 'string' || !existsSync(file))
    return []
  const text = readFileSync(file, 'utf8')
  const template = /<template>\s*(?:<!--[\s\S]*?-->\s*)*<([\w-]+)(\s[^>]*)?>/.exec(text)
  // A root that is a component (another layout) takes its root element's class.
  if (!template || /^[A-Z]|-/.test(template[1]!) || /slidev-layout|data-talk-site-layout/.test(template[2] ?? ''))
    return []
  const line = text.split('\n').findIndex(l => l.includes('<template')) + 1
  return [`${relative(process.cwd(), file)}:${Math.max(line, 1)}: slide ${slide.index + 1} uses this layout, whose root element has neither class="slidev-layout" nor data-talk-site-layout: add data-talk-site-layout to its root element (it adds no style), so the build can tell the slide has loaded.`]
}

/** Reads a deck the way Slidev does, following `src:` imports; throws naming every slide whose frontmatter or layout is wrong. */
export async function loadDeck(entry = 'slides.md'): Promise<DeckSlide[]> {
  const data = await read(entry)
  const root = dirname(resolve(entry))
  const problems = [
    ...data.slides.flatMap(frontmatterProblems),
    ...data.slides.flatMap(slide => layoutProblems(slide, root, data.headmatter.defaults)),
  ]
  if (problems.length > 0)
    throw new Error(`The deck ${entry} has slides to fix:\n${problems.join('\n')}`)
  return data.slides.map((slide) => {
    const source = relative(process.cwd(), slide.source.filepath)
    if (!existsSync(slide.source.filepath))
      throw new Error(`Slide ${slide.index + 1} imports ${source}, which does not exist.`)
    return {
      no: slide.index + 1,
      title: slideTitle(slide.title, slide.content),
      file: source,
      where: `${source}:${slide.source.start + 1}`,
      note: slide.note?.trim() ?? '',
      frontmatter: slide.frontmatter,
      mermaid: [
        ...slide.content.matchAll(mermaidBlock),
      ].map(match => match[1]!),
      clicks: /\bv-(?:clicks?|after)\b/.test(slide.content) || slide.frontmatter.clicks !== undefined,
    }
  })
}
