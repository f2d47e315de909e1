// Ingests a folder of article files and prints one directive's timeline:
//   pnpm --filter @vanban-examples/ingest-folder start -- [folder] [--db postgres://...] [--directive 35-NQ/TW]
// The database is --db, else DATABASE_URL, else the embedded ./.vanban/db.
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { openDatabase } from '@vanban/store'
import { directiveTimeline, formatIngest, formatTimeline, ingestFolder } from './ingest-folder.ts'

// `pnpm --filter <example> start -- <args>` hands the script a leading `--`; after it parseArgs
// would take every option as a positional, so it is dropped.
const args = process.argv.slice(2)
if (args[0] === '--') args.shift()
const { values, positionals } = parseArgs({
  args,
  allowPositionals: true,
  options: { db: { type: 'string' }, directive: { type: 'string', default: '35-NQ/TW' } },
})
const folder = positionals[0] ?? fileURLToPath(new URL('../../../packages/extract/fixtures/articles', import.meta.url))

const db = await openDatabase(values.db)
try {
  console.log(formatIngest(await ingestFolder(db, folder)))
  const timeline = await directiveTimeline(db, values.directive)
  console.log(timeline === null ? `No stored article cites ${values.directive}.` : formatTimeline(timeline))
} finally {
  await db.close()
}
