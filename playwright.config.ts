import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { chromiumArgs, findChromium } from './scripts/lib/chromium'

const port = Number(process.env.DECK_PORT ?? 4173)

export default defineConfig({
  testDir: 'tests',
  testMatch: ['browser/**/*.spec.ts', 'pdf/**/*.spec.ts'],
  timeout: 120_000,
  fullyParallel: false,
  workers: 1,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 980, height: 552 },
    launchOptions: {
      executablePath: findChromium(),
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `npx slidev build && npx tsx scripts/serve.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
})
