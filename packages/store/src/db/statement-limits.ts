import { AsyncLocalStorage } from 'node:async_hooks'
import { connect, type Socket } from 'node:net'
import type { PGlite } from '@electric-sql/pglite'
import pg from 'pg'

/**
 * Limits on the statements that code run by {@link withStatementLimits} sends, whichever way it
 * reaches the database (Prisma, raw SQL, a transaction).
 */
export type StatementLimits = {
  /** Each statement is cancelled once it has run this long (PostgreSQL only). */
  timeoutMs?: number
  /** Aborting cancels the statements running and refuses new ones (the client went away, shutdown). */
  signal?: AbortSignal
}

/**
 * Why a statement was stopped: it ran past its time, its work was called off, or no connection
 * could be had for it within the pool's connection timeout.
 */
export type StatementInterruption = 'timeout' | 'cancelled' | 'no-connection'

/**
 * A statement stopped by its {@link StatementLimits}: `reason` says whether it timed out or was
 * cancelled. The connection it ran on goes back to the pool (or, when the server did not answer
 * the cancel, is dropped), so the error is the caller's to report, not a sign of a broken pool.
 */
export class StatementInterruptedError extends Error {
  override readonly name = 'StatementInterruptedError'
  /** Why the statement was stopped. */
  readonly reason: StatementInterruption
  /** The limit it ran past, when it timed out or found no connection. */
  readonly timeoutMs: number | null

  constructor(reason: StatementInterruption, timeoutMs: number | null) {
    super(
      reason === 'timeout'
        ? `the database did not answer within ${timeoutMs} ms, so the statement was cancelled`
        : reason === 'no-connection'
          ? `no database connection was free or could be opened within ${timeoutMs} ms`
          : 'the database statement was cancelled because its request was called off',
    )
    this.reason = reason
    this.timeoutMs = timeoutMs
  }
}

/**
 * How long a cancelled statement has to stop before its connection is dropped: enough for a
 * server that answers, short enough that a frozen network does not hold the caller.
 */
export const CANCEL_GRACE_MS = 1_000

const scope = new AsyncLocalStorage<StatementLimits>()

/**
 * Runs `work` with `limits` on every statement it sends to this process's databases (the limits
 * follow the async calls `work` makes). On PostgreSQL a statement past `timeoutMs`, or running
 * when `signal` aborts, is cancelled with a protocol cancel request and fails with a
 * {@link StatementInterruptedError}; if the server does not confirm in {@link CANCEL_GRACE_MS}
 * (a frozen network), its connection is dropped instead. PGlite runs a statement on this
 * thread without interruption, so there only `signal` counts: statements started after it
 * aborts fail at once.
 */
export function withStatementLimits<T>(limits: StatementLimits, work: () => T | PromiseLike<T>): Promise<T> {
  // Awaited inside the scope: Prisma's promises are lazy and start in the context that awaits them.
  return scope.run(limits, async () => await work())
}

/** The StatementInterruptedError in `error` or its causes, or null. */
export function statementInterruption(error: unknown): StatementInterruptedError | null {
  for (let current = error, depth = 0; current instanceof Error && depth < 8; depth++) {
    if (current instanceof StatementInterruptedError) return current
    current = current.cause
  }
  return null
}

function refusal(): StatementInterruptedError {
  return new StatementInterruptedError('cancelled', null)
}

/** The parts of a pg client a cancel request needs (public on pg's Client, missing from its types). */
type CancelTarget = { host: string; port: number; processID: number | null; secretKey: number | null }

