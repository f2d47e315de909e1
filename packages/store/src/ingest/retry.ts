// SQLSTATEs after which the same transaction, run again, can succeed: a serialization failure, a
// deadlock, a unique key that a concurrent transaction took first, and a foreign key to a row a
// concurrent transaction deleted (an event that an updated article left without reports, read
// without a lock by an ingest about to report it; run again, the ingest creates it anew).
const RETRYABLE_SQLSTATES = new Set(['40001', '40P01', '23505', '23503'])
// Prisma's own names for the same conditions (write conflict or deadlock; unique constraint;
// foreign key constraint).
const RETRYABLE_PRISMA_CODES = new Set(['P2034', 'P2002', 'P2003'])

/** Whether an error from a transaction is a conflict with a concurrent one, worth a retry. */
export function isRetryableConflict(error: unknown): boolean {
  const seen = new Set<unknown>()
  const visit = (value: unknown, depth: number): boolean => {
    if (value === null || typeof value !== 'object' || seen.has(value) || depth > 6) return false
    seen.add(value)
    for (const [key, field] of Object.entries(value)) {
      if (typeof field === 'string' && /code$/i.test(key)) {
        if (RETRYABLE_SQLSTATES.has(field) || RETRYABLE_PRISMA_CODES.has(field)) return true
      } else if (visit(field, depth + 1)) {
        return true
      }
    }
    return error instanceof Error && value === error && visit(error.cause, depth + 1)
  }
  return visit(error, 0)
}

/**
 * Runs `attempt` until it succeeds or fails with something other than a conflict between
 * concurrent transactions, waiting a little longer (with jitter) before each new try.
 */
export async function withConflictRetry<T>(attempt: () => Promise<T>, maxAttempts = 10): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt()
    } catch (error) {
      if (tries >= maxAttempts || !isRetryableConflict(error)) throw error
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** Math.min(tries, 6)))
    }
  }
}
