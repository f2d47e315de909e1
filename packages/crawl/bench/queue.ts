// Which PostgreSQL job queue holds the crawl frontier: graphile-worker or pg-boss, measured on the
// server of DATABASE_URL. For each: N jobs enqueued in batches of 100 with a key per URL (the same N
// again, to see how the key deduplicates), then worked to completion by one worker process with
// concurrency 10. Prints jobs/s for enqueue and for enqueue+complete, and the rows the duplicate batch
// added. Run: DATABASE_URL=postgres://... pnpm --filter @vanban/crawl bench:queue [N]
import { Logger, makeWorkerUtils, run } from 'graphile-worker'
import pg from 'pg'
import { PgBoss } from 'pg-boss'

const url: string = process.env.DATABASE_URL ?? ''
if (url === '') throw new Error('bench/queue.ts: set DATABASE_URL to a PostgreSQL server')
const N = Number(process.argv[2] ?? 2000)
const keys = Array.from({ length: N }, (_, i) => `https://example.vn/bai-${i}.html`)

async function resetSchema(schema: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
  await client.end()
}

async function graphileWorker() {
  const schema = 'bench_graphile_worker'
  await resetSchema(schema)
  const utils = await makeWorkerUtils({ connectionString: url, schema, logger: new Logger(() => () => undefined) })
  await utils.migrate()
  const start = performance.now()
  for (let i = 0; i < N; i += 100)
    await utils.addJobs(
      keys.slice(i, i + 100).map((key) => ({ identifier: 'fetch', payload: { url: key }, jobKey: key })),
    )
  const enqueued = performance.now()
  for (let i = 0; i < N; i += 100)
    await utils.addJobs(
      keys.slice(i, i + 100).map((key) => ({ identifier: 'fetch', payload: { url: key }, jobKey: key })),
    )
  const rows = await utils.withPgClient((c) => c.query(`SELECT count(*)::int AS n FROM ${schema}._private_jobs`))
  const afterDuplicates = rows.rows[0].n as number
  const duplicatesMs = performance.now() - enqueued
  let done = 0
  let resolveFinished = () => {}
  const finished = new Promise<void>((resolve) => {
    resolveFinished = resolve
  })
  const runner = await run({
    connectionString: url,
    schema,
    concurrency: 10,
    noHandleSignals: true,
    pollInterval: 500,
    logger: new Logger(() => () => undefined),
    taskList: {
      fetch: async () => {
        done += 1
        if (done === N) resolveFinished()
      },
    },
  })
  await finished
  const completed = performance.now()
  await runner.stop()
  await utils.release()
  return { enqueued, completed, start, afterDuplicates, duplicatesMs }
}

async function pgBoss() {
  const schema = 'bench_pg_boss'
  await resetSchema(schema)
  const boss = new PgBoss({ connectionString: url, schema, supervise: false, schedule: false })
  boss.on('error', (error) => console.error(error))
  await boss.start()
  await boss.createQueue('fetch', { policy: 'exclusive' })
  const start = performance.now()
  for (let i = 0; i < N; i += 100)
    await boss.insert(
      'fetch',
      keys.slice(i, i + 100).map((key) => ({ data: { url: key }, singletonKey: key })),
    )
  const enqueued = performance.now()
  for (let i = 0; i < N; i += 100)
    await boss.insert(
      'fetch',
      keys.slice(i, i + 100).map((key) => ({ data: { url: key }, singletonKey: key })),
    )
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const afterDuplicates = (await client.query(`SELECT count(*)::int AS n FROM ${schema}.job`)).rows[0].n as number
  await client.end()
  const duplicatesMs = performance.now() - enqueued
  let done = 0
  let resolveFinished = () => {}
  const finished = new Promise<void>((resolve) => {
    resolveFinished = resolve
  })
  await boss.work(
    'fetch',
    { localConcurrency: 10, batchSize: 10, burstWhenBatchFull: true, pollingIntervalSeconds: 0.5 },
    async (jobs) => {
      done += jobs.length
      if (done === N) resolveFinished()
    },
  )
  await finished
  const completed = performance.now()
  await boss.stop({ graceful: true, timeout: 5000 })
  return { enqueued, completed, start, afterDuplicates, duplicatesMs }
}

for (const [name, measure] of [
  ['graphile-worker', graphileWorker],
  ['pg-boss', pgBoss],
] as const) {
  const r = await measure()
  const enqueueSeconds = (r.enqueued - r.start) / 1000
  const allSeconds = (r.completed - r.start - r.duplicatesMs) / 1000
  console.log(
    `${name}: ${N} jobs, enqueue ${Math.round(N / enqueueSeconds)} jobs/s, enqueue+complete ${Math.round(N / allSeconds)} jobs/s; ` +
      `the same ${N} keys again left ${r.afterDuplicates} rows`,
  )
}
