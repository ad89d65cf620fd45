import type { DownloadKind, Labels } from '../index.ts'
import { configs } from '@slidev/client'
import site from 'virtual:talk-site'
import { editionOf, siteBaseOf } from '../editions.ts'
import { pdfFile, readPageFolder } from '../paths.ts'
import { deckLang } from '../slidev-internals.ts'

export { editionUrl } from '../editions.ts'

export { site }

/** The deck's own edition: the one its headmatter's `lang:` names. */
export const edition = editionOf(site, deckLang(configs))

/** The addon's words in the deck's language. */
export const labels: Labels = edition.labels

/** The other editions built into this site, each with the address its slides are under: `/talk/en/`. */
export const otherEditions = site.editions
  .filter(other => other.locale !== edition.locale && site.built.includes(other.locale))
  .map(other => ({
    ...other,
    base: `${siteBaseOf(import.meta.env.BASE_URL, edition)}${other.path}`,
  }))

export interface Download {
  kind: DownloadKind
  /** Where the file is, under the site's base path. */
  href: string
  /** The name it is saved under. */
  file: string
  /** What a link to it says, in every edition's language. */
  label: Record<string, string>
}

const labelOf: Record<DownloadKind, keyof Labels> = {
  slides: 'downloadSlides',
  handout: 'downloadHandout',
}

/** The PDFs `npm run build` published beside the deck; none in `slidev` or a plain `slidev build`. */
export const downloads: Download[] = site.downloads.map((kind) => {
  const file = pdfFile(configs.exportFilename, kind)
  return {
    kind,
    href: `${import.meta.env.BASE_URL}${file}`,
    file,
    label: Object.fromEntries(site.editions.map(other => [other.locale, other.labels[labelOf[kind]]])),
  }
})

/** The annotated page `npm run build` published beside the deck, with what a link to it says in every edition's language; none in `slidev` or a plain `slidev build`. */
export const readPage: { href: string, label: Record<string, string> } | undefined = site.readPage
  ? {
      href: `${import.meta.env.BASE_URL}${readPageFolder}`,
      label: Object.fromEntries(site.editions.map(other => [other.locale, other.labels.readLink])),
    }
  : undefined
