import { commandLine, fail } from '../addon/node/cli'
import { loadDeck } from '../addon/node/deck'
import { loadSite } from '../addon/node/site'
import { clock, plannedSeconds, speakingSeconds } from '../addon/pacing'

const help = `Usage: npm run timing -- [--edition zh-CN|en] [--site site.config.ts]

Prints, for every slide of each edition, its planned time (the frontmatter's
\`seconds\`) and how long its speaker notes take to say at the deck's speaking
rate, with the totals: the numbers to edit notes against.`

const values = commandLine(help, {
  edition: { type: 'string' },
  site: { type: 'string', default: 'site.config.ts' },
})

const site = await loadSite(values.site).catch((error: Error) => fail(error.message))
const chosen = site.editions.filter(e => !values.edition || e.locale === values.edition)
if (chosen.length === 0)
  fail(`--edition ${values.edition}: the editions are ${site.editions.map(e => e.locale).join(', ')}.`)

for (const edition of chosen) {
  const locale = edition.locale
  const deck = await loadDeck(edition.entry).catch((error: Error) => fail(error.message))
  let planned = 0
  let spoken = 0
  console.log(`\n${edition.entry}`)
  console.log('  no  plan  notes   fit  title')
  for (const slide of deck) {
    const plan = plannedSeconds(slide.frontmatter)
    const say = speakingSeconds(slide.note, locale)
    planned += plan
    spoken += say
    const fit = plan > 0
      ? `${Math.round(say / plan * 100)}%`
      : '–'
    console.log(`  ${String(slide.no).padStart(2)}  ${clock(plan).padStart(4)}  ${clock(say).padStart(5)}  ${fit.padStart(4)}  ${slide.title}`)
  }
  console.log(`  planned ${clock(planned)}, notes ${clock(spoken)}`)
}
