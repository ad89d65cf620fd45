import { existsSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import process from 'node:process'
import { load } from '@slidev/parser/fs'
import { joinWrappedLines } from '../../data/locale'

/** One slide of the deck as its source describes it. */
export interface DeckSlide {
  /** 1-based, as in the URL `/no`. */
  no: number
  title: string
  /** Source file relative to the project root, with the slide's first line: `slides/03-open-source.md:127`. */
  where: string
  file: string
  note: string
  frontmatter: Record<string, unknown>
  /** The code of every ```mermaid block on the slide, in order. */
  mermaid: string[]
}

/** What the headmatter says about the whole deck. */
export interface DeckInfo {
  title: string
  /** Base name of exported files, e.g. `coreos-story.zh-CN`. */
  exportFilename: string
  description: string
  lang: string
  keywords: string
  /** The sans-serif fonts of the headmatter, in order: `['Noto Sans', 'Noto Sans SC']`. */
  fonts: string[]
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

function text(value: unknown): string {
  return typeof value === 'string'
    ? value.trim()
    : ''
}

export async function loadDeckInfo(entry = 'slides.md'): Promise<DeckInfo> {
  const { headmatter } = await read(entry)
  const htmlAttrs = headmatter.htmlAttrs as Record<string, unknown> | undefined
  return {
    title: text(headmatter.title),
    exportFilename: text(headmatter.exportFilename) || 'slides',
    description: joinWrappedLines(text(headmatter.info)),
    lang: text(htmlAttrs?.lang),
    keywords: text(headmatter.keywords),
    fonts: text((headmatter.fonts as Record<string, unknown> | undefined)?.sans).split(',').map(font => font.trim()).filter(Boolean),
  }
}

/** Reads a deck the way Slidev does, following `src:` imports. */
export async function loadDeck(entry = 'slides.md'): Promise<DeckSlide[]> {
  const data = await read(entry)
  return data.slides.map((slide) => {
    const source = relative(process.cwd(), slide.source.filepath)
    if (!existsSync(slide.source.filepath))
      throw new Error(`Slide ${slide.index + 1} imports ${source}, which does not exist.`)
    return {
      no: slide.index + 1,
      title: slide.title ?? '',
      file: source,
      where: `${source}:${slide.source.start + 1}`,
      note: slide.note?.trim() ?? '',
      frontmatter: slide.frontmatter,
      mermaid: [
        ...slide.content.matchAll(mermaidBlock),
      ].map(match => match[1]!),
    }
  })
}
