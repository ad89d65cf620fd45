import process from 'node:process'
import { parseArgs } from 'node:util'
import { serveDist } from './lib/serve'

const help = `Usage: tsx scripts/serve.ts [--dir dist] [--port 4173]

Serves the built deck on 127.0.0.1 with a single-page-app fallback.`

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4173' },
    help: { type: 'boolean', short: 'h' },
  },
})

if (values.help) {
  console.log(help)
  process.exit(0)
}

try {
  const server = await serveDist(values.dir, Number(values.port))
  console.log(`Serving ${values.dir} at ${server.url}/`)
}
catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
