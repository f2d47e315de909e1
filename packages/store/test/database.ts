import { afterAll, beforeAll } from 'vitest'
import { migrate } from '../src/db/migrate.ts'
import type { Database } from '../src/db/open.ts'
import { createTestTarget, openTarget, type TestTarget } from '../src/testing/index.ts'

/**
 * A migrated database of `kind` for the tests of the calling `describe` block: created before
 * them, removed after. The returned function gives it once the block's `beforeAll` hooks run.
 */
export function migratedDatabase(kind: TestTarget['name']): () => Database {
  return testDatabase(kind, { migrated: true })
}

/** An empty database of `kind`, no migration applied, for the calling `describe` block, as {@link migratedDatabase}. */
export function emptyDatabase(kind: TestTarget['name']): () => Database {
  return testDatabase(kind, { migrated: false })
}

function testDatabase(kind: TestTarget['name'], options: { migrated: boolean }): () => Database {
  let target: TestTarget | undefined
  let db: Database | undefined
  beforeAll(async () => {
    target = await createTestTarget(kind)
    db = await openTarget(target)
    if (options.migrated) await migrate(db)
  })
  afterAll(async () => {
    await db?.close()
    await target?.dispose()
  })
  return () => {
    if (db === undefined) throw new Error(`the ${kind} test database is not open yet`)
    return db
  }
}

/** The tables an ingested article writes to, in the order the tests count them. */
export const RECORD_TABLES = [
  'Article',
  'Directive',
  'Organization',
  'Person',
  'Event',
  'EventReport',
  'Citation',
  'DirectiveRelation',
  'Participation',
] as const

/** Empties the record tables (and `extra` ones, such as `RawPage`) between tests, restarting their ids. */
export async function emptyRecords(db: Database, extra: string[] = []): Promise<void> {
  const tables = [...RECORD_TABLES, ...extra].map((table) => `"${table}"`).join(', ')
  await db.prisma.$executeRawUnsafe(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`)
}
