import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { VanbanServer } from './create-server.ts'
import { isGatewayPath, serveStaticFiles } from './static-files.ts'

/** Options of {@link listen}. */
export type ListenOptions = {
  port?: number
  host?: string
  /** How long shutdown waits for in-flight requests before cutting connections. Default 10 s. */
  shutdownTimeoutMs?: number
  /**
   * A built web app to serve beside the gateway, from the same origin: every path but `/graphql`,
   * `/healthz` and `/readyz` is answered from this folder.
   */
  staticDir?: string
}

/** A listening server. */
export type Listening = {
  server: Server
  /** `http://host:port` */
  url: string
  /**
   * Stops accepting connections, reports not-ready on `/readyz`, lets in-flight requests
   * finish (up to the timeout) and resolves when the last connection has closed.
   */
  close: () => Promise<void>
}

// A body without Content-Length (chunked) could grow past any limit before yoga sees it; the
// declared length is what the limits plugin checks, and Node's parser holds a body to it.
function refuseUndeclaredBody(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.headers['transfer-encoding'] === undefined || request.headers['content-length'] !== undefined)
    return false
  response.writeHead(411, { 'content-type': 'application/json', connection: 'close' })
  response.end(
    JSON.stringify({
      errors: [
        { message: 'send the request body with a Content-Length header', extensions: { code: 'LENGTH_REQUIRED' } },
      ],
    }),
  )
  return true
}

/**
 * Serves a vanban server over Node's http on `port` (0 for any free one), refusing bodies without
 * a Content-Length (411), with a graceful {@link Listening.close}.
 */
export function listen(yoga: VanbanServer, options: ListenOptions = {}): Promise<Listening> {
  const files = options.staticDir === undefined ? null : serveStaticFiles(options.staticDir)
  const server = createHttpServer((request, response) => {
    // Split rather than parse: `new URL` throws on some request targets a client can send.
    if (files !== null && !isGatewayPath((request.url ?? '/').split('?', 1)[0] ?? '/')) {
      files(request, response).catch((error: unknown) => {
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        response.end(`could not serve ${request.url ?? '/'}: ${error instanceof Error ? error.message : String(error)}`)
      })
      return
    }
    if (!refuseUndeclaredBody(request, response)) void yoga.requestListener(request, response)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 4000, options.host ?? '127.0.0.1', () => {
      const address = server.address() as AddressInfo
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
      const close = () =>
        new Promise<void>((done) => {
          yoga.readiness.ready = false
          const timer = setTimeout(() => server.closeAllConnections(), options.shutdownTimeoutMs ?? 10_000)
          timer.unref()
          server.close(() => {
            clearTimeout(timer)
            done()
          })
          server.closeIdleConnections()
        })
      resolve({ server, url: `http://${host}:${address.port}`, close })
    })
  })
}
