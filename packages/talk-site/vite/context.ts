import type { Plugin, UserConfig } from 'vite'
import type { DownloadKind, Site } from '../index.ts'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { loadConfigFromFile } from 'vite'
import { defineSite } from '../index.ts'
import { printView } from '../slidev-internals.ts'

/** The site config's file name, in the deck's folder (Slidev's user root). */
export const siteConfigFile = 'site.config.ts'

/**
 * What one `slidev build` of an edition is for, given by `npm run build` and
 * `npm run export` (see `buildOptions`). A plain `slidev` or `slidev build`
 * gets the defaults: a deck on its own, no PDFs beside it.
 */
export interface SiteBuildOptions {
  /** The editions built into the same site (this one included): the language switch links to them and deep links are handed to them. */
  editions: string[]
  /** This deck's folder in the site: `''` at its root, `en/`. */
  path: string
  /** The PDFs published beside the deck. */
  downloads: DownloadKind[]
  /** Whether the annotated page (`read/`) is published beside the deck: the deck then links to it. */
  readPage: boolean
  /** Keep Slidev's print view (`/print`), which the PDFs are printed from. */
  printView: boolean
  /** Minify the build; off for a build that is only printed from and thrown away. */
  minify: boolean
  /**
   * Write a service worker; off for a build that is thrown away; `after-print`
   * when the one who built the deck writes it through `precache()` once it
   * has printed it (`npm run build`), so it is not written at the end of the
   * bundle as well.
   */
  serviceWorker: boolean | 'after-print'
}

export const defaultBuildOptions: SiteBuildOptions = {
  editions: [],
  path: '',
  downloads: [],
  readPage: false,
  printView: false,
  minify: true,
  serviceWorker: true,
}

/** What a build tells the one who started it, once the build has run. */
export interface SiteBuildApi {
  options: SiteBuildOptions
  /**
   * Writes the service worker again with a precache of what the deck uses:
   * the files of `used` (paths inside the build) and everything the deck can
   * load that is not a font or diagram code. Set by the service worker plugin.
   */
  precache?: (used: Iterable<string>) => Promise<PrecacheSummary>
}

export interface PrecacheSummary {
  files: number
  bytes: number
  /** Media files too large to precache, cached as they are viewed: paths in the deck's folder, with their sizes. */
  viewed: { url: string, size: number }[]
}

const buildPluginName = 'talk-site:build'

/**
 * The Vite plugin through which `npm run build` and `npm run export` tell the
 * addon what a build is for. It keeps Slidev's print view in and turns off
 * minifying when asked; its `api` is how the addon answers back.
 */
export function buildOptions(options: Partial<SiteBuildOptions> = {}): Plugin & { api: SiteBuildApi } {
  const api: SiteBuildApi = {
    options: {
      ...defaultBuildOptions,
      ...options,
    },
  }
  return {
    name: buildPluginName,
    // After Slidev's own config hook, whose define it extends.
    enforce: 'post',
    api,
    config: (): UserConfig => ({
      ...(api.options.printView
        ? {
            define: { [printView.flag]: 'true' },
          }
        : {}),
      ...(api.options.minify
        ? {}
        : {
            build: { minify: false, cssMinify: false, reportCompressedSize: false },
          }),
    }),
  }
}

/** What every plugin of the addon works from, known once Vite's config is. */
export interface SiteContext {
  root: string
  site: Site
  build: SiteBuildApi
}

const sites = new Map<string, Promise<Site>>()

/** The site config next to the deck, loaded once per folder. */
export function loadSite(root: string): Promise<Site> {
  const file = join(root, siteConfigFile)
  if (!sites.has(file)) {
    sites.set(file, (async () => {
      if (!existsSync(file))
        throw new Error(`${file} does not exist: a deck that uses the talk-site addon needs a ${siteConfigFile} beside it (see defineSite).`)
      const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, file, root, 'silent')
      // defineSite checks what it is given; it also accepts a site it already checked.
      return defineSite(loaded?.config as unknown as Parameters<typeof defineSite>[0])
    })())
  }
  return sites.get(file)!
}

function flatPlugins(plugins: UserConfig['plugins']): Plugin[] {
  return (plugins ?? []).flat(Infinity as 1).filter((p): p is Plugin => !!p && typeof p === 'object' && 'name' in p)
}

/**
 * The context shared by the addon's plugins: `plugin` reads the site config
 * and the build options while Vite resolves its config; `get()` hands them
 * to every other hook.
 */
export function createContext(): { plugin: Plugin, get: () => SiteContext } {
  let context: SiteContext | undefined
  return {
    plugin: {
      name: 'talk-site:context',
      enforce: 'pre',
      async config(config) {
        const root = config.root ?? process.cwd()
        const given = flatPlugins(config.plugins).find(p => p.name === buildPluginName) as { api?: SiteBuildApi } | undefined
        context = {
          root,
          site: await loadSite(root),
          build: given?.api ?? {
            options: { ...defaultBuildOptions },
          },
        }
      },
    },
    get: () => {
      if (!context)
        throw new Error('The talk-site addon was used before Vite read its config.')
      return context
    },
  }
}
