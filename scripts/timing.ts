import { commandLine, fail } from '../addon/node/cli'
import { decksOf, loadSite, siteDecks } from '../addon/node/site'
import { clock, plannedSeconds, speakingSeconds } from '../addon/pacing'

const help = `Usage: npm run timing -- [--edition zh-CN|en] [--site site.config.ts]

Prints, for every slide of each edition, its planned time (the frontmatter's
\`seconds\`) and how long its speaker notes take to say at the deck's speaking
rate, with the totals: the numbers to edit notes against.`

const values = commandLine(help, {
  edition: { type: 'string' },
  site: { type: 'string', default: 'site.config.ts' },
})

const chosen = await loadSite(values.site)
  .then(site => siteDecks(site, values.site))
  .then(decks => decksOf(decks, values.edition))
  .catch((error: Error) => fail(error.message))

for (const deck of chosen) {
  let planned = 0
  let spoken = 0
  console.log(`\n${deck.entry}`)
  console.log('  no  plan  notes   fit  title')
  for (const slide of deck.slides) {
    const plan = plannedSeconds(slide.frontmatter)
    const say = speakingSeconds(slide.note, deck.locale)
    planned += plan
    spoken += say
    const fit = plan > 0
      ? `${Math.round(say / plan * 100)}%`
      : '–'
    console.log(`  ${String(slide.no).padStart(2)}  ${clock(plan).padStart(4)}  ${clock(say).padStart(5)}  ${fit.padStart(4)}  ${slide.title}`)
  }
  console.log(`  planned ${clock(planned)}, notes ${clock(spoken)}`)
}
