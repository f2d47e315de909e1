import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VanbanServer } from '../../src/server/index.ts'
import { bulkArticles, freshDatabase, seed, TARGETS, testServer } from '../graphql-harness.ts'
import { attack, countFragmentVisits, fragmentBomb } from './attack.ts'

// 22 levels of fragments each spreading the next twice: 4 million paths in 1 KB. Reading each
// of the 23 fragments a few dozen times is linear work; a rule walking every path reads them
// millions of times (14.3 s for the depth rule alone, hours at 30 levels).
const LEVELS = 22
const VISIT_BUDGET = 60 * (LEVELS + 1)

describe.each(TARGETS)('limits under attack on %s', (target) => {
  let db: Awaited<ReturnType<typeof freshDatabase>>
  let server: VanbanServer

  beforeAll(async () => {
    db = await freshDatabase(target)
    // 15 articles citing 85-QĐ/TW, each reporting an event: a timeline of 30 entries
    await seed(db, bulkArticles(15))
    server = testServer(db)
  }, 180_000)
  afterAll(() => db.drop(), 60_000)

  it.each([
    {
      name: 'flat fragments: valid, answered',
      document: fragmentBomb(LEVELS, 'Query', (spreads) => spreads, '__typename'),
      status: 200,
      code: undefined,
    },
    {
      name: 'fragments nesting connections: too costly',
      document: fragmentBomb(LEVELS, 'Directive', (spreads) => `code ${spreads}`, 'events(first: 100) { totalCount }'),
      status: 400,
      code: 'COST_LIMIT',
    },
  ])('reads each fragment a bounded number of times: $name', async ({ document, status, code }) => {
    expect(Buffer.byteLength(document)).toBeLessThan(2048)
    const counter = countFragmentVisits(VISIT_BUDGET)
    const answer = await attack(testServer(db, { plugins: [counter.plugin] }), { query: document })
    expect(counter.visits()).toBeGreaterThan(0)
    expect(counter.visits()).toBeLessThanOrEqual(VISIT_BUDGET)
    expect(answer.status).toBe(status)
    expect(answer.body.errors?.[0]?.extensions?.code).toBe(code)
    expect(answer.bytes).toBeLessThan(1024)
  })

  it('prices search so that 50 aliased searches of 100 results are refused, and one passes', async () => {
    const search = (i: number) => `s${i}: search(query: "chi bo", first: 100) { edges { node { __typename } } }`
    const fifty = await attack(server, { query: `{ ${Array.from({ length: 50 }, (_, i) => search(i)).join(' ')} }` })
    expect(fifty.status).toBe(400)
    expect(fifty.body.errors?.map((e) => e.extensions?.code)).toEqual(['COST_LIMIT'])
    expect(fifty.bytes).toBeLessThan(512)
    const five = await attack(server, { query: `{ ${Array.from({ length: 5 }, (_, i) => search(i)).join(' ')} }` })
    expect(five.body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT')
    const one = await attack(server, { query: `{ ${search(0)} }` })
    expect(one.body.errors).toBeUndefined()
    expect(one.body.data.s0.edges.length).toBeGreaterThan(0)
  })

  it('caps a timeline at 20 entries unless asked for up to 100, and prices article text', async () => {
    // an entry is a level deeper than when the timeline was a list: 50 directives stay under the cost limit
    const page =
      '{ directives(first: 50) { edges { node { code timeline { edges { node { date article { text } } } } } } } }'
    const capped = await attack(server, { query: page })
    expect(capped.body.errors).toBeUndefined()
    const timelines = capped.body.data.directives.edges.map((e: any) => e.node.timeline.edges.length)
    expect(Math.max(...timelines)).toBe(20)
    const longer = await attack(server, {
      query: '{ directive(code: "85-QĐ/TW") { timeline(first: 100) { edges { node { date } } } } }',
    })
    expect(longer.body.data.directive.timeline.edges).toHaveLength(30)
    const dates = longer.body.data.directive.timeline.edges.map((e: any) => e.node.date)
    expect(dates.slice(0, 20)).toEqual(
      capped.body.data.directives.edges
        .find((e: any) => e.node.code === '85-QĐ/TW')
        .node.timeline.edges.map((e: any) => e.node.date),
    )
    const tooMany = await attack(server, {
      query: '{ directive(code: "85-QĐ/TW") { timeline(first: 101) { edges { node { date } } } } }',
    })
    expect(tooMany.body.errors?.[0]?.message).toMatch(/at most 100 records per page/)
    const costly = await attack(server, {
      query:
        '{ directives(first: 100) { edges { node { timeline(first: 100) { edges { node { article { text } } } } } } } }',
    })
    expect(costly.status).toBe(400)
    expect(costly.body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT')
  })

  it('reports the first 20 errors of a document and how many more there were', async () => {
    const fields = Array.from({ length: 60 }, (_, i) => `missing${i}`).join(' ')
    const answer = await attack(server, { query: `{ ${fields} }` })
    expect(answer.bytes).toBeLessThan(4096)
    expect(answer.body.errors).toHaveLength(21)
    expect(answer.body.errors?.at(-1)).toEqual({
      message: 'and 40 more errors like these',
      extensions: { code: 'TOO_MANY_ERRORS' },
    })
  })
})
