import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { type Database, openDatabase } from '../db/open.ts'

/** A database to test on and how to remove it afterwards. */
export interface TestTarget {
  readonly name: 'pglite' | 'postgres'
  /** The `--db` value naming it. */
  readonly db: string
  /** Drops what the target created (the temp folder, the schema). */
  dispose(): Promise<void>
}

/** The kinds of database the tests run on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export const TARGET_KINDS: TestTarget['name'][] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']

/**
 * A fresh, empty database of the given kind: a PGlite folder under the system temp folder, or a
 * schema of its own on the PostgreSQL server of DATABASE_URL, so test files running in parallel
 * never see each other's rows.
 */
export async function createTestTarget(kind: TestTarget['name']): Promise<TestTarget> {
  if (kind === 'pglite') {
    const folder = mkdtempSync(join(tmpdir(), 'vanban-test-'))
    return { name: kind, db: folder, dispose: async () => rmSync(folder, { recursive: true, force: true }) }
  }
  const serverUrl = process.env.DATABASE_URL
  if (serverUrl === undefined) throw new Error('DATABASE_URL is not set')
  const schema = `vanban_test_${Math.random().toString(36).slice(2, 10)}`
  await withServer(serverUrl, async (client) => {
    // pg_trgm lives in public so every test schema (and its cleanup) shares one installation.
    await client.query('SELECT pg_advisory_lock(4242)')
    try {
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public')
    } finally {
      await client.query('SELECT pg_advisory_unlock(4242)')
    }
    await client.query(`CREATE SCHEMA "${schema}"`)
  })
  const url = new URL(serverUrl)
  url.searchParams.set('schema', schema)
  return {
    name: kind,
    db: url.toString(),
    dispose: () =>
      withServer(serverUrl, (client) => client.query(`DROP SCHEMA "${schema}" CASCADE`).then(() => undefined)),
  }
}

async function withServer<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await use(client)
  } finally {
    await client.end()
  }
}

/** Opens a test target's database. */
export function openTarget(target: TestTarget): Promise<Database> {
  return openDatabase(target.db)
}
