import process from 'node:process'
import { defineConfig } from 'vite'

// `npm run export` builds a throwaway copy of the deck: keep Slidev's print view (/print)
// without the in-browser download button, and skip work nobody reads (minifying, size reports).
const forExport = process.env.DECK_PRINT_VIEW === '1'

export default defineConfig({
  define: forExport
    ? { __SLIDEV_FEATURE_PRINT__: 'true' }
    : {},
  build: forExport
    ? { minify: false, cssMinify: false, reportCompressedSize: false }
    : {},
})
