import { randomUUID } from 'node:crypto'
import { type Migration, readMigrations } from './migrations.ts'
import { type Database, quoteIdentifier, type SqlConnection } from './open.ts'

/** What `migrate` did: the migrations it applied now and those that were applied before. */
export interface MigrateResult {
  readonly applied: string[]
  readonly alreadyApplied: string[]
}

// The lock key Prisma's schema engine takes on PostgreSQL, so that `vanban migrate` and
// `prisma migrate deploy` never run at the same time either.
const PRISMA_MIGRATE_LOCK = 72707369

// The table exactly as Prisma's schema engine creates it.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`

interface AppliedRow {
  migration_name: string
  checksum: string
  finished_at: Date | null
  rolled_back_at: Date | null
}

/**
 * Applies the pending migrations of `prisma/migrations`, recording each in `_prisma_migrations`
 * as `prisma migrate deploy` does (id, checksum = sha256 of migration.sql, started and finished
 * times, applied_steps_count), so both tools agree on what is applied. Holds Prisma's advisory
 * lock meanwhile, so concurrent runs apply each migration once. Creates the `?schema=` schema when
 * it does not exist. Throws, applying nothing, when a
 * migration failed before and was not resolved, or when an applied migration's file was edited.
 */
export async function migrate(db: Database, migrations: Migration[] = readMigrations()): Promise<MigrateResult> {
  return db.withConnection(async (connection) => {
    await connection.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK])
    try {
      // as `prisma migrate deploy` does: the schema `?schema=` names is created, so nothing lands in
      // public when it does not exist yet (search_path would silently fall through to it)
      if (db.target.kind === 'postgres' && db.target.schema !== null) {
        await connection.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(db.target.schema)}`)
      }
      return await applyPending(connection, migrations)
    } finally {
      await connection.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK])
    }
  })
}

async function applyPending(connection: SqlConnection, migrations: Migration[]): Promise<MigrateResult> {
  await connection.exec(CREATE_MIGRATIONS_TABLE)
  const rows = await connection.query<AppliedRow>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
  )
  const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null)
  if (failed !== undefined) {
    throw new Error(
      `migration ${failed.migration_name} failed earlier and is still marked as failed; fix the database, then run ` +
        `\`prisma migrate resolve --rolled-back ${failed.migration_name}\` (or --applied) before migrating again`,
    )
  }
  const done = new Map(rows.filter((row) => row.finished_at !== null).map((row) => [row.migration_name, row.checksum]))
  for (const migration of migrations) {
    const checksum = done.get(migration.name)
    if (checksum !== undefined && checksum !== migration.checksum) {
      throw new Error(`migration ${migration.name} was edited after it was applied (its checksum differs); restore it`)
    }
  }
  const applied: string[] = []
  for (const migration of migrations.filter((m) => !done.has(m.name))) {
    await applyOne(connection, migration)
    applied.push(migration.name)
  }
  return { applied, alreadyApplied: migrations.filter((m) => done.has(m.name)).map((m) => m.name) }
}

// The same steps as the schema engine: a started row, the script as one implicit transaction,
// then the step count and finish time; on failure the error goes into `logs` and stays visible.
async function applyOne(connection: SqlConnection, migration: Migration): Promise<void> {
  const id = randomUUID()
  await connection.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)', [
    id,
    migration.checksum,
    migration.name,
  ])
  try {
    await connection.exec(migration.sql)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    await connection.query('UPDATE "_prisma_migrations" SET logs = $1 WHERE id = $2', [message, id])
    throw new Error(`migration ${migration.name} failed: ${message}`, { cause: error })
  }
  await connection.query(
    'UPDATE "_prisma_migrations" SET applied_steps_count = applied_steps_count + 1, finished_at = now() WHERE id = $1',
    [id],
  )
}
