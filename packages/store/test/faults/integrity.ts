import { PGlite } from '@electric-sql/pglite'
import { amcheck } from '@electric-sql/pglite/contrib/amcheck'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'

/** What `inspectFolder` found in a PGlite folder. */
export interface FolderReport {
  /** Rows per table of vanban's (every table but the migrations'). */
  readonly counts: Record<string, number>
  /** Article identities stored more than once (a unique index that failed). */
  readonly duplicateIdentities: number
  /** Indexes amcheck finds corrupt, with its message. */
  readonly corruptIndexes: string[]
  /** How many indexes were checked. */
  readonly checkedIndexes: number
}

/**
 * Row counts and an index check of a PGlite folder nobody holds. Every B-tree index is checked
 * with amcheck's `bt_index_check(heapallindexed => true)` (its structure, and that each row of
 * the table is found through it) and every GIN index with `gin_index_check`: concurrent writers
 * leave rows their indexes do not hold.
 */
export async function inspectFolder(folder: string): Promise<FolderReport> {
  const client = await PGlite.create(folder, { extensions: { pg_trgm, unaccent, amcheck } })
  try {
    await client.exec('CREATE EXTENSION IF NOT EXISTS amcheck')
    const counts: Record<string, number> = {}
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
       ORDER BY 1`,
    )
    for (const { name: table } of tables) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`)
      counts[table] = rows[0]?.n ?? -1
    }
    const duplicates = await client.query<{ n: number }>(
      `SELECT (count(*) - count(DISTINCT identity))::int AS n FROM "Article"`,
    )
    const { rows: indexes } = await client.query<{ name: string; method: string }>(
      `SELECT c.oid::regclass::text AS name, am.amname AS method FROM pg_index i
       JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' ORDER BY 1`,
    )
    const corruptIndexes: string[] = []
    for (const index of indexes) {
      const check = index.method === 'btree' ? 'bt_index_check($1::regclass, true)' : 'gin_index_check($1::regclass)'
      try {
        await client.query(`SELECT ${check}`, [index.name])
      } catch (error) {
        corruptIndexes.push(`${index.name}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    return {
      counts,
      duplicateIdentities: duplicates.rows[0]?.n ?? -1,
      corruptIndexes,
      checkedIndexes: indexes.length,
    }
  } finally {
    await client.close()
  }
}
