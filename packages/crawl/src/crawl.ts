import { decodeHtml } from '@vanban/extract/html'
import { type Database, ingestExtraction, markRawPageNotModified, readRawPageState, storeRawPage } from '@vanban/store'
import { type Clock, systemClock } from './clock.ts'
import { Fetcher } from './fetch-page.ts'
import type { Frontier, FrontierJob, Lease } from './frontier.ts'
import { matchesInclude, sameSite } from './links.ts'
import { type CrawlOptions, type CrawlOptionsInput, CrawlOptionsSchema } from './options.ts'
import type { PageReader } from './page-reader.ts'

/** What a crawl process did so far. */
export type CrawlCounts = {
  /** Pages fetched and stored (a 200). */
  stored: number
  /** Pages a conditional GET found unchanged (a 304). */
  notModified: number
  /** Pages skipped as stored within the freshness window. */
  fresh: number
  /** URLs robots.txt disallows: seeds and feed items refused, and links not queued (once per page linking them). */
  disallowed: number
  /** Articles stored in the database from fetched pages. */
  articles: number
  /** Fetches that failed for good, and pages that could not be read. */
  errors: number
  /** Jobs waiting in the shared frontier and in progress, at the last look. */
  queued: number
  active: number
}

/** Why a crawl process stopped. */
export type CrawlEnd = 'done' | 'max-pages' | 'stopped'

/** What {@link crawl} needs. */
export type CrawlRun = {
  db: Database
  frontier: Frontier
  /** Reads fetched pages: `readPage` from this package, or a test's own. */
  readPage: PageReader
  /** URLs or feeds to start from; none for a `--worker` joining a crawl. */
  seeds?: readonly string[]
  options?: CrawlOptionsInput
  /** Extract each HTML page and store its article (default true). */
  ingest?: boolean
  /** Fetches at once, to different hosts or queued behind one host's pace (default 4). */
  concurrency?: number
  /** Aborting it stops taking jobs; fetches under way are given back to the queue. */
  signal?: AbortSignal
  /** After each job. */
  onProgress?: (counts: CrawlCounts) => void
  /** A line to show the user (a refused page, a failed fetch). */
  onNote?: (message: string) => void
  clock?: Clock
  fetch?: typeof fetch
  /** How long a worker with nothing to take waits before looking again (real time, default 500 ms). */
  idleMs?: number
}

/**
 * Crawls from `seeds` (and whatever the frontier already holds) until the frontier is empty, this
 * process has stored `maxPages` pages, or `signal` aborts. For each job: robots.txt is checked, a
 * page stored or confirmed within the freshness window is skipped, else it is fetched politely
 * (conditionally when a copy is stored) and kept raw in the store (`storeRawPage`); a feed's items
 * are queued with their hints, an HTML page's in-site links matching `include` are queued, and the
 * page's article is extracted and stored.
 */
export async function crawl(run: CrawlRun): Promise<{ counts: CrawlCounts; end: CrawlEnd }> {
  const options = CrawlOptionsSchema.parse(run.options ?? {})
  const clock = run.clock ?? systemClock
  const fetcher = new Fetcher(options, { clock, ...(run.fetch === undefined ? {} : { fetch: run.fetch }) })
  const counts: CrawlCounts = {
    stored: 0,
    notModified: 0,
    fresh: 0,
    disallowed: 0,
    articles: 0,
    errors: 0,
    queued: 0,
    active: 0,
  }
  const seeds = (run.seeds ?? []).map((url) => ({
    url: normalizeUrl(url),
    via: 'seed' as const,
    include: options.include,
  }))
  await run.frontier.add(seeds)
  const stop = new AbortController()
  const signal = run.signal === undefined ? stop.signal : AbortSignal.any([run.signal, stop.signal])
  let end: CrawlEnd = 'done'
  const context: JobContext = { run, options, fetcher, clock, counts, signal }

  const worker = async (): Promise<void> => {
    while (!signal.aborted) {
      if (counts.stored >= options.maxPages) {
        end = 'max-pages'
        stop.abort()
        return
      }
      const lease = await run.frontier.take()
      if (lease === null) {
        Object.assign(counts, await run.frontier.counts())
        if (counts.queued + counts.active === 0) return
        // Another worker (here or elsewhere) holds the remaining jobs, or they wait for a retry.
        await systemClock.sleep(run.idleMs ?? 500, signal)
        continue
      }
      await runJob(context, lease)
      Object.assign(counts, await run.frontier.counts())
      run.onProgress?.({ ...counts })
    }
  }
  await Promise.all(Array.from({ length: run.concurrency ?? 4 }, worker))
  if (run.signal?.aborted) end = 'stopped'
  return { counts: { ...counts }, end }
}

