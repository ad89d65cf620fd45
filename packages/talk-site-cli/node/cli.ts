import type { ParseArgsConfig } from 'node:util'
import { isAbsolute, relative } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

/** The `talk-site` command's file, to run one of its commands in another process (the benchmarks, the tests). */
export const talkSite = fileURLToPath(new URL('../bin/talk-site.js', import.meta.url))

type Options = NonNullable<ParseArgsConfig['options']>

/** A command line's options; `-h`/`--help` prints `help` and exits, an unknown option exits with 1 and the help. */
export function commandLine<const T extends Options>(help: string, options: T): ReturnType<typeof parseArgs<{ options: T, strict: true }>>['values']
/** The same, with the arguments that are not options (`talk-site new my-talk`). */
export function commandLine<const T extends Options>(help: string, options: T, more: { positionals: true }): { values: ReturnType<typeof parseArgs<{ options: T, strict: true }>>['values'], positionals: string[] }
export function commandLine<const T extends Options>(help: string, options: T, more?: { positionals: true }) {
  try {
    const { values, positionals } = parseArgs({
      options: {
        ...options,
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: more?.positionals ?? false,
    })
    if ((values as { help?: boolean }).help) {
      console.log(help)
      process.exit(0)
    }
    return more?.positionals
      ? { values, positionals }
      : values
  }
  catch (error) {
    console.error(`✗ ${(error as Error).message}\n\n${help}`)
    process.exit(1)
  }
}

/** Seconds since the command started, as `12.3`. */
export function stopwatch(): () => string {
  const started = performance.now()
  return () => ((performance.now() - started) / 1000).toFixed(1)
}

/** Prints `message` after a cross and exits with `code`. */
export function fail(message: string, code = 1): never {
  console.error(`✗ ${message}`)
  process.exit(code)
}

/** `path` as messages name it: relative to the working directory when inside it, else as it is. */
export function shown(path: string): string {
  const inCwd = relative(process.cwd(), path)
  return inCwd === ''
    ? '.'
    : inCwd.startsWith('..') || isAbsolute(inCwd)
      ? path
      : inCwd
}

/** What a file-system error means for the user, by its code. */
const fileProblems: Record<string, string> = {
  ENOSPC: 'the disk is full: free some space, then run again',
  EDQUOT: 'the disk quota is used up: free some space, then run again',
  EACCES: 'permission denied: make the folder writable for this user, or choose another --out',
  EPERM: 'the operation is not permitted here: make the folder writable for this user, or choose another --out',
  EROFS: 'the file system is read-only: choose another --out',
  EMFILE: 'too many files are open: raise the limit (ulimit -n), then run again',
  EIO: 'the disk reported an input/output error: check it, then run again',
}

/** A disk or permission error said as what it is, with its path; undefined for any other error. */
export function fileProblem(error: unknown): string | undefined {
  const { code, path, syscall } = (error ?? {}) as NodeJS.ErrnoException
  const problem = code && fileProblems[code]
  if (!problem)
    return undefined
  return path
    ? `${syscall ?? 'writing'} ${shown(path)}: ${problem} (${code}).`
    : `${problem} (${code}).`
}

/** An error's message, or what a disk or permission error means. */
export function describeError(error: unknown): string {
  return fileProblem(error) ?? (error as Error).message
}
