/**
 * Ingestion throughput: stores N synthetic articles (default 10,000) into an embedded PGlite
 * database and, when DATABASE_URL is set, into PostgreSQL (a scratch schema, dropped after), and
 * prints articles per second and the peak resident memory.
 *
 *   pnpm bench:ingest [--count N] [--concurrency N]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { migrate } from '../src/db/migrate.ts'
import { openDatabase } from '../src/db/open.ts'
import { ingestExtraction } from '../src/ingest/store.ts'
import { syntheticExtraction } from './ingest-data.ts'

const { values } = parseArgs({
  options: { count: { type: 'string', default: '10000' }, concurrency: { type: 'string', default: '8' } },
})
const count = Number(values.count)
const concurrency = Number(values.concurrency)
let peakRss = process.memoryUsage().rss
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50)

async function run(label: string, target: string, workers: number): Promise<void> {
  const db = await openDatabase(target)
  try {
    await migrate(db)
    let next = 0
    let failed = 0
    const started = performance.now()
    // PGlite is one session, so its ingests queue anyway; a server takes several at once.
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (next < count) {
          const result = await ingestExtraction(db.prisma, syntheticExtraction(next++))
          if (result.status === 'failed') failed++
        }
      }),
    )
    const seconds = (performance.now() - started) / 1000
    const [articles] = await db.prisma.$queryRawUnsafe<{ n: number }[]>('SELECT count(*)::int AS n FROM "Article"')
    console.log(
      `${label}: ${count} articles in ${seconds.toFixed(1)} s = ${(count / seconds).toFixed(0)} articles/s ` +
        `(${workers} at a time, ${articles?.n} stored, ${failed} failed)`,
    )
  } finally {
    await db.close()
  }
}

const folder = mkdtempSync(join(tmpdir(), 'vanban-bench-'))
try {
  await run('PGlite', folder, 1)
} finally {
  rmSync(folder, { recursive: true, force: true })
}

const serverUrl = process.env.DATABASE_URL
if (serverUrl === undefined) {
  console.log('PostgreSQL: skipped (set DATABASE_URL=postgres://... to measure it)')
} else {
  const schema = `vanban_bench_${process.pid}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public')
  await admin.query(`CREATE SCHEMA "${schema}"`)
  try {
    const url = new URL(serverUrl)
    url.searchParams.set('schema', schema)
    await run('PostgreSQL', url.toString(), concurrency)
  } finally {
    await admin.query(`DROP SCHEMA "${schema}" CASCADE`)
    await admin.end()
  }
}
clearInterval(sampler)
console.log(`peak RSS: ${(peakRss / 2 ** 20).toFixed(0)} MiB`)
