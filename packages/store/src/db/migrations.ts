import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** One migration folder: `prisma/migrations/<timestamp>_<name>/migration.sql`. */
export interface Migration {
  /** The folder name, as `_prisma_migrations.migration_name` records it. */
  readonly name: string
  /** The SQL script. */
  readonly sql: string
  /** sha256 of the script in lower-case hex, as Prisma records and checks it. */
  readonly checksum: string
}

/**
 * The package's `prisma/` folder, found upwards from this module so that it resolves the same
 * from `src/db/` (run directly) and from the bundled `dist/`.
 */
export function prismaFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, 'prisma')
    if (existsSync(join(candidate, 'schema.prisma'))) return candidate
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`no prisma/schema.prisma above ${fileURLToPath(import.meta.url)}`)
    dir = parent
  }
}

/** The folder holding the migrations. */
export function migrationsFolder(): string {
  return join(prismaFolder(), 'migrations')
}

/** sha256 of a migration script, hex, as Prisma's `checksum` column holds it. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex')
}

/** The migrations in `folder`, oldest first (folder names start with a timestamp). */
export function readMigrations(folder: string = migrationsFolder()): Migration[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(folder, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: migrationChecksum(sql) }
    })
}
