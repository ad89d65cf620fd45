import type { Site } from 'slidev-addon-talk-site'
import type { DeckInfo, DeckSlide } from 'slidev-addon-talk-site/node/deck'
import { existsSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { defineSite } from 'slidev-addon-talk-site'
import { loadDeck, loadDeckInfo } from 'slidev-addon-talk-site/node/deck'
import { tsImport } from 'tsx/esm/api'

/** A talk's site config, read from `file` (default: site.config.ts in the working directory). */
export async function loadSite(file = 'site.config.ts'): Promise<Site> {
  const path = resolve(file)
  if (!existsSync(path))
    throw new Error(`${file} does not exist: a talk site is described by its site.config.ts (see defineSite in the README of slidev-addon-talk-site).`)
  // Through tsx: the config imports this package, whose TypeScript Node itself will not run from node_modules.
  const { default: site } = await tsImport(pathToFileURL(path).href, import.meta.url) as { default: unknown }
  // defineSite checks what it is given, also a config written without it; it accepts a site it already checked.
  return defineSite(site as Parameters<typeof defineSite>[0])
}

/** One deck of a site: an edition, or a single deck given with `--entry`. */
export interface SiteDeck {
  /** The entry file, relative to the working directory. */
  entry: string
  /** The headmatter's `lang:`. */
  locale: string
  /** Its folder under the site's base: `''` for the deck at the root, `en/` for English. */
  path: string
  slides: DeckSlide[]
  info: DeckInfo
}

/**
 * The decks a site is built from, read and checked: every edition of the
 * site config (the default one first, at the root), or only `entry` when one
 * is given, at the root. Each edition's headmatter must say the language the
 * site config gives it.
 */
export async function siteDecks(site: Site | undefined, siteFile: string, entry?: string): Promise<SiteDeck[]> {
  const folder = dirname(resolve(siteFile))
  const chosen = entry === undefined
    ? (site?.editions ?? []).map(edition => ({
        entry: relative(process.cwd(), resolve(folder, edition.entry)),
        path: edition.path,
        locale: edition.locale as string | undefined,
      }))
    : [
        { entry, path: '', locale: undefined },
      ]
  return Promise.all(chosen.map(async (deck) => {
    const [slides, info] = await Promise.all([
      loadDeck(deck.entry),
      loadDeckInfo(deck.entry),
    ])
    if (site && deck.locale !== undefined && info.lang !== deck.locale)
      throw new Error(`${deck.entry} says lang: ${info.lang || '(none)'}, but ${siteFile} gives it the ${deck.locale} edition: make them agree.`)
    return {
      entry: deck.entry,
      path: deck.path,
      locale: info.lang,
      slides,
      info,
    }
  }))
}

/** The decks of the edition `locale` (a command's `--edition`), or all of them when it is not given. */
export function decksOf(decks: SiteDeck[], locale: string | undefined): SiteDeck[] {
  const chosen = decks.filter(deck => locale === undefined || deck.locale === locale)
  if (chosen.length === 0)
    throw new Error(`--edition ${locale}: the editions are ${decks.map(deck => deck.locale).join(', ')}.`)
  return chosen
}

/** A deck's address in a served site, without a trailing slash: `http://127.0.0.1:4173/talk/en`. */
export function deckUrl(siteUrl: string, deck: Pick<SiteDeck, 'path'>): string {
  return `${siteUrl}/${deck.path}`.replace(/\/$/, '')
}

/**
 * The address that opens `route` (`17?clicks=999`, `print?print=true`) of a
 * deck at `url` in one page load. A static host answers a nested edition's
 * deep link with the default edition's page, which hands it on (see the
 * addon's deep links); the tools go to the nested edition's own page directly.
 */
export function routeUrl(deck: { url: string, path: string }, route: string): string {
  return deck.path === ''
    ? `${deck.url}/${route}`
    : `${deck.url}/?path=${encodeURIComponent(route)}`
}
