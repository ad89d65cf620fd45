import process from 'node:process'
import { defineConfig } from 'vite'
import { editions, parseEditions } from './data/editions'
import { localeFromLang } from './data/locale'
import { talk } from './data/talk'
import { deepLinks } from './scripts/lib/editions'
import { dropWoffFallback, fixSlidevMeta, shareTags } from './scripts/lib/share'
import { unnestMenuButton } from './scripts/lib/slidev-fixes'

// `npm run build` and `npm run export` print the PDFs from Slidev's print view (/print),
// which a plain build leaves out; a build only printed from skips work nobody reads.
const printView = process.env.DECK_PRINT_VIEW === '1'
const throwaway = process.env.DECK_THROWAWAY_BUILD === '1'
// `npm run build` builds every edition into one site: this one, and all of them.
const edition = editions[localeFromLang(process.env.DECK_LOCALE)]
const built = parseEditions(process.env.VITE_DECK_EDITIONS)

export default defineConfig({
  define: printView
    ? { __SLIDEV_FEATURE_PRINT__: 'true' }
    : {},
  build: throwaway
    ? { minify: false, cssMinify: false, reportCompressedSize: false }
    : {},
  plugins: [
    {
      name: 'coreos-story:share',
      transformIndexHtml: html => ({
        html: fixSlidevMeta(html),
        tags: shareTags(talk.url, edition, built),
      }),
    },
    deepLinks(edition, built),
    {
      // Every browser that runs the deck reads WOFF2; the WOFF copies only doubled the download and the offline cache.
      name: 'coreos-story:woff2-only',
      enforce: 'pre',
      transform: (code, id) => /@fontsource\/.+\.css$/.test(id)
        ? dropWoffFallback(code)
        : undefined,
    },
    {
      name: 'coreos-story:menu-button',
      enforce: 'pre',
      transform: (code, id) => id.endsWith('@slidev/client/internals/MenuButton.vue')
        ? unnestMenuButton(code)
        : undefined,
    },
  ],
})
