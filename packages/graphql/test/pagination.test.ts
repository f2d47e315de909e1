import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VanbanServer } from '../src/server/index.ts'
import { bulkArticles, freshDatabase, gql, SEED_ARTICLES, seed, TARGETS, testServer } from './graphql-harness.ts'

// Keyset pages: walking a list a few records at a time, forward with `after` or backward with `last`
// and `before`, gives the list one big page gives, in its order, each record once.

type Edge = { cursor: string; node: Record<string, any> }
type Connection = {
  edges: Edge[]
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null }
}

const LISTS: { list: string; query: string; at: (data: any) => Connection; key: (node: any) => string | null }[] = [
  {
    list: 'events newest first',
    query: 'events(%ARGS%) { %PAGE% }',
    at: (d) => d.events,
    key: (n) => n.date,
  },
  {
    list: 'events oldest first',
    query: 'events(orderBy: { field: DATE, direction: ASC }, %ARGS%) { %PAGE% }',
    at: (d) => d.events,
    key: (n) => n.date,
  },
  {
    list: 'events by when stored',
    query: 'events(orderBy: { field: CREATED_AT, direction: ASC }, %ARGS%) { %PAGE% }',
    at: (d) => d.events,
    key: () => null,
  },
  {
    list: 'articles by publication',
    query: 'articles(%ARGS%) { %PAGE% }',
    at: (d) => d.articles,
    key: (n) => n.publishedAt,
  },
  {
    list: 'directives by code',
    query: 'directives(orderBy: { field: CODE, direction: ASC }, %ARGS%) { %PAGE% }',
    at: (d) => d.directives,
    key: () => null,
  },
  { list: 'organisations', query: 'organizations(%ARGS%) { %PAGE% }', at: (d) => d.organizations, key: () => null },
  {
    list: "a directive's events",
    query: 'directive(code: "35-NQ/TW") { events(%ARGS%) { %PAGE% } }',
    at: (d) => d.directive.events,
    key: (n) => n.date,
  },
  {
    list: "a directive's articles oldest first",
    query:
      'directive(code: "35-NQ/TW") { articles(orderBy: { field: PUBLISHED_AT, direction: ASC }, %ARGS%) { %PAGE% } }',
    at: (d) => d.directive.articles,
    key: (n) => n.publishedAt,
  },
]

// the date the list is read by, where it has one
function pageOf(query: string): string {
  const node = /events\(/.test(query) ? 'id date' : /articles\(/.test(query) ? 'id publishedAt' : 'id'
  return `edges { cursor node { ${node} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`
}

describe.each(TARGETS)('keyset pages on %s', (target) => {
  let server: VanbanServer
  let drop: () => Promise<void>

  beforeAll(async () => {
    const db = await freshDatabase(target)
    drop = db.drop
    await seed(db, [...SEED_ARTICLES, ...bulkArticles(40)])
    server = testServer(db)
  }, 180_000)
  afterAll(() => drop(), 60_000)

  async function page(query: string, args: string): Promise<Connection & { data: any }> {
    const { body } = await gql(server, `{ ${query.replace('%ARGS%', args).replace('%PAGE%', pageOf(query))} }`)
    expect(body.errors).toBeUndefined()
    return { ...LISTS.find((l) => l.query === query)!.at(body.data), data: body.data }
  }

  it.each(LISTS)('walks $list forward and backward, each record once, in order', async ({ query, key }) => {
    const whole = await page(query, 'first: 100')
    const ids = whole.edges.map((e) => e.node.id)
    expect(ids.length).toBeGreaterThanOrEqual(3)
    expect(new Set(ids).size).toBe(ids.length)
    // at least three pages, the last one short where the count allows
    const step = Math.max(1, Math.floor(ids.length / 3) - 1)
    // undated records come last
    const keys = whole.edges.map((e) => key(e.node))
    const firstUndated = keys.indexOf(null)
    if (firstUndated >= 0) expect(keys.slice(firstUndated).every((k) => k === null)).toBe(true)

    const forward: string[] = []
    let after: string | null = null
    for (let i = 0; i < 50; i++) {
      const p = await page(query, `first: ${step}${after ? `, after: "${after}"` : ''}`)
      forward.push(...p.edges.map((e) => e.node.id))
      if (!p.pageInfo.hasNextPage) break
      after = p.pageInfo.endCursor
    }
    expect(forward).toEqual(ids)

    const backward: string[] = []
    let before: string | null = null
    for (let i = 0; i < 50; i++) {
      const p = await page(query, `last: ${step}${before ? `, before: "${before}"` : ''}`)
      backward.unshift(...p.edges.map((e) => e.node.id))
      if (!p.pageInfo.hasPreviousPage) break
      before = p.pageInfo.startCursor
    }
    expect(backward).toEqual(ids)
  })

  it("walks a directive's timeline by date, articles before events on a day, each entry once", async () => {
    const entries = `edges { cursor node { date event { id } article { id } } } pageInfo { hasNextPage endCursor }`
    const read = async (args: string) => {
      const { body } = await gql(server, `{ directive(code: "35-NQ/TW") { timeline(${args}) { ${entries} } } }`)
      expect(body.errors).toBeUndefined()
      return body.data?.directive.timeline
    }
    const whole = await read('first: 100')
    const ids = whole.edges.map((e: any) => e.node.event?.id ?? e.node.article.id)
    expect(ids.length).toBeGreaterThan(5)
    expect(new Set(ids).size).toBe(ids.length)
    const walked: string[] = []
    let after: string | null = null
    for (let i = 0; i < 50; i++) {
      const p: any = await read(`first: 3${after ? `, after: "${after}"` : ''}`)
      walked.push(...p.edges.map((e: any) => e.node.event?.id ?? e.node.article.id))
      if (!p.pageInfo.hasNextPage) break
      after = p.pageInfo.endCursor
    }
    expect(walked).toEqual(ids)
  })

  it.each([
    { cursor: 'not-a-cursor', message: /not a cursor/ },
    { cursor: Buffer.from('["events.DATE:desc","2023-01-01",-4]').toString('base64url'), message: /not a cursor/ },
    {
      cursor: Buffer.from('["articles.PUBLISHED_AT:desc",null,4]').toString('base64url'),
      message: /another list or order/,
    },
    {
      cursor: Buffer.from('["events.DATE:desc","yesterday",4]').toString('base64url'),
      message: /not a cursor of this list/,
    },
  ])('refuses the cursor $cursor on events, saying what is accepted', async ({ cursor, message }) => {
    const { body } = await gql(server, `{ events(first: 2, after: "${cursor}") { edges { node { id } } } }`)
    expect(body.errors?.[0]?.message).toMatch(message)
  })

  it("refuses a cursor of another order: events by date ascending with a descending list's cursor", async () => {
    const first = await page(LISTS[0]!.query, 'first: 2')
    const { body } = await gql(
      server,
      `{ events(orderBy: { field: DATE, direction: ASC }, first: 2, after: "${first.pageInfo.endCursor}") { edges { node { id } } } }`,
    )
    expect(body.errors?.[0]?.message).toMatch(/another list or order/)
  })
})
