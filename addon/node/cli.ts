import type { ParseArgsConfig } from 'node:util'
import process from 'node:process'
import { parseArgs } from 'node:util'

type Options = NonNullable<ParseArgsConfig['options']>

/** A command line's options; `-h`/`--help` prints `help` and exits, an unknown option exits with 1 and the help. */
export function commandLine<const T extends Options>(help: string, options: T) {
  try {
    const { values } = parseArgs({
      options: {
        ...options,
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    })
    if ((values as { help?: boolean }).help) {
      console.log(help)
      process.exit(0)
    }
    return values
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
