import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Buffer } from 'node:buffer'
import type { Plugin } from 'vite'
import { dirname, join, relative, resolve } from 'node:path'
import { everySlideLabels } from '../labels.ts'
import { characterParts, cutSubsets, fontFaces, sourceText } from '../node/font-subset.ts'
import { readFontsource } from '../node/fontsource.ts'
import { loadSite } from './context.ts'

/** A Fontsource stylesheet of one weight, of every named subset (`400.css`, `index.css`) or of one (`latin-700.css`). */
const fontsourceSheet = /\/@fontsource\/[^/]+\/(?:(index)|(?:([a-z][a-z-]*)-)?(\d{3})(-italic)?)\.css$/

/**
 * What slide 1 shows besides its Markdown, from the site config: the
 * navigation bar's words in the deck's language and the editions' names
 * (on every slide), and the talk's author and event, which a cover names.
 */
async function aroundSlideOne(options: ResolvedSlidevOptions): Promise<string> {
  const site = await loadSite(options.userRoot)
  const edition = site.editions.find(e => resolve(options.userRoot, e.entry) === resolve(options.entry))
  if (!edition)
    return ''
  return [
    ...everySlideLabels.map(key => edition.labels[key]),
    ...site.editions.map(e => e.name),
    site.author?.[edition.locale] ?? '',
    site.event?.[edition.locale] ?? '',
  ].join('\n')
}

/**
 * In a build, each Fontsource stylesheet the deck imports becomes a few
 * `@font-face` rules of WOFF2 files cut to the characters the deck uses, in
 * parts in the order it shows them (see `characterParts`): slide 1 loads a
 * few kilobytes of its own instead of a stylesheet declaring every subset of
 * the font. `slidev` (dev) keeps Fontsource's own, as a speaker may type
 * anything.
 */
export function fontSubsets(options: ResolvedSlidevOptions): Plugin {
  let parts: Promise<string[][]> | undefined
  const cache = join(options.userRoot, 'node_modules', '.cache', 'talk-site', 'fonts')
  return {
    name: 'talk-site:font-subsets',
    apply: 'build',
    enforce: 'pre',
    // A small part inlined as data would load with every page of the stylesheet, needed or not.
    config: config => ({
      build: {
        assetsInlineLimit: (file: string, content: Buffer) => file.startsWith(cache)
          ? false
          : typeof config.build?.assetsInlineLimit === 'function'
            ? config.build.assetsInlineLimit(file, content)
            : undefined,
      },
    }),
    async load(id) {
      const match = fontsourceSheet.exec(id.split('?')[0]!)
      if (!match)
        return undefined
      parts ??= aroundSlideOne(options).then(first => characterParts(
        options.data.slides.map(slide => ({
          text: [
            slide.title ?? '',
            slide.content,
            JSON.stringify(slide.frontmatter),
          ].join('\n'),
          note: slide.note ?? '',
        })),
        sourceText(options.roots, options.data.slides.map(slide => ({ file: slide.source.filepath, content: slide.content }))),
        { first },
      ))
      const [, index, subset, weight, italic] = match
      const sheet = id.split('?')[0]!
      const font = readFontsource(dirname(sheet))
      const faces = await cutSubsets(font, index
        ? 400
        : Number(weight), italic ? 'italic' : 'normal', await parts, cache, subset)
      return fontFaces(faces, file => relative(dirname(sheet), file))
    },
  }
}
