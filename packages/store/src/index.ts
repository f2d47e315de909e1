/**
 * `@vanban/store`: vanban's storage. The Prisma 7 schema and its migrations on PostgreSQL (or
 * embedded PGlite by default), the ingestion of extracted articles, and every write: the
 * editorial corrections the gateway's mutations make go through {@link upsertDirective} and
 * {@link updateEvent}, so derived columns (search keys, date bounds) are computed in one place; the crawler keeps fetched
 * pages through {@link storeRawPage}.
 *
 * @packageDocumentation
 */

export { type MigrateResult, migrate } from './db/migrate.ts'
export { type Migration, migrationsFolder, readMigrations } from './db/migrations.ts'
export { type Database, type DatabaseOptions, openDatabase, quoteIdentifier, type SqlConnection } from './db/open.ts'
export {
  DatabaseLockedError,
  type LockHolder,
  LockHolderSchema,
  type LockOptions,
  lockPGliteFolder,
  type PGliteLock,
} from './db/pglite-lock.ts'
export { checkReady, DEFAULT_READY_TIMEOUT_MS, type Readiness } from './db/readiness.ts'
export { type ReadOptions, type RowReader, readRows } from './db/row-reads.ts'
export {
  CANCEL_GRACE_MS,
  StatementInterruptedError,
  type StatementInterruption,
  type StatementLimits,
  statementInterruption,
  withStatementLimits,
} from './db/statement-limits.ts'
export {
  type DatabaseTarget,
  DEFAULT_DATABASE_FOLDER,
  describeDatabaseTarget,
  parseDatabaseTarget,
} from './db/target.ts'
export * from './edit/index.ts'
export type * from './generated/prisma/client.ts'
export { Prisma, PrismaClient } from './generated/prisma/client.ts'
export type * from './generated/prisma/models.ts'
export * from './ingest/index.ts'
export * from './raw/index.ts'
