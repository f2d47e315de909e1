import { recordingClient } from '@vanban/store/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type VanbanServer } from '../src/server/index.ts'
import { bulkArticles, freshDatabase, gql, seed } from './graphql-harness.ts'

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
    const recorder = recordingClient(db)
    statements = recorder.statements
    server = createServer({ prisma: recorder.prisma, apiKeys: [] })
  }, 180_000)
  afterAll(() => db.drop(), 60_000)

  async function statementsFor(first: number): Promise<number> {
    statements.length = 0
    const { body } = await gql(server, PAGE, { first })
    expect(body.errors).toBeUndefined()
    expect(body.data?.events.edges).toHaveLength(first)
    expect(
      body.data?.events.edges.every(
        (e: any) => e.node.organizer && e.node.directives.length === 2 && e.node.articles.length === 1,
      ),
    ).toBe(true)
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
