import type { Browser } from 'playwright-core'
import { accessSync, constants, existsSync, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-core'

/** Flags Chromium needs as root, headless, on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/**
 * Debian's headless shell (`apt-get install chromium-headless-shell`): the
 * same engine as its Chromium without the browser around it, which is all a
 * command that prints and screenshots needs, and about twice as fast at it.
 * The binary itself, not the `/usr/bin` script that runs it as a child.
 */
const debianHeadlessShell = '/usr/lib/chromium/chromium-headless-shell'

const systemBrowsers = [
  'chromium-headless-shell',
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
]

export const installHint = [
  'No Chromium found. Install one, then run again:',
  '  Debian/Ubuntu: sudo apt-get install chromium-headless-shell (or chromium)',
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
 * Playwright-installed Chromium, Debian's headless shell, `/usr/bin/chromium`,
 * then a headless shell, Chromium or Chrome on PATH. `undefined` when none
 * exists.
 * An explicit path or `CHROMIUM_PATH` that does not exist counts as "none":
 * silently using another browser would hide the mistake.
 */
export function findChromium(explicit?: string): string | undefined {
  const requested = explicit ?? process.env.CHROMIUM_PATH
  if (requested) {
    return usable(requested)
      ? requested
      : undefined
  }
  const downloaded = playwrightChromium()
  if (downloaded)
    return downloaded
  for (const path of [debianHeadlessShell, '/usr/bin/chromium']) {
    if (usable(path))
      return path
  }
  for (const name of systemBrowsers) {
    const found = onPath(name)
    if (found)
      return found
  }
  return undefined
}

function usable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  }
  catch {
    return false
  }
}

/** Why no Chromium was found: the path that was asked for and is not there, or the install hint. */
export function missingChromium(explicit?: string): string {
  const [setting, requested] = explicit
    ? ['--executable-path', explicit]
    : ['CHROMIUM_PATH', process.env.CHROMIUM_PATH]
  if (!requested)
    return installHint
  const what = existsSync(requested)
    ? 'is not an executable file'
    : 'does not exist'
  return `${setting} is ${requested}, which ${what}: point it at a Chromium or Chrome binary${setting === 'CHROMIUM_PATH'
    ? ', or unset it to use the Chromium found on this machine'
    : ''}.\n${installHint}`
}

/** Like `findChromium`, but exits with 2 and says why when there is none. */
export function requireChromium(explicit?: string): string {
  const found = findChromium(explicit)
  if (!found) {
    console.error(`✗ ${missingChromium(explicit)}`)
    process.exit(2)
  }
  return found
}

/** Names no host resolves to but this machine: a build or an export asks no other host for anything (print.ts names what a deck asked for). */
export const onlyThisMachine = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'

/**
 * Starts Chromium for a command, reaching no host but this machine. The
 * command's own SIGINT/SIGTERM handling (run.ts) closes it before removing
 * its profile, so Playwright's is off.
 */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      ...chromiumArgs,
      onlyThisMachine,
    ],
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  })
}
