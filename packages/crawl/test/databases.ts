import { type Database, migrate, openDatabase } from '@vanban/store'
import { createTestTarget, type TestTarget } from '@vanban/store/testing'
import pg from 'pg'
import { frontierSchema } from '../src/index.ts'

/** A migrated test database of `kind`, and how to remove it with its crawl frontier's schema. */
export async function crawlDatabase(
  kind: TestTarget['name'],
): Promise<{ db: Database; target: TestTarget; dispose(): Promise<void> }> {
  const target = await createTestTarget(kind)
  const db = await openDatabase(target.db)
  await migrate(db)
  return {
    db,
    target,
    async dispose() {
      await db.close()
      if (db.target.kind === 'postgres') {
        const client = new pg.Client({ connectionString: db.target.url })
        await client.connect()
        await client.query(`DROP SCHEMA IF EXISTS "${frontierSchema(db.target.schema)}" CASCADE`)
        await client.end()
      }
      await target.dispose()
    },
  }
}
