import type { PreparserSetup, ResolvedSlidevOptions } from '@slidev/types'
import type { InlineConfig } from 'vite'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { resolveOptions } from '@slidev/cli'
import { injectPreparserExtensionLoader } from '@slidev/parser/fs'
import { buildCommand, preparserSetup } from 'slidev-addon-talk-site/slidev-internals'

type Build = (options: ResolvedSlidevOptions, viteConfig: InlineConfig, args: Record<string, unknown>) => Promise<void>

/** Where Slidev's build command lives: the chunk its CLI imports it from. */
export function buildCommandFile(): string {
  const cli = createRequire(import.meta.url).resolve(buildCommand.cli)
  const chunk = buildCommand.chunk.exec(readFileSync(cli, 'utf8'))?.[1]
  if (!chunk)
    throw new Error(`${buildCommand.cli} no longer imports its build command from a chunk: Slidev changed; see slidev-internals.ts in slidev-addon-talk-site.`)
  return join(dirname(cli), chunk)
}

/** Loads the preparsers of the deck and its addons as Slidev's CLI does (see `preparserSetup`). */
export function loadPreparsers(): void {
  injectPreparserExtensionLoader(async (roots, headmatter, filepath, mode) => {
    const files = roots.map(root => join(root, preparserSetup.file)).filter(file => existsSync(file))
    const setups = await Promise.all(files.map(async file => (await import(pathToFileURL(file).href) as { default: PreparserSetup }).default))
    return (await Promise.all(setups.map(setup => setup({ filepath, headmatter, mode })))).flat()
  })
}

let buildCommandModule: Promise<Build> | undefined
let root: string | undefined

/**
 * `slidev build <entry>` in this process, with `viteConfig` merged over the
 * deck's own Vite config: how `npm run build` hands the addon its options
 * without environment variables. Slidev remembers the first deck's folder
 * for the whole process, so every deck built in one process must share it.
 */
export async function slidevBuild(entry: string, viteConfig: InlineConfig, cli: { base: string, withoutNotes: boolean }): Promise<void> {
  const folder = dirname(resolve(entry))
  if (root !== undefined && root !== folder)
    throw new Error(`Slidev builds the decks of one folder per process (${root}); ${entry} is in ${folder}. Build it with its own npm run build.`)
  root = folder
  buildCommandModule ??= import(pathToFileURL(buildCommandFile()).href).then((module: { build?: Build }) => {
    if (typeof module.build !== 'function')
      throw new TypeError(`${buildCommandFile()} has no build function: Slidev changed; see slidev-internals.ts in slidev-addon-talk-site.`)
    return module.build
  })
  const build = await buildCommandModule
  loadPreparsers()
  const options = await resolveOptions({ entry, base: cli.base, withoutNotes: cli.withoutNotes }, 'build')
  await build(options, { ...viteConfig, base: cli.base, logLevel: 'error' }, { entry, ...cli })
}
