import type { Plugin } from 'vite'
import type { SiteContext } from './context.ts'

/**
 * A script for the head of an edition's `index.html` (and so of the
 * `404.html` Slidev copies from it), run before the app starts.
 *
 * A static host such as GitHub Pages answers every unknown path with the
 * site's top-level `404.html`, which is the default edition. A deep link into
 * a nested edition (`/talk/en/17`) is therefore sent on to that edition's own
 * page with its path in `?path=`, and that page puts the path back before its
 * router reads it, so the link opens English slide 17.
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
 * The addresses of the editions nested in the folder of a deck served at
 * `base` from `path` in the site: `/talk/`, `''` → `['/talk/en/']`.
 */
export function nestedBases(base: string, path: string, paths: string[]): string[] {
  return paths.filter(other => other !== path && other.startsWith(path)).map(other => `${base}${other.slice(path.length)}`)
}

/**
 * Puts `deepLinkScript` into the head of every edition built together with
 * others: the default edition hands deep links on to the nested ones, every
 * edition takes them. A deck built on its own gets none, so a missing edition
 * cannot send a visitor in circles.
 */
export function deepLinks(get: () => SiteContext): Plugin {
  let base = '/'
  return {
    name: 'talk-site:deep-links',
    apply: 'build',
    configResolved: (config) => {
      base = config.base
    },
    transformIndexHtml: () => {
      const { site, build } = get()
      const built = site.editions.filter(edition => build.options.editions.includes(edition.locale))
      if (built.length < 2)
        return []
      return [
        {
          tag: 'script',
          children: deepLinkScript(base, nestedBases(base, build.options.path, built.map(edition => edition.path))),
          injectTo: 'head-prepend',
        },
      ]
    },
  }
}
