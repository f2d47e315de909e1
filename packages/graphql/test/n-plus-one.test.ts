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

// The point lookup of the acceptance: a directive, its relations and a page of each of its lists.
const LOOKUP = `query Lookup($code: String!, $first: Int) {
  directive(code: $code) { code title issuedOn issuingBody
    relations { type direction directive { code } }
    events(first: $first) { edges { node { kind date organizer { name } } } }
    articles(first: $first) { edges { node { title url } } } } }`

// bench:graphql's point lookup: a directive and a page of its events.
const EVENTS_LOOKUP = `query Lookup($code: String!, $first: Int) {
  directive(code: $code) { code title events(first: $first) { edges { node { id kind date title } } } } }`

// The lookup with the counts and the timeline, each a statement of its own.
const FULL_LOOKUP = `query FullLookup($code: String!) {
  directive(code: $code) { code title
    relations { type direction directive { code } }
    events(first: 5) { totalCount edges { node { kind date organizer { name } } } }
    articles(first: 5) { totalCount edges { node { title url } } }
    timeline(first: 5) { edges { node { date event { kind } article { title } } } } } }`

/**
 * The reads of a statement that no LIMIT bounds: a statement that is not a count must end in a
 * LIMIT, read by primary key (`"id" IN (...)`, at most one row per parent), read one row per
 * parent id (`FROM unnest($n::int[])`, the counts of a batch) or be one planned
 * JSON object (`SELECT json_build_object(...)`, one row), and every to-many relation planned into
 * it (a `JSONB_AGG` over a lateral subquery, a `json_agg` of a planned page or list) must have a
 * LIMIT of its own.
 */
function unboundedReads(sql: string): string[] {
  if (/^SELECT (COUNT\(\*\)|"directiveId", count\(DISTINCT)/.test(sql)) return []
  // a count capped by a LIMIT (counts.ts)
  if (/^SELECT count\(\*\)::int FROM \(.* LIMIT \$n\) counted$/.test(sql)) return []
  const found: string[] = []
  const bounded =
    / LIMIT \$n(?: OFFSET \$n)?$/.test(sql) ||
    // a row per parent id of a batch (each parent's count capped by a LIMIT of its own)
    / FROM unnest\(\$n::int\[\]\) \w+\(id\)$/.test(sql) ||
    /WHERE "(?:public"\."\w+|t0)"\."id" IN \(\.\.\.\)/.test(sql) ||
    /^SELECT json_build_object\(.*\) AS \w+$/.test(sql)
  if (!bounded) found.push(`statement without LIMIT: ${sql.slice(0, 120)}`)
  const lists = sql.match(/JSONB_AGG|json_agg/g)?.length ?? 0
  const limited = sql.match(/ LIMIT \$n(?:::int)? \/\* (?:middle select|list) \*\//g)?.length ?? 0
  if (limited < lists) found.push(`${lists - limited} of ${lists} relation lists without LIMIT: ${sql.slice(0, 120)}`)
  return found
}

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
    // the page with everything beneath it in one statement, and totalCount
    expect(sent.length).toBeLessThanOrEqual(3)
    expect(sent.flatMap(unboundedReads)).toEqual([])
    expect({ count: sent.length, statements: sent }).toMatchSnapshot()
  })

  it('sends the same statements for a page of 50 events as for a page of 5', async () => {
    const five = await send(PAGE, { first: 5 })
    const fifty = await send(PAGE, { first: 50 })
    expect(fifty.sent).toEqual(five.sent)
  })

  it.each([5, 50])('looks up a directive with a page of %i events and articles', async (first) => {
    const { body, sent } = await send(LOOKUP, { code: '85-QĐ/TW', first })
    const directive = body.data?.directive
    expect(directive.events.edges.length).toBeGreaterThanOrEqual(1)
    expect(directive.articles.edges.length).toBeGreaterThanOrEqual(1)
    // the directive with its relations and its events' page, then its articles' page
    expect(sent.length).toBeLessThanOrEqual(2)
    expect(sent.flatMap(unboundedReads)).toEqual([])
  })

  it.each([5, 50])('looks up a directive and a page of %i of its events in one statement', async (first) => {
    const { body, sent } = await send(EVENTS_LOOKUP, { code: '85-QĐ/TW', first })
    expect(body.data?.directive.events.edges).toHaveLength(Math.min(first, 61))
    expect(sent).toHaveLength(1)
    expect(sent.flatMap(unboundedReads)).toEqual([])
  })

  it.each([
    { lookup: 'a directive with relations, events and articles', code: '85-QĐ/TW' },
    { lookup: 'a directive cited without relations', code: '35-NQ/TW' },
    { lookup: 'a code that is not stored', code: '7-NQ/TW' },
  ])('looks up $lookup by code', async ({ code }) => {
    const { body, sent } = await send(LOOKUP, { code, first: 5 })
    expect(body.data?.directive?.code ?? null).toBe(code === '7-NQ/TW' ? null : code)
    expect(sent.length).toBeLessThanOrEqual(code === '7-NQ/TW' ? 1 : 2)
    expect({ count: sent.length, statements: sent }).toMatchSnapshot()
  })

  it('looks up a directive with counts and its timeline, every read bounded', async () => {
    const { body, sent } = await send(FULL_LOOKUP, { code: '85-QĐ/TW' })
    expect(body.data?.directive.timeline.edges.length).toBeGreaterThanOrEqual(1)
    // the lookup's 3, one count per list, two reads for the timeline (its events and its articles)
    expect(sent.length).toBeLessThanOrEqual(7)
    expect(sent.flatMap(unboundedReads)).toEqual([])
    expect({ count: sent.length, statements: sent }).toMatchSnapshot()
  })

  it("loads organisations' events in their statement, whatever the number of organisations", async () => {
    const query = `query Orgs($first: Int) { organizations(first: $first) { totalCount edges { node { name
      events(first: 3) { totalCount edges { node { date organizer { name } } } } } } } }`
    const one = await send(query, { first: 1 })
    const many = await send(query, { first: 10 })
    expect(many.body.data?.organizations.edges.length).toBeGreaterThan(1)
    // the organisations with their events, their count, and the events counted for all of them
    expect(many.sent.length).toBeLessThanOrEqual(3)
    expect(many.sent).toEqual(one.sent)
    expect(many.sent.flatMap(unboundedReads)).toEqual([])
    expect({ count: many.sent.length, statements: many.sent }).toMatchSnapshot()
  })

  it('finds an unbounded relation read in the statements of an unbounded plan', () => {
    // the check itself must be able to fail: the old plan read every citation of an event
    const old = normalized(
      'SELECT "public"."Citation"."id" FROM "public"."Citation" WHERE "public"."Citation"."eventId" IN ($1, $2) ORDER BY "public"."Citation"."id" ASC OFFSET $3',
    )
    expect(unboundedReads(old)).toHaveLength(1)
    const list = normalized(
      'SELECT "t0"."id", (SELECT COALESCE(JSONB_AGG("x"), \'[]\') FROM (SELECT 1) AS "t1" ORDER BY "t1"."id" ASC /* middle select */) FROM "public"."Event" AS "t0" LIMIT $1',
    )
    expect(unboundedReads(list)).toHaveLength(1)
  })

  it('sends the same statements for a code in any spelling', async () => {
    const canonical = await send(LOOKUP, { code: '85-QĐ/TW', first: 5 })
    for (const spelling of ['85-QD/TW', 'Quy định số 85-QĐ/TW']) {
      expect((await send(LOOKUP, { code: spelling, first: 5 })).sent, spelling).toEqual(canonical.sent)
    }
  })
})