// PostgreSQL's CancelRequest: length 16, code 80877102, then the backend's process id and key.
// It goes on a connection of its own, without authentication, and the server closes it once
// the backend has been signalled.
function sendCancelRequest(client: pg.Client, graceMs: number): Promise<void> {
  const { host, port, processID, secretKey } = client as unknown as CancelTarget
  if (processID === null || secretKey === null) return Promise.resolve()
  return new Promise((done) => {
    const socket: Socket = host.startsWith('/') ? connect(`${host}/.s.PGSQL.${port}`) : connect(port, host)
    const timer = setTimeout(() => socket.destroy(), graceMs)
    socket.once('connect', () => {
      const packet = Buffer.alloc(16)
      packet.writeInt32BE(16, 0)
      packet.writeInt32BE(80877102, 4)
      packet.writeInt32BE(processID, 8)
      packet.writeInt32BE(secretKey, 12)
      socket.end(packet)
    })
    socket.once('error', () => socket.destroy())
    socket.once('close', () => {
      clearTimeout(timer)
      done()
    })
  })
}

// Destroying the socket fails the running statement ("Connection terminated") and marks the
// client unqueryable, so the pool removes it on release instead of handing it out again.
function dropConnection(client: pg.Client): void {
  ;(client as unknown as { connection: { stream: Socket } }).connection.stream.destroy()
}

function limitStatement<T>(client: pg.Client, limits: StatementLimits, run: () => Promise<T>): Promise<T> {
  const { signal, timeoutMs } = limits
  if (signal?.aborted) return Promise.reject(refusal())
  return new Promise<T>((resolve, reject) => {
    let interruption: StatementInterruptedError | null = null
    let cancelled: Promise<void> = Promise.resolve()
    let dropTimer: NodeJS.Timeout | undefined
    const interrupt = (error: StatementInterruptedError) => {
      if (interruption !== null) return
      interruption = error
      cancelled = sendCancelRequest(client, CANCEL_GRACE_MS)
      dropTimer = setTimeout(() => dropConnection(client), CANCEL_GRACE_MS)
    }
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => interrupt(new StatementInterruptedError('timeout', timeoutMs)), timeoutMs)
    const onAbort = () => interrupt(refusal())
    signal?.addEventListener('abort', onAbort, { once: true })
    const settle = async (finish: () => void) => {
      clearTimeout(timer)
      clearTimeout(dropTimer)
      signal?.removeEventListener('abort', onAbort)
      // The connection is released only after the server has taken the cancel request, so the
      // request cannot land on the next statement this connection runs.
      await cancelled
      finish()
    }
    run().then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(interruption ?? error)),
    )
  })
}

// Ending a transaction must still run when its work was called off: a connection released in an
// aborted transaction would fail the next caller's statements. It keeps its time limit only.
function limitsFor(statement: unknown, limits: StatementLimits | undefined): StatementLimits | undefined {
  if (limits === undefined || typeof statement !== 'string' || !/^\s*ROLLBACK\b/i.test(statement)) return limits
  return limits.timeoutMs === undefined ? undefined : { timeoutMs: limits.timeoutMs }
}

/** Client options beyond pg's: the limits for statements sent outside {@link withStatementLimits}. */
type LimitedClientConfig = pg.ClientConfig & { defaultStatementLimits?: StatementLimits }

/**
 * A pg client that applies the caller's {@link StatementLimits} (else the pool's default) to every
 * promise-style query. Callback-style and submittable queries pass through unchanged.
 */
export class LimitedClient extends pg.Client {
  readonly #defaults: StatementLimits | undefined

  constructor(config: LimitedClientConfig = {}) {
    super(config)
    this.#defaults = config.defaultStatementLimits
    // pg-pool listens for errors only while a client is idle; one that breaks while checked out
    // (a dropped connection, a dead peer) would otherwise end the process. Its statement fails
    // on its own, and the pool discards the unqueryable client on release.
    this.on('error', () => undefined)
  }

