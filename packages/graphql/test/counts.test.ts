import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VanbanServer } from '../src/server/index.ts'
import { bulkArticles, freshDatabase, gql, SEED_ARTICLES, seed, TARGETS, testServer } from './graphql-harness.ts'

// A connection's totalCount is exact up to the count cap, then the planner's estimate, marked by
// totalCountIsEstimate (as search's). A server with a cap of 3 tells the two apart on a small
// archive; the default cap (10,000) counts it all exactly.

const COUNT = '{ totalCount totalCountIsEstimate }'

/** Each connection with a count: its query, and the path to the connection in the answer. */
const CONNECTIONS: { name: string; query: string; path: string[]; jsonLd?: string }[] = [
  { name: 'events, unfiltered', query: `{ events(first: 1) ${COUNT} }`, path: ['events'] },
  {
    name: 'events of a directive (one statement)',
    query: `{ events(first: 1, filter: { directive: "85-QĐ/TW" }) ${COUNT} }`,
    path: ['events'],
  },
  {
    name: 'events of a directive in a year, with a node (one statement)',
    query: `{ events(first: 2, filter: { directive: "85-QĐ/TW", from: "2023", to: "2023" }) { totalCount totalCountIsEstimate edges { node { id title } } } }`,
    path: ['events'],
  },
  {
    name: 'events by an organiser and a kind (through Prisma)',
    query: `{ events(first: 1, filter: { organizer: "Sở Nội vụ", kind: DISSEMINATION }) ${COUNT} }`,
    path: ['events'],
  },
  { name: 'articles', query: `{ articles(first: 1) ${COUNT} }`, path: ['articles'] },
  {
    name: 'articles of a directive from a source',
    query: `{ articles(first: 1, filter: { directive: "85-QD/TW", source: "Trang tin bulk", from: "2023" }) ${COUNT} }`,
    path: ['articles'],
  },
  { name: 'directives', query: `{ directives(first: 1) ${COUNT} }`, path: ['directives'] },
  {
    name: 'directives of a type',
    query: `{ directives(first: 1, filter: { type: "QD", issuerCode: "tw" }) ${COUNT} }`,
    path: ['directives'],
  },
  { name: 'organisations', query: `{ organizations(first: 1) ${COUNT} }`, path: ['organizations'] },
  {
    name: 'organisations by name',
    query: `{ organizations(first: 1, filter: { name: "so noi vu" }) ${COUNT} }`,
    path: ['organizations'],
  },
  { name: 'people', query: `{ people(first: 1, filter: { name: "Nguyen" }) ${COUNT} }`, path: ['people'] },
  {
    name: "a directive's events and articles (in the directive's statement)",
    query: `{ directive(code: "85-QĐ/TW") { events(first: 1) ${COUNT} articles(first: 1) ${COUNT} } }`,
    path: ['directive', 'events'],
  },
  {
    name: "a directive's events and articles (through Prisma)",
    query: `{ directive(code: "85-QĐ/TW") { jsonLd events(first: 1) ${COUNT} articles(first: 1) ${COUNT} } }`,
    path: ['directive', 'articles'],
  },
  {
    name: "organisations' events",
    query: `{ organizations(first: 3, filter: { name: "so noi vu" }) { edges { node { events(first: 1) ${COUNT} } } } }`,
    path: ['organizations', 'edges', '0', 'node', 'events'],
  },
  {
    name: "people's participations",
    query: `{ people(first: 3, filter: { name: "Tran Van Bao" }) { edges { node { participations(first: 1) ${COUNT} } } } }`,
    path: ['people', 'edges', '0', 'node', 'participations'],
  },
]

type Total = { totalCount: number; totalCountIsEstimate: boolean }

function at(data: unknown, path: string[]): Total {
  return path.reduce((value, key) => (value as Record<string, unknown>)[key], data) as Total
}

describe.each(TARGETS)('connection totals on %s', (target) => {
  let exact: VanbanServer
  let capped: VanbanServer
  let drop: () => Promise<void>

  beforeAll(async () => {
    const db = await freshDatabase(target)
    drop = db.drop
    // one person takes part in every bulk event, so that their participations pass a cap of 3
    const withPerson = bulkArticles(12).map((article) => ({
      ...article,
      events: article.events.map((event) => ({
        ...event,
        people: [{ name: 'Trần Văn Bảo', roles: ['Giám đốc Sở Nội vụ'] }],
      })),
    }))
    await seed(db, [...SEED_ARTICLES, ...withPerson])
    exact = testServer(db)
    capped = testServer(db, { countCap: 3 })
  }, 180_000)
  afterAll(() => drop(), 60_000)

  const ask = async (server: VanbanServer, query: string) => {
    const { body } = await gql(server, query)
    expect(body.errors, query).toBeUndefined()
    return body.data
  }

  it.each(CONNECTIONS)('counts $name exactly up to the cap, and estimates past it', async ({ query, path }) => {
    const counted = at(await ask(exact, query), path)
    expect(counted.totalCountIsEstimate).toBe(false)
    const answer = at(await ask(capped, query), path)
    if (counted.totalCount <= 3) expect(answer).toEqual(counted)
    else {
      expect(answer.totalCountIsEstimate).toBe(true)
      expect(answer.totalCount).toBeGreaterThan(3)
    }
  })

  it.each(CONNECTIONS.filter(({ path }) => path.length === 1))(
    'counts $name as many as its pages hold',
    async ({ query, path }) => {
      // the same filter, its records paged (through Prisma, or planned) rather than counted
      const paged = query.replace(/\(first: \d+/, '(first: 100').replace(COUNT, `{ totalCount edges { node { id } } }`)
      const answer = (await ask(exact, paged))?.[path[0] as string] as { totalCount: number; edges: unknown[] }
      expect(answer.edges.length).toBeLessThan(100)
      expect(answer.totalCount).toBe(answer.edges.length)
    },
  )

  it('estimates the events and tells exact counts below the cap apart', async () => {
    const data = await ask(
      capped,
      `{ all: events(first: 1) ${COUNT} one: events(first: 1, filter: { organizer: "Chi bộ số 1 Sở Nội vụ" }) ${COUNT} }`,
    )
    expect(data?.all).toMatchObject({ totalCountIsEstimate: true })
    expect(data?.one).toEqual({ totalCount: 1, totalCountIsEstimate: false })
  })

  it('counts past the cap only when some connection has more than the cap', async () => {
    const answers = await Promise.all(CONNECTIONS.map(({ query, path }) => ask(exact, query).then((d) => at(d, path))))
    // the archive is big enough for each kind of count to pass a cap of 3 somewhere
    expect(answers.filter((a) => a.totalCount > 3).length).toBeGreaterThan(8)
  })
})
