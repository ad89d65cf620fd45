import type { Plugin, Rollup } from 'vite'
import type { VitePluginPWAAPI, VitePWAOptions } from 'vite-plugin-pwa'
import type { RuntimeCaching } from 'workbox-build'
import type { PrecacheSummary, SiteContext } from './context.ts'
import { createHash } from 'node:crypto'
import { VitePWA } from 'vite-plugin-pwa'
import { pictures, readPageFolder, siteVersionMeta } from '../paths.ts'
import { nestedBases } from './deep-links.ts'

const fontFile = /\.(?:woff2?|ttf|otf)$/
const pictureExtensions = 'png|jpe?g|gif|webp|avif|svg'
const mediaFile = new RegExp(`\\.(?:${pictureExtensions}|mp4|webm|mp3)$`, 'i')

/**
 * The largest picture, video or sound file the offline cache takes in ahead
 * of time. The build names every larger one (a demo video in `public/`): a
 * picture is kept once it is viewed; a video or sound, which the browser
 * fetches in ranges, plays only with a network.
 */
export const precacheLimit = 2 * 1024 * 1024

/** Splits a precache manifest: what is cached ahead of time, and the media files too large for it. */
export function withinLimit<T extends { url: string, size: number }>(entries: T[]): { kept: T[], viewed: T[] } {
  const viewed = entries.filter(entry => entry.size > precacheLimit && mediaFile.test(entry.url))
  return {
    kept: entries.filter(entry => !viewed.includes(entry)),
    viewed,
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
const diagramPackage = /\/node_modules\/(?:mermaid|@mermaid-js\/[^/]+)\//

/**
 * The files of a build that only some decks need: web-font subsets (a deck
 * shows the characters of a few) and the code of Mermaid's diagram types and
 * layouts, which Mermaid loads on demand (a deck draws a few kinds). Every
 * other chunk is reachable from the app without Mermaid's lazy imports.
 */
export function optionalFiles(bundle: Rollup.OutputBundle): Set<string> {
  const chunks = Object.values(bundle).filter(file => file.type === 'chunk')
  const byName = new Map(chunks.map(chunk => [chunk.fileName, chunk]))
  const reached = new Set<string>()
  const visit = (fileName: string): void => {
    const chunk = byName.get(fileName)
    if (!chunk || reached.has(fileName))
      return
    reached.add(fileName)
    chunk.imports.forEach(visit)
    if (!chunk.moduleIds.some(id => diagramPackage.test(id)))
      chunk.dynamicImports.forEach(visit)
  }
  chunks.filter(chunk => chunk.isEntry).forEach(chunk => visit(chunk.fileName))
  return new Set([
    ...chunks.filter(chunk => !reached.has(chunk.fileName)).map(chunk => chunk.fileName),
    ...Object.values(bundle).filter(file => file.type === 'asset' && fontFile.test(file.fileName)).map(file => file.fileName),
  ])
}

/** The start of every address of the edition at `base`, the editions nested in its folder left out (a regular expression). */
function editionStart(base: string, nested: string[]): string {
  return `^https?://[^/]+${escapeRegExp(base)}${nested.map(path => `(?!${escapeRegExp(path.slice(base.length))})`).join('')}`
}

/**
 * How the worker answers the pages of an edition at `base`, nested editions
 * aside: from the network, within a few seconds, else as last cached, else
 * with the precached app (`index.html`) or annotated page (`read/index.html`).
 * A page is any address without a file extension, or an `.html` one.
 */
export function pageRoutes(base: string, nested: string[]): RuntimeCaching[] {
  const start = editionStart(base, nested)
  const query = '(?:[?#].*)?$'
  const route = (path: string, fallbackURL: string): RuntimeCaching => ({
    urlPattern: new RegExp(`${start}${path}${query}`),
    handler: 'NetworkFirst',
    options: {
      cacheName: `talk-site-pages${base}`,
      networkTimeoutSeconds: 4,
      expiration: { maxEntries: 200 },
      precacheFallback: { fallbackURL },
    },
  })
  return [
    route(`${readPageFolder}(?:index\\.html)?`, `${readPageFolder}index.html`),
    route('[^.?#]*(?:\\.html)?', 'index.html'),
  ]
}

/**
 * The deck's own service worker (Slidev's `pwa:` stays off), through
 * vite-plugin-pwa. It caches the deck and its annotated page (`read/`) for
 * offline reading after the first visit, keeps the slide pictures that page
 * showed, and answers every other page of the edition with its
 * `index.html`, except pages of the editions nested in its folder, which
 * have their own.
 *
 * Pages come from the network first, so a reload after a redeploy shows the
 * new site, and from the cache when the network is off or slow. A new
 * version of the worker waits until the visitor takes it (the deck offers a
 * reload) or comes back: it never takes over, or reloads, a page in the
 * middle of a talk, and an open page keeps the files it was built with.
 *
 * A plain build precaches every file. `npm run build` then writes it again
 * through the build's `precache()` with only the fonts and diagram code the
 * deck loaded while it was printed, and everything else the deck can load.
 */
export function serviceWorker(get: () => SiteContext): Plugin[] {
  let optional = new Set<string>()
  let version = ''
  let used: Set<string> | undefined
  let summary: PrecacheSummary = { files: 0, bytes: 0, viewed: [] }
  const options: Partial<VitePWAOptions> = {
    registerType: 'prompt',
    // The addon registers it from the deck once the page has loaded (client/offline.ts).
    injectRegister: null,
    // Without icons no browser offers to install the deck as an app.
    manifest: false,
    integration: {
      configureOptions: (viteConfig, options) => {
        const { site, build } = get()
        const nested = nestedBases(viteConfig.base, build.options.path, site.editions.map(edition => edition.path))
        options.disable = !build.options.serviceWorker
        options.base = viteConfig.base
        options.workbox = {
          globPatterns: ['**/*.{js,css,html,woff2,svg,png,jpg,jpeg,gif,webp,avif,ico,mp4,webm,mp3}'],
          globIgnores: [
            // The app answers unknown paths, and each slide's own page (`17.html`), itself.
            '404.html',
            '[0-9]*.html',
            // The slides' pictures, in two sizes and schemes: the annotated page keeps those it showed (below).
            `${pictures.folder}**`,
            ...nested.map(base => `${base.slice(viteConfig.base.length)}**`),
          ],
          // Pages from the network (see pageRoutes); the precached `index.html` only as their fallback.
          navigateFallback: null,
          directoryIndex: null,
          clientsClaim: true,
          runtimeCaching: [
            ...pageRoutes(viteConfig.base, nested),
            {
              // Pictures too large to precache (see precacheLimit), kept once viewed, fresh from the network when there is one; a nested edition's are its own worker's.
              urlPattern: new RegExp(`${editionStart(viteConfig.base, nested)}(?!${escapeRegExp(pictures.folder)})[^?#]+\\.(?:${pictureExtensions})(?:[?#].*)?$`, 'i'),
              handler: 'NetworkFirst',
              options: {
                cacheName: `talk-site-media${viteConfig.base}`,
                networkTimeoutSeconds: 4,
                expiration: { maxEntries: 50 },
              },
            },
            {
              // Only this edition's pictures: a nested edition's are under its folder, in its own worker.
              urlPattern: new RegExp(`^https?://[^/]+${escapeRegExp(viteConfig.base)}${escapeRegExp(pictures.folder)}[^/]+$`),
              handler: 'CacheFirst',
              options: {
                cacheName: `talk-site-pictures${viteConfig.base}`,
                expiration: { maxEntries: 500 },
              },
            },
          ],
          // Larger media are left out by manifestTransforms below, and named; nothing else of a deck comes near this.
          maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
          manifestTransforms: [
            (entries) => {
              const { kept, viewed } = withinLimit(entries)
              const manifest = (used
                ? kept.filter(entry => !optional.has(entry.url) || used!.has(entry.url))
                : kept)
                // The worker names the version of the page it caches, which the page compares with its own.
                .map(entry => entry.url === 'index.html'
                  ? { ...entry, revision: version }
                  : entry)
              summary = {
                files: manifest.length,
                bytes: manifest.reduce((sum, entry) => sum + entry.size, 0),
                viewed: viewed.map(({ url, size }) => ({ url, size })),
              }
              return { manifest, warnings: [] }
            },
          ],
        }
      },
    },
  }
  const pwa = VitePWA(options)
  const api = (pwa.find(plugin => plugin.name === 'vite-plugin-pwa') as Plugin & { api: VitePluginPWAAPI }).api
  // Written once, by precache(), when the builder says it will call it: the plugin's own write at the end of the bundle would be thrown away.
  const pwaBuild = pwa.find(plugin => plugin.name === 'vite-plugin-pwa:build')
  const closeBundle = pwaBuild?.closeBundle
  if (pwaBuild && closeBundle && typeof closeBundle === 'object') {
    pwaBuild.closeBundle = {
      ...closeBundle,
      async handler(...args) {
        if (get().build.options.serviceWorker !== 'after-print')
          await closeBundle.handler.apply(this, args)
      },
    }
  }
  return [
    ...pwa,
    {
      name: 'talk-site:precache',
      apply: 'build',
      configResolved: () => {
        get().build.precache = async (files) => {
          used = new Set(files)
          await api.generateSW()
          return summary
        }
      },
      generateBundle: (_, bundle) => {
        optional = optionalFiles(bundle)
      },
      // Last, once every other plugin has written into the page: its version is what it says.
      transformIndexHtml: {
        order: 'post',
        handler: (html) => {
          version = createHash('sha256').update(html).digest('hex').slice(0, 16)
          return [
            {
              tag: 'meta',
              attrs: { name: siteVersionMeta, content: version },
              injectTo: 'head',
            },
          ]
        },
      },
    },
  ]
}
