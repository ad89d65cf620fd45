import { chmod, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import process from 'node:process'

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

/**
 * Builds a folder next to `out` with `fill` and puts it in place of `out`
 * only when `fill` succeeds, readable by any web server: a failed build
 * leaves the last good one, and nothing half-written.
 */
export async function replaceFolder(out: string, fill: (work: string) => Promise<void>): Promise<void> {
  const work = await mkdtemp(join(dirname(out), `.${basename(out)}-`))
  try {
    await fill(work)
    await makeWorldReadable(work)
    await rm(out, { recursive: true, force: true })
    await rename(work, out)
  }
  catch (error) {
    await rm(work, { recursive: true, force: true })
    throw error
  }
}
