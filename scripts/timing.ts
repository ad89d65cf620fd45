import type { Locale } from '../data/types'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { editionList } from '../data/editions'
import { clock, plannedSeconds, speakingSeconds } from '../data/timing'
import { loadDeck } from './lib/deck'

const help = `Usage: npm run timing -- [--edition zh-CN|en]

Prints, for every slide of each edition, its planned time (the frontmatter's
\`seconds\`) and how long its speaker notes take to say at the deck's speaking
rate, with the running total: the numbers to edit notes against.`

const { values } = parseArgs({
  options: {
    edition: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
})

if (values.help) {
  console.log(help)
  process.exit(0)
}

const chosen = editionList.filter(e => !values.edition || e.locale === values.edition)
if (chosen.length === 0) {
  console.error(`✗ --edition ${values.edition}: the editions are ${editionList.map(e => e.locale).join(', ')}.`)
  process.exit(1)
}

for (const edition of chosen) {
  const locale: Locale = edition.locale
  const deck = await loadDeck(edition.entry)
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
