import type { PrismaClient } from '../generated/prisma/client.ts'

/** How a read is sent. */
export type ReadOptions = {
  /**
   * Keep the statement prepared on each connection that runs it (PostgreSQL; PGlite ignores it):
   * PostgreSQL parses it once per connection and, after a few runs, plans it once, for any
   * parameters. Only for a statement whose best plan does not depend on its parameters' values.
   */
  prepared?: boolean
}

/** Runs one statement with `$1`... parameters on a database's own connection and returns its rows. */
export type RowReader = <Row>(sql: string, params: readonly unknown[], options?: ReadOptions) => Promise<Row[]>

// The reader of each client openDatabase (or the test recorder) made, by client.
const readers = new WeakMap<PrismaClient, RowReader>()

/** Makes {@link readRows} on `prisma` run its statements with `reader`. */
export function registerRowReader(prisma: PrismaClient, reader: RowReader): void {
  readers.set(prisma, reader)
}

/**
 * The rows of one read-only statement on `prisma`'s database, sent straight to its pool (or
 * embedded database) rather than through Prisma's raw-query pipeline, which costs more than a
 * statement that returns its answer already shaped as JSON: for the GraphQL gateway's planned
 * reads. The statement keeps the caller's statement limits (time limit, cancellation), as
 * Prisma's own statements do; a client openDatabase did not make reads through `$queryRawUnsafe`.
 */
export function readRows<Row>(
  prisma: PrismaClient,
  sql: string,
  params: readonly unknown[] = [],
  options: ReadOptions = {},
): Promise<Row[]> {
  const reader = readers.get(prisma)
  return reader === undefined ? prisma.$queryRawUnsafe<Row[]>(sql, ...params) : reader<Row>(sql, params, options)
}

/** At most this many statements are kept prepared per pool (past it, reads are sent unprepared). */
export const MAX_PREPARED_STATEMENTS = 200

/**
 * The names of the statements a pool keeps prepared, by text: the same text has the same name on
 * every connection, a text not seen before a new one while fewer than {@link MAX_PREPARED_STATEMENTS}
 * are named (the texts follow the queries clients send, so their number is bounded here, not by them).
 */
export function preparedNames(): (sql: string) => string | undefined {
  const names = new Map<string, string>()
  return (sql) => {
    const known = names.get(sql)
    if (known !== undefined || names.size >= MAX_PREPARED_STATEMENTS) return known
    const name = `vanban_read_${names.size + 1}`
    names.set(sql, name)
    return name
  }
}
