// Can pg-boss run on embedded PGlite beside vanban's Prisma client? pg-boss 12 ships an adapter
// (fromPglite). This starts it on a migrated in-memory database, inserts three jobs of which two
// share a singleton key, takes one and leaves it active past its 1 s lease, then prints the jobs:
// the duplicate skipped, the abandoned one back in `retry`. Run:
//   node --conditions=@vanban/source --disable-warning=ExperimentalWarning bench/pglite-check.ts
import { migrate, openDatabase } from '@vanban/store'
import { fromPglite, PgBoss } from 'pg-boss'

const db = await openDatabase('memory://')
await migrate(db)
if (db.embedded === null) throw new Error('expected PGlite')
const embedded = db.embedded
const boss = new PgBoss({
  db: fromPglite(embedded),
  backend: 'pglite',
  schema: 'crawl_check',
  schedule: false,
  superviseIntervalSeconds: 1,
  monitorIntervalSeconds: 1,
})
boss.on('error', (error) => console.error('pg-boss error:', error.message))
const started = performance.now()
await boss.start()
console.log(`started in ${Math.round(performance.now() - started)} ms`)
await boss.createQueue('q', { policy: 'exclusive', expireInSeconds: 1 })
const ids = await boss.insert(
  'q',
  [
    { data: { n: 1 }, singletonKey: 'x' },
    { data: { n: 2 }, singletonKey: 'x' },
    { data: { n: 3 }, singletonKey: 'y' },
  ],
  { returnId: true },
)
console.log(`inserted ${ids?.length} of 3 (two share a key)`)
const [job] = await boss.fetch('q')
console.log('took', job?.data, '- leaving it active')
await new Promise((resolve) => setTimeout(resolve, 4000))
console.table((await embedded.query('SELECT data, state FROM crawl_check.job ORDER BY created_on')).rows)
console.log(`Prisma on the same database meanwhile: ${await db.prisma.rawPage.count()} raw pages`)
await boss.stop({ graceful: false })
await db.close()
