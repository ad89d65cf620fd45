import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, join } from 'node:path'
import process from 'node:process'

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

/** The newest Chromium that `npx playwright install chromium` downloaded, found without loading Playwright. */
function playwrightChromium(): string | undefined {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright')
  if (!existsSync(root))
    return undefined
  const builds = readdirSync(root)
    .filter(name => /^chromium-\d+$/.test(name))
    .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)))
  const binaries = [
    'chrome-linux64/chrome',
    'chrome-linux/chrome',
    'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
    'chrome-win/chrome.exe',
  ]
  for (const build of builds) {
    const found = binaries.map(binary => join(root, build, binary)).find(path => existsSync(path))
    if (found)
      return found
  }
  return undefined
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
