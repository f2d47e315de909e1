import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaClient } from '../generated/prisma/client.ts'
import { type LockOptions, lockPGliteFolder, type PGliteLock } from './pglite-lock.ts'
import { preparedNames, type ReadOptions, registerRowReader } from './row-reads.ts'
import { LimitedClient, limitPoolQueries, refuseCancelledEmbeddedStatements } from './statement-limits.ts'
import { type DatabaseTarget, parseDatabaseTarget } from './target.ts'

/**
 * One connection to run SQL on outside Prisma: migrations need multi-statement scripts and a
 * session-level advisory lock, which Prisma's query API does not give.
 */
export interface SqlConnection {
  /** Runs a script of one or more statements (simple query protocol). */
  exec(script: string): Promise<void>
  /** Runs one statement with `$1`... parameters and returns its rows. */
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>
}

/** An open vanban database: the Prisma client, raw connections for migrations, and `close()`. */
export interface Database {
  /** The Prisma client on this database. */
  readonly prisma: PrismaClient
  /** What was opened. */
  readonly target: DatabaseTarget
  /** The embedded database when the target is PGlite, else null. */
  readonly embedded: PGlite | null
  /** Runs `use` on one dedicated connection, released afterwards. */
  withConnection<T>(use: (connection: SqlConnection) => Promise<T>): Promise<T>
  /** Disconnects Prisma and closes the pool or the embedded database. */
  close(): Promise<void>
}

/**
 * How {@link openDatabase} talks to a PostgreSQL server (PGlite, in process, has no pool and ignores
 * them), and how long it waits for a PGlite folder another process holds. Every limit is in
 * milliseconds; a statement run under `withStatementLimits` takes that call's limits instead of
 * `queryTimeoutMs`.
 */
export type DatabaseOptions = {
  /**
   * How long to wait for another process holding a PGlite folder to let go (default 0: throw
   * `DatabaseLockedError` at once). Ignored for PostgreSQL and `memory://`.
   */
  lockWaitMs?: number
  /** Most connections the pool holds. Default 10. */
  poolSize?: number
  /** How long to wait for a connection, new or from a full pool, before failing. Default 10,000. */
  connectionTimeoutMs?: number
  /** How long an unused connection stays open. Default 10,000. */
  idleTimeoutMs?: number
  /**
   * PostgreSQL's `statement_timeout` on every connection: the server cancels a statement past it.
   * Default none (migrations and ingestion may run long); the gateway sets its own per request.
   */
  statementTimeoutMs?: number
  /**
   * The client-side limit for statements sent outside `withStatementLimits`: past it the statement
   * is cancelled, and its connection dropped if the server does not answer (a frozen network,
   * which `statementTimeoutMs` cannot see). Default none.
   */
  queryTimeoutMs?: number
}

/**
 * Opens the database that `target` names (a `--db` value; `DATABASE_URL` when omitted; the
 * embedded `./.vanban/db` when neither is set): a `postgres://` URL through `@prisma/adapter-pg`
 * with the pool `options` set, a folder (or `memory://`) through PGlite with `pg_trgm` and
 * `unaccent` loaded. A PGlite folder is locked to this process until `close()` (see
 * `lockPGliteFolder`); one another process holds throws `DatabaseLockedError`. Does not migrate:
 * call `migrate(db)` for that.
 */
export async function openDatabase(target?: string, options: DatabaseOptions = {}): Promise<Database> {
  const parsed = parseDatabaseTarget(target)
  return parsed.kind === 'postgres' ? openPostgres(parsed, options) : openPGlite(parsed, options)
}

const DEFAULT_POOL_SIZE = 10
const DEFAULT_CONNECTION_TIMEOUT_MS = 10_000
const DEFAULT_IDLE_TIMEOUT_MS = 10_000

