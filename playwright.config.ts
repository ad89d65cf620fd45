import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { chromiumArgs, findChromium } from './packages/talk-site-cli/node/chromium'
import { loadDeckInfo } from './packages/talk-site/node/deck'

const { canvas } = await loadDeckInfo('slides.md')

export default defineConfig({
  testDir: 'tests',
  testMatch: ['browser/**/*.spec.ts', 'pdf/**/*.spec.ts'],
  // Builds every site the tests read, once, into a temporary folder, and serves it.
  globalSetup: './tests/support/global-setup.ts',
  timeout: 120_000,
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    viewport: canvas,
    // The offline tests turn service workers on; elsewhere their background precaching only slows the checks.
    serviceWorkers: 'block',
    // As a presenter's browser does for a page on screen: Slidev asks to keep the screen on while presenting.
    permissions: ['screen-wake-lock'],
    launchOptions: {
      executablePath: findChromium(),
      args: chromiumArgs,
    },
  },
})
