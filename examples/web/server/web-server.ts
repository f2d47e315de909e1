import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where `vite build` writes the web app (`pnpm --filter @vanban-examples/web build`). */
export const webDistDir: string = fileURLToPath(new URL('../dist', import.meta.url))

/** Paths answered by the gateway rather than by the built files. */
export const GATEWAY_PATHS: readonly string[] = ['/graphql', '/healthz', '/readyz']

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false)
}

/**
 * A request listener that serves the files of `distDir`, and `index.html` for any other path
 * (the app routes on the URL hash, so every page starts from it). Paths that climb out of
 * `distDir` are refused.
 */
export function serveStatic(distDir: string): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const root = resolve(distDir)
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    const wanted = resolve(join(root, pathname))
    if (wanted !== root && !wanted.startsWith(root + sep)) {
      res.writeHead(403).end()
      return
    }
    const file = (await isFile(wanted)) ? wanted : join(root, 'index.html')
    if (!(await isFile(file))) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(`The web app is not built: no ${file}. Run \`pnpm --filter @vanban-examples/web build\`.`)
      return
    }
    const body = await readFile(file)
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  }
}

/** What {@link createWebServer} puts together. */
export type WebServerOptions = {
  /** The gateway's request listener: a graphql-yoga instance from `@vanban/graphql`'s `createServer`. */
  gateway: RequestListener
  /** The built web app; defaults to {@link webDistDir}. */
  distDir?: string
}

/**
 * One HTTP server for the gateway and the web app beside it: `/graphql` and the probes (`/healthz`, `/readyz`) go to
 * the gateway, everything else to the built files. Same origin, so the app needs no CORS.
 */
export function createWebServer(options: WebServerOptions): Server {
  const files = serveStatic(options.distDir ?? webDistDir)
  return createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname
    if (GATEWAY_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
      options.gateway(req, res)
      return
    }
    files(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(`could not serve ${pathname}: ${String(error)}`)
    })
  })
}
