import process from 'node:process'
import { parseArgs } from 'node:util'
import { serveDist } from './lib/serve'

const help = `Usage: npm run preview -- [--dir dist] [--base PATH] [--port 4173]

Serves the built site on 127.0.0.1 under its base path (default: the one it
was built for) the way a plain static host does: a missing
path gets the site's 404.html, which opens the deck at that slide.`

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string' },
    port: { type: 'string', default: '4173' },
    help: { type: 'boolean', short: 'h' },
  },
})

if (values.help) {
  console.log(help)
  process.exit(0)
}

try {
  const server = await serveDist(values.dir, {
    port: Number(values.port),
    base: values.base,
  })
  console.log(`Serving ${values.dir} at ${server.url}/`)
}
catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
