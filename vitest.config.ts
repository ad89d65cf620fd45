import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { createContext } from './packages/talk-site/vite/context'
import { siteModule } from './packages/talk-site/vite/site-module'

const site = createContext()

export default defineConfig({
  plugins: [
    vue(),
    // Components read the site config as in the deck: from the addon's virtual module.
    site.plugin,
    siteModule(site.get),
  ],
  resolve: {
    alias: {
      '@slidev/client': resolve('tests/unit/stubs/slidev-client.ts'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'packages/*/tests/**/*.test.ts'],
    environment: 'node',
    // The files share their workers: none mocks a module or leaves a global changed, and a fresh worker per file cost a quarter of the run.
    isolate: false,
  },
})
