/** The annotated page's folder in each edition: `read/` → `/talk/read/`, `/talk/en/read/`. */
export const readPageFolder = 'read/'

/** The meta tag with the page's version, which the service worker names too: how a page knows whether a waiting worker is newer. */
export const siteVersionMeta = 'talk-site-version'
