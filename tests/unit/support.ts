/**
 * Helpers shared by the unit tests: where the deck's files are, what the
 * audience sees of them, and every string the data puts on a slide.
 *
 * Paths are built from `process.cwd()` (the project root when Vitest runs),
 * because `new URL(file, import.meta.url)` does not resolve under happy-dom.
 */
import type { DeckSlide } from '../../packages/talk-site/node/deck'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { expect } from 'vitest'
import { chapters } from '../../data/chapters'
import { etcd2014, kroahHartman, marineauTags } from '../../data/commits'
import { acquisition, adviser, customers, founders, successors } from '../../data/company'
import { channels } from '../../data/container-linux'
import { corrections } from '../../data/corrections'
import { fundingRounds } from '../../data/funding'
import { coreosChain, redhatChain } from '../../data/products'
import { projects } from '../../data/projects'
import { sources } from '../../data/sources'
import { talk } from '../../data/talk'
import { timeline } from '../../data/timeline'
import { locales } from '../../data/types'
import { ui } from '../../data/ui'
import { slideLabel } from '../../packages/talk-site/node/deck'
import site from '../../site.config'

/** The talk's editions (site.config.ts), the default one first. */
export const editionList = site.editions

/** An absolute path inside the project. */
export function projectPath(...parts: string[]): string {
  return resolve(process.cwd(), ...parts)
}

export function readProjectFile(file: string): string {
  return readFileSync(projectPath(file), 'utf8')
}

const htmlComment = /<!--[\s\S]*?-->/g
const lineBreak = /\n/g

/**
 * A deck file with its speaker notes (HTML comments) blanked out. Newlines are
 * kept, so line numbers still match the source file.
 */
export function visibleText(source: string): string {
  return source.replace(htmlComment, comment => comment.replace(/[^\n]/g, ''))
}

/** The source of one slide, from its first line to the next slide's. */
export function sourceOf(deck: DeckSlide[], slide: DeckSlide): string {
  const lines = readProjectFile(slide.file).split('\n')
  const from = Number(slide.where.split(':').at(-1)) - 1
  const following = deck.find(s => s.no > slide.no && s.file === slide.file)
  const to = following
    ? Number(following.where.split(':').at(-1)) - 1
    : lines.length
  return lines.slice(from, to).join('\n')
}

/** 1-based line number of an index into a text. */
export function lineOf(text: string, index: number): number {
  return (text.slice(0, index).match(lineBreak)?.length ?? 0) + 1
}

/** The files a deck is read from, in deck order: its entry (which holds the cover) and every `src:` import. */
export function deckFiles(deck: DeckSlide[]): string[] {
  return [
    ...new Set(deck.map(slide => slide.file)),
  ]
}

/** Names the slide that contains `file:line`, for failure messages: `slide 24 (slides/en/06-afterwards.md:40, "Timeline 2013–2021")`. */
export function slideAt(deck: DeckSlide[], file: string, line: number): string {
  const candidates = deck.filter(slide => slide.file === file && Number(slide.where.split(':').at(-1)) <= line)
  const slide = candidates.at(-1)
  return slide
    ? slideLabel(slide, `${file}:${line}`)
    : `${file}:${line}`
}

/** A string found somewhere in the data, with the path that leads to it. */
export interface DataString {
  path: string
  value: string
}

/** Every string leaf under `value`, e.g. `projects[2].what.zh-CN`. */
export function stringsIn(value: unknown, path: string): DataString[] {
  if (typeof value === 'string') {
    return [
      { path, value },
    ]
  }
  if (Array.isArray(value))
    return value.flatMap((item, i) => stringsIn(item, `${path}[${i}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, `${path}.${key}`))
  return []
}

/** A value shaped like `Text`: an object keyed by a locale. */
export function isText(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value)
    && locales.some(locale => locale in value)
}

/** Every `Text` object under `value`, with its path. */
export function textsIn(value: unknown, path: string): { path: string, text: Record<string, unknown> }[] {
  if (isText(value)) {
    return [
      { path, text: value },
    ]
  }
  if (Array.isArray(value))
    return value.flatMap((item, i) => textsIn(item, `${path}[${i}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => textsIn(item, `${path}.${key}`))
  return []
}

/** The data modules whose strings end up on slides, by the name they are exported as. */
export const shownData: Record<string, unknown> = {
  timeline,
  projects,
  coreosChain,
  redhatChain,
  fundingRounds,
  founders,
  adviser,
  acquisition,
  customers,
  successors,
  channels,
  etcd2014,
  kroahHartman,
  marineauTags,
  corrections,
  sources,
  chapters,
  ui,
  talk,
}

/** Asserts that `found` is empty, with every finding spelled out in the failure message. */
export function expectNone(found: readonly unknown[], what: string): void {
  expect(found, `${what}:\n  ${found.map(String).join('\n  ')}\n`).toEqual([])
}
