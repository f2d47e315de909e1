import {
  type Database,
  DatabaseLockedError,
  type DatabaseOptions,
  describeDatabaseTarget,
  openDatabase,
  parseDatabaseTarget,
} from '@vanban/store'

/** The `--db` option as the commands share it. */
export const DATABASE_OPTION = { db: { type: 'string' } } as const

/** Help text for `--db`. */
export const DATABASE_HELP = `--db <target>  a postgres:// URL for a PostgreSQL server, or a folder for an embedded PGlite
               database (default: DATABASE_URL, else ./.vanban/db)`

// A running gateway's GraphQL endpoint, which only `vanban ingest` can send to.
const GATEWAY_URL = /^https?:\/\//i

/** The gateway endpoint a `--db http(s)://…` value names, or `null` for a database. */
export function gatewayFromOption(db: string | undefined): string | null {
  return db !== undefined && GATEWAY_URL.test(db.trim()) ? db.trim() : null
}

/** The `--db` value to open, and the same written for people, or an error for a bad URL. */
export function databaseFromOption(
  db: string | undefined,
): { ok: true; target: string | undefined; label: string } | { ok: false; error: string } {
  if (gatewayFromOption(db) !== null) {
    return {
      ok: false,
      error: `--db ${db}: an http(s) URL names a running gateway, which only \`vanban ingest\` sends to`,
    }
  }
  try {
    return { ok: true, target: db, label: describeDatabaseTarget(parseDatabaseTarget(db)) }
  } catch (error) {
    return { ok: false, error: `--db ${db ?? ''}: ${error instanceof Error ? error.message : String(error)}` }
  }
}

/**
 * Opens a command's database. When another process holds the embedded folder, prints why (and
 * `hint`, what this command can do instead) as `vanban <command>: …` and gives `null`: the
 * command exits 1 having written nothing.
 */
export async function openCommandDatabase(
  command: string,
  target: string | undefined,
  options: DatabaseOptions = {},
  hint = '',
): Promise<Database | null> {
  try {
    return await openDatabase(target, options)
  } catch (error) {
    if (!(error instanceof DatabaseLockedError)) throw error
    console.error(`vanban ${command}: ${error.message}.\nNothing was written.${hint === '' ? '' : ` ${hint}`}`)
    return null
  }
}