type JobContext = {
  run: CrawlRun
  options: CrawlOptions
  fetcher: Fetcher
  clock: Clock
  counts: CrawlCounts
  signal: AbortSignal
}

async function runJob(context: JobContext, lease: Lease): Promise<void> {
  const { run, counts } = context
  try {
    const next = await fetchJob(context, lease.job)
    await run.frontier.add(next)
    await run.frontier.complete(lease)
  } catch (error) {
    // Stopped mid-fetch, or the database failed: the job goes back to be retried.
    await run.frontier.fail(lease, error instanceof Error ? error.message : String(error)).catch(() => undefined)
    if (!context.signal.aborted) {
      counts.errors += 1
      run.onNote?.(`${lease.job.url}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

// Fetches one job's URL and keeps what came; returns the jobs it leads to. A fetch that failed after
// the fetcher's own retries is an error, not given back to the queue: the queue's retries are for
// jobs whose worker died or stopped.
async function fetchJob(context: JobContext, job: FrontierJob): Promise<FrontierJob[]> {
  const { run, options, fetcher, clock, counts, signal } = context
  const prisma = run.db.prisma
  const stored = await readRawPageState(prisma, job.url)
  if (stored !== null && clock.now() - stored.checkedAt.getTime() < options.freshForMs) {
    counts.fresh += 1
    return []
  }
  const outcome = await fetcher.get(
    job.url,
    stored === null ? {} : { etag: stored.headers.etag, lastModified: stored.headers['last-modified'] },
    signal,
  )
  switch (outcome.kind) {
    case 'disallowed':
      counts.disallowed += 1
      return []
    case 'not-modified':
      await markRawPageNotModified(prisma, job.url, outcome.fetchedAt)
      counts.notModified += 1
      return []
    case 'failed':
      counts.errors += 1
      run.onNote?.(`${job.url}: ${outcome.reason}`)
      return []
    case 'page': {
      await storeRawPage(prisma, outcome)
      counts.stored += 1
      return readStored(context, job, outcome)
    }
  }
}

async function readStored(
  context: JobContext,
  job: FrontierJob,
  page: { finalUrl: string; headers: Record<string, string>; body: Uint8Array },
): Promise<FrontierJob[]> {
  const { run, options, counts } = context
  const contentType = page.headers['content-type'] ?? null
  const decoded = decodeHtml(page.body, contentType)
  if (!decoded.ok) {
    counts.errors += 1
    run.onNote?.(`${job.url}: kept raw, not read: ${decoded.reason}`)
    return []
  }
  const reading = run.readPage({
    text: decoded.text,
    url: page.finalUrl,
    contentType,
    hints: job.hints,
    extract: run.ingest ?? true,
  })
  if (reading.kind === 'unreadable') {
    counts.errors += 1
    run.onNote?.(`${job.url}: ${reading.reason}`)
    return []
  }
  if (reading.kind === 'feed')
    return reading.items.map((item) => ({
      url: normalizeUrl(item.url),
      via: 'feed',
      include: job.include,
      hints: item.hints,
    }))
  if (reading.extraction !== null) {
    const result = await ingestExtraction(run.db.prisma, reading.extraction)
    if (result.status === 'failed') {
      counts.errors += 1
      run.onNote?.(`${job.url}: article not stored: ${result.reason}`)
    } else counts.articles += 1
  }
  if (job.include.length === 0) return []
  const followed = reading.links
    .filter((link) => sameSite(link, page.finalUrl) && matchesInclude(link, job.include))
    .slice(0, options.maxPages * 4)
  // Links robots.txt disallows are counted here and never queued (the site's rules are cached by now).
  const next: FrontierJob[] = []
  for (const link of followed) {
    if (await context.fetcher.allowed(link, context.signal))
      next.push({ url: normalizeUrl(link), via: 'link', include: job.include })
    else counts.disallowed += 1
  }
  return next
}

/** A URL as the crawl keys it: absolute, without its fragment. */
export function normalizeUrl(url: string): string {
  const parsed = new URL(url)
  parsed.hash = ''
  return parsed.href
}
