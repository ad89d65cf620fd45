import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseRuns, stats } from '../addon/node/bench'
import { requireChromium } from '../addon/node/chromium'
import { commandLine } from '../addon/node/cli'
import { loadDeck, loadDeckInfo } from '../addon/node/deck'

const help = `Usage: npm run bench:export -- [--runs 3]

Times, on this machine and in one run, our export of the Chinese edition (npm run export
-- --entry slides.md: slides PDF and handout)
against plain Slidev (slidev build, then slidev export) of the same deck, and prints
min / median seconds, the ratio of medians, and PDF bytes per slide.`

const values = commandLine(help, {
  runs: { type: 'string', default: '3' },
})

const runs = parseRuns(values.runs)
const chromium = requireChromium()
const slides = (await loadDeck()).length
const { exportFilename } = await loadDeckInfo()
const bin = (name: string): string => resolve('node_modules/.bin', name)
const work = mkdtempSync(join(tmpdir(), 'coreos-story-bench-'))

function timed(commands: [string, string[]][]): number {
  const start = performance.now()
  for (const [command, args] of commands)
    execFileSync(command, args, { stdio: 'ignore' })
  return (performance.now() - start) / 1000
}

const ours: number[] = []
const plain: number[] = []
const plainExportOnly: number[] = []
try {
  for (let i = 0; i < runs; i++) {
    ours.push(timed([
      [
        bin('tsx'),
        [
          'scripts/export.ts',
          // One edition, as plain Slidev exports one deck.
          '--entry',
          'slides.md',
          '--out',
          join(work, 'ours'),
        ],
      ],
    ]))
    const build = timed([
      [
        bin('slidev'),
        [
          'build',
          '--out',
          join(work, 'dist'),
        ],
      ],
    ])
    // slidev export starts its own dev server and does not read dist/.
    const exported = timed([
      [
        bin('slidev'),
        [
          'export',
          '--executable-path',
          chromium,
          '--output',
          join(work, 'plain.pdf'),
        ],
      ],
    ])
    plain.push(build + exported)
    plainExportOnly.push(exported)
    console.log(`run ${i + 1}/${runs}: ours ${ours.at(-1)!.toFixed(1)} s, plain ${plain.at(-1)!.toFixed(1)} s (of which slidev export ${exported.toFixed(1)} s)`)
  }
  const a = stats(ours)
  const b = stats(plain)
  const c = stats(plainExportOnly)
  const kb = (file: string): number => statSync(file).size / 1024
  console.log(`npm run export (slides + handout):  min ${a.min.toFixed(1)} s  median ${a.median.toFixed(1)} s`)
  console.log(`slidev build + slidev export:        min ${b.min.toFixed(1)} s  median ${b.median.toFixed(1)} s`)
  console.log(`slidev export alone:                 min ${c.min.toFixed(1)} s  median ${c.median.toFixed(1)} s`)
  console.log(`ratio of medians: ${(a.median / b.median).toFixed(2)}x against build + export, ${(a.median / c.median).toFixed(2)}x against export alone`)
  console.log(`slides PDF: ${(kb(join(work, 'ours', `${exportFilename}.pdf`)) / slides).toFixed(1)} KB per slide (${slides} slides); plain Slidev: ${(kb(join(work, 'plain.pdf')) / slides).toFixed(1)} KB per slide`)
}
finally {
  rmSync(work, { recursive: true, force: true })
}
