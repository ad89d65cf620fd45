import process from 'node:process'

/** Each subcommand: its words on the command line, what it does, and its module. */
const commands: { words: string[], does: string, load: () => Promise<unknown> }[] = [
  {
    words: ['new'],
    does: 'scaffold a new talk in a folder of its own',
    load: () => import('./new.ts'),
  },
  {
    words: ['build'],
    does: 'build the site: every edition, its PDFs, pictures, slide pages, annotated page, offline cache',
    load: () => import('./build.ts'),
  },
  {
    words: ['export'],
    does: 'write the slides PDF and the handout of every edition',
    load: () => import('./export.ts'),
  },
  {
    words: ['preview'],
    does: 'serve a built site as a static host does',
    load: () => import('./preview.ts'),
  },
  {
    words: ['timing'],
    does: 'the plan and the time the notes take, slide by slide',
    load: () => import('./timing.ts'),
  },
  {
    words: ['screenshot'],
    does: 'slides of a built site as PNG files',
    load: () => import('./screenshot.ts'),
  },
  {
    words: ['bench', 'export'],
    does: 'time the export against plain Slidev',
    load: () => import('./bench-export.ts'),
  },
  {
    words: ['bench', 'site'],
    does: 'weigh and time slide 1 against Slidev\'s starter deck',
    load: () => import('./bench-site.ts'),
  },
]

const help = `Usage: talk-site <command> [options]

A Slidev talk as a website in every language it is given in, with its PDFs.

Commands:
${commands.map(command => `  ${command.words.join(' ').padEnd(14)}${command.does}`).join('\n')}

talk-site <command> --help tells a command's options.`

const args = process.argv.slice(2)
const command = commands.find(command => command.words.every((word, i) => args[i] === word))
if (!command) {
  if (args.length === 0 || args[0] === '-h' || args[0] === '--help') {
    console.log(help)
    process.exit(0)
  }
  console.error(`✗ talk-site has no command “${args.filter(arg => !arg.startsWith('-')).slice(0, 2).join(' ')}”.\n\n${help}`)
  process.exit(1)
}
// The command reads its own options from process.argv, as when it was run on its own.
process.argv.splice(2, command.words.length)
await command.load()
