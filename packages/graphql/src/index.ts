/**
 * `@vanban/graphql`: vanban's storage (Prisma 7 on PostgreSQL, or embedded PGlite by default),
 * migrations, the ingestion of extracted articles, and the Pothos / graphql-yoga gateway over them.
 *
 * @packageDocumentation
 */
export { openDatabase, type Database, type SqlConnection } from './db/open.ts'
export { migrate, type MigrateResult } from './db/migrate.ts'
export { readMigrations, migrationsFolder, type Migration } from './db/migrations.ts'
export { parseDatabaseTarget, describeDatabaseTarget, DEFAULT_DATABASE_FOLDER, type DatabaseTarget } from './db/target.ts'
export * from './ingest/index.ts'
export * from './server/index.ts'
