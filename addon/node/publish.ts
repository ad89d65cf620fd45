import type { Browser, Page } from '@playwright/test'
import type { Labels, Site } from '../index.ts'
import type { PrecacheSummary } from '../vite/context.ts'
import type { BuiltDeck } from './build.ts'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { builtInLabels } from '../labels.ts'
import { slideDom } from '../slidev-internals.ts'
import { ogImage } from '../vite/link-tags.ts'
import { printHandout } from './handout.ts'
import { printSlides } from './print.ts'
import { deckUrl } from './site.ts'
import { waitForSlide } from './slide.ts'

/** What a deck says in its own language: the site's words for its edition, else the addon's. */
export function labelsFor(site: Site | undefined, lang: string): Labels {
  return site?.editions.find(edition => edition.locale === lang)?.labels ?? builtInLabels[lang] ?? builtInLabels.en!
}

/** How a PDF of the deck names its author and its chapters, from the site config (else the headmatter's author). */
export function describeFor(site: Site | undefined, deck: Pick<BuiltDeck, 'locale' | 'info'>): { author: string, chapterTitle: (id: string) => string | undefined } {
  return {
    author: site?.author?.[deck.locale] ?? deck.info.author,
    chapterTitle: id => site?.chapters[id]?.[deck.locale],
  }
}

/**
 * Collects the files of one deck a page loads, as paths inside the deck's
 * folder; files of the editions nested in it are left out.
 */
export function fileRecorder(deckAddress: string, nestedPaths: string[]): { record: (url: string) => void, files: Set<string> } {
  const prefix = `${new URL(`${deckAddress}/`).pathname}`
  const files = new Set<string>()
  return {
    files,
    record: (url) => {
      const { pathname } = new URL(url)
      const path = decodeURIComponent(pathname.slice(prefix.length))
      if (pathname.startsWith(prefix) && path && !nestedPaths.some(nested => path.startsWith(nested)))
        files.add(path)
    },
  }
}

/** Runs in the page: shows every note once, out of sight, so the browser loads the font files reader mode needs. */
function showNotesOffscreen(notes: string[]): void {
  const holder = document.body.appendChild(document.createElement('div'))
  holder.setAttribute('aria-hidden', 'true')
  holder.style.cssText = 'position:fixed;left:-100000px;top:0;width:40em;font-weight:400'
  holder.textContent = notes.join('\n')
}

export interface PublishOptions {
  site: Site | undefined
  siteUrl: string
  /** The build's folder, where the files are written. */
  out: string
  withNotes: boolean
  onSlide?: (done: number, total: number, no: number, title: string) => void
}

export interface Published {
  /** Paths of the files written, relative to the build's folder. */
  files: string[]
  /** What the service worker caches for offline reading, if the deck has one. */
  offline?: PrecacheSummary
}

/** The files `npm run build` adds to a deck's folder, by name. */
export function publishedFiles(deck: Pick<BuiltDeck, 'path' | 'info'>, withNotes: boolean): { slides: string, handout?: string, image: string } {
  return {
    slides: `${deck.path}${deck.info.exportFilename}.pdf`,
    ...(withNotes
      ? { handout: `${deck.path}${deck.info.exportFilename}.handout.pdf` }
      : {}),
    image: `${deck.path}${ogImage.file}`,
  }
}

/**
 * Writes what a built deck publishes besides its pages: its slides PDF, its
 * handout (with notes), the link-preview picture of slide 1; then its
 * service worker again, precaching only the fonts and diagram code the deck
 * loaded meanwhile (see the addon's vite/service-worker.ts).
 */
export async function publishDeck(browser: Browser, deck: BuiltDeck, decks: BuiltDeck[], options: PublishOptions): Promise<Published> {
  const url = deckUrl(options.siteUrl, deck)
  const files = publishedFiles(deck, options.withNotes)
  const loaded = fileRecorder(url, decks.map(d => d.path).filter(path => path !== deck.path && path.startsWith(deck.path)).map(path => path.slice(deck.path.length)))
  const describe = describeFor(options.site, deck)
  const labels = labelsFor(options.site, deck.locale)

  const slides = await printSlides(browser, {
    deckUrl: url,
    deck,
    ...describe,
    onSlide: options.onSlide,
    onRequest: loaded.record,
  })
  await writeFile(join(options.out, files.slides), slides.pdf)
  if (files.handout) {
    await writeFile(join(options.out, files.handout), (await printHandout(browser, {
      deckUrl: url,
      deck,
      slides,
      notesLabel: labels.notes,
      author: describe.author,
    })).pdf)
  }

  const preview: Page = await browser.newPage({
    viewport: { width: ogImage.width, height: ogImage.height },
    serviceWorkers: 'block',
  })
  try {
    preview.on('request', request => loaded.record(request.url()))
    await waitForSlide(preview, { url, path: deck.path, slides: deck.slides }, 1)
    if (options.withNotes) {
      await preview.evaluate(showNotesOffscreen, deck.slides.map(slide => slide.note))
      await preview.evaluate(() => document.fonts.ready.then(() => undefined))
    }
    // A link preview is a picture: the cover without its language link.
    await preview.addStyleTag({ content: '.language-switch { display: none; }' })
    await preview.locator(slideDom.canvas).screenshot({
      path: join(options.out, files.image),
    })
  }
  finally {
    await preview.close()
  }
  return {
    files: Object.values(files),
    offline: await deck.build.precache?.(loaded.files),
  }
}
