import { describeDatabaseTarget, parseDatabaseTarget } from '@vanban/store'

/** The `--db` option as the commands share it. */
export const DATABASE_OPTION = { db: { type: 'string' } } as const

/** Help text for `--db`. */
export const DATABASE_HELP = `--db <target>  a postgres:// URL for a PostgreSQL server, or a folder for an embedded PGlite
               database (default: DATABASE_URL, else ./.vanban/db)`

/** The `--db` value to open, and the same written for people, or an error for a bad URL. */
export function databaseFromOption(
  db: string | undefined,
): { ok: true; target: string | undefined; label: string } | { ok: false; error: string } {
  try {
    return { ok: true, target: db, label: describeDatabaseTarget(parseDatabaseTarget(db)) }
  } catch (error) {
    return { ok: false, error: `--db ${db ?? ''}: ${error instanceof Error ? error.message : String(error)}` }
  }
}
