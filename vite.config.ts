import process from 'node:process'
import { defineConfig } from 'vite'

// `npm run export` builds with Slidev's print view (/print) kept, without the in-browser download button.
export default defineConfig({
  define: process.env.DECK_PRINT_VIEW === '1'
    ? { __SLIDEV_FEATURE_PRINT__: 'true' }
    : {},
})
