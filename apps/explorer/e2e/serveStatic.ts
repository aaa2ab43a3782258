// A minimal static file server for the e2e tests: serves a built folder under
// a sub-path, as a static host would, to prove the site needs nothing else.
import { createReadStream, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' }

/** A running server and the URL of the served folder. */
export interface StaticSite {
  readonly url: string
  close(): Promise<void>
}

/**
 * Serve `dir` at `http://127.0.0.1:<free port><prefix>`.
 *
 * @example
 *   const site = await serveStatic('dist', '/some/sub/path/')
 */
export async function serveStatic(dir: string, prefix: string): Promise<StaticSite> {
  const root = resolve(dir)
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (!path.startsWith(prefix)) return void res.writeHead(404).end()
    let file = normalize(join(root, path.slice(prefix.length)))
    if (!file.startsWith(root)) return void res.writeHead(403).end()
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html')
      statSync(file)
    } catch {
      return void res.writeHead(404).end()
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('serveStatic: no TCP address')
  return { url: `http://127.0.0.1:${address.port}${prefix}`, close: () => new Promise((done) => server.close(() => done())) }
}
