import type { Plugin } from 'vite'
import type { ClientSite } from '../index.ts'
import type { SiteContext } from './context.ts'

export const siteModuleId = 'virtual:talk-site'
const resolvedId = `\0${siteModuleId}`

/** What the deck's components get of the site: the config and what this build published. */
export function clientSite({ site, build }: SiteContext): ClientSite {
  const { editions, downloads, readPage } = build.options
  return {
    url: site.url,
    editions: site.editions.map(({ locale, path, name, labels }) => ({ locale, path, name, labels })),
    built: editions,
    downloads: site.notes
      ? downloads
      : downloads.filter(kind => kind !== 'handout'),
    readPage,
  }
}

/** `virtual:talk-site`: the site config for the client, typed by `addon/client/virtual.d.ts`. */
export function siteModule(get: () => SiteContext): Plugin {
  return {
    name: 'talk-site:module',
    resolveId: id => id === siteModuleId
      ? resolvedId
      : undefined,
    load: id => id === resolvedId
      ? `export default ${JSON.stringify(clientSite(get()))}`
      : undefined,
  }
}
