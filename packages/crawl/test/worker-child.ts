// One `vanban crawl --worker` process for the kill-and-restart test, run by node in a child process:
//   node --conditions=@vanban/source test/worker-child.ts <database URL> [seed URL]
// It crawls the shared frontier of the database (short leases, so a killed worker's job comes back
// within seconds) with the test site's pages' links, and prints one line per job done.
import { openDatabase } from '@vanban/store'
import { crawl, openFrontier } from '../src/index.ts'
import { linkReader } from './link-reader.ts'

const [database, seed] = process.argv.slice(2)
if (database === undefined) throw new Error('worker-child.ts: give the database URL')
const db = await openDatabase(database)
const frontier = await openFrontier(db, { leaseSeconds: 2, superviseSeconds: 1, retryDelaySeconds: 1 })
try {
  const { counts, end } = await crawl({
    db,
    frontier,
    readPage: linkReader(),
    seeds: seed === undefined ? [] : [seed],
    options: { include: ['/k/*'], rate: 100 },
    concurrency: 2,
    idleMs: 100,
    onProgress: (progress) => console.log(`done ${JSON.stringify(progress)}`),
  })
  console.log(`end ${end} ${JSON.stringify(counts)}`)
} finally {
  await frontier.close()
  await db.close()
}
