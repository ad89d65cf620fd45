import type { Browser } from 'playwright-core'
import type { Labels, Site } from 'slidev-addon-talk-site'
import type { DeckSlide } from 'slidev-addon-talk-site/node/deck'
import type { PrecacheSummary } from 'slidev-addon-talk-site/vite/context'
import type { PreviewPage } from 'slidev-addon-talk-site/vite/link-tags'
import type { BuiltDeck } from './build.ts'
import type { NotesLayer } from './handout.ts'
import type { TakenPictures } from './pictures.ts'
import type { PrintedSlides, PrintOptions } from './print.ts'
import type { SiteDeck } from './site.ts'
import type { SlideItem } from './slide-text.ts'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { builtInLabels, format } from 'slidev-addon-talk-site/labels'
import { pdfFile, readPageFolder, serviceWorkerFile, slidePageFile } from 'slidev-addon-talk-site/paths'
import { firstSentence, markdownAsText, noteParagraphs } from 'slidev-addon-talk-site/text'
import { describeTags, linkTags } from 'slidev-addon-talk-site/vite/link-tags'
import { inside } from './files.ts'
import { assembleHandout, printNotesLayer } from './handout.ts'
import { pictureCache, PictureCache } from './picture-cache.ts'
import { pictures, previewPath, takePictures } from './pictures.ts'
import { printSlides } from './print.ts'
import { readPageHtml } from './read-page.ts'
import { deckUrl } from './site.ts'
import { slidePageHtml, slidePageTitle } from './slide-pages.ts'
import { altText, shownText } from './slide-text.ts'

export interface PrintedDeck {
  slides: PrintedSlides
  handout?: { pdf: Uint8Array, pages: number }
}

/**
 * Prints a deck's slides PDF and, with `handout`, its handout: the handout's
 * notes layer prints on a second page of the browser as soon as the slides'
 * text is read, beside the slides PDF, which is then placed into it.
 */
export async function printDeck(browser: Browser, options: PrintOptions & { handout?: { notesLabel: string, diagramLabel: string } }): Promise<PrintedDeck> {
  let layer: Promise<NotesLayer> | undefined
  const slides = await printSlides(browser, {
    ...options,
    onRead: (shown) => {
      if (options.handout) {
        layer = printNotesLayer(browser, {
          deckUrl: options.deckUrl,
          deck: options.deck,
          shown,
          ...options.handout,
        })
        // Reported below, or not at all if the slides failed.
        layer.catch(() => undefined)
      }
    },
  })
  return {
    slides,
    ...(layer
      ? { handout: await assembleHandout(await layer, slides, { deck: options.deck, notesLabel: options.handout!.notesLabel, author: options.author }) }
      : {}),
  }
}

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
  /** Paths of the files written besides the pictures and slide pages, relative to the build's folder. */
  files: string[]
  /** The slide pictures written into the deck's folder. */
  pictures?: TakenPictures
  /** What the service worker caches for offline reading, if the deck has one. */
  offline?: PrecacheSummary
}

/** The files `npm run build` adds to a deck's folder besides its pictures and slide pages, by name. */
export function publishedFiles(deck: Pick<BuiltDeck, 'path' | 'info'>, withNotes: boolean): { slides: string, handout?: string, read: string } {
  return {
    slides: `${deck.path}${pdfFile(deck.info.exportFilename, 'slides')}`,
    ...(withNotes
      ? { handout: `${deck.path}${pdfFile(deck.info.exportFilename, 'handout')}` }
      : {}),
    read: `${deck.path}${readPageFolder}index.html`,
  }
}

/** How a link preview describes a slide: the first sentence of its notes, else what it shows, else the talk. */
function slideDescription(slide: DeckSlide, shown: SlideItem[], withNotes: boolean, fallback: string): string {
  const said = withNotes
    ? firstSentence(markdownAsText(slide.note))
    : ''
  const text = said || shownText(slide.title, shown)
  return (text.length > 200
    ? `${text.slice(0, 199)}…`
    : text) || fallback
}

/** What the stages of `publishDeck` share: the deck, where it is served and written, and its words. */
interface Publishing {
  browser: Browser
  deck: BuiltDeck
  decks: Pick<SiteDeck, 'path' | 'locale'>[]
  options: PublishOptions
  /** The deck's address, and its base path (`/talk/de/`). */
  url: string
  base: string
  /** The deck's folder in the build. */
  folder: string
  files: ReturnType<typeof publishedFiles>
  labels: Labels
  edition: Site['editions'][number] | undefined
  describe: ReturnType<typeof describeFor>
  /** Its `index.html`, which every page of its own starts from. */
  index: string
}

/**
 * Stage 1, print: the slides PDF and, with notes, the handout; while the
 * print view is open, the slide pictures (pictures.ts) and, for the offline
 * cache, the fonts reader mode needs. Gives what the slides show and the
 * files the deck loaded meanwhile.
 */
async function printStage(p: Publishing): Promise<{ slides: PrintedSlides, taken?: TakenPictures, loaded: Set<string> }> {
  const { deck, options, files } = p
  const loaded = fileRecorder(p.url, p.decks.map(d => d.path).filter(path => path !== deck.path && path.startsWith(deck.path)).map(path => path.slice(deck.path.length)))
  let taken: TakenPictures | undefined
  const { slides, handout } = await printDeck(p.browser, {
    deckUrl: p.url,
    deck,
    ...p.describe,
    onSlide: options.onSlide,
    onRequest: loaded.record,
    afterPrint: async (page, pages) => {
      taken = await takePictures(page, deck, pages, p.folder, {
        store: new PictureCache(pictureCache(deck.entry)),
        loaded: loaded.files,
      })
      if (options.withNotes) {
        await page.evaluate(showNotesOffscreen, deck.slides.map(slide => slide.note))
        await page.evaluate(() => document.fonts.ready.then(() => undefined))
      }
    },
    ...(files.handout
      ? {
          handout: { notesLabel: p.labels.notes, diagramLabel: p.labels.readDiagram },
        }
      : {}),
  })
  await writeFile(inside(options.out, files.slides, 'exportFilename'), slides.pdf)
  if (files.handout && handout)
    await writeFile(inside(options.out, files.handout, 'exportFilename'), handout.pdf)
  return { slides, taken, loaded: loaded.files }
}

