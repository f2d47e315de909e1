import type { PrismaClient } from '@vanban/store'
import { createServer, type ServerOptions } from './create-server.ts'
import { DEFAULT_SHUTDOWN_GRACE_MS, type Listening, type ListenOptions, listen } from './listen.ts'

/** Options of {@link serveUntilSignal}. */
export type ServeOptions = Omit<ServerOptions, 'prisma'> & {
  port: number
  host?: string
  /** A built web app to serve beside the gateway (see {@link ListenOptions.staticDir}). */
  staticDir?: string
  /** How long shutdown waits for in-flight requests (see {@link ListenOptions.shutdownGraceMs}). */
  shutdownGraceMs?: number
  /** Called with the server's address once it listens. */
  onListening?: (url: string) => void
  /** Where to say what is happening. Default console.log. */
  log?: (line: string) => void
}

/**
 * Serves `prisma` until SIGTERM or SIGINT, then shuts down gracefully: `/readyz` reports not
 * ready, in-flight requests finish within `shutdownGraceMs` (default 30 s), those still running
 * then have their database work cancelled. Resolves once the server has closed, when no request
 * uses the database any more: the caller closes it then.
 */
export async function serveUntilSignal(prisma: PrismaClient, options: ServeOptions): Promise<Listening> {
  const { port, host, staticDir, shutdownGraceMs, onListening, log = console.log, ...serverOptions } = options
  const server = createServer({ prisma, ...serverOptions })
  const listening = await listen(server, {
    port,
    ...(host === undefined ? {} : { host }),
    ...(staticDir === undefined ? {} : { staticDir }),
    ...(shutdownGraceMs === undefined ? {} : { shutdownGraceMs }),
  })
  onListening?.(listening.url)
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop)
      process.off('SIGINT', stop)
      const graceMs = shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS
      log(`${signal}: finishing in-flight requests (up to ${graceMs / 1000} s)`)
      void listening.close().then(({ cancelled }) => {
        if (cancelled > 0) log(`cancelled ${cancelled} request(s) still running after ${graceMs / 1000} s`)
        resolve()
      })
    }
    process.on('SIGTERM', stop)
    process.on('SIGINT', stop)
  })
  return listening
}
