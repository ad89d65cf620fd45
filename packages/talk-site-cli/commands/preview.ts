import { commandLine, fail } from '../node/cli'
import { serveDist } from '../node/serve'

const help = `Usage: talk-site preview [--dir dist] [--base PATH] [--port 4173]

Serves the built site on 127.0.0.1 under its base path (default: the one it
was built for) the way a plain static host such as GitHub Pages does: /17 from
17.html, a folder without its slash redirected to it, any other missing path
gets the site's 404.html, which opens the deck at that path.`

const values = commandLine(help, {
  dir: { type: 'string', default: 'dist' },
  base: { type: 'string' },
  port: { type: 'string', default: '4173' },
})

const server = await serveDist(values.dir, {
  port: Number(values.port),
  base: values.base,
})
  .catch((error: Error) => fail(error.message))
console.log(`Serving ${values.dir} at ${server.url}/`)
