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
  for (const cleanup of cleanups.toReversed()) {
    try {
      // A browser that does not close in time is killed with the process.
      await Promise.race([
        cleanup(),
        new Promise(done => setTimeout(done, 5_000)),
      ])
    }
    catch {}
  }
  process.exit(128 + signals[signal])
}

/** Runs `cleanup` if the command is interrupted before the returned function is called. */
export function untilDone(cleanup: Cleanup): () => void {
  if (cleanups.length === 0 && !stopping) {
    for (const signal of Object.keys(signals) as (keyof typeof signals)[]) {
      if (process.listenerCount(signal) === 0)
        process.once(signal, () => void stop(signal))
    }
  }
  cleanups.push(cleanup)
  return () => {
    const at = cleanups.indexOf(cleanup)
    if (at >= 0)
      cleanups.splice(at, 1)
  }
}

/** Removes a folder now; what an interrupted run can still do synchronously. */
export function removeNow(path: string): void {
  rmSync(path, { recursive: true, force: true, maxRetries: 3 })
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
  let done = (): void => {}
  const remove = (): void => {
    done()
    process.off('exit', remove)
    process.env.TMPDIR = system
    removeNow(path)
  }
  done = untilDone(remove)
  // Also when the command exits early, through `fail`.
  process.on('exit', remove)
  return { path, remove }
}
