import { readFile, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'

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

/** Paths the gateway answers itself; everything else may be a file of a web app served beside it. */
export const GATEWAY_PATHS: readonly string[] = ['/graphql', '/healthz', '/readyz']

/** Whether a request path belongs to the gateway rather than to the files beside it. */
export function isGatewayPath(pathname: string): boolean {
  return GATEWAY_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`))
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  )
}

/**
 * A request listener that serves the files of a built single-page app from `dir`, and its
 * `index.html` for any other path (such an app routes on the URL, so every page starts there).
 * Paths that climb out of `dir` are refused; files under `assets/` (content-hashed by Vite) are
 * cached for a year, everything else revalidated.
 */
export function serveStaticFiles(dir: string): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const root = resolve(dir)
  return async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    } catch {
      response
        .writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
        .end('the path is not valid percent-encoding')
      return
    }
    const wanted = resolve(join(root, pathname))
    if (wanted !== root && !wanted.startsWith(root + sep)) {
      response.writeHead(403).end()
      return
    }
    const file = (await isFile(wanted)) ? wanted : join(root, 'index.html')
    if (!(await isFile(file))) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      response.end(`no web app is built in ${root}: no ${file}`)
      return
    }
    const body = await readFile(file)
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
    response.end(request.method === 'HEAD' ? undefined : body)
  }
}
