import type { Database } from '@vanban/store'
import { type Frontier, MemoryFrontier } from './frontier.ts'
import { PgBossFrontier } from './pg-boss-frontier.ts'

/** How long a worker holds a job, how often dead workers' jobs are looked for, and when they are retried (PostgreSQL only). */
export type FrontierOptions = { leaseSeconds?: number; superviseSeconds?: number; retryDelaySeconds?: number }

/** The schema the shared frontier of a database lives in: beside vanban's tables, named for them. */
export function frontierSchema(schema: string | null): string {
  return schema === null ? 'vanban_crawl' : `${schema}_crawl`
}

/**
 * The frontier of a crawl on `db`: on PostgreSQL the pg-boss queue every `--worker` process of
 * the database shares (in the schema {@link frontierSchema} names); on embedded PGlite, which
 * one process holds, a queue in memory (the crawl is this process's alone).
 */
export async function openFrontier(db: Database, options: FrontierOptions = {}): Promise<Frontier> {
  if (db.target.kind === 'pglite') return new MemoryFrontier()
  return PgBossFrontier.open({
    connectionString: db.target.url,
    schema: frontierSchema(db.target.schema),
    ...options,
  })
}
