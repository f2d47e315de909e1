import { PageHintsSchema } from '@vanban/extract/html'
import { z } from 'zod'

/** One URL to crawl, and what the crawl knows of it. */
export const FrontierJobSchema = z.object({
  url: z.url(),
  /** How it was found: given on the command line, listed by a feed, or linked from a page. */
  via: z.enum(['seed', 'feed', 'link']),
  /** The crawl's `--include` patterns, carried with each job so `--worker` processes need no flags. */
  include: z.array(z.string()),
  /** What a feed said of the page (link, title, date): hints for `extractHtml`. */
  hints: PageHintsSchema.optional(),
})
export type FrontierJob = z.infer<typeof FrontierJobSchema>

/** A job taken from the frontier: it is this worker's until completed or failed (or its lease runs out). */
export type Lease = { id: string; job: FrontierJob }

/** Jobs waiting and jobs in progress, across every worker of the crawl. */
export type FrontierCounts = { queued: number; active: number }

/**
 * The crawl frontier: URLs waiting to be fetched, shared by every worker of a crawl. A URL is
 * queued at most once while it waits or is being fetched (adding it again does nothing); once its
 * job is done it may be queued again, and the crawler's freshness check on the stored page keeps it
 * from being fetched twice within the freshness window.
 */
export interface Frontier {
  /** Queues the jobs whose URL is not waiting or in progress; returns how many were queued. */
  add(jobs: readonly FrontierJob[]): Promise<number>
  /** The next job ready to run, or null when none is ready now. */
  take(): Promise<Lease | null>
  /** Marks a job done. */
  complete(lease: Lease): Promise<void>
  /** Gives a job back to be retried later (with backoff, a bounded number of times). */
  fail(lease: Lease, reason: string): Promise<void>
  /** Jobs waiting (now or after a retry delay) and in progress. */
  counts(): Promise<FrontierCounts>
  /** Lets go of connections; jobs in progress are left for their lease to run out. */
  close(): Promise<void>
}

/** How many times a job failed by a retryable error (a 5xx, a timeout, a killed worker) is tried again. */
export const JOB_RETRY_LIMIT = 5

/**
 * The frontier of a crawl run in one process (the embedded database): a FIFO queue in memory with
 * the same deduplication and retry rules as the PostgreSQL queue. A failed job goes to the back.
 */
export class MemoryFrontier implements Frontier {
  readonly #waiting: Array<Lease & { retries: number }> = []
  readonly #active = new Map<string, Lease & { retries: number }>()
  readonly #keys = new Set<string>()
  #next = 0

  async add(jobs: readonly FrontierJob[]): Promise<number> {
    let added = 0
    for (const job of jobs) {
      const parsed = FrontierJobSchema.parse(job)
      if (this.#keys.has(parsed.url)) continue
      this.#keys.add(parsed.url)
      this.#next += 1
      this.#waiting.push({ id: String(this.#next), job: parsed, retries: 0 })
      added += 1
    }
    return added
  }

  async take(): Promise<Lease | null> {
    const entry = this.#waiting.shift()
    if (entry === undefined) return null
    this.#active.set(entry.id, entry)
    return { id: entry.id, job: entry.job }
  }

  async complete(lease: Lease): Promise<void> {
    if (this.#active.delete(lease.id)) this.#keys.delete(lease.job.url)
  }

  async fail(lease: Lease, _reason: string): Promise<void> {
    const entry = this.#active.get(lease.id)
    if (entry === undefined) return
    this.#active.delete(lease.id)
    if (entry.retries < JOB_RETRY_LIMIT) this.#waiting.push({ ...entry, retries: entry.retries + 1 })
    else this.#keys.delete(lease.job.url)
  }

  async counts(): Promise<FrontierCounts> {
    return { queued: this.#waiting.length, active: this.#active.size }
  }

  async close(): Promise<void> {}
}
