import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CANCEL_GRACE_MS } from '@vanban/store'
import type { VanbanServer } from './create-server.ts'
import { isGatewayPath, serveStaticFiles } from './static-files.ts'

/** Options of {@link listen}. */
export type ListenOptions = {
  port?: number
  host?: string
  /**
   * How long shutdown waits for in-flight requests to finish, in ms. Past it their database work
   * is cancelled (they answer `SHUTTING_DOWN`) and the connections close. Default 30,000.
   */
  shutdownGraceMs?: number
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
   * Stops accepting connections, reports not-ready on `/readyz`, lets in-flight requests finish
   * (up to the grace period, then cancels their database work), and resolves when the last
   * connection has closed, with how many requests had to be cancelled.
   */
  close: () => Promise<Shutdown>
}

/** How a shutdown went. */
export type Shutdown = {
  /** Requests still running when the grace period ended, whose database work was cancelled. */
  cancelled: number
}

/** The default of {@link ListenOptions.shutdownGraceMs}. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 30_000

/** The requests a server is answering, and a way to wait until there are none. */
class InFlight {
  readonly #responses = new Set<ServerResponse>()
  #drained: (() => void)[] = []

  get size(): number {
    return this.#responses.size
  }

  track(response: ServerResponse): void {
    this.#responses.add(response)
    response.once('close', () => {
      this.#responses.delete(response)
      if (this.#responses.size > 0) return
      for (const done of this.#drained.splice(0)) done()
    })
  }

  /** Resolves true once no request is in flight, or false after `ms`. */
  drained(ms: number): Promise<boolean> {
    if (this.#responses.size === 0) return Promise.resolve(true)
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms)
      this.#drained.push(() => {
        clearTimeout(timer)
        resolve(true)
      })
    })
  }
}

/**
 * The stages of a graceful shutdown: not ready, stop accepting, wait for in-flight requests up to
 * `graceMs`, cancel the database work of those left and give them the cancel grace to answer,
 * then close every connection.
 */
async function shutDown(server: Server, yoga: VanbanServer, inFlight: InFlight, graceMs: number): Promise<Shutdown> {
  yoga.readiness.ready = false
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  server.closeIdleConnections()
  let cancelled = 0
  if (!(await inFlight.drained(graceMs))) {
    cancelled = inFlight.size
    yoga.cancelInFlight()
    // A cancelled statement answers within the cancel grace (or its connection is dropped).
    await inFlight.drained(2 * CANCEL_GRACE_MS)
  }
  server.closeAllConnections()
  await closed
  return { cancelled }
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
  const inFlight = new InFlight()
  let closing: Promise<Shutdown> | null = null
  const server = createHttpServer((request, response) => {
    inFlight.track(response)
    // While shutting down, a kept-alive connection closes after its answer rather than wait for more.
    if (closing !== null) response.setHeader('connection', 'close')
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
      const close = () => {
        closing ??= shutDown(server, yoga, inFlight, options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS)
        return closing
      }
      resolve({ server, url: `http://${host}:${address.port}`, close })
    })
  })
}
