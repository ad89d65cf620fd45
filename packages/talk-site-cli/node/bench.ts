import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { serviceWorkerFile } from 'slidev-addon-talk-site/paths'

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

/** What each service worker of a built site precaches: its folder (`/`, `en/`), files and bytes. */
export function precached(dist: string): { folder: string, files: number, bytes: number }[] {
  const folders = [
    '',
    ...readdirSync(dist, { withFileTypes: true }).filter(e => e.isDirectory()).map(e => `${e.name}/`),
  ]
  return folders.filter(folder => existsSync(join(dist, folder, serviceWorkerFile))).map((folder) => {
    const urls = [
      ...readFileSync(join(dist, folder, serviceWorkerFile), 'utf8').matchAll(/url:"([^"]+)"/g),
    ].map(m => m[1]!)
    return {
      folder: folder || '/',
      files: urls.length,
      bytes: urls.reduce((sum, url) => sum + statSync(join(dist, folder, url)).size, 0),
    }
  })
}
