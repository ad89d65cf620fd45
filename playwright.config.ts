import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { chromiumArgs, findChromium } from './scripts/lib/chromium'

const port = Number(process.env.DECK_PORT ?? 4173)
/** The browser tests run against the site as it is published: under a sub-path, as on GitHub Pages. */
export const base = '/coreos-story/'

export default defineConfig({
  testDir: 'tests',
  testMatch: ['browser/**/*.spec.ts', 'pdf/**/*.spec.ts'],
  timeout: 120_000,
  fullyParallel: false,
  workers: 1,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    // Without a trailing slash: tests open `${baseURL}/17`.
    baseURL: `http://127.0.0.1:${port}${base.slice(0, -1)}`,
    viewport: { width: 980, height: 552 },
    // The offline test turns the service worker on; elsewhere its background precaching only slows the checks.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: findChromium(),
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `npx tsx scripts/build.ts --base ${base} && npx tsx scripts/serve.ts --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
})