/** The pg pool settings for `target` and `options`: sizes and timeouts, statement limits, schema. */
function poolConfig(target: Extract<DatabaseTarget, { kind: 'postgres' }>, options: DatabaseOptions): pg.PoolConfig {
  const { lockWaitMs: _embeddedOnly, ...poolOptions } = options
  for (const [name, value] of Object.entries(poolOptions)) {
    if (value !== undefined && !(Number.isInteger(value) && value > 0))
      throw new RangeError(`openDatabase: ${name} ${value}: expected a whole number above 0`)
  }
  return {
    connectionString: target.url,
    // Raw statements (ingest upserts, migrations) name tables unqualified, like Prisma's own SQL.
    ...(target.schema === null ? {} : { options: `-c search_path=${quoteIdentifier(target.schema)},public` }),
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
    idleTimeoutMillis: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    ...(options.statementTimeoutMs === undefined ? {} : { statement_timeout: options.statementTimeoutMs }),
    // Lets the operating system notice a peer that vanished, between statements too.
    keepAlive: true,
    Client: LimitedClient,
    ...(options.queryTimeoutMs === undefined ? {} : { defaultStatementLimits: { timeoutMs: options.queryTimeoutMs } }),
  } satisfies pg.PoolConfig & { defaultStatementLimits?: object }
}

async function openPostgres(
  target: Extract<DatabaseTarget, { kind: 'postgres' }>,
  options: DatabaseOptions,
): Promise<Database> {
  const pool = new pg.Pool(poolConfig(target, options))
  limitPoolQueries(pool)
  // A connection that breaks while idle is replaced at its next checkout; without a listener
  // the pool's 'error' event would end the process.
  pool.on('error', () => undefined)
  const adapter = new PrismaPg(pool, target.schema === null ? {} : { schema: target.schema })
  const prisma = new PrismaClient({ adapter })
  // the pool's query runs under the caller's statement limits (limitPoolQueries)
  const nameOf = preparedNames()
  registerRowReader(prisma, async <Row>(sql: string, params: readonly unknown[], options?: ReadOptions) => {
    const name = options?.prepared ? nameOf(sql) : undefined
    const values = params as unknown[]
    return (await pool.query(name === undefined ? { text: sql, values } : { name, text: sql, values })).rows as Row[]
  })
  return {
    prisma,
    target,
    embedded: null,
    async withConnection(use) {
      const client = await pool.connect()
      try {
        return await use({
          async exec(script) {
            await client.query(script)
          },
          async query<Row>(sql: string, params: unknown[] = []) {
            return (await client.query(sql, params)).rows as Row[]
          },
        })
      } finally {
        client.release()
      }
    },
    async close() {
      await prisma.$disconnect()
      await pool.end()
    },
  }
}

async function openPGlite(
  target: Extract<DatabaseTarget, { kind: 'pglite' }>,
  options: DatabaseOptions,
): Promise<Database> {
  const lock = await lockFolder(target.folder, { waitMs: options.lockWaitMs ?? 0 })
  let client: PGlite
  try {
    client = await PGlite.create(target.folder ?? 'memory://', { extensions: { pg_trgm, unaccent } })
  } catch (error) {
    lock?.release()
    throw error
  }
  const embedded = refuseCancelledEmbeddedStatements(client)
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(embedded) })
  registerRowReader(
    prisma,
    async <Row>(sql: string, params: readonly unknown[]) => (await embedded.query<Row>(sql, params as unknown[])).rows,
  )
  return {
    prisma,
    target,
    embedded: client,
    // PGlite is one session, so the "dedicated connection" is the database itself.
    withConnection: (use) =>
      use({
        async exec(script) {
          await client.exec(script)
        },
        async query<Row>(sql: string, params: unknown[] = []) {
          return (await client.query<Row>(sql, params)).rows
        },
      }),
    async close() {
      try {
        await prisma.$disconnect()
        await client.close()
      } finally {
        lock?.release()
      }
    },
  }
}

// A folder is created if missing and locked to this process; memory needs no lock.
async function lockFolder(folder: string | null, options: LockOptions): Promise<PGliteLock | null> {
  if (folder === null) return null
  mkdirSync(folder, { recursive: true })
  return lockPGliteFolder(folder, options)
}

/** A PostgreSQL identifier in double quotes. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}
