import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Plugin } from 'vite'
import { createContext } from './context.ts'
import { deepLinks } from './deep-links.ts'
import { fontSubsets } from './font-subsets.ts'
import { linkTagsPlugin } from './link-tags.ts'
import { menuButtonFix } from './menu-button.ts'
import { serviceWorker } from './service-worker.ts'
import { siteModule } from './site-module.ts'
import { withoutTwoslash } from './twoslash.ts'
import { vueRuntimeOnly } from './vue-runtime.ts'
import { woff2Only } from './woff2-only.ts'

export { buildOptions } from './context.ts'
export type { PrecacheSummary, SiteBuildApi, SiteBuildOptions } from './context.ts'

/** Every Vite plugin of the addon, one per file, as Slidev's own `node/vite/` does. */
export function talkSite(): Plugin[] {
  const { plugin: context, get } = createContext()
  return [
    context,
    siteModule(get),
    linkTagsPlugin(get),
    deepLinks(get),
    woff2Only(),
    menuButtonFix(),
    vueRuntimeOnly(),
    ...serviceWorker(get),
  ]
}

/**
 * The plugins that read the deck itself, which Slidev hands to every root's
 * setup/vite-plugins.ts: the fonts cut to its characters, and no TwoSlash
 * where it has none.
 */
export function deckPlugins(options: ResolvedSlidevOptions): Plugin[] {
  return [
    fontSubsets(options),
    withoutTwoslash(options),
  ]
}
