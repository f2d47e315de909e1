import type { Clock } from './clock.ts'

/**
 * Spaces requests to each host: a request may start only `1000 / rate` ms after the previous one
 * to that host began (or longer, when robots.txt asks with Crawl-delay). Slots are reserved before
 * waiting, so concurrent fetches to one host queue up instead of starting together.
 */
export class HostPacer {
  readonly #next = new Map<string, number>()
  readonly #intervalMs: number
  readonly #clock: Clock
  readonly #hostInterval = new Map<string, number>()

  constructor(rate: number, clock: Clock) {
    this.#intervalMs = 1000 / rate
    this.#clock = clock
  }

  /** Makes requests to `host` at least `ms` apart (never closer than the rate allows). */
  slowHost(host: string, ms: number): void {
    this.#hostInterval.set(host, Math.max(ms, this.#hostInterval.get(host) ?? 0))
  }

  /** Waits until a request to `host` may start, and reserves that moment. */
  async wait(host: string, signal?: AbortSignal): Promise<void> {
    const now = this.#clock.now()
    const start = Math.max(now, this.#next.get(host) ?? now)
    this.#next.set(host, start + Math.max(this.#intervalMs, this.#hostInterval.get(host) ?? 0))
    await this.#clock.sleep(start - now, signal)
  }
}
