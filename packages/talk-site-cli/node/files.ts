import { existsSync, lstatSync, readdirSync, readlinkSync, realpathSync } from 'node:fs'
import { chmod, link, mkdtemp, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import process from 'node:process'
import { fail, shown } from './cli.ts'
import { isStopping, leftovers, removeNow, untilDone } from './run.ts'

/** A command-line mistake: the command exits with 2 and says what to change. */
export class UsageError extends Error {}

/**
 * The file every folder this tool writes carries (`dist/.talk-site`), so that
 * `--out` never replaces or writes into a folder someone else made.
 */
export const outputMarker = '.talk-site'

/** The real path of `path`, following links, for as much of it as exists. */
function realPath(path: string): string {
  const missing: string[] = []
  let existing = resolve(path)
  while (!existsSync(existing) && dirname(existing) !== existing) {
    missing.unshift(basename(existing))
    existing = dirname(existing)
  }
  return join(realpathSync(existing), ...missing)
}

/** Whether `inner` is `outer` or inside it, compared by whole path segments. */
export function isInside(inner: string, outer: string): boolean {
  const path = relative(outer, inner)
  return path === '' || (!isAbsolute(path) && path !== '..' && !path.startsWith(`..${sep}`))
}

/** `file` inside `folder`; throws when a name from a setting (`../x`) would put it anywhere else. */
export function inside(folder: string, file: string, setting: string): string {
  const path = resolve(folder, file)
  if (!isInside(path, folder) || path === resolve(folder))
    throw new UsageError(`${setting} "${file}" would write outside ${shown(folder)}: give a plain file name.`)
  return path
}

/** The version folder `out` is a link to, if it is one of ours. */
function linkedVersion(out: string): string | undefined {
  const stat = lstatSync(out, { throwIfNoEntry: false })
  if (!stat?.isSymbolicLink())
    return undefined
  const target = readlinkSync(out)
  return !target.includes(sep) && target.startsWith(versionPrefix(out))
    ? join(dirname(out), target)
    : undefined
}

/**
 * Checks that `out` may be (re)written by a command: never the project
 * (`protect`: the working directory, the site config's folder) or a folder
 * that contains it, and, unless `force`, only a folder that does not exist,
 * is empty, or was written by this tool. Throws a `UsageError` naming it.
 */
export function checkOutput(out: string, { protect, force, option = '--out' }: { protect: string[], force: boolean, option?: string }): void {
  const path = realPath(out)
  const project = protect.map(realPath).find(folder => isInside(folder, path))
  if (project !== undefined) {
    throw new UsageError(`${option} ${out} is ${path === project
      ? 'the project folder'
      : `a folder that contains the project (${project})`}, and would be replaced: give a folder of its own, such as dist.`)
  }
  const stat = lstatSync(out, { throwIfNoEntry: false })
  if (!stat || force || linkedVersion(out))
    return
  if (!stat.isDirectory() && !stat.isSymbolicLink())
    throw new UsageError(`${option} ${out} is a file, not a folder: give a folder, or pass --force to replace it.`)
  const entries = stat.isDirectory()
    ? readdirSync(out)
    : ['(a link)']
  if (entries.length > 0 && !entries.includes(outputMarker)) {
    throw new UsageError(`${option} ${out} holds files this tool did not write (it has no ${outputMarker} file): choose another folder, or pass --force to replace it and everything in it.`)
  }
}

/**
 * Writes files so that readers only ever see complete ones: all bytes go to
 * temporary files beside their targets first, then each replaces its target
 * in one rename. If any write fails, no target is touched.
 */
export async function writeFilesAtomic(files: [path: string, bytes: Uint8Array][]): Promise<void> {
  const staged = files.map(([path, bytes]) => ({
    path,
    bytes,
    temporary: join(dirname(path), `.${basename(path)}.${process.pid}.partial`),
  }))
  try {
    for (const file of staged)
      await writeFile(file.temporary, file.bytes)
    for (const file of staged)
      await rename(file.temporary, file.path)
  }
  finally {
    await Promise.all(staged.map(file => rm(file.temporary, { force: true })))
  }
}

/** Gives every folder under `dir` (itself included) mode 0755 and every file 0644, whatever the umask was. */
export async function makeWorldReadable(dir: string): Promise<void> {
  await chmod(dir, 0o755)
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory())
      await makeWorldReadable(path)
    else
      await chmod(path, 0o644)
  }
}

/** Versions of `out` are folders beside it: `.dist-<pid>-<random>`. */
function versionPrefix(out: string): string {
  return `.${basename(out)}-`
}

/**
 * Puts `version`, complete, in place of `out`: `out` becomes a link to it,
 * replaced in one rename, so `out` is at every moment the old folder or the
 * new one, whole. The old version is removed afterwards. An `out` that is a
 * real folder (written before versions, or passed with `--force`) is moved
 * aside first, the one moment `out` is missing.
 */
export async function switchTo(out: string, version: string): Promise<void> {
  const old = linkedVersion(out)
  const stat = lstatSync(out, { throwIfNoEntry: false })
  const aside = stat && !old
    ? `${version}.old`
    : undefined
  const pointer = `${version}.link`
  await symlink(basename(version), pointer)
  if (aside)
    await rename(out, aside)
  await rename(pointer, out)
  const previous = old ?? aside
  if (previous)
    await rm(previous, { recursive: true, force: true })
}

/**
 * Builds a new version of the folder `out` with `fill` and puts it in place
 * only when `fill` succeeds, readable by any web server and marked as ours:
 * a failed or interrupted run leaves the last good one, and nothing
 * half-written. `keep` names files of the current version to carry over
 * (hard-linked) unless `fill` writes them anew. Leftovers of killed runs are
 * removed first.
 */
export async function replaceFolder(out: string, fill: (work: string) => Promise<void>, { keep = () => false }: { keep?: (name: string) => boolean } = {}): Promise<void> {
  const parent = dirname(out)
  const current = linkedVersion(out)
  for (const old of await leftovers(parent, versionPrefix(out))) {
    if (old !== current)
      removeNow(old)
  }
  const work = await mkdtemp(join(parent, `${versionPrefix(out)}${process.pid}-`))
  const done = untilDone(() => removeNow(work))
  let switched = false
  try {
    await fill(work)
    const previous = lstatSync(out, { throwIfNoEntry: false })?.isDirectory() || current
      ? out
      : undefined
    for (const entry of previous
      ? await readdir(previous, { withFileTypes: true })
      : []) {
      if (entry.isFile() && entry.name !== outputMarker && keep(entry.name) && !existsSync(join(work, entry.name)))
        await link(join(previous!, entry.name), join(work, entry.name))
    }
    await writeFile(join(work, outputMarker), `Written by the talk-site tool; --out replaces this folder only while this file is here.\n`)
    await makeWorldReadable(work)
    await switchTo(out, work)
    switched = true
  }
  catch (error) {
    await rm(work, { recursive: true, force: true })
    throw error
  }
  finally {
    // A run being stopped keeps its clean-up until exit: the build may still write into the folder.
    if (switched || !isStopping())
      done()
  }
}

/**
 * Checks a command's output folder before anything heavy runs (see
 * `checkOutput`): never the project (the working directory, the folder of
 * the site config). A refusal exits with 2, naming the folder.
 */
export function requireOutput(out: string, { site, force }: { site: string, force: boolean }): void {
  try {
    checkOutput(out, {
      protect: [
        process.cwd(),
        dirname(resolve(site)),
      ],
      force,
    })
  }
  catch (error) {
    fail((error as Error).message, error instanceof UsageError
      ? 2
      : 1)
  }
}
