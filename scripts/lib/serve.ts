import type { AddressInfo } from 'node:net'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import sirv from 'sirv'

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

/**
 * Serves a built deck on 127.0.0.1 with a single-page-app fallback, so a
 * reload of `/17` or `/presenter/3` gets `index.html`. `port` 0 picks a free port.
 */
export async function serveDist(dir: string, port = 0): Promise<StaticServer> {
  const root = resolve(dir)
  if (!existsSync(resolve(root, 'index.html')))
    throw new Error(`${root}/index.html does not exist: build the deck first (npm run build).`)
  const handler = sirv(root, { single: true, dev: false, etag: true })
  const server = createServer((req, res) => handler(req, res))
  await new Promise<void>(done => server.listen(port, '127.0.0.1', done))
  const { port: bound } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise<void>(done => server.close(() => done())),
  }
}
