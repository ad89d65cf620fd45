import type { AddressInfo } from 'node:net'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import sirv from 'sirv'

export interface StaticServer {
  /** Where the deck is, without a trailing slash: `http://127.0.0.1:4173/coreos-story`. */
  url: string
  close: () => Promise<void>
}

/** `/coreos-story`, `coreos-story/` or `/` as Vite wants it: `/coreos-story/`, `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '')
  if (/[?#\s]|^\.|:\/\//.test(trimmed))
    throw new Error(`"${base}" is not a base path: give the folder the site is served from, such as /coreos-story/ or /.`)
  return trimmed
    ? `/${trimmed}/`
    : '/'
}

/** The base path a site was built for, read from the script tag Vite writes into its `index.html`. */
export function builtBase(dir: string): string {
  const index = resolve(dir, 'index.html')
  if (!existsSync(index))
    throw new Error(`${index} does not exist: build the deck first (npm run build).`)
  const src = /<script[^>]+src="([^"]*?)assets\/[^"]+\.js"/.exec(readFileSync(index, 'utf8'))?.[1]
  if (src === undefined || !src.startsWith('/'))
    throw new Error(`${index} is not a Slidev build: it loads no script from assets/.`)
  return src
}

/**
 * Serves a built deck on 127.0.0.1 under `base` the way a plain static host
 * such as GitHub Pages does: a file that exists is sent as it is, `/17` from
 * `17.html` and `/read/` from `read/index.html`; a folder asked for without
 * its slash is redirected to it (`/read` → `/read/`); any other path under
 * `base` gets the site's `404.html` (Slidev writes it as a copy of the app)
 * with status 404, so a reload of `/presenter/17` still opens the app.
 * `base` defaults to the one the site was built for; `port` 0 picks a free port.
 */
export async function serveDist(dir: string, { port = 0, base }: { port?: number, base?: string } = {}): Promise<StaticServer> {
  const root = resolve(dir)
  const prefix = normalizeBase(base ?? builtBase(root))
  const notFoundPage = resolve(root, '404.html')
  const notFoundHtml = existsSync(notFoundPage)
    ? readFileSync(notFoundPage)
    : undefined
  // sirv tries `<path>.html` and `<path>/index.html` for a path without its own file, as Pages does.
  const files = sirv(root, {
    dev: false,
    etag: true,
    extensions: ['html'],
  })
  const server = createServer((req, res) => {
    const notFound = (): void => {
      res.statusCode = 404
      if (notFoundHtml) {
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        res.end(notFoundHtml)
      }
      else {
        res.setHeader('Content-Type', 'text/plain; charset=utf-8')
        res.end(`Not found: ${req.url}`)
      }
    }
    const path = req.url ?? '/'
    if (`${path}/`.startsWith(prefix) === false) {
      res.statusCode = 404
      res.end(`Not found: ${path}. The deck is served under ${prefix}`)
      return
    }
    req.url = `/${path.slice(prefix.length)}`
    const [pathname = '/', query] = req.url.split(/\?(.*)/s)
    const folder = resolve(root, `.${decodeURIComponent(pathname)}`)
    if (!pathname.endsWith('/') && folder.startsWith(root) && existsSync(folder) && statSync(folder).isDirectory()) {
      res.statusCode = 301
      res.setHeader('Location', `${prefix}${pathname.slice(1)}/${query
        ? `?${query}`
        : ''}`)
      res.end()
      return
    }
    files(req, res, notFound)
  })
  await new Promise<void>(done => server.listen(port, '127.0.0.1', done))
  const { port: bound } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${bound}${prefix.slice(0, -1)}`,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections()
      server.close(() => done())
    }),
  }
}