  // biome-ignore lint/suspicious/noExplicitAny: pg's query has a dozen overloads; this forwards them all.
  override query(...args: any[]): any {
    const first = args[0] as { submit?: unknown; text?: unknown } | string | undefined
    const limits = limitsFor(typeof first === 'string' ? first : first?.text, scope.getStore() ?? this.#defaults)
    const passThrough =
      limits === undefined ||
      typeof args.at(-1) === 'function' ||
      (typeof first === 'object' && typeof first?.submit === 'function')
    // biome-ignore lint/suspicious/noExplicitAny: see above.
    const run = () => (super.query as (...forwarded: any[]) => any).apply(this, args) as Promise<unknown>
    return passThrough ? run() : limitStatement(this, limits, run)
  }
}

const POOL_TIMEOUT = /^(timeout exceeded when trying to connect|Connection terminated due to connection timeout)$/

/**
 * Makes the pool's promise-style `connect` and `query` follow the caller's limits: waiting for a
 * connection ends when the signal aborts or after `timeoutMs`, and `query` checks a client out
 * with `await`, so its statement runs in the caller's async context (pg-pool's own `query` runs
 * it in the callback of whichever caller released a client last, under that caller's limits).
 */
export function limitPoolQueries(pool: pg.Pool): void {
  const poolConnect = pool.connect.bind(pool)
  const connectionTimeoutMs = pool.options.connectionTimeoutMillis ?? null
  // pg-pool's two timeouts (waiting for a busy pool, opening a connection) are expected under
  // load or a partition: they become a typed error rather than an unexpected one.
  const connect = (): Promise<pg.PoolClient> =>
    poolConnect().catch((error: unknown) => {
      throw error instanceof Error && POOL_TIMEOUT.test(error.message)
        ? new StatementInterruptedError('no-connection', connectionTimeoutMs)
        : error
    })
  const checkOut = (): Promise<pg.PoolClient> => {
    const limits = scope.getStore()
    if (limits === undefined) return connect()
    if (limits.signal?.aborted) return Promise.reject(refusal())
    return new Promise<pg.PoolClient>((resolve, reject) => {
      const { signal, timeoutMs } = limits
      const giveUp = (error: StatementInterruptedError) => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
        reject(error)
        // the client may still arrive: hand it straight back
        pending.then(
          (client) => client.release(),
          () => undefined,
        )
      }
      const onAbort = () => giveUp(refusal())
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => giveUp(new StatementInterruptedError('timeout', timeoutMs)), timeoutMs)
      signal?.addEventListener('abort', onAbort, { once: true })
      const pending = connect()
      pending.then(
        (client) => {
          clearTimeout(timer)
          signal?.removeEventListener('abort', onAbort)
          resolve(client)
        },
        (error: unknown) => {
          clearTimeout(timer)
          signal?.removeEventListener('abort', onAbort)
          reject(error)
        },
      )
    })
  }
  const limitedConnect = (callback?: unknown) =>
    typeof callback === 'function' ? (poolConnect as (done: unknown) => void)(callback) : checkOut()
  const callbackQuery = pool.query.bind(pool) as (...forwarded: unknown[]) => unknown
  const query = async (config: unknown, values?: unknown, callback?: unknown) => {
    if (typeof values === 'function' || typeof callback === 'function') return callbackQuery(config, values, callback)
    const client = await checkOut()
    try {
      return await client.query(config as pg.QueryConfig, values as unknown[])
    } finally {
      // pg-pool removes a client whose connection broke (or was dropped) instead of reusing it.
      client.release()
    }
  }
  pool.connect = limitedConnect as typeof pool.connect
  pool.query = query as typeof pool.query
}

/**
 * PGlite wrapped so that statements sent under an aborted signal fail at once with a
 * {@link StatementInterruptedError} instead of running (a statement already running cannot be
 * interrupted: PGlite executes it on this thread).
 */
export function refuseCancelledEmbeddedStatements(client: PGlite): PGlite {
  const query = ((...args: Parameters<PGlite['query']>) =>
    scope.getStore()?.signal?.aborted ? Promise.reject(refusal()) : client.query(...args)) as PGlite['query']
  return new Proxy(client, {
    get(target, key) {
      if (key === 'query') return query
      const value: unknown = Reflect.get(target, key, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}
