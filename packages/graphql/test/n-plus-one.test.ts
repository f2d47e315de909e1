import { recordingClient } from '@vanban/store/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type VanbanServer } from '../src/server/index.ts'
import { bulkArticles, freshDatabase, type GraphQLBody, gql, SEED_ARTICLES, seed } from './graphql-harness.ts'

// The SQL an operation sends, snapshotted as Pothos's plugin-prisma tests snapshot the queries
// they record: a resolver that starts querying once per row shows as a changed snapshot, and as
// a page of 50 sending more than a page of 5.

const PAGE = `query Page($first: Int) {
  events(first: $first, filter: { directive: "85-QĐ/TW" }) {
    totalCount
    edges { node { id kind date title
      organizer { name }
      directives { code title relations { type directive { code } } }
      articles { title url publishedAt }
      participants { roles person { name } } } } } }`

const LOOKUP = `query Lookup($code: String!) {
  directive(code: $code) { code title issuedOn issuingBody
    relations { type direction directive { code } }
    events(first: 5) { totalCount edges { node { kind date organizer { name } } } }
    articles(first: 5) { totalCount edges { node { title url } } }
    timeline { date event { kind } article { title } } } }`

/**
 * A statement as the snapshot keeps it: on one line, every placeholder written `$n`, and a list of
 * bound ids as `IN (...)` whatever its length (`IN (NULL)` when empty), so that neither the values
 * nor the number of rows a page holds change it.
 */
function normalized(sql: string): string {
  return sql
    .replace(/\s+/g, ' ')
    .replace(/\$\d+/g, '$n')
    .replace(/ IN \((?:NULL|\$n(?:, ?\$n)*)\)/g, ' IN (...)')
    .trim()
}

describe('statements an operation sends (PGlite)', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>
  let server: VanbanServer
  let statements: string[]

  beforeAll(async () => {
    db = await freshDatabase('pglite')
    await seed(db, [...SEED_ARTICLES, ...bulkArticles(60)])
    const recorder = recordingClient(db)
    statements = recorder.statements
    server = createServer({ prisma: recorder.prisma, apiKeys: [] })
  }, 180_000)
  afterAll(() => db.drop(), 60_000)

  async function send(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ body: GraphQLBody; sent: string[] }> {
    statements.length = 0
    const { body } = await gql(server, query, variables)
    expect(body.errors).toBeUndefined()
    return { body, sent: statements.map(normalized) }
  }

  it.each([5, 50])('loads a page of %i events with their directives, organisers and articles', async (first) => {
    const { body, sent } = await send(PAGE, { first })
    const edges = body.data?.events.edges
    expect(edges).toHaveLength(first)
    expect(
      edges.every((e: any) => e.node.organizer && e.node.directives.length >= 1 && e.node.articles.length >= 1),
    ).toBe(true)
    // one for the page, one for totalCount, one per planned relation; never one per event
    expect(sent.length).toBeLessThan(15)
    expect({ count: sent.length, statements: sent }).toMatchSnapshot()
  })

  it('sends the same statements for a page of 50 events as for a page of 5', async () => {
    const five = await send(PAGE, { first: 5 })
    const fifty = await send(PAGE, { first: 50 })
    expect(fifty.sent).toEqual(five.sent)
  })

  it.each([
    { lookup: 'a directive with relations, events and articles', code: '85-QĐ/TW' },
    { lookup: 'a directive cited without relations', code: '35-NQ/TW' },
    { lookup: 'a code that is not stored', code: '7-NQ/TW' },
  ])('looks up $lookup by code', async ({ code }) => {
    const { body, sent } = await send(LOOKUP, { code })
    expect(body.data?.directive?.code ?? null).toBe(code === '7-NQ/TW' ? null : code)
    expect({ count: sent.length, statements: sent }).toMatchSnapshot()
  })

  it('sends the same statements for a code in any spelling', async () => {
    const canonical = await send(LOOKUP, { code: '85-QĐ/TW' })
    for (const spelling of ['85-QD/TW', 'Quy định số 85-QĐ/TW']) {
      expect((await send(LOOKUP, { code: spelling })).sent, spelling).toEqual(canonical.sent)
    }
  })
})
