import { resolve } from 'node:path'

/** Where the database lives when neither `--db` nor `DATABASE_URL` says: an embedded PGlite folder. */
export const DEFAULT_DATABASE_FOLDER = './.vanban/db'

/**
 * A database to open: a PostgreSQL server by URL (with the schema to use, from `?schema=`, as
 * Prisma reads it), or an embedded PGlite database in a folder (`memory://` keeps it in memory).
 */
export type DatabaseTarget =
  | { kind: 'postgres'; url: string; schema: string | null }
  | { kind: 'pglite'; folder: string | null }

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i
// Any other `scheme://` is a URL for a database vanban cannot use, not a folder name.
const OTHER_URL = /^([a-z][a-z0-9+.-]*):\/\//i

/**
 * Reads a `--db` value (or `DATABASE_URL`): `postgres://` and `postgresql://` URLs name a server,
 * `memory://` an in-memory PGlite database, anything else a folder for an embedded one. Throws,
 * saying what is accepted, for a URL of any other scheme (`mysql://...`).
 */
export function parseDatabaseTarget(target: string | undefined = process.env.DATABASE_URL): DatabaseTarget {
  const value = target === undefined || target.trim() === '' ? DEFAULT_DATABASE_FOLDER : target.trim()
  if (POSTGRES_URL.test(value)) {
    const url = new URL(value)
    const schema = url.searchParams.get('schema')
    // `schema` is Prisma's parameter, not libpq's: the server would reject it as an option.
    url.searchParams.delete('schema')
    return { kind: 'postgres', url: url.toString(), schema: schema === null || schema === '' ? null : schema }
  }
  if (value === 'memory://') return { kind: 'pglite', folder: null }
  const scheme = OTHER_URL.exec(value)?.[1]
  if (scheme !== undefined) {
    throw new Error(
      `${scheme}:// is not a database vanban can use: give a postgres:// (or postgresql://) URL, memory://, or a folder for an embedded PGlite database`,
    )
  }
  return { kind: 'pglite', folder: resolve(value) }
}

/** A target written for people: the folder, or the server URL without its password. */
export function describeDatabaseTarget(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return target.folder === null ? 'PGlite in memory' : `PGlite at ${target.folder}`
  const url = new URL(target.url)
  if (url.password !== '') url.password = '***'
  return `PostgreSQL at ${url.toString()}${target.schema === null ? '' : ` (schema ${target.schema})`}`
}
