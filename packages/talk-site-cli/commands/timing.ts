import { editionOf } from 'slidev-addon-talk-site'
import { clock, plannedSeconds, speakingSeconds, talkLength, talkParts } from 'slidev-addon-talk-site/pacing'
import { commandLine, fail } from '../node/cli'
import { decksOf, loadSite, siteDecks } from '../node/site'

const help = `Usage: talk-site timing [--edition zh-CN|en] [--site site.config.ts]

Prints, for every slide of each edition, its planned time (the frontmatter's
\`seconds\`) and how long its speaker notes take to say at the deck's speaking
rate; then, for the timed talk (up to the closing slide, the last that plans
time) and for the appendix after it, the plan, the notes and the slack the
slot (the headmatter's \`duration\`) leaves for questions: the numbers to edit
notes against.`

const values = commandLine(help, {
  edition: { type: 'string' },
  site: { type: 'string', default: 'site.config.ts' },
})

const site = await loadSite(values.site).catch((error: Error) => fail(error.message))
const chosen = await siteDecks(site, values.site)
  .then(decks => decksOf(decks, values.edition))
  .catch((error: Error) => fail(error.message))

function range({ from, to }: { from: number, to: number }): string {
  return from === to
    ? `slide ${from}`
    : `slides ${from}–${to}`
}

for (const deck of chosen) {
  const plan = deck.slides.map(slide => plannedSeconds(slide.frontmatter))
  const { speakingRate } = editionOf(site, deck.locale)
  const said = deck.slides.map(slide => speakingSeconds(slide.note, deck.locale, speakingRate))
  const { timed, appendix } = talkParts(plan)
  const slot = deck.info.duration ?? 0
  console.log(`\n${deck.entry}${slot > 0
    ? `, a ${clock(slot)} slot`
    : ''}`)
  console.log('  no  plan  notes   fit  title')
  for (const slide of deck.slides) {
    if (slide.no === appendix.from)
      console.log('      appendix: after the closing slide, planned at no time')
    const planned = plan[slide.no - 1]!
    const say = said[slide.no - 1]!
    const fit = planned > 0
      ? `${Math.round(say / planned * 100)}%`
      : '–'
    console.log(`  ${String(slide.no).padStart(2)}  ${(planned > 0
      ? clock(planned)
      : '–').padStart(4)}  ${clock(say).padStart(5)}  ${fit.padStart(4)}  ${slide.title}`)
  }
  const sum = (values: number[], { from, to }: { from: number, to: number }): number =>
    values.slice(from - 1, to).reduce((total, s) => total + s, 0)
  const { talk, questions } = talkLength(plan, slot)
  const notes = sum(said, timed)
  const slack = slot > 0
    ? `slack ${clock(questions)} for questions (${clock(Math.max(0, slot - notes))} by the notes)`
    : 'slack – (no duration: in the headmatter)'
  console.log(`  timed talk, ${range(timed)}: plan ${clock(talk)}, notes ${clock(notes)}, ${slack}`)
  console.log(appendix.from > appendix.to
    ? '  appendix: none'
    : `  appendix, ${range(appendix)}: plan 0:00, notes ${clock(sum(said, appendix))}, slack – (read, not said)`)
}
