import { type Clock, systemClock } from './clock.ts'
import { type CrawlOptions, userAgent } from './options.ts'
import { HostPacer } from './politeness.ts'
import { type RobotsRules, robotsRules } from './robots.ts'

/** The validators of a stored copy, sent so an unchanged page answers 304 Not Modified. */
export type Validators = { etag?: string | undefined; lastModified?: string | undefined }

/** What fetching one URL came to. */
export type FetchOutcome =
  | {
      kind: 'page'
      url: string
      finalUrl: string
      status: number
      headers: Record<string, string>
      body: Uint8Array
      fetchedAt: Date
    }
  | { kind: 'not-modified'; url: string; finalUrl: string; fetchedAt: Date }
  | { kind: 'disallowed'; url: string; by: string }
  | { kind: 'failed'; url: string; reason: string; status: number | null; retryable: boolean }

/** Where a fetch may wait and what it fetches with: the real clock and `fetch` unless a test gives others. */
export type FetcherDeps = { clock?: Clock; fetch?: typeof fetch }

class BodyTooLarge extends Error {}

/**
 * Fetches pages politely for one crawl process: robots.txt read once per origin and honoured on
 * every hop of a redirect, requests to a host spaced by the rate (and Crawl-delay), conditional
 * GET, redirects followed by hand so that loops and chains past `maxRedirects` fail, retries after
 * 429 (waiting its Retry-After) and 5xx (backing off), a body size limit and a timeout per request.
 */
export class Fetcher {
  readonly #options: CrawlOptions
  readonly #clock: Clock
  readonly #fetch: typeof fetch
  readonly #pacer: HostPacer
  readonly #robots = new Map<string, Promise<RobotsRules>>()
  readonly #userAgent: string

  constructor(options: CrawlOptions, deps: FetcherDeps = {}) {
    this.#options = options
    this.#clock = deps.clock ?? systemClock
    this.#fetch = deps.fetch ?? fetch
    this.#pacer = new HostPacer(options.rate, this.#clock)
    this.#userAgent = userAgent(options.contact)
  }

  /** The User-Agent sent. */
  get userAgent(): string {
    return this.#userAgent
  }

