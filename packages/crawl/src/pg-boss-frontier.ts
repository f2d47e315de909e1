import { PgBoss } from 'pg-boss'
import {
  type Frontier,
  type FrontierCounts,
  type FrontierJob,
  FrontierJobSchema,
  JOB_RETRY_LIMIT,
  type Lease,
} from './frontier.ts'

/** The pg-boss queue every crawl worker shares. */
export const CRAWL_QUEUE = 'vanban-crawl'

/** Where the shared frontier lives and how long a worker holds a job. */
export type PgBossFrontierOptions = {
  /** A PostgreSQL URL (without Prisma's `?schema=`). */
  connectionString: string
  /** The schema pg-boss keeps its tables in. */
  schema: string
  /**
   * How long a job may stay in progress: past it pg-boss takes it from its (presumably dead) worker
   * and queues it again. Default 600 s, above the longest fetch (timeout and Retry-After waits).
   */
  leaseSeconds?: number
  /** How often expired leases are looked for. Default 30 s. */
  superviseSeconds?: number
  /** The first wait before a job whose lease ran out is tried again; doubled each time. Default 30 s. */
  retryDelaySeconds?: number
}

/**
 * The frontier of a crawl shared by `vanban crawl --worker` processes on any number of machines:
 * a pg-boss queue in PostgreSQL. Each URL is a job whose singleton key is the URL under the
 * queue's `exclusive` policy, so a URL waiting, retrying or in progress is not queued again; jobs
 * are taken with `SELECT ... FOR UPDATE SKIP LOCKED`, so two workers never take the same one; a
 * job whose worker died is retried when its lease (`expireInSeconds`) runs out.
 */
export class PgBossFrontier implements Frontier {
  readonly #boss: PgBoss
  readonly #schema: string

  private constructor(boss: PgBoss, schema: string) {
    this.#boss = boss
    this.#schema = schema
  }

  /** Starts pg-boss (creating or migrating its schema) and the crawl queue. */
  static async open(options: PgBossFrontierOptions): Promise<PgBossFrontier> {
    const boss = new PgBoss({
      connectionString: options.connectionString,
      schema: options.schema,
      schedule: false,
      // Expired leases are found by the queue monitor, which runs at the longer of the two intervals.
      superviseIntervalSeconds: options.superviseSeconds ?? 30,
      monitorIntervalSeconds: options.superviseSeconds ?? 30,
      max: 4,
    })
    // Without a listener pg-boss's 'error' events (a lost connection during maintenance) would end the process.
    boss.on('error', () => undefined)
    await boss.start()
    const queue = {
      policy: 'exclusive',
      expireInSeconds: options.leaseSeconds ?? 600,
      retryLimit: JOB_RETRY_LIMIT,
      retryDelay: options.retryDelaySeconds ?? 30,
      retryBackoff: true,
      retryDelayMax: 1800,
    } as const
    if ((await boss.getQueue(CRAWL_QUEUE)) === null) {
      // Two workers starting together may both try to create it.
      await boss.createQueue(CRAWL_QUEUE, queue).catch(async (error: unknown) => {
        if ((await boss.getQueue(CRAWL_QUEUE)) === null) throw error
      })
    } else {
      await boss.updateQueue(CRAWL_QUEUE, { expireInSeconds: queue.expireInSeconds, retryDelay: queue.retryDelay })
    }
    return new PgBossFrontier(boss, options.schema)
  }

  async add(jobs: readonly FrontierJob[]): Promise<number> {
    if (jobs.length === 0) return 0
    const parsed = jobs.map((job) => FrontierJobSchema.parse(job))
    const ids = await this.#boss.insert(
      CRAWL_QUEUE,
      parsed.map((job) => ({ data: job, singletonKey: job.url })),
      { returnId: true },
    )
    return ids?.length ?? 0
  }

  async take(): Promise<Lease | null> {
    const [job] = await this.#boss.fetch<FrontierJob>(CRAWL_QUEUE, { batchSize: 1 })
    return job === undefined ? null : { id: job.id, job: FrontierJobSchema.parse(job.data) }
  }

  async complete(lease: Lease): Promise<void> {
    await this.#boss.complete(CRAWL_QUEUE, lease.id)
  }

  async fail(lease: Lease, reason: string): Promise<void> {
    await this.#boss.fail(CRAWL_QUEUE, lease.id, { reason })
  }

  async counts(): Promise<FrontierCounts> {
    const { rows } = await this.#boss
      .getDb()
      .executeSql(
        `SELECT count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS queued, count(*) FILTER (WHERE state = 'active')::int AS active FROM ${quote(this.#schema)}.job WHERE name = $1`,
        [CRAWL_QUEUE],
      )
    return { queued: rows[0]?.queued ?? 0, active: rows[0]?.active ?? 0 }
  }

  async close(): Promise<void> {
    await this.#boss.stop({ graceful: false, close: true })
  }
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`
}