/** The picture a link preview shows for slide `no`. */
function previewImage(no: number): PreviewPage['image'] {
  return {
    file: previewPath(no),
    width: pictures.preview.width,
    height: pictures.preview.height,
  }
}

/** Stage 2, pages: a page of its own for every slide (`17.html`), with its title, description and preview. */
async function slidePagesStage(p: Publishing, slides: PrintedSlides): Promise<void> {
  const { deck, options, edition } = p
  for (const slide of deck.slides) {
    const title = slidePageTitle(slide.no, slide.title, deck.info.title)
    const description = slideDescription(slide, slides.shown[slide.no - 1] ?? [], options.withNotes, deck.info.description)
    await writeFile(join(p.folder, slidePageFile(slide.no)), slidePageHtml(p.index, {
      title,
      tags: [
        ...describeTags(title, description),
        ...(options.site && edition
          ? linkTags(options.site, edition, {
              path: String(slide.no),
              image: previewImage(slide.no),
            })
          : []),
      ],
    }))
  }
}

/** Stage 3, the annotated page (`read/`): every slide's picture, text and notes, readable without JavaScript. */
async function readPageStage(p: Publishing, slides: PrintedSlides): Promise<void> {
  const { deck, options, labels, edition, base, files } = p
  const readTitle = format(labels.readTitle, { title: deck.info.title })
  const intro = format(options.withNotes ? labels.readIntro : labels.readIntroWithoutNotes, { count: deck.slides.length })
  await mkdir(join(p.folder, readPageFolder), { recursive: true })
  await writeFile(join(options.out, files.read), readPageHtml({
    lang: deck.info.lang || deck.locale,
    labels,
    title: deck.info.title,
    description: deck.info.description,
    speaker: p.describe.author || undefined,
    event: options.site?.event?.[deck.locale],
    duration: deck.info.duration,
    base,
    downloads: deck.build.options.downloads.flatMap((kind) => {
      const file = files[kind]?.slice(deck.path.length)
      return file
        ? [
            {
              href: `${base}${file}`,
              file,
              label: kind === 'slides'
                ? labels.downloadSlides
                : labels.downloadHandout,
            },
          ]
        : []
    }),
    editions: p.decks.filter(other => other !== deck).map(other => ({
      name: options.site?.editions.find(e => e.locale === other.locale)?.name ?? other.locale,
      locale: other.locale,
      href: `${new URL(`${deckUrl(options.siteUrl, other)}/`).pathname}${readPageFolder}`,
    })),
    chapterTitle: p.describe.chapterTitle,
    slides: deck.slides.map(slide => ({
      no: slide.no,
      title: slide.title,
      chapter: typeof slide.frontmatter.chapter === 'string'
        ? slide.frontmatter.chapter
        : undefined,
      alt: altText(slide.title, slides.shown[slide.no - 1] ?? [], labels.readDiagram, slidePageTitle(slide.no, '', deck.info.title)),
      notes: options.withNotes
        ? noteParagraphs(markdownAsText(slide.note))
        : [],
      // The site's own address (the cover's and the closing slide's) is where the reader already is.
      links: (slides.links[slide.no - 1] ?? []).filter(link => !options.site || !link.href.startsWith(options.site.url)),
    })),
    canvas: deck.info.canvas,
    head: [
      ...describeTags(readTitle, `${intro} ${deck.info.description}`),
      ...(options.site && edition
        ? linkTags(options.site, edition, {
            path: readPageFolder,
            image: previewImage(1),
          })
        : []),
    ],
    icon: /<link rel="icon"[^>]*>/.exec(p.index)?.[0],
    withNotes: options.withNotes,
    serviceWorker: deck.build.precache
      ? `${base}${serviceWorkerFile}`
      : undefined,
  }))
}

/**
 * Writes what a built deck publishes besides its pages, in four stages:
 * print (its slides PDF, its handout with notes, a picture of every slide in
 * both colour schemes, taken from the print view the PDF came from), pages
 * (a page of its own for every slide, `17.html`), the annotated page
 * (`read/`), and offline: its service worker again, precaching only the
 * fonts and diagram code the deck loaded meanwhile (see the addon's
 * vite/service-worker.ts) and the annotated page.
 */
export async function publishDeck(browser: Browser, deck: BuiltDeck, decks: Pick<SiteDeck, 'path' | 'locale'>[], options: PublishOptions): Promise<Published> {
  const url = deckUrl(options.siteUrl, deck)
  const folder = join(options.out, deck.path)
  const publishing: Publishing = {
    browser,
    deck,
    decks,
    options,
    url,
    base: new URL(`${url}/`).pathname,
    folder,
    files: publishedFiles(deck, options.withNotes),
    labels: labelsFor(options.site, deck.locale),
    edition: options.site?.editions.find(e => e.locale === deck.locale),
    describe: describeFor(options.site, deck),
    index: await readFile(join(folder, 'index.html'), 'utf8'),
  }
  const { slides, taken, loaded } = await printStage(publishing)
  await slidePagesStage(publishing, slides)
  await readPageStage(publishing, slides)
  return {
    files: Object.values(publishing.files),
    pictures: taken,
    offline: await deck.build.precache?.(loaded),
  }
}
