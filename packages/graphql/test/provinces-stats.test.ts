import { recordingClient } from '@vanban/store/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { citationStatsSql, eventStatsSql } from '../src/schema/stats.ts'
import { createServer, type VanbanServer } from '../src/server/index.ts'
import { bulkArticles, freshDatabase, gql, SEED_ARTICLES, seed, TARGETS, testServer } from './graphql-harness.ts'

// 3 seed articles (two events in Phú Thọ, 25, by a bloc committee; one in Hà Nội by a party cell)
// and 12 bulk events of party cells in 2023, months 1..12: Hà Nội, Hồ Chí Minh, Đà Nẵng, nowhere in turn.
const BULK = 12

const EVENTS = `query Events($filter: EventFilter) { events(first: 100, filter: $filter) { totalCount
  edges { node { province { code name } provinceSource organizer { level province { code } } } } } }`
const STATS = `query Stats($filter: EventFilter, $groupBy: [StatsDimension!]!) {
  stats(filter: $filter, groupBy: $groupBy) { key label count } }`
const COVERAGE = `query Coverage($directive: String!) {
  coverage(directive: $directive) { province { code name } count first last } }`

describe.each(TARGETS)('provinces, levels, stats and coverage on %s', (kind) => {
  let db: Awaited<ReturnType<typeof freshDatabase>>
  let server: VanbanServer
  beforeAll(async () => {
    db = await freshDatabase(kind)
    await seed(db, [...SEED_ARTICLES, ...bulkArticles(BULK)])
    server = testServer(db)
  })
  afterAll(() => db.drop())

  it('gives events their province and organisations their level', async () => {
    const { body } = await gql(server, EVENTS, { filter: { directive: '35-NQ/TW', from: '2024' } })
    expect(body.errors).toBeUndefined()
    expect(body.data?.events.edges).toEqual([
      {
        node: {
          province: { code: '01', name: 'Hà Nội' },
          provinceSource: 'SITE',
          organizer: { level: 'GRASSROOTS', province: null },
        },
      },
    ])
  })

  it.each([
    // filter, events it keeps
    [{ province: '79' }, 3],
    [{ province: 'TP.HCM' }, 3],
    [{ province: 'Bình Dương' }, 3],
    [{ province: 'Phú Thọ' }, 2],
    [{ province: 'Vĩnh Phúc' }, 2],
    [{ level: 'BLOC' }, 2],
    [{ level: 'GRASSROOTS', province: '01' }, 4],
    [{ directive: '85-QĐ/TW', province: '48', from: '2023-06' }, 2],
    [{ kind: 'DISSEMINATION', level: 'GRASSROOTS' }, BULK],
  ])('filters events by %j', async (filter, count) => {
    const { body } = await gql(server, EVENTS, { filter })
    expect(body.errors).toBeUndefined()
    expect(body.data?.events.totalCount).toBe(count)
  })

  it('rejects a province it cannot read, saying what it accepts', async () => {
    const { body } = await gql(server, EVENTS, { filter: { province: 'Sài Gòn Mới' } })
    expect(body.errors?.[0]?.message).toMatch(/"Sài Gòn Mới" is not a province; expected a code of the 34/)
  })

  it('filters organisations by level and province', async () => {
    const { body } = await gql(
      server,
      `{ bloc: organizations(filter: { level: BLOC }) { totalCount } cells: organizations(filter: { level: GRASSROOTS }) { totalCount }
         placed: organizations(filter: { province: "79" }) { totalCount } }`,
    )
    expect(body.errors).toBeUndefined()
    expect(body.data).toEqual({ bloc: { totalCount: 1 }, cells: { totalCount: 1 + BULK }, placed: { totalCount: 0 } })
  })

  it.each([
    // groupBy, filter, buckets as [key, label, count]
    [
      ['PROVINCE'],
      null,
      [
        [['01'], ['Hà Nội'], 4],
        [['25'], ['Phú Thọ'], 2],
        [['48'], ['Đà Nẵng'], 3],
        [['79'], ['Hồ Chí Minh'], 3],
      ],
    ],
    [
      ['YEAR'],
      null,
      [
        [['2023'], ['2023'], 14],
        [['2024'], ['2024'], 1],
      ],
    ],
    [['QUARTER'], { from: '2023-10', to: '2023' }, [[['2023-Q4'], ['2023-Q4'], 4]]],
    [
      ['MONTH', 'KIND'],
      { from: '2023-12', to: '2023-12' },
      [
        [['2023-12', 'DISSEMINATION'], ['2023-12', 'Học tập, quán triệt, tuyên truyền'], 1],
        [['2023-12', 'REVIEW'], ['2023-12', 'Sơ kết, tổng kết'], 1],
      ],
    ],
    [['LEVEL'], { province: 'Phú Thọ' }, [[['BLOC'], ['Khối'], 2]]],
    [
      ['KIND', 'LEVEL'],
      { directive: '35-NQ/TW' },
      [
        [['DISSEMINATION', 'GRASSROOTS'], ['Học tập, quán triệt, tuyên truyền', 'Cơ sở'], BULK],
        [['THEMATIC_SESSION', 'GRASSROOTS'], ['Sinh hoạt chuyên đề', 'Cơ sở'], 1],
      ],
    ],
    [[], { level: 'BLOC' }, [[[], [], 2]]],
  ])('counts events by %j (filter %j)', async (groupBy, filter, buckets) => {
    const { body } = await gql(server, STATS, { groupBy, filter })
    expect(body.errors).toBeUndefined()
    const got = ((body.data?.stats ?? []) as { key: string[]; label: string[]; count: number }[]).map((b) => [
      b.key,
      b.label,
      b.count,
    ])
    expect(got).toEqual(buckets)
  })

  it.each([
    {},
    { directive: '85-QĐ/TW' },
    { organizer: 'chi bo so 1' },
    { province: '79', from: '2023-03', to: '2023-Q4' },
    { level: 'BLOC', kind: 'REVIEW' },
  ])('counts by kind as many events as the events connection finds for %j', async (filter) => {
    const [stats, events] = await Promise.all([
      gql(server, STATS, { groupBy: ['KIND'], filter }),
      gql(server, EVENTS, { filter }),
    ])
    const total = ((stats.body.data?.stats ?? []) as { count: number }[]).reduce((n, b) => n + b.count, 0)
    expect(total).toBe(events.body.data?.events.totalCount)
  })

  // A directive's histogram and map are read from its citations' index, not its events' rows: the two
  // statements must count alike, an event cited twice once.
  it.each([
    [['MONTH'], { directive: '85-QĐ/TW' }],
    [['YEAR', 'QUARTER'], { directive: '85-QĐ/TW', from: '2023-06' }],
    [['MONTH'], { directive: '35-NQ/TW', from: '2023-03', to: '2023-Q3' }],
    [[], { directive: '35-NQ/TW' }],
    [['YEAR'], { directive: '99-HD/BTGTW' }],
    [['PROVINCE'], { directive: '85-QĐ/TW' }],
    [['PROVINCE', 'MONTH'], { directive: '85-QĐ/TW', from: '2023-03' }],
    [['QUARTER'], { directive: '85-QĐ/TW', province: '01' }],
  ] as const)('counts a directive by %j from its citations as from its events (filter %j)', async (groupBy, filter) => {
    const rows = async ({ sql, params }: { sql: string; params: unknown[] }) =>
      db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params)
    const [events, citations] = await Promise.all([
      rows(eventStatsSql(filter, groupBy)),
      rows(citationStatsSql(filter.directive, filter, groupBy)),
    ])
    expect(citations).toEqual(events)
    expect(events.length).toBeGreaterThan(0)
  })

  it('covers each of the 34 provinces for a directive, with the dates of the first and last event', async () => {
    const { body } = await gql(server, COVERAGE, { directive: '85-QD/TW' })
    expect(body.errors).toBeUndefined()
    const coverage = body.data?.coverage as { province: { code: string }; count: number; first: string; last: string }[]
    expect(coverage).toHaveLength(34)
    const placed = coverage.filter((c) => c.count > 0)
    expect(placed).toEqual([
      { province: { code: '01', name: 'Hà Nội' }, count: 3, first: '2023-01-01', last: '2023-09-09' },
      { province: { code: '25', name: 'Phú Thọ' }, count: 2, first: '2023-03-14', last: '2023-12' },
      { province: { code: '48', name: 'Đà Nẵng' }, count: 3, first: '2023-03-03', last: '2023-11-11' },
      { province: { code: '79', name: 'Hồ Chí Minh' }, count: 3, first: '2023-02-02', last: '2023-10-10' },
    ])
    expect(coverage.find((c) => c.province.code === '96')).toEqual({
      province: { code: '96', name: 'Cà Mau' },
      count: 0,
      first: null,
      last: null,
    })
  })
})

describe('stats and coverage statements (PGlite)', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>
  let server: VanbanServer
  let statements: string[]
  beforeAll(async () => {
    db = await freshDatabase('pglite')
    await seed(db, [...SEED_ARTICLES, ...bulkArticles(BULK)])
    const recorder = recordingClient(db)
    statements = recorder.statements
    server = createServer({ prisma: recorder.prisma, apiKeys: [] })
  })
  afterAll(() => db.drop())

  it.each([
    [
      STATS,
      {
        groupBy: ['MONTH', 'QUARTER', 'YEAR', 'PROVINCE', 'KIND', 'LEVEL'],
        filter: {
          directive: '85-QĐ/TW',
          province: '01',
          level: 'GRASSROOTS',
          organizer: 'chi bo',
          from: '2023',
          to: '2024',
        },
      },
    ],
    [COVERAGE, { directive: '85-QĐ/TW' }],
  ])('sends one statement for %s', async (query, variables) => {
    statements.length = 0
    const { body } = await gql(server, query, variables)
    expect(body.errors).toBeUndefined()
    expect(statements).toHaveLength(1)
  })
})