  /** Whether robots.txt lets vanban fetch `url` (fetching the site's robots.txt the first time). */
  async allowed(url: string, signal?: AbortSignal): Promise<boolean> {
    return (await this.#rulesFor(new URL(url), signal)).allowed(url)
  }

  /** Fetches `url`, sending `validators` when a copy is stored. Never throws but for an aborted `signal`. */
  async get(url: string, validators: Validators = {}, signal?: AbortSignal): Promise<FetchOutcome> {
    const { retries, backoffMs, maxRetryAfterMs } = this.#options
    let last: FetchOutcome | null = null
    for (let attempt = 0; attempt <= retries; attempt += 1) {
      const outcome = await this.#follow(url, validators, signal)
      if (outcome.kind !== 'retry') return outcome.result
      last = outcome.result
      if (attempt === retries) break
      const wait = outcome.retryAfterMs ?? backoffMs * 2 ** attempt
      if (wait > maxRetryAfterMs) break
      await this.#clock.sleep(wait, signal)
      signal?.throwIfAborted()
    }
    return last ?? { kind: 'failed', url, reason: 'no attempt made', status: null, retryable: true }
  }

  // One attempt: the request and its redirects.
  async #follow(
    url: string,
    validators: Validators,
    signal: AbortSignal | undefined,
  ): Promise<
    { kind: 'done'; result: FetchOutcome } | { kind: 'retry'; result: FetchOutcome; retryAfterMs: number | null }
  > {
    const done = (result: FetchOutcome) => ({ kind: 'done' as const, result })
    const failed = (reason: string, status: number | null, retryable: boolean): FetchOutcome => ({
      kind: 'failed',
      url,
      reason,
      status,
      retryable,
    })
    const seen = new Set<string>()
    let current = url
    for (let hop = 0; ; hop += 1) {
      seen.add(current)
      if (!(await this.allowed(current, signal)))
        return done({ kind: 'disallowed', url, by: new URL('/robots.txt', current).href })
      const fetchedAt = new Date(this.#clock.now())
      let response: Response
      try {
        response = await this.#request(current, hop === 0 ? validators : {}, signal)
      } catch (error) {
        signal?.throwIfAborted()
        return {
          kind: 'retry',
          result: failed(requestFailure(error, this.#options.timeoutMs), null, true),
          retryAfterMs: null,
        }
      }
      const { status } = response
      if (status >= 300 && status < 400 && status !== 304 && response.headers.has('location')) {
        await response.body?.cancel()
        const next = new URL(response.headers.get('location') ?? '', current)
        next.hash = ''
        if (seen.has(next.href))
          return done(failed(`redirect loop: ${[...seen, next.href].join(' → ')}`, status, false))
        if (hop >= this.#options.maxRedirects)
          return done(failed(`more than ${this.#options.maxRedirects} redirects (last to ${next.href})`, status, false))
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
          return done(failed(`redirect to ${next.href}: only http and https are fetched`, status, false))
        current = next.href
        continue
      }
      if (status === 304) {
        await response.body?.cancel()
        return done({ kind: 'not-modified', url, finalUrl: current, fetchedAt })
      }
      if (status === 429 || status >= 500) {
        await response.body?.cancel()
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.#clock.now())
        return { kind: 'retry', result: failed(`HTTP ${status}`, status, true), retryAfterMs }
      }
      if (status < 200 || status >= 300) {
        await response.body?.cancel()
        return done(failed(`HTTP ${status}`, status, false))
      }
      try {
        const body = await readLimited(response, this.#options.maxBodyBytes)
        return done({ kind: 'page', url, finalUrl: current, status, headers: headersOf(response), body, fetchedAt })
      } catch (error) {
        signal?.throwIfAborted()
        if (error instanceof BodyTooLarge) return done(failed(error.message, status, false))
        return {
          kind: 'retry',
          result: failed(requestFailure(error, this.#options.timeoutMs), status, true),
          retryAfterMs: null,
        }
      }
    }
  }

  async #request(url: string, validators: Validators, signal: AbortSignal | undefined): Promise<Response> {
    const { host } = new URL(url)
    await this.#pacer.wait(host, signal)
    signal?.throwIfAborted()
    const headers: Record<string, string> = {
      'user-agent': this.#userAgent,
      accept:
        'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5',
    }
    if (validators.etag !== undefined) headers['if-none-match'] = validators.etag
    if (validators.lastModified !== undefined) headers['if-modified-since'] = validators.lastModified
    const timeout = AbortSignal.timeout(this.#options.timeoutMs)
    return this.#fetch(url, {
      headers,
      redirect: 'manual',
      signal: signal === undefined ? timeout : AbortSignal.any([signal, timeout]),
    })
  }

  #rulesFor(url: URL, signal: AbortSignal | undefined): Promise<RobotsRules> {
    let rules = this.#robots.get(url.origin)
    if (rules === undefined) {
      rules = this.#readRobots(new URL('/robots.txt', url).href, signal)
      this.#robots.set(url.origin, rules)
    }
    return rules
  }

  async #readRobots(robotsUrl: string, signal: AbortSignal | undefined): Promise<RobotsRules> {
    let fetched: { status: number; text: string } | null = null
    try {
      let current = robotsUrl
      // RFC 9309: follow at least five redirects for robots.txt.
      for (let hop = 0; hop <= 5; hop += 1) {
        const response = await this.#request(current, {}, signal)
        const location = response.headers.get('location')
        if (response.status >= 300 && response.status < 400 && location !== null) {
          await response.body?.cancel()
          current = new URL(location, current).href
          continue
        }
        const body = await readLimited(response, 500 * 1024).catch(() => new Uint8Array())
        fetched = { status: response.status, text: new TextDecoder().decode(body) }
        break
      }
    } catch {
      signal?.throwIfAborted()
      fetched = null
    }
    const rules = robotsRules(robotsUrl, fetched)
    const delay = rules.crawlDelayMs()
    if (delay !== null) this.#pacer.slowHost(new URL(robotsUrl).host, delay)
    return rules
  }
}

/** Retry-After in milliseconds from now: delay-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null
  const trimmed = value.trim()
  if (/^\d+$/u.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

function headersOf(response: Response): Record<string, string> {
  return Object.fromEntries(response.headers.entries())
}

function requestFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return `no complete answer within ${timeoutMs} ms`
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return `${error instanceof Error ? error.message : String(error)}${cause}`
}

// Reads the body, refusing past `limit` bytes (by Content-Length at once, else as it arrives).
async function readLimited(response: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel()
    throw new BodyTooLarge(`body of ${declared} bytes is larger than the ${limit}-byte limit`)
  }
  if (response.body === null) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of response.body) {
    size += chunk.byteLength
    if (size > limit) {
      await response.body.cancel().catch(() => undefined)
      throw new BodyTooLarge(`body larger than the ${limit}-byte limit`)
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}
