// `talk-site new`: the files of a new talk, read back as the tool reads a
// talk, and what it refuses. The test that installs the packed package into
// such a talk and builds it is tests/browser/new-talk.spec.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { plannedSeconds } from 'slidev-addon-talk-site/pacing'
import { afterAll, describe, expect, it } from 'vitest'
import { newTalkFiles, newTalkProblem, starterLanguages } from '../node/new-talk'
import { decksOf, loadSite, siteDecks } from '../node/site'

// Inside the project, so the talk's site.config.ts finds the package as an installed talk would.
mkdirSync(resolve('node_modules/.cache'), { recursive: true })
const work = mkdtempSync(resolve('node_modules/.cache/new-talk-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function scaffold(name: string, languages: string[]): string {
  const dir = join(work, name)
  const files = newTalkFiles({
    name,
    languages,
    version: '^1.0.0',
    addonVersion: '^1.0.0',
    slidev: '^53.0.0',
    theme: '^0.25.0',
    vue: '^3.5.0',
  })
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

describe('a new talk', () => {
  it('has a deck per language, the first at the root, each read back with its slides, notes, plan and described diagram', async () => {
    const dir = scaffold('my-talk', ['en', 'de'])
    const file = join(dir, 'site.config.ts')
    const site = await loadSite(file)
    const decks = await siteDecks(site, file)
    expect(decks.map(deck => [deck.entry, deck.locale, deck.path])).toEqual([
      [
        relative(process.cwd(), join(dir, 'slides.md')),
        'en',
        '',
      ],
      [
        relative(process.cwd(), join(dir, 'slides.de.md')),
        'de',
        'de/',
      ],
    ])
    expect(decksOf(decks, 'de').map(deck => deck.locale)).toEqual(['de'])
    expect(() => decksOf(decks, 'fr')).toThrow('--edition fr: the editions are en, de.')
    for (const deck of decks) {
      expect(deck.info.exportFilename).toBe(`my-talk.${deck.locale}`)
      expect(deck.slides.length).toBe(3)
      for (const slide of deck.slides) {
        expect(slide.title, `slide ${slide.no} of ${deck.entry}`).not.toBe('')
        expect(slide.note, `slide ${slide.no} of ${deck.entry}`).not.toBe('')
        expect(plannedSeconds(slide.frontmatter), `slide ${slide.no} of ${deck.entry}`).toBeGreaterThan(0)
      }
      const [diagram] = deck.slides.flatMap(slide => slide.mermaid)
      expect(diagram).toMatch(/^\s*accTitle:\s*\S/m)
      expect(diagram).toMatch(/^\s*accDescr:\s*\S/m)
      expect(site.chapters.introduction?.[deck.locale]).toBeTruthy()
    }
  })

  it('depends on the addon and its command and calls the command, and says nothing of this talk', () => {
    const files = newTalkFiles({
      name: 'x',
      languages: starterLanguages,
      version: '^1.2.3',
      addonVersion: '^1.2.4',
      slidev: '^53.0.0',
      theme: '^0.25.0',
      vue: '^3.5.0',
    })
    const pkg = JSON.parse(files['package.json']!) as { dependencies: Record<string, string>, devDependencies: Record<string, string>, scripts: Record<string, string> }
    expect(pkg.dependencies['slidev-addon-talk-site']).toBe('^1.2.4')
    expect(pkg.devDependencies['talk-site']).toBe('^1.2.3')
    expect(pkg.scripts.build).toBe('talk-site build')
    expect(pkg.scripts.export).toBe('talk-site export')
    expect(Object.values(files).join('\n')).not.toMatch(/coreos|container linux|noto sans sc/i)
  })

  it.each([
    [
      'My Talk',
      ['en'],
      'is not a plain folder and package name',
    ],
    ['talk', [], 'give the talk\'s languages'],
    [
      'talk',
      ['en', 'fr'],
      'talk-site new has no first chapter in fr: start with en, de, zh-CN',
    ],
    [
      'talk',
      ['en', 'en'],
      '--lang names a language twice',
    ],
  ])('refuses %j in %j, saying what to do', (name, languages, message) => {
    expect(newTalkProblem({ name, languages })).toContain(message)
  })

  it('accepts every language it has a first chapter for', () => {
    expect(starterLanguages).toEqual(['en', 'de', 'zh-CN'])
    expect(newTalkProblem({ name: 'talk', languages: starterLanguages })).toBeUndefined()
  })
})
