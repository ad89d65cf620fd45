import type { Browser } from 'playwright-core'
import type { DownloadKind } from 'slidev-addon-talk-site'
import type { SiteBuildApi } from 'slidev-addon-talk-site/vite/context'
import type { StaticServer } from './serve.ts'
import type { SiteDeck } from './site.ts'
import { join } from 'node:path'
import { buildOptions } from 'slidev-addon-talk-site/vite/context'
import { launchChromium } from './chromium.ts'
import { drawDiagrams } from './draw-diagrams.ts'
import { untilDone } from './run.ts'
import { serveDistBeside } from './serve.ts'
import { slidevBuild } from './slidev-build.ts'

export interface BuildOptions {
  decks: SiteDeck[]
  /** The folder to build into; each deck goes into its path under it. */
  out: string
  /** The site's base path; each deck is built for its folder under it. */
  base: string
  /** The PDFs that will be published beside each deck (its buttons and links show them). */
  downloads: DownloadKind[]
  /** Whether each deck's annotated page will be published beside it (its navigation and last slide link to it). */
  readPage?: boolean
  /** Leave the speaker notes out of the site (`slidev build --without-notes`). */
  withoutNotes?: boolean
  /** A build only printed from and then thrown away: not minified, no service worker. */
  throwaway?: boolean
}

/** A deck as built, with what its build tells back (see `SiteBuildApi`). */
export interface BuiltDeck extends SiteDeck {
  build: SiteBuildApi
}

/** The decks in the order they are built: the root deck first, since building it empties `out`, the nested ones only their own folders. */
function rootFirst<D extends { path: string }>(decks: D[]): D[] {
  return [...decks].sort((a, b) => a.path.length - b.path.length)
}

/**
 * `slidev build` of one deck of the site, in this process, into its folder of
 * `out`, with Slidev's print view kept in for the PDFs. The addon learns which
 * editions are built together and which PDFs are published through the
 * `buildOptions` plugin, not through the environment.
 */
export async function buildDeck(deck: SiteDeck, { decks, out, base, downloads, readPage = false, withoutNotes = false, throwaway = false }: BuildOptions): Promise<BuiltDeck> {
  if (/^(?:https?:)?\/\//.test(deck.info.favicon))
    console.warn(`! ${deck.entry}: the favicon is ${deck.info.favicon}, on another host: every visitor's browser asks it for the icon. Put an icon in public/ and name it in the headmatter, as favicon: /favicon.svg.`)
  const plugin = buildOptions({
    editions: decks.length > 1
      ? decks.map(d => d.locale)
      : [],
    path: deck.path,
    downloads,
    readPage,
    printView: true,
    minify: !throwaway,
    // Written once the deck is printed, with what it loaded (publish.ts).
    serviceWorker: !throwaway && 'after-print',
  })
  try {
    await slidevBuild(deck.entry, {
      build: {
        outDir: join(out, deck.path),
        emptyOutDir: true,
      },
      plugins: [plugin],
    }, { base: `${base}${deck.path}`, withoutNotes })
  }
  catch (error) {
    throw new Error(`slidev build ${deck.entry} failed: ${(error as Error).message}`)
  }
  return { ...deck, build: plugin.api }
}

/** Every deck of the site built, one after another (see `buildDeck`), in the site's order. */
export async function buildSite(options: BuildOptions): Promise<BuiltDeck[]> {
  const built: BuiltDeck[] = []
  for (const deck of rootFirst(options.decks))
    built.push(await buildDeck(deck, options))
  return options.decks.map(deck => built.find(b => b.entry === deck.entry)!)
}

/** How long each step of a deck took, in seconds, for the summary line. */
export type Steps = Record<string, number>

/** Each deck's steps for a summary line: `zh-CN: diagrams 0.4 s, build 9.8 s, print 12.1 s; en: …`. */
export function stepsLine(decks: { deck: Pick<SiteDeck, 'locale'>, steps: Steps }[]): string {
  return decks.map(({ deck, steps }) => `${deck.locale}: ${Object.entries(steps).map(([step, seconds]) => `${step} ${seconds.toFixed(1)} s`).join(', ')}`).join('; ')
}

/** Seconds since `started`, to one decimal. */
function since(started: number): number {
  return Math.round((performance.now() - started) / 100) / 10
}

/** Runs `step` and records its time under `name`. */
export async function timed<T>(steps: Steps, name: string, step: () => Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await step()
  }
  finally {
    steps[name] = since(started)
  }
}

/**
 * Starts Chromium and builds the site into `options.out`, one deck after
 * another; each deck's diagrams are drawn in that Chromium first (see
 * `drawDiagrams`). As soon as a deck is built it is served under its base
 * path and handed to `use` (which prints it), while the next deck builds:
 * the two cores print one edition and build the other. Resolves with what
 * `use` returned for each deck, in the site's order, once all are done;
 * the first failure is thrown after everything started has finished, and
 * the browser and server are closed whatever happens.
 */
export async function withBuiltSite<T>(
  options: BuildOptions & { executablePath: string },
  use: (browser: Browser, siteUrl: string, deck: BuiltDeck, steps: Steps) => Promise<T>,
): Promise<{ deck: BuiltDeck, result: T, steps: Steps }[]> {
  const { executablePath, ...build } = options
  const browser = await launchChromium(executablePath).catch((error: Error) => {
    throw new Error(`Chromium (${executablePath}) did not start: ${error.message}`)
  })
  const closed = untilDone(() => browser.close())
  let server: StaticServer | undefined
  const using: Promise<{ deck: BuiltDeck, result: T, steps: Steps }>[] = []
  try {
    for (const deck of rootFirst(build.decks)) {
      const steps: Steps = {}
      await timed(steps, 'diagrams', () => drawDiagrams(browser, deck))
      const built = await timed(steps, 'build', () => buildDeck(deck, build))
      server ??= await serveDistBeside(build.out, { base: build.base })
      const url = server.url
      const printing = timed(steps, 'print', () => use(browser, url, built, steps)).then(result => ({ deck: built, result, steps }))
      // Reported below, once every deck has finished, not as an unhandled rejection meanwhile.
      printing.catch(() => undefined)
      using.push(printing)
    }
    const done = await Promise.all(using)
    return build.decks.map(deck => done.find(d => d.deck.entry === deck.entry)!)
  }
  finally {
    await Promise.allSettled(using)
    await browser.close()
    closed()
    await server?.close()
  }
}
