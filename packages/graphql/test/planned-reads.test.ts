import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { benchArticles } from '../bench/graphql-fixtures.ts'
import type { VanbanServer } from '../src/server/index.ts'
import { freshDatabase, gql, SEED_ARTICLES, type SeedArticle, seed, TARGETS, testServer } from './graphql-harness.ts'

// The pages planned into one statement (planned-reads.ts) answer as the Prisma reads do: each
// query is sent as written (planned) and with `jsonLd` beside the node's fields, which the
// planner leaves to Prisma, and the answers must be the same but for `jsonLd`.

const UNDATED: SeedArticle = {
  url: 'https://bulk.example.vn/khong-ngay',
  title: 'Chi bộ Sở Xây dựng học tập Quy định 85-QĐ/TW',
  publishedAt: '2023-06-01',
  source: 'Trang tin bulk',
  body: ['Chi bộ Sở Xây dựng tổ chức học tập Quy định số 85-QĐ/TW.'],
  directives: [{ code: '85-QĐ/TW' }],
  events: [
    {
      kind: 'dissemination',
      title: 'Chi bộ Sở Xây dựng học tập Quy định 85-QĐ/TW',
      date: null,
      organizer: 'Chi bộ Sở Xây dựng',
      directives: ['85-QĐ/TW'],
      people: [{ name: 'Trần Thị Lan', roles: ['Bí thư Chi bộ', 'chủ trì'] }],
    },
  ],
}

// Events of 85-QĐ/TW starting on one day and ending on others (a month, its first day), one cited
// twice: the citations' index holds them in (start, end, event) order, a page in (start, event).
const ONE_DAY: SeedArticle[] = [
  { date: '2023-03', twice: false },
  { date: '2023-03-01', twice: true },
  { date: '2023-03', twice: false },
  { date: null, twice: true },
].map(({ date, twice }, i) => {
  const unit = `Chi bộ Phòng ${i + 1} Sở Tư pháp`
  return {
    url: `https://bulk.example.vn/mot-ngay-${i + 1}`,
    title: `${unit} học tập Quy định 85-QĐ/TW`,
    publishedAt: '2023-03-20',
    source: 'Trang tin bulk',
    body: [`${unit} tổ chức học tập Quy định số 85-QĐ/TW.`],
    directives: [{ code: '85-QĐ/TW' }],
    events: [
      {
        kind: 'dissemination',
        title: `${unit} học tập Quy định 85-QĐ/TW`,
        date,
        organizer: unit,
        directives: twice ? ['85-QĐ/TW', '85-QĐ/TW'] : ['85-QĐ/TW'],
      },
    ],
  }
})

// a directive's events page by page, both ways, in each order
const DIRECTIVE_WALKS = ['DATE', 'CREATED_AT'].flatMap((field) =>
  ['DESC', 'ASC'].flatMap((direction) => (['forward', 'backward'] as const).map((way) => ({ field, direction, way }))),
)

const EVENT = `id kind date title dateInferred dateConfidence partOfDay location
  organizer { id name kind }
  directives { id key code system type number year issuerCode issuedOn issuingBody title inferred
    relations { type direction readAs label labelEn directive { code } } }
  articles { id title url publishedAt source byline body }
  participants { roles sentence person { id name } }`

const PAGE = (args: string) => `{ events(${args}) { totalCount
  edges { cursor node { ${EVENT} %X% } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`

const QUERIES: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  { name: 'a page of events with everything beneath', query: PAGE('first: 7, filter: { directive: "85-QĐ/TW" }') },
  { name: 'the last events, oldest first', query: PAGE('last: 4, orderBy: { field: DATE, direction: ASC }') },
  { name: 'events by when stored', query: PAGE('first: 5, orderBy: { field: CREATED_AT, direction: DESC }') },
  {
    name: 'events filtered by kind, province, level and dates',
    query: PAGE(
      'first: 10, filter: { directive: "85-QD/TW", kind: DISSEMINATION, province: "01", level: GRASSROOTS, from: "2023-02", to: "2023-11" }',
    ),
  },
  { name: 'a filter nothing matches', query: PAGE('first: 3, filter: { directive: "7-NQ/TW" }') },
  {
    name: 'aliases, fragments and @include',
    query: `query Q($with: Boolean!) { events(first: 3) { n: totalCount edges { node { ...E %X% } } } }
      fragment E on Event { a: organizer { name } b: organizer { kind } ... on Node { id }
        title @include(if: $with) date @skip(if: $with) }`,
    variables: { with: true },
  },
  {
    name: 'a directive with its relations and pages',
    query: `{ directive(code: "85-QĐ/TW") { id code title issuedOn %X%
      relations { type direction directive { code title } }
      events(first: 4, orderBy: { field: DATE, direction: ASC }) { totalCount edges { cursor node { ${EVENT} } } pageInfo { hasNextPage endCursor } }
      newest: events(last: 2) { edges { cursor node { id date } } pageInfo { hasPreviousPage startCursor } }
      articles(first: 3) { totalCount edges { cursor node { id title publishedAt } } } } }`,
  },
  { name: 'a code not stored', query: '{ directive(code: "7-NQ/TW") { code %X% } }' },
]

