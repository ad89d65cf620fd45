import type { HtmlTagDescriptor, Plugin } from 'vite'
import type { Edition, Site } from '../index.ts'
import type { SiteContext } from './context.ts'
import { editionOf, editionUrl } from '../index.ts'
import { devIndexHtml, jsonEncodedMeta } from '../slidev-internals.ts'
import { joinWrappedLines } from '../text.ts'

/** The picture link previews show: slide 1, rendered by `npm run build` into each edition's folder. */
export const ogImage = {
  file: 'og-image.png',
  width: 1200,
  height: 675,
}

/**
 * Head tags for link previews and search engines, all pointing at the
 * edition's public address: the canonical address, the Open Graph page and
 * picture (the edition's own slide 1), a large Twitter card, and every
 * edition of the site as an alternate language. Slidev itself writes the
 * title and description from the headmatter.
 */
export function linkTags(site: Pick<Site, 'url' | 'editions'>, edition: Pick<Edition, 'locale'>): HtmlTagDescriptor[] {
  const url = editionUrl(site, edition.locale)
  const image = new URL(ogImage.file, url).href
  const meta = (property: string, content: string): HtmlTagDescriptor => ({
    tag: 'meta',
    attrs: property.startsWith('twitter:')
      ? { name: property, content }
      : { property, content },
    injectTo: 'head',
  })
  const link = (attrs: Record<string, string>): HtmlTagDescriptor => ({ tag: 'link', attrs, injectTo: 'head' })
  return [
    link({ rel: 'canonical', href: url }),
    meta('og:type', 'website'),
    meta('og:url', url),
    meta('og:image', image),
    meta('og:image:width', String(ogImage.width)),
    meta('og:image:height', String(ogImage.height)),
    meta('twitter:card', 'summary_large_image'),
    meta('twitter:image', image),
    ...(site.editions.length > 1
      ? site.editions.map(other => link({
          rel: 'alternate',
          hreflang: other.locale,
          href: editionUrl(site, other.locale),
        }))
      : []),
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

/** `tags` written into the head of `html`. */
export function withTags(html: string, tags: HtmlTagDescriptor[]): string {
  const escape = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
  const written = tags.map(({ tag, attrs = {} }) => `<${tag}${Object.entries(attrs).map(([name, value]) => ` ${name}="${escape(String(value))}"`).join('')}>`)
  return html.replace('</head>', `${written.join('\n')}\n</head>`)
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
