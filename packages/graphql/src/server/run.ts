import type { PrismaClient } from '@vanban/store'
import { createServer, type ServerOptions } from './create-server.ts'
import { type Listening, type ListenOptions, listen } from './listen.ts'

/** Options of {@link serveUntilSignal}. */
export type ServeOptions = Omit<ServerOptions, 'prisma'> & {
  port: number
  host?: string
  /** A built web app to serve beside the gateway (see {@link ListenOptions.staticDir}). */
  staticDir?: string
  /** Called with the server's address once it listens. */
  onListening?: (url: string) => void
  /** Where to say what is happening. Default console.log. */
  log?: (line: string) => void
}

/**
 * Serves `prisma` until SIGTERM or SIGINT, then shuts down gracefully (in-flight requests
 * finish, `/readyz` reports not ready meanwhile). Resolves once the server has closed.
 */
export async function serveUntilSignal(prisma: PrismaClient, options: ServeOptions): Promise<Listening> {
  const { port, host, staticDir, onListening, log = console.log, ...serverOptions } = options
  const server = createServer({ prisma, ...serverOptions })
  const listening = await listen(server, {
    port,
    ...(host === undefined ? {} : { host }),
    ...(staticDir === undefined ? {} : { staticDir }),
  })
  onListening?.(listening.url)
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop)
      process.off('SIGINT', stop)
      log(`${signal}: finishing in-flight requests`)
      void listening.close().then(resolve)
    }
    process.on('SIGTERM', stop)
    process.on('SIGINT', stop)
  })
  return listening
}
