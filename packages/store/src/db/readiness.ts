import type { PrismaClient } from '../generated/prisma/client.ts'
import { withStatementLimits } from './statement-limits.ts'

/** Whether the database answered a readiness check, and if not, why. */
export type Readiness = { ready: true } | { ready: false; reason: 'timeout' | 'error'; message: string }

/** How long {@link checkReady} waits by default: a balancer's probe should not outwait it. */
export const DEFAULT_READY_TIMEOUT_MS = 2_000

/**
 * Asks the database for `SELECT 1` and answers within `timeoutMs` whatever the network does:
 * `{ ready: true }`, or `{ ready: false }` saying whether it failed or did not answer in time (the
 * statement is then cancelled, or its connection dropped, in the background). For a server's
 * `/readyz`.
 */
export async function checkReady(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  timeoutMs: number = DEFAULT_READY_TIMEOUT_MS,
): Promise<Readiness> {
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(), timeoutMs)
  const timedOut = new Promise<Readiness>((resolve) =>
    deadline.signal.addEventListener('abort', () =>
      resolve({ ready: false, reason: 'timeout', message: `the database did not answer within ${timeoutMs} ms` }),
    ),
  )
  const asked = withStatementLimits({ signal: deadline.signal }, () => prisma.$queryRaw`SELECT 1`).then(
    (): Readiness => ({ ready: true }),
    (error: unknown): Readiness => ({
      ready: false,
      reason: 'error',
      message: error instanceof Error ? error.message : String(error),
    }),
  )
  try {
    return await Promise.race([asked, timedOut])
  } finally {
    clearTimeout(timer)
    deadline.abort()
  }
}
