// SQLSTATEs after which the same transaction, run again, can succeed: a serialization failure, a
// deadlock, a unique key that a concurrent transaction took first, and a foreign key to a row a
// concurrent transaction deleted (an event that an updated article left without reports, read
// without a lock by an ingest about to report it; run again, the ingest creates it anew).
const CONFLICT_SQLSTATES = new Set(['40001', '40P01', '23505', '23503'])
// Prisma's own names for the same conditions (write conflict or deadlock; unique constraint;
// foreign key constraint).
const CONFLICT_PRISMA_CODES = new Set(['P2034', 'P2002', 'P2003'])

// The database going away for a moment: a lost connection (SQLSTATE class 08), a server shutting
// down or starting (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now), too
// many connections (53300); the same from the socket (Node's codes), from Prisma (P1001 cannot
// reach, P1002 and P1008 timed out, P1017 connection closed, P2024 no connection from the pool)
// and from the driver adapters (their error kinds).
const TRANSIENT_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300'])
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'P1001',
  'P1002',
  'P1008',
  'P1017',
  'P2024',
])
const TRANSIENT_KINDS = new Set(['ConnectionClosed', 'DatabaseNotReachable', 'SocketTimeout', 'TooManyConnections'])
// node-postgres reports a connection that ended under a query by message only.
const TRANSIENT_MESSAGE =
  /Connection terminated|connection error and is not queryable|server closed the connection unexpectedly|terminating connection due to/i

/** Why a failed database operation is worth running again, if it is. */
export type RetryKind = 'conflict' | 'transient'

/**
 * Whether an error from a database operation is a conflict with a concurrent transaction
 * (`conflict`), the database or the connection to it failing for a moment (`transient`), or
 * neither (`null`: running it again would fail again). Looks through the error's codes, kinds
 * and causes, as Prisma, its driver adapters and node-postgres nest them.
 */
export function retryKind(error: unknown): RetryKind | null {
  const seen = new Set<unknown>()
  let transient = false
  const visit = (value: unknown, depth: number): boolean => {
    if (value === null || typeof value !== 'object' || seen.has(value) || depth > 6) return false
    seen.add(value)
    for (const [key, field] of Object.entries(value)) {
      if (typeof field === 'string') {
        if (/code$/i.test(key) && (CONFLICT_SQLSTATES.has(field) || CONFLICT_PRISMA_CODES.has(field))) return true
        transient ||= isTransientField(key, field)
      } else if (visit(field, depth + 1)) {
        return true
      }
    }
    if (value instanceof Error) {
      transient ||= TRANSIENT_MESSAGE.test(value.message)
      return visit(value.cause, depth + 1)
    }
    return false
  }
  if (visit(error, 0)) return 'conflict'
  return transient ? 'transient' : null
}

function isTransientField(key: string, value: string): boolean {
  if (/code$/i.test(key)) return value.startsWith('08') || TRANSIENT_SQLSTATES.has(value) || TRANSIENT_CODES.has(value)
  if (key === 'kind') return TRANSIENT_KINDS.has(value)
  return /message$/i.test(key) && TRANSIENT_MESSAGE.test(value)
}

/** Whether an error from a transaction is a conflict with a concurrent one, worth a retry. */
export function isRetryableConflict(error: unknown): boolean {
  return retryKind(error) === 'conflict'
}

/** How many times, and after how long, `withConflictRetry` runs an operation again. */
export interface RetryPolicy {
  /** Attempts in all while conflicts with concurrent transactions go on. */
  readonly conflictAttempts: number
  /** Retries after transient failures (the database or the connection to it lost for a moment). */
  readonly transientRetries: number
  /** The first wait after a transient failure, in milliseconds; it doubles with each retry... */
  readonly transientBaseMs: number
  /** ...up to this. */
  readonly transientMaxMs: number
}

/**
 * The policy of ingestion: conflicts are retried at once and often; a lost connection or a
 * restarting server is waited out for up to about 20 seconds in all (random waits under a bound
 * of 0.2 s, doubling up to 8 s).
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  conflictAttempts: 10,
  transientRetries: 7,
  transientBaseMs: 200,
  transientMaxMs: 8_000,
}

/**
 * Runs `attempt` until it succeeds or fails with something not worth another try. A conflict
 * between concurrent transactions is tried again after a short random wait; a transient failure
 * after exponential backoff with full jitter (a random wait up to the doubling delay, so that
 * many clients losing the same server do not come back at the same moment). `attempt` must be
 * one whole transaction, so that a failed try leaves nothing behind.
 */
export async function withConflictRetry<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy | number = DEFAULT_RETRY_POLICY,
): Promise<T> {
  const rules = typeof policy === 'number' ? { ...DEFAULT_RETRY_POLICY, conflictAttempts: policy } : policy
  let conflicts = 0
  let transients = 0
  for (;;) {
    try {
      return await attempt()
    } catch (error) {
      const kind = retryKind(error)
      if (kind === 'conflict' && ++conflicts < rules.conflictAttempts) {
        await sleep(Math.random() * 10 * 2 ** Math.min(conflicts, 6))
      } else if (kind === 'transient' && ++transients <= rules.transientRetries) {
        await sleep(Math.random() * Math.min(rules.transientMaxMs, rules.transientBaseMs * 2 ** (transients - 1)))
      } else {
        throw error
      }
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
