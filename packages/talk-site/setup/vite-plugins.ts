import { defineVitePluginsSetup } from '@slidev/types'
import { deckPlugins } from '../vite/index.ts'

// The addon's plugins that need the deck's slides and config (the rest come from vite.config.ts).
export default defineVitePluginsSetup(options => deckPlugins(options))
