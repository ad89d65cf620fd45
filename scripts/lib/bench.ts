import process from 'node:process'

/** The number of runs a benchmark was asked for; exits with a message when it is not a whole number ≥ 1. */
export function parseRuns(value: string): number {
  const runs = Number(value)
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs takes a whole number of at least 1, not "${value}".`)
    process.exit(1)
  }
  return runs
}

/** The smallest and the middle value (the upper middle one for an even count). */
export function stats(numbers: number[]): { min: number, median: number } {
  const sorted = [...numbers].sort((a, b) => a - b)
  return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]! }
}
