import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join, resolve } from 'node:path'
import { commandLine, fail, shown } from '../node/cli'
import { newTalkFiles, newTalkProblem, starterLanguages } from '../node/new-talk'

const help = `Usage: talk-site new <folder> [--lang ${starterLanguages.slice(0, 2).join(',')}]

Writes a new talk into <folder> (which must not exist, or be empty): a deck for
each language (the first at the site's root, the others in their folders), its
first chapter, site.config.ts, package.json depending on this package, and a
README with the commands. Then: cd <folder> && npm install && npm run dev.

Options:
  --lang LIST   the talk's languages, comma-separated, the first at the root
                (default: en; known: ${starterLanguages.join(', ')})
  -h, --help    this text

Exit codes: 0 written, 2 a wrong folder or language (nothing written).`

const { values, positionals } = commandLine(help, {
  lang: { type: 'string', default: 'en' },
}, { positionals: true })

const [folder, ...extra] = positionals
if (!folder || extra.length > 0)
  fail(`give one folder for the new talk, such as talk-site new my-talk.\n\n${help}`, 2)
const target = resolve(folder)
if (existsSync(target) && readdirSync(target).length > 0)
  fail(`${shown(target)} already exists and is not empty: choose a new folder.`, 2)
const name = basename(target)
const languages = values.lang.split(',').map(lang => lang.trim()).filter(Boolean)
const problem = newTalkProblem({ name, languages })
if (problem)
  fail(problem, 2)

interface Manifest { version: string, peerDependencies: Record<string, string> }
const own = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Manifest
const addon = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('slidev-addon-talk-site/package.json'), 'utf8')) as Manifest
const files = newTalkFiles({
  name,
  languages,
  version: `^${own.version}`,
  addonVersion: `^${addon.version}`,
  slidev: addon.peerDependencies['@slidev/cli']!,
  theme: '^0.25.0',
  vue: addon.peerDependencies.vue!,
})
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(target, path)), { recursive: true })
  writeFileSync(join(target, path), text)
}
console.log(`✓ ${shown(target)}: a talk in ${languages.join(', ')}. Next:\n  cd ${shown(target)}\n  npm install\n  npm run dev`)
