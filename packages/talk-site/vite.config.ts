import { defineConfig } from 'vite'
import { talkSite } from './vite/index.ts'

// Slidev merges the Vite config of every addon into the deck's.
export default defineConfig({
  plugins: talkSite(),
})
