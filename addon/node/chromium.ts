import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import process from 'node:process'
import { chromium } from '@playwright/test'

/** Flags Chromium needs as root, headless, on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

const systemBrowsers = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
]

export const installHint = [
  'No Chromium found. Install one, then run again:',
  '  Debian/Ubuntu: sudo apt-get install chromium',
  '  elsewhere:     npx playwright install chromium',
  'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
].join('\n')

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name)
    if (dir && existsSync(candidate))
      return candidate
  }
  return undefined
}

/** The Chromium `npx playwright install chromium` downloads for this Playwright, if it is there. */
function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath()
    return existsSync(path)
      ? path
      : undefined
  }
  catch {
    return undefined
  }
}

/**
 * The Chromium to drive, in order: an explicit path, `CHROMIUM_PATH`, a
 * Playwright-installed Chromium, `/usr/bin/chromium`, then Chromium or Chrome
 * on PATH. `undefined` when none exists.
 * An explicit path or `CHROMIUM_PATH` that does not exist counts as "none":
 * silently using another browser would hide the mistake.
 */
export function findChromium(explicit?: string): string | undefined {
  const requested = explicit ?? process.env.CHROMIUM_PATH
  if (requested) {
    return existsSync(requested)
      ? requested
      : undefined
  }
  const downloaded = playwrightChromium()
  if (downloaded)
    return downloaded
  if (existsSync('/usr/bin/chromium'))
    return '/usr/bin/chromium'
  for (const name of systemBrowsers) {
    const found = onPath(name)
    if (found)
      return found
  }
  return undefined
}

/** Like `findChromium`, but exits with the install hint when there is none. */
export function requireChromium(explicit?: string): string {
  const found = findChromium(explicit)
  if (!found) {
    console.error(installHint)
    process.exit(2)
  }
  return found
}
