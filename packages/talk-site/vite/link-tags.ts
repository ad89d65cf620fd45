import type { HtmlTagDescriptor, Plugin } from 'vite'
import type { Edition, Site } from '../index.ts'
import type { SiteContext } from './context.ts'
import { editionOf, editionUrl } from '../index.ts'
import { pictures } from '../paths.ts'
import { devIndexHtml, jsonEncodedMeta } from '../slidev-internals.ts'
import { escapeHtml, joinWrappedLines } from '../text.ts'

/** The picture link previews of the deck show: its slide 1. */
export const ogImage = {
  file: pictures.preview(1),
  width: 1200,
  height: 675,
}

/** A page of an edition other than the deck's start: its path under the edition's address (`17`, `read/`) and its own preview picture. */
export interface PreviewPage {
  path: string
  image?: { file: string, width: number, height: number }
}

/**
 * Head tags for link previews and search engines, all pointing at the
 * edition's public address (or `page` under it): the canonical address, the
 * Open Graph page and picture (the edition's own slide 1 unless `page` has
 * its own), a large Twitter card, and the same page in every edition of the
 * site as an alternate language. Slidev itself writes the deck's title and
 * description from the headmatter; `describeTags` writes a page's own.
 */
export function linkTags(site: Pick<Site, 'url' | 'editions'>, edition: Pick<Edition, 'locale'>, page: PreviewPage = { path: '' }): HtmlTagDescriptor[] {
  const url = `${editionUrl(site, edition.locale)}${page.path}`
  const picture = page.image ?? ogImage
  const image = new URL(picture.file, editionUrl(site, edition.locale)).href
  const link = (attrs: Record<string, string>): HtmlTagDescriptor => ({ tag: 'link', attrs, injectTo: 'head' })
  return [
    link({ rel: 'canonical', href: url }),
    meta('og:type', 'website'),
    meta('og:url', url),
    meta('og:image', image),
    meta('og:image:width', String(picture.width)),
    meta('og:image:height', String(picture.height)),
    meta('twitter:card', 'summary_large_image'),
    meta('twitter:image', image),
    ...(site.editions.length > 1
      ? site.editions.map(other => link({
          rel: 'alternate',
          hreflang: other.locale,
          href: `${editionUrl(site, other.locale)}${page.path}`,
        }))
      : []),
  ]
}

function meta(property: string, content: string): HtmlTagDescriptor {
  return {
    tag: 'meta',
    attrs: property.startsWith('twitter:') || property === 'description'
      ? { name: property, content }
      : { property, content },
    injectTo: 'head',
  }
}

/** The description and Open Graph title and description of a page that is not the deck's start. */
export function describeTags(title: string, description: string): HtmlTagDescriptor[] {
  return [
    meta('description', description),
    meta('og:title', title),
    meta('og:description', description),
  ]
}

/**
 * Slidev 53 writes `info`, `author` and `keywords` into meta tags JSON-encoded,
 * so previews show quotes and `\n`. Unwraps them into plain text; a line
 * break inside Chinese text joins without a space.
 */
export function unwrapSlidevMeta(html: string): string {
  return html.replace(jsonEncodedMeta, (_, value: string) =>
    `content="${joinWrappedLines(value.replace(/\s*\\n\s*/g, '\n').trim())}"`)
}

/** The language the page is in, as Slidev writes it from the headmatter's `lang:`. */
export function htmlLang(html: string): string | undefined {
  return /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1]
}

/** `tags` as HTML, one a line. */
export function tagsHtml(tags: HtmlTagDescriptor[]): string {
  return tags.map(({ tag, attrs = {} }) => `<${tag}${Object.entries(attrs).map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`).join('')}>`).join('\n')
}

/** `tags` written into the head of `html`. */
export function withTags(html: string, tags: HtmlTagDescriptor[]): string {
  return html.replace('</head>', `${tagsHtml(tags)}\n</head>`)
}

/**
 * The link-preview tags of the edition the deck's headmatter names (`lang:`),
 * in a build and under `slidev` alike: the dev server sends Slidev's page
 * without Vite's HTML transforms, so the tags are added to that answer.
 */
export function linkTagsPlugin(get: () => SiteContext): Plugin {
  const tagsFor = (html: string): HtmlTagDescriptor[] => {
    const { site } = get()
    return linkTags(site, editionOf(site, htmlLang(html)))
  }
  return {
    name: 'talk-site:link-tags',
    transformIndexHtml: html => ({
      html: unwrapSlidevMeta(html),
      tags: tagsFor(html),
    }),
    configureServer: server => () => {
      // Runs after Vite's own middlewares and before Slidev's, which answers this address.
      server.middlewares.use((req, res, next) => {
        if (req.url === devIndexHtml) {
          const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => typeof res
          res.end = ((chunk?: unknown, ...rest: unknown[]) => end(typeof chunk === 'string'
            ? withTags(unwrapSlidevMeta(chunk), tagsFor(chunk))
            : chunk, ...rest)) as typeof res.end
        }
        next()
      })
    },
  }
}
