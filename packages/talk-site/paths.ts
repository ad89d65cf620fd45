/**
 * Every path the site publishes in an edition's folder, by what it is: the
 * build writes them, the deck links to them and the offline cache names them
 * from here.
 */

/** The PDFs an edition can publish: the slides, and the handout with the speaker notes. */
export type DownloadKind = 'slides' | 'handout'

/** The name the PDFs take when the headmatter gives no `exportFilename` (Slidev's own default is empty). */
export const defaultExportFilename = 'slides'

/** The file of an edition's PDF: `my-talk.en.pdf`, `my-talk.en.handout.pdf`, from the headmatter's `exportFilename`. */
export function pdfFile(exportFilename: string | null | undefined, kind: DownloadKind): string {
  const name = exportFilename || defaultExportFilename
  return kind === 'slides'
    ? `${name}.pdf`
    : `${name}.handout.pdf`
}

/** The annotated page's folder in each edition: `read/` → `/talk/read/`, `/talk/en/read/`. */
export const readPageFolder = 'read/'

/** The file that answers a slide's address on a static host: `/talk/17` is served from `17.html`, without a redirect. */
export function slidePageFile(no: number): string {
  return `${no}.html`
}

/** The slide pictures: the annotated page's, and each slide page's link preview (`pictures/17.jpg`, a JPEG, which every site that shows previews reads). */
export const pictures = {
  folder: 'pictures/',
  preview: (no: number): string => `pictures/${no}.jpg`,
}

/** The service worker of an edition, in its folder. */
export const serviceWorkerFile = 'sw.js'

/** The meta tag with the page's version, which the service worker names too: how a page knows whether a waiting worker is newer. */
export const siteVersionMeta = 'talk-site-version'
