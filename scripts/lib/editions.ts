import type { Plugin } from 'vite'
import type { Edition } from '../../data/editions'
import type { Locale } from '../../data/types'
import { editionUrl, siteBaseOf } from '../../data/editions'

/**
 * A script for the head of an edition's `index.html` (and so of the
 * `404.html` Slidev copies from it), run before the app starts.
 *
 * A static host such as GitHub Pages answers every unknown path with the
 * site's top-level `404.html`, which is the default edition. A deep link into
 * a nested edition (`/coreos-story/en/17`) is therefore sent on to that
 * edition's own page with its path in `?path=`, and that page puts the path
 * back before its router reads it, so the link opens English slide 17.
 */
export function deepLinkScript(ownBase: string, nestedBases: string[]): string {
  return `(() => {
  const here = location.pathname
  const nested = ${JSON.stringify(nestedBases)}.find(base => here.startsWith(base))
  if (nested) {
    location.replace(nested + '?path=' + encodeURIComponent(here.slice(nested.length) + location.search + location.hash))
    return
  }
  const path = new URLSearchParams(location.search).get('path')
  if (path !== null)
    history.replaceState(history.state, '', ${JSON.stringify(ownBase)} + path)
})()`
}

/**
 * The Vite plugin that puts `deepLinkScript` into the head of an edition
 * built together with others (`built`): the default edition hands on deep
 * links into the editions nested in its folder, every edition takes them.
 */
export function deepLinks(edition: Edition, built: Locale[]): Plugin {
  let base = '/'
  return {
    name: 'coreos-story:deep-links',
    apply: 'build',
    configResolved: (config) => {
      base = config.base
    },
    transformIndexHtml: () => {
      if (built.length < 2)
        return []
      const site = siteBaseOf(base, edition)
      const nested = built.map(locale => editionUrl(site, locale))
        .filter(other => other !== base && other.startsWith(base))
      return [
        {
          tag: 'script',
          children: deepLinkScript(base, nested),
          injectTo: 'head-prepend',
        },
      ]
    },
  }
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * Keeps an edition's service worker away from the editions nested under it.
 * Slidev's PWA answers every page request in its scope with its own
 * `index.html`, so once the Chinese deck at `/coreos-story/` is installed it
 * would also answer `/coreos-story/en/17`. Slidev does not expose the option,
 * so the generated `sw.js` gets the nested bases added to its navigation
 * denylist; a Slidev that writes it differently fails the build here.
 */
export function denyNestedEditions(serviceWorker: string, nestedBases: string[]): string {
  const denylist = /denylist:\[/g
  const found = serviceWorker.match(denylist)?.length ?? 0
  if (found !== 1)
    throw new Error(`sw.js has ${found} navigation denylists, expected 1: Slidev's service worker changed, so the nested editions cannot be kept out of it.`)
  const patterns = nestedBases.map(base => `/^${escapeRegExp(base)}/,`).join('')
  return serviceWorker.replace(denylist, `denylist:[${patterns}`)
}
