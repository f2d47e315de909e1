/**
 * The database the GraphQL benches seed and measure: in-memory PGlite when no server is given, on
 * a server a scratch schema of its own (`<prefix>_<pid>`) so nothing else is touched; shared by
 * bench:graphql and profile.ts so that both measure the same data.
 */
import { type Database, ingestExtraction, migrate, openDatabase } from '@vanban/store'
import { benchArticles, extractionOf, SEED_ARTICLES } from './graphql-fixtures.ts'

/** An open bench database, where it is, the server and schema it lives in (null for PGlite), and how to remove it. */
export type BenchDatabase = {
  db: Database
  target: string
  server: { url: string; schema: string } | null
  drop: () => Promise<void>
}

/** Opens the bench database on `server` (a PostgreSQL URL) in a fresh schema named from `prefix`, or in-memory PGlite. */
export async function benchDatabase(server: string | undefined, prefix: string): Promise<BenchDatabase> {
  if (server === undefined) {
    const db = await openDatabase('memory://')
    return { db, target: 'PGlite in memory', server: null, drop: () => db.close() }
  }
  const schema = `${prefix}_${process.pid}`
  const url = new URL(server)
  url.searchParams.set('schema', schema)
  const db = await openDatabase(url.toString())
  await db.withConnection(async (c) => {
    await c.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public')
    await c.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}"`)
  })
  return {
    db,
    target: `PostgreSQL (schema ${schema})`,
    server: { url: server, schema },
    drop: async () => {
      await db.withConnection((c) => c.exec(`DROP SCHEMA "${schema}" CASCADE`))
      await db.close()
    },
  }
}

/** Migrates the bench database and ingests the seed articles and `events` generated ones. */
export async function seedBenchDatabase(db: Database, events: number): Promise<void> {
  await migrate(db)
  for (const seed of [...SEED_ARTICLES, ...benchArticles(events)]) {
    const result = await ingestExtraction(db.prisma, extractionOf(seed))
    if (result.status === 'failed') throw new Error(result.reason)
  }
}