// the answer without the `jsonLd` fields that made the planner step aside
function withoutJsonLd(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutJsonLd)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'jsonLd')
      .map(([key, v]) => [key, withoutJsonLd(v)]),
  )
}

describe.each(TARGETS)('pages planned into one statement on %s', (target) => {
  let server: VanbanServer
  let drop: () => Promise<void>

  beforeAll(async () => {
    const db = await freshDatabase(target)
    drop = db.drop
    await seed(db, [...SEED_ARTICLES, ...benchArticles(24), UNDATED, ...ONE_DAY])
    server = testServer(db)
  }, 180_000)
  afterAll(() => drop(), 60_000)

  it.each(QUERIES)('answers $name as the Prisma reads do', async ({ query, variables }) => {
    const planned = await gql(server, query.replace('%X%', ''), variables)
    const read = await gql(server, query.replace('%X%', 'jsonLd'), variables)
    expect(planned.body.errors).toBeUndefined()
    expect(read.body.errors).toBeUndefined()
    expect(planned.body.data).toEqual(withoutJsonLd(read.body.data))
  })

  it.each(DIRECTIVE_WALKS)(
    "walks a directive's events by $field $direction, $way, as the Prisma reads do",
    async ({ field, direction, way }) => {
      type Page = {
        edges: { cursor: string; node: { id: string; date: string | null } }[]
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string }
      }
      const events = async (args: string, extra: string): Promise<Page> => {
        const { body } = await gql<{ directive: { events: Page } }>(
          server,
          `{ directive(code: "85-QĐ/TW") { ${extra} events(${args}, orderBy: { field: ${field}, direction: ${direction} }) {
            edges { cursor node { id date } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`,
        )
        expect(body.errors).toBeUndefined()
        return body.data?.directive.events as Page
      }
      const all = (await events('first: 100', '')).edges.map((e) => e.node.id)
      expect(all.length).toBeGreaterThan(20)
      const walked: string[] = []
      let cursor: string | null = null
      for (let i = 0; i < 40; i++) {
        const args: string =
          way === 'forward'
            ? `first: 3${cursor ? `, after: "${cursor}"` : ''}`
            : `last: 3${cursor ? `, before: "${cursor}"` : ''}`
        const planned = await events(args, '')
        expect(planned).toEqual(await events(args, 'jsonLd'))
        const ids = planned.edges.map((e) => e.node.id)
        if (way === 'forward') walked.push(...ids)
        else walked.unshift(...ids)
        const more = way === 'forward' ? planned.pageInfo.hasNextPage : planned.pageInfo.hasPreviousPage
        if (!more) break
        cursor = way === 'forward' ? planned.pageInfo.endCursor : planned.pageInfo.startCursor
      }
      expect(walked).toEqual(all)
    },
  )

  it('pages through the undated events with the planned cursors', async () => {
    type Page = { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }
    const events = async (args: string): Promise<Page> => {
      const { body } = await gql<{ events: Page }>(
        server,
        `{ events(${args}) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      )
      expect(body.errors).toBeUndefined()
      return body.data?.events as Page
    }
    const ids = (await events('first: 100')).edges.map((e) => e.node.id)
    const walked: string[] = []
    let after: string | null = null
    for (let i = 0; i < 20; i++) {
      const page: Page = await events(`first: 4${after ? `, after: "${after}"` : ''}`)
      walked.push(...page.edges.map((e) => e.node.id))
      if (!page.pageInfo.hasNextPage) break
      after = page.pageInfo.endCursor
    }
    expect(walked).toEqual(ids)
  })
})
