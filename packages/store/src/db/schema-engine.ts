import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import { SchemaEngine } from '@prisma/schema-engine-wasm'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { migrate } from './migrate.ts'
import { type Migration, prismaFolder, readMigrations } from './migrations.ts'
import { openDatabase } from './open.ts'

/** The Prisma schema file as the schema engine takes it. */
export function schemaFile(): { path: string; content: string } {
  const path = join(prismaFolder(), 'schema.prisma')
  return { path, content: readFileSync(path, 'utf8') }
}

const NO_FILTER = { externalTables: [], externalEnums: [] }

/**
 * The SQL that takes the database `live` (an embedded PGlite, empty or migrated) to
 * `schema.prisma`, from Prisma's schema engine compiled to WebAssembly (the native engine is not
 * needed). An empty string means they already agree.
 */
export async function diffDatabaseToSchema(live: PGlite, from: 'empty' | 'database'): Promise<string> {
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(live))
  const engine = await SchemaEngine.new({ datamodels: undefined }, () => {}, adapter)
  try {
    const result = await engine.diff({
      from:
        from === 'empty'
          ? { tag: 'empty' }
          : { tag: 'schemaDatasource', files: [schemaFile()], configDir: prismaFolder() },
      to: { tag: 'schemaDatamodel', files: [schemaFile()] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    })
    return (result.stdout ?? '').trim() === '-- This is an empty migration.' ? '' : (result.stdout ?? '')
  } finally {
    engine.free()
  }
}

/**
 * What `schema.prisma` has that the migrations do not create: applies `migrations` to a fresh
 * in-memory PGlite database and diffs it with the schema. Empty when they agree.
 */
export async function migrationDrift(migrations: Migration[] = readMigrations()): Promise<string> {
  const db = await openDatabase('memory://')
  try {
    await migrate(db, migrations)
    if (db.embedded === null) throw new Error('memory:// opened a server database')
    return await diffDatabaseToSchema(db.embedded, 'database')
  } finally {
    await db.close()
  }
}
