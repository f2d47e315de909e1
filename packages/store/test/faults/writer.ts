// A writer process for the fault suite: opens the PGlite folder in argv[2], prints one JSON line
// saying whether it got the folder, and when it did, migrates, ingests the folders of argv[3...]
// and prints the counts, then waits for its stdin to close before closing the database (so that
// every writer has tried the folder while the first still holds it); exits 1 unless it got the folder.
import { migrate } from '../../src/db/migrate.ts'
import { openDatabase } from '../../src/db/open.ts'
import { DatabaseLockedError } from '../../src/db/pglite-lock.ts'
import { ingestFiles } from '../../src/ingest/files.ts'

const [folder, ...inputs] = process.argv.slice(2)
const say = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`)

try {
  const db = await openDatabase(folder)
  say({ event: 'locked', pid: process.pid })
  await migrate(db)
  const { counts } = await ingestFiles(db.prisma, inputs)
  say({ event: 'ingested', counts })
  await new Promise((resolve) => process.stdin.on('close', resolve).resume())
  await db.close()
} catch (error) {
  if (error instanceof DatabaseLockedError) say({ event: 'refused', holder: error.holder, message: error.message })
  else say({ event: 'failed', message: error instanceof Error ? error.message : String(error) })
  process.exitCode = 1
}
