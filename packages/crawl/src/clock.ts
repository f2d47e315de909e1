/**
 * Time as the crawler sees it: the politeness delays, Retry-After waits and backoffs all sleep
 * through a clock, so tests run them on a clock that only records what it was asked to wait.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
  /** Resolves after `ms` milliseconds, or at once when `signal` is aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

/** The real clock: `Date.now` and timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (ms <= 0 || signal?.aborted) return resolve()
      const timer = setTimeout(done, ms)
      function done() {
        clearTimeout(timer)
        signal?.removeEventListener('abort', done)
        resolve()
      }
      signal?.addEventListener('abort', done, { once: true })
    }),
}

/**
 * A clock that never waits: each `sleep` moves its time forward by the amount asked and records
 * it, so a test can assert which delays the crawler chose without spending them.
 */
export function manualClock(start = Date.parse('2026-12-01T00:00:00Z')): Clock & { readonly slept: number[] } {
  let time = start
  const slept: number[] = []
  return {
    slept,
    now: () => time,
    sleep: async (ms) => {
      if (ms <= 0) return
      slept.push(ms)
      time += ms
    },
  }
}
