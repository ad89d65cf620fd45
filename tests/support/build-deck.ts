// Builds one deck with its print view, as `npm run build` does but without
// printing it: for a fixture that must fail the checks and the print.
// Usage: tsx tests/support/build-deck.ts <entry> <out>
import process from 'node:process'
import { buildSite } from '../../packages/talk-site-cli/node/build'
import { siteDecks } from '../../packages/talk-site-cli/node/site'

const [entry, out] = process.argv.slice(2)
if (!entry || !out) {
  console.error('Usage: tsx tests/support/build-deck.ts <entry> <out>')
  process.exit(1)
}
siteDecks(undefined, 'site.config.ts', entry)
  .then(decks => buildSite({
    decks,
    out,
    base: '/',
    downloads: [],
    throwaway: true,
  }))
  .then(() => process.exit(0), (error: Error) => {
    console.error(error.message)
    process.exit(1)
  })
