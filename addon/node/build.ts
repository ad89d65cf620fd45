import type { Browser } from '@playwright/test'
import type { DownloadKind } from '../index.ts'
import type { SiteBuildApi } from '../vite/context.ts'
import type { StaticServer } from './serve.ts'
import type { SiteDeck } from './site.ts'
import { join } from 'node:path'
import { buildOptions } from '../vite/context.ts'
import { launchChromium } from './chromium.ts'
import { drawDiagrams } from './diagrams.ts'
import { untilDone } from './run.ts'
import { serveDist } from './serve.ts'
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

/**
 * `slidev build` for each deck, in this process, into its folder of `out`,
 * with Slidev's print view kept in for the PDFs. The addon learns which
 * editions are built together and which PDFs are published through the
 * `buildOptions` plugin, not through the environment.
 */
export async function buildSite({ decks, out, base, downloads, readPage = false, withoutNotes = false, throwaway = false }: BuildOptions): Promise<BuiltDeck[]> {
  const built: BuiltDeck[] = []
  // The root deck first: building it empties `out`, the nested ones only their own folders.
  for (const deck of [...decks].sort((a, b) => a.path.length - b.path.length)) {
    const plugin = buildOptions({
      editions: decks.length > 1
        ? decks.map(d => d.locale)
        : [],
      path: deck.path,
      downloads,
      readPage,
      printView: true,
      minify: !throwaway,
      serviceWorker: !throwaway,
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
    built.push({ ...deck, build: plugin.api })
  }
  return decks.map(deck => built.find(b => b.entry === deck.entry)!)
}

/**
 * Starts Chromium, draws every deck's diagrams in it (see `drawDiagrams`),
 * builds the site into `options.out`, serves the build under its base path
 * and hands the browser and the address to `use`. The browser and server are
 * closed whatever `use` does.
 */
export async function withBuiltSite<T>(
  options: BuildOptions & { executablePath: string },
  use: (browser: Browser, siteUrl: string, decks: BuiltDeck[]) => Promise<T>,
): Promise<T> {
  const { executablePath, ...build } = options
  const browser = await launchChromium(executablePath).catch((error: Error) => {
    throw new Error(`Chromium (${executablePath}) did not start: ${error.message}`)
  })
  const closed = untilDone(() => browser.close())
  let server: StaticServer | undefined
  try {
    for (const deck of build.decks)
      await drawDiagrams(browser, deck)
    const built = await buildSite(build)
    server = await serveDist(build.out, { base: build.base })
    return await use(browser, server.url, built)
  }
  finally {
    await browser.close()
    closed()
    await server?.close()
  }
}
