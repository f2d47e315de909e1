/**
 * `@vanban/store`: vanban's storage. The Prisma 7 schema and its migrations on PostgreSQL (or
 * embedded PGlite by default), the ingestion of extracted articles, and every write: the
 * editorial corrections the gateway's mutations make go through {@link upsertDirective} and
 * {@link updateEvent}, so derived columns (search keys, date bounds) are computed in one place.
 *
 * @packageDocumentation
 */
export { openDatabase, quoteIdentifier, type Database, type SqlConnection } from './db/open.ts'
export { migrate, type MigrateResult } from './db/migrate.ts'
export { readMigrations, migrationsFolder, type Migration } from './db/migrations.ts'
export { parseDatabaseTarget, describeDatabaseTarget, DEFAULT_DATABASE_FOLDER, type DatabaseTarget } from './db/target.ts'
export * from './ingest/index.ts'
export * from './edit/index.ts'
export { Prisma, PrismaClient } from './generated/prisma/client.ts'
export type * from './generated/prisma/client.ts'
export type * from './generated/prisma/models.ts'
