import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { pdfFile } from 'slidev-addon-talk-site/paths'
import { parseRuns, stats } from '../node/bench'
import { requireChromium } from '../node/chromium'
import { commandLine, talkSite } from '../node/cli'
import { pictureCache } from '../node/picture-cache'
import { loadSite, siteDecks } from '../node/site'

const help = `Usage: talk-site bench export [--runs 3]

Times, on this machine and in one run:
  - our export of every edition (talk-site export: slides PDF and handout each)
    against plain Slidev (slidev build, then slidev export) of every edition;
  - our export of one edition (--entry slides.md) against plain Slidev of it;
  - the whole site with its pictures, PDFs and pages (talk-site build), with
    no slide picture kept from before and then with every one kept (the
    picture cache is set aside while the benchmark runs, and put back);
and prints min / median seconds, the ratios of medians per edition, and PDF bytes per slide.`

const values = commandLine(help, {
  runs: { type: 'string', default: '3' },
})

const runs = parseRuns(values.runs)
const chromium = requireChromium()
const decks = await siteDecks(await loadSite(), 'site.config.ts')
const [first] = decks
const bin = (name: string): string => resolve('node_modules/.bin', name)
const work = mkdtempSync(join(tmpdir(), 'talk-site-bench-'))

/** Seconds the command takes. */
function timed(command: string, args: string[]): number {
  const start = performance.now()
  execFileSync(command, args, { stdio: 'ignore' })
  return (performance.now() - start) / 1000
}

const ours = {
  all: [] as number[],
  one: [] as number[],
  site: [] as number[],
  siteCold: [] as number[],
}
// The developer's picture cache, set aside: each run builds the site once without it and once with what that build kept.
const cache = pictureCache(first!.entry)
const aside = `${cache}.set-aside`
if (existsSync(cache))
  renameSync(cache, aside)
const plain = { all: [] as number[], one: [] as number[] }
try {
  for (let i = 0; i < runs; i++) {
    ours.all.push(timed(process.execPath, [
      talkSite,
      'export',
      '--out',
      join(work, 'ours'),
    ]))
    ours.one.push(timed(process.execPath, [
      talkSite,
      'export',
      '--entry',
      first!.entry,
      '--out',
      join(work, 'ours-one'),
    ]))
    rmSync(cache, { recursive: true, force: true })
    for (const kept of [ours.siteCold, ours.site]) {
      kept.push(timed(process.execPath, [
        talkSite,
        'build',
        '--out',
        join(work, 'site'),
      ]))
    }
    // Plain Slidev, one deck at a time as it works: slidev export starts its own dev server and does not read dist/.
    const each = decks.map(deck => timed(bin('slidev'), [
      'build',
      deck.entry,
      '--out',
      join(work, `dist-${deck.locale}`),
    ])
    + timed(bin('slidev'), [
      'export',
      deck.entry,
      '--executable-path',
      chromium,
      '--output',
      join(work, `plain-${deck.locale}.pdf`),
    ]))
    plain.all.push(each.reduce((sum, seconds) => sum + seconds, 0))
    plain.one.push(each[0]!)
    console.log(`run ${i + 1}/${runs}: every edition ours ${ours.all.at(-1)!.toFixed(1)} s, plain ${plain.all.at(-1)!.toFixed(1)} s; one edition ours ${ours.one.at(-1)!.toFixed(1)} s, plain ${plain.one.at(-1)!.toFixed(1)} s; talk-site build ${ours.siteCold.at(-1)!.toFixed(1)} s, again ${ours.site.at(-1)!.toFixed(1)} s`)
  }
  const line = (name: string, seconds: number[]): string => {
    const { min, median } = stats(seconds)
    return `${name.padEnd(58)} min ${min.toFixed(1).padStart(5)} s  median ${median.toFixed(1).padStart(5)} s`
  }
  const median = (seconds: number[]): number => stats(seconds).median
  console.log(line(`talk-site export, ${decks.length} editions (slides + handout)`, ours.all))
  console.log(line(`slidev build + slidev export, ${decks.length} editions one by one`, plain.all))
  console.log(line(`talk-site export --entry ${first!.entry}`, ours.one))
  console.log(line(`slidev build + slidev export of ${first!.entry}`, plain.one))
  console.log(line(`talk-site build (${decks.length} editions, pictures, PDFs, pages)`, ours.siteCold))
  console.log(line(`talk-site build again, every slide picture kept`, ours.site))
  console.log(`per edition, every edition at once: ours ${(median(ours.all) / decks.length).toFixed(1)} s against plain Slidev's ${(median(plain.one)).toFixed(1)} s for one edition: ${(median(ours.all) / decks.length / median(plain.one)).toFixed(2)}x`)
  console.log(`every edition: ${(median(ours.all) / median(plain.all)).toFixed(2)}x plain Slidev's; one edition: ${(median(ours.one) / median(plain.one)).toFixed(2)}x`)
  const kb = (file: string): number => statSync(file).size / 1024
  for (const deck of decks)
    console.log(`${deck.locale} slides PDF: ${(kb(join(work, 'ours', pdfFile(deck.info.exportFilename, 'slides'))) / deck.slides.length).toFixed(1)} KB a slide; plain Slidev: ${(kb(join(work, `plain-${deck.locale}.pdf`)) / deck.slides.length).toFixed(1)} KB a slide`)
}
finally {
  rmSync(cache, { recursive: true, force: true })
  if (existsSync(aside))
    renameSync(aside, cache)
  rmSync(work, { recursive: true, force: true })
}
