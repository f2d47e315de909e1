/**
 * Ingestion throughput. Stores N synthetic articles (default 10,000) into an embedded PGlite
 * database and, when DATABASE_URL is set, into PostgreSQL (a scratch schema, dropped after), twice
 * each: storage only (`ingestExtraction` of pre-built extractions) and end to end (`ingestText`:
 * extraction and storage). Extraction alone is timed too, so the share of each in an article's
 * time is plain. Prints articles per second and the peak resident memory.
 *
 *   pnpm bench:ingest [--count N] [--concurrency N]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { extractArticle } from '@vanban/extract'
import pg from 'pg'
import { migrate } from '../src/db/migrate.ts'
import { openDatabase } from '../src/db/open.ts'
import { type IngestResult, ingestExtraction } from '../src/ingest/store.ts'
import { ingestText } from '../src/ingest/text.ts'
import { syntheticExtraction } from './ingest-data.ts'

const { values } = parseArgs({
  options: { count: { type: 'string', default: '10000' }, concurrency: { type: 'string', default: '8' } },
})
const count = Number(values.count)
const concurrency = Number(values.concurrency)
let peakRss = process.memoryUsage().rss
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50)

type Mode = 'storage only' | 'end to end'

function ingestOne(db: Awaited<ReturnType<typeof openDatabase>>, mode: Mode, i: number): Promise<IngestResult> {
  const extraction = syntheticExtraction(i)
  if (mode === 'storage only') return ingestExtraction(db.prisma, extraction)
  const { url, publishedAt, source } = extraction.article
  return ingestText(db.prisma, extraction.article.text, {
    ...(url === null ? {} : { url }),
    ...(publishedAt === null ? {} : { publishedAt }),
    ...(source === null ? {} : { source }),
  })
}

async function run(label: string, target: string, workers: number, mode: Mode): Promise<void> {
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
          const result = await ingestOne(db, mode, next++)
          if (result.status === 'failed') failed++
        }
      }),
    )
    const seconds = (performance.now() - started) / 1000
    const [articles] = await db.prisma.$queryRawUnsafe<{ n: number }[]>('SELECT count(*)::int AS n FROM "Article"')
    console.log(
      `${label}, ${mode}: ${count} articles in ${seconds.toFixed(1)} s = ${(count / seconds).toFixed(0)} articles/s ` +
        `(${((1000 * seconds) / count).toFixed(2)} ms each; ${workers} at a time, ${articles?.n} stored, ${failed} failed)`,
    )
  } finally {
    await db.close()
  }
}

function extractionOnly(): void {
  let bytes = 0
  const started = performance.now()
  for (let i = 0; i < count; i++) {
    const text = syntheticExtraction(i).article.text
    bytes += Buffer.byteLength(text)
    extractArticle(text, { url: `https://bench.example/bai-${i}` })
  }
  const ms = performance.now() - started
  console.log(
    `extraction only: ${count} articles in ${(ms / 1000).toFixed(1)} s = ${(ms / count).toFixed(2)} ms each ` +
      `(${(bytes / count).toFixed(0)} bytes each, ${(bytes / 2 ** 20 / (ms / 1000)).toFixed(2)} MB/s)`,
  )
}

extractionOnly()
for (const mode of ['storage only', 'end to end'] as const) {
  const folder = mkdtempSync(join(tmpdir(), 'vanban-bench-'))
  try {
    await run('PGlite', folder, 1, mode)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

const serverUrl = process.env.DATABASE_URL
if (serverUrl === undefined) {
  console.log('PostgreSQL: skipped (set DATABASE_URL=postgres://... to measure it)')
} else {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public')
  try {
    for (const mode of ['storage only', 'end to end'] as const) {
      const schema = `vanban_bench_${process.pid}`
      await admin.query(`CREATE SCHEMA "${schema}"`)
      try {
        const url = new URL(serverUrl)
        url.searchParams.set('schema', schema)
        await run('PostgreSQL', url.toString(), concurrency, mode)
      } finally {
        await admin.query(`DROP SCHEMA "${schema}" CASCADE`)
      }
    }
  } finally {
    await admin.end()
  }
}
clearInterval(sampler)
console.log(`peak RSS: ${(peakRss / 2 ** 20).toFixed(0)} MiB`)
