import type { AddressInfo } from 'node:net'
import { once } from 'node:events'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import send from 'send'
import { isInside } from './files.ts'

export interface StaticServer {
  /** Where the deck is, without a trailing slash: `http://127.0.0.1:4173/my-talk`. */
  url: string
  close: () => Promise<void>
}

/** `/my-talk`, `my-talk/` or `/` as Vite wants it: `/my-talk/`, `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '')
  if (/[?#\s]|^\.|:\/\//.test(trimmed))
    throw new Error(`"${base}" is not a base path: give the folder the site is served from, such as /my-talk/ or /.`)
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
 * Every request looks at the folder afresh, so a build that replaces it
 * while it is served is served at once; nothing outside it is answered, and
 * a malformed address gets 400. `base` defaults to the one the site was built
 * for; `port` 0 picks a free port.
 */
export async function serveDist(dir: string, { port = 0, base }: { port?: number, base?: string } = {}): Promise<StaticServer> {
  const root = resolve(dir)
  const prefix = normalizeBase(base ?? builtBase(root))
  const server = createServer((req, res) => {
    const answer = (status: number, text: string): void => {
      if (res.headersSent)
        return void res.destroy()
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end(`${text}\n`)
    }
    const notFound = (): void => {
      readFile(join(root, '404.html')).then((page) => {
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
        res.end(page)
      }, () => answer(404, `Not found: ${req.url}`))
    }
    try {
      const [path = '/', query] = (req.url ?? '/').split(/\?(.*)/s)
      if (!`${path}/`.startsWith(prefix))
        return answer(404, `Not found: ${path}. The deck is served under ${prefix}`)
      const inSite = `/${path.slice(prefix.length)}`
      let decoded: string
      try {
        decoded = decodeURIComponent(inSite)
      }
      catch {
        return answer(400, `Bad request: ${path} is not a well-formed address.`)
      }
      const file = resolve(root, `.${decoded}`)
      if (decoded.includes('\0') || !isInside(file, root))
        return answer(404, `Not found: ${path}`)
      if (!decoded.endsWith('/') && statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
        res.writeHead(301, { Location: `${prefix}${inSite.slice(1)}/${query
          ? `?${query}`
          : ''}` })
        return void res.end()
      }
      send(req, inSite, {
        root,
        dotfiles: 'ignore',
        extensions: ['html'],
        index: ['index.html'],
      })
        .on('error', (error: { status?: number }) => error.status === 404
          ? notFound()
          : answer(error.status ?? 500, `Cannot serve ${path}.`))
        .pipe(res)
    }
    catch (error) {
      answer(500, `Cannot serve ${req.url}: ${(error as Error).message}`)
    }
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

/**
 * `serveDist` in a thread of its own, for a command that builds while it
 * prints: the build keeps this thread busy for seconds at a time, and a
 * print view waiting for its files would wait for it.
 */
export async function serveDistBeside(dir: string, options: { port?: number, base?: string } = {}): Promise<StaticServer> {
  // A thread has none of this one's loaders: it registers tsx before it loads the TypeScript (Node strips no types under node_modules).
  const start = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(new URL('./serve-worker.ts', import.meta.url).href)}) })`
  const worker = new Worker(start, {
    eval: true,
    workerData: { dir, options },
  })
  const [url] = await once(worker, 'message') as [string]
  return {
    url,
    close: async () => {
      const exited = once(worker, 'exit')
      worker.postMessage('close')
      await exited
    },
  }
}
