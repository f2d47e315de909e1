import type { PrismaClient } from '../generated/prisma/client.ts'

/** Runs one statement with `$1`... parameters on a database's own connection and returns its rows. */
export type RowReader = <Row>(sql: string, params: readonly unknown[]) => Promise<Row[]>

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
export function readRows<Row>(prisma: PrismaClient, sql: string, params: readonly unknown[] = []): Promise<Row[]> {
  const reader = readers.get(prisma)
  return reader === undefined ? prisma.$queryRawUnsafe<Row[]>(sql, ...params) : reader<Row>(sql, params)
}
