import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { VanbanServer } from './create-server.ts'
import { DEFAULT_LIMITS } from './limits.ts'

/** Options of {@link listen}. */
export type ListenOptions = {
  port?: number
  host?: string
  /** Largest body accepted even without a Content-Length (chunked uploads). Default 1 MiB. */
  maxBodyBytes?: number
  /** How long shutdown waits for in-flight requests before cutting connections. Default 10 s. */
  shutdownTimeoutMs?: number
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

// Counts the bytes of a body as they arrive, so a chunked upload without Content-Length cannot
// grow past the limit that the yoga plugin applies to declared lengths.
function guardBody(request: IncomingMessage, response: ServerResponse, maxBodyBytes: number): boolean {
  const declared = Number(request.headers['content-length'] ?? 0)
  if (declared > maxBodyBytes) return true // the yoga limits plugin answers with a GraphQL-shaped 413
  let received = 0
  request.on('data', (chunk: Buffer) => {
    received += chunk.length
    if (received > maxBodyBytes && !response.headersSent) {
      response.writeHead(413, { 'content-type': 'application/json', connection: 'close' })
      response.end(JSON.stringify({ errors: [{ message: `the request body is over ${maxBodyBytes} bytes`, extensions: { code: 'BODY_TOO_LARGE' } }] }))
      request.destroy()
    }
  })
  return true
}

/**
 * Serves a vanban server over Node's http on `port` (0 for any free one), with a body-size guard
 * for chunked uploads and a graceful {@link Listening.close}.
 */
export function listen(yoga: VanbanServer, options: ListenOptions = {}): Promise<Listening> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_LIMITS.maxBodyBytes
  const server = createHttpServer((request, response) => {
    if (guardBody(request, response, maxBodyBytes)) void yoga.handleNodeRequestAndResponse(request, response)
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
