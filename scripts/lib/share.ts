import type { HtmlTagDescriptor } from 'vite'
import type { Edition } from '../../data/editions'
import type { Locale } from '../../data/types'
import { editionUrl } from '../../data/editions'

/** The picture link previews show: slide 1, rendered by `npm run build`. */
export const ogImage = {
  file: 'og-image.png',
  width: 1200,
  height: 675,
}

/**
 * Head tags for link previews and search engines, all pointing at the
 * edition's public address under the configured URL (`talk.url`): the
 * canonical address, the Open Graph page and picture (each edition's own
 * slide 1), a large Twitter card, and the other editions `built` with it as
 * alternate languages. Slidev itself writes the title and description tags
 * from the headmatter.
 */
export function shareTags(publicUrl: string, edition: Edition, built: Locale[] = []): HtmlTagDescriptor[] {
  const site = new URL(publicUrl)
  if (!site.pathname.endsWith('/'))
    site.pathname += '/'
  const url = new URL(editionUrl(site.href, edition.locale))
  const image = new URL(ogImage.file, url).href
  const meta = (property: string, content: string): HtmlTagDescriptor => ({
    tag: 'meta',
    attrs: property.startsWith('twitter:')
      ? { name: property, content }
      : { property, content },
    injectTo: 'head',
  })
  return [
    {
      tag: 'link',
      attrs: { rel: 'canonical', href: url.href },
      injectTo: 'head',
    },
    meta('og:type', 'website'),
    meta('og:url', url.href),
    meta('og:image', image),
    meta('og:image:width', String(ogImage.width)),
    meta('og:image:height', String(ogImage.height)),
    meta('twitter:card', 'summary_large_image'),
    meta('twitter:image', image),
    ...(built.length > 1
      ? built.map((locale): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: {
            rel: 'alternate',
            hreflang: locale,
            href: editionUrl(site.href, locale),
          },
          injectTo: 'head',
        }))
      : []),
  ]
}

/**
 * Slidev 53 writes `info`, `author` and `keywords` into meta tags JSON-encoded,
 * so previews show quotes and `\n`. Unwraps them into plain text; a line
 * break inside Chinese text joins without a space.
 */
export function fixSlidevMeta(html: string): string {
  return html.replace(/content="&quot;(.*?)&quot;"/g, (_, value: string) => {
    const text = value
      .replace(/\s*\\n\s*/g, '\n')
      .trim()
      .replace(/(.)\n(.)/g, (_m, a: string, b: string) => /[\u3000-\u9FFF\uFF00-\uFFEF]/.test(a + b)
        ? a + b
        : `${a} ${b}`)
    return `content="${text}"`
  })
}

/** `@font-face` sources without their WOFF fallbacks: `url(x.woff2) format('woff2')` stays. */
export function dropWoffFallback(css: string): string {
  return css.replace(/,\s*url\([^)]+\.woff\)\s*format\(['"]woff['"]\)/g, '')
}
