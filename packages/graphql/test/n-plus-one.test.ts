import { PrismaPGlite } from 'pglite-prisma-adapter'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PrismaClient } from '../src/generated/prisma/client.ts'
import { createServer, type VanbanServer } from '../src/server/index.ts'
import { bulkArticles, freshDatabase, gql, seed } from './graphql-harness.ts'

type Adapter = { queryRaw: (query: { sql: string }) => Promise<unknown>; executeRaw: (query: { sql: string }) => Promise<unknown> }

// Wraps a Prisma driver adapter factory so that every SQL statement Prisma sends, in or out of a
// transaction, is recorded: the statements themselves are what an N+1 would multiply.
function recording<F extends object>(factory: F): { factory: F; statements: string[] } {
  const statements: string[] = []
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property) {
        const value = Reflect.get(object, property, object) as unknown
        if (typeof value !== 'function') return value
        if (property === 'queryRaw' || property === 'executeRaw') {
          return (query: { sql: string }) => {
            statements.push(query.sql)
            return (value as Adapter['queryRaw']).call(object, query)
          }
        }
        if (property === 'connect' || property === 'startTransaction') {
          return async (...args: unknown[]) => wrap(await (value as (...a: unknown[]) => Promise<object>).apply(object, args))
        }
        return (value as (...a: unknown[]) => unknown).bind(object)
      },
    })
  return { factory: wrap(factory), statements }
}

const PAGE = `query Page($first: Int) {
  events(first: $first, filter: { directive: "85-QĐ/TW" }) {
    totalCount
    edges { node { id kind date title
      organizer { name }
      directives { code title relations { type directive { code } } }
      articles { title url publishedAt }
      participants { roles person { name } } } } } }`

describe('statements per page (PGlite)', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>
  let server: VanbanServer
  let statements: string[]

  beforeAll(async () => {
    db = await freshDatabase('pglite')
    await seed(db, bulkArticles(60))
    if (db.embedded === null) throw new Error('expected an embedded database')
    const recorder = recording(new PrismaPGlite(db.embedded))
    statements = recorder.statements
    server = createServer({ prisma: new PrismaClient({ adapter: recorder.factory }), apiKeys: [] })
  }, 180_000)
  afterAll(() => db.drop(), 60_000)

  async function statementsFor(first: number): Promise<number> {
    statements.length = 0
    const { body } = await gql(server, PAGE, { first })
    expect(body.errors).toBeUndefined()
    expect(body.data?.events.edges).toHaveLength(first)
    expect(body.data?.events.edges.every((e: any) => e.node.organizer && e.node.directives.length === 2 && e.node.articles.length === 1)).toBe(true)
    return statements.length
  }

  it('loads a page of 50 events with directives, organisers and articles in as many statements as a page of 5', async () => {
    const five = await statementsFor(5)
    const fifty = await statementsFor(50)
    expect(fifty).toBe(five)
    // one for the page, one for totalCount, one per planned relation; never one per event
    expect(fifty).toBeLessThan(15)
  })
})
