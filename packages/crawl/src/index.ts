/**
 * `@vanban/crawl`: a polite crawler that keeps what it fetches in vanban's store. robots.txt is
 * honoured (`robots-parser`), each host gets one request a second by default, the User-Agent names
 * vanban and a contact, stored pages are fetched again conditionally (ETag, Last-Modified),
 * redirects are bounded and loops caught, 429 and 5xx answers retried after Retry-After or a
 * backoff, bodies limited in size and requests in time, and charsets read from the headers and the
 * page (UTF-8, Windows-1258; the legacy TCVN3 font encoding converted when it can be, refused with
 * a reason when not). Feeds' items and the in-site links matching `include` are followed.
 *
 * The frontier is a pg-boss queue on PostgreSQL, so `vanban crawl --worker` processes on several
 * machines share one crawl and a killed worker's jobs are retried; on embedded PGlite the crawl runs
 * in one process on a queue in memory with the same rules. Every fetched page is kept raw
 * (`storeRawPage` of `@vanban/store`).
 *
 * @packageDocumentation
 */
export { type Clock, manualClock, systemClock } from './clock.ts'
export { type CrawlCounts, type CrawlEnd, type CrawlRun, crawl, normalizeUrl } from './crawl.ts'
export { Fetcher, type FetcherDeps, type FetchOutcome, parseRetryAfter, type Validators } from './fetch-page.ts'
export {
  type Frontier,
  type FrontierCounts,
  type FrontierJob,
  FrontierJobSchema,
  JOB_RETRY_LIMIT,
  type Lease,
  MemoryFrontier,
} from './frontier.ts'
export { matchesInclude, pageLinks, sameSite } from './links.ts'
export { type FrontierOptions, frontierSchema, openFrontier } from './open-frontier.ts'
export {
  CRAWLER_VERSION,
  type CrawlOptions,
  type CrawlOptionsInput,
  CrawlOptionsSchema,
  ROBOTS_AGENT,
  userAgent,
} from './options.ts'
export type { PageReader, PageReading } from './page-reader.ts'
export { CRAWL_QUEUE, PgBossFrontier, type PgBossFrontierOptions } from './pg-boss-frontier.ts'
export { HostPacer } from './politeness.ts'
export { readPage } from './read-page.ts'
export { type RobotsRules, robotsRules } from './robots.ts'
