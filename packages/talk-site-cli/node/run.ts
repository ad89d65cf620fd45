import { rmSync } from 'node:fs'
import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'

/**
 * What one run of a command leaves behind if it is stopped: folders to
 * remove and a browser to close. SIGINT and SIGTERM run the clean-ups (the
 * newest first), then the command exits with the conventional code (130,
 * 143); a run killed outright is cleaned up by the next one (`leftovers`).
 */
type Cleanup = () => unknown

const cleanups: Cleanup[] = []
const signals = { SIGINT: 2, SIGTERM: 15 } as const
let stopping = false

async function stop(signal: keyof typeof signals): Promise<void> {
  if (stopping)
    return
  stopping = true
  console.error(`\n✗ Stopped (${signal}): removing this run's temporary files.`)
  // Each clean-up runs now and once more, synchronously, on exit: a build
  // still writing while the browser closes may have made a folder again.
  for (const cleanup of cleanups.toReversed()) {
    try {
      // A browser that does not close in time is killed with the process.
      await Promise.race([
        cleanup(),
        new Promise(done => setTimeout(done, 5_000)),
      ])
    }
    catch (error) {
      console.error(`! ${(error as Error).message}; the next run removes what is left.`)
    }
  }
  process.exit(128 + signals[signal])
}

let listening = false

/** Whether the command is being stopped by a signal: its clean-ups are running. */
export function isStopping(): boolean {
  return stopping
}

/**
 * Runs `cleanup` if the command is interrupted, or exits early, before the
 * returned function is called. On exit only what is synchronous can still
 * run; a browser left open is killed with the process by Playwright.
 */
export function untilDone(cleanup: Cleanup): () => void {
  if (!listening) {
    listening = true
    for (const signal of Object.keys(signals) as (keyof typeof signals)[])
      process.on(signal, () => void stop(signal))
    process.on('exit', () => {
      for (const left of cleanups.toReversed()) {
        try {
          left()
        }
        catch {}
      }
    })
  }
  cleanups.push(cleanup)
  return () => {
    const at = cleanups.indexOf(cleanup)
    if (at >= 0)
      cleanups.splice(at, 1)
  }
}

/** Removes a folder now, synchronously, retrying while the build's own threads may still be writing into it. */
export function removeNow(path: string): void {
  rmSync(path, {
    recursive: true,
    force: true,
    maxRetries: 10,
    retryDelay: 100,
  })
}

/** Whether a process with this id is running (ours or another user's). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  }
  catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * The entries of `dir` named `<prefix><pid>-…` whose process is no longer
 * running: what a run killed outright left behind. Runs still going (this
 * one, or another build beside it) are left alone.
 */
export async function leftovers(dir: string, prefix: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  return names.filter((name) => {
    if (!name.startsWith(prefix))
      return false
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1])
    return Number.isInteger(pid) && pid > 0 && !isRunning(pid)
  }).map(name => join(dir, name))
}

const runPrefix = 'talk-site-'

/**
 * A temporary folder for this run (`$TMPDIR/talk-site-<pid>-…`), removed when
 * the run ends or is interrupted. It becomes the process's temporary folder,
 * so whatever else the run writes there (Playwright's browser profile,
 * Chromium's own files) goes with it. Leftovers of killed runs are removed.
 */
export async function runFolder(): Promise<{ path: string, remove: () => void }> {
  const system = tmpdir()
  for (const old of await leftovers(system, runPrefix))
    removeNow(old)
  const path = await mkdtemp(join(system, `${runPrefix}${process.pid}-`))
  process.env.TMPDIR = path
  const done = untilDone(() => removeNow(path))
  return {
    path,
    remove: () => {
      done()
      process.env.TMPDIR = system
      removeNow(path)
    },
  }
}
