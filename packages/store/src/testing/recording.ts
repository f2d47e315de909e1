import { PrismaPGlite } from 'pglite-prisma-adapter'
import type { Database } from '../db/open.ts'
import { registerRowReader } from '../db/row-reads.ts'
import { PrismaClient } from '../generated/prisma/client.ts'

type AdapterCall = (query: { sql: string }) => Promise<unknown>

// Wraps a Prisma driver adapter factory so that every SQL statement Prisma sends, in or out of a
// transaction, is recorded: the statements themselves are what an N+1 would multiply.
function recording<F extends object>(factory: F, statements: string[]): F {
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property) {
        const value = Reflect.get(object, property, object) as unknown
        if (typeof value !== 'function') return value
        if (property === 'queryRaw' || property === 'executeRaw') {
          return (query: { sql: string }) => {
            statements.push(query.sql)
            return (value as AdapterCall).call(object, query)
          }
        }
        if (property === 'connect' || property === 'startTransaction') {
          return async (...args: unknown[]) =>
            wrap(await (value as (...a: unknown[]) => Promise<object>).apply(object, args))
        }
        return (value as (...a: unknown[]) => unknown).bind(object)
      },
    })
  return wrap(factory)
}

/**
 * A second Prisma client on an embedded database that records, in `statements`, every SQL
 * statement it sends (clear the array between measurements).
 */
export function recordingClient(db: Database): { prisma: PrismaClient; statements: string[] } {
  if (db.embedded === null) throw new Error('recordingClient needs an embedded (PGlite) database')
  const statements: string[] = []
  const embedded = db.embedded
  const prisma = new PrismaClient({ adapter: recording(new PrismaPGlite(embedded), statements) })
  // the statements read past Prisma (readRows) are recorded too
  registerRowReader(prisma, async <Row>(sql: string, params: readonly unknown[]) => {
    statements.push(sql)
    return (await embedded.query<Row>(sql, params as unknown[])).rows
  })
  return { prisma, statements }
}
