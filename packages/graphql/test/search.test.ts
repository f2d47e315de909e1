import type { Database } from '@vanban/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { searchPlan } from '../src/schema/search/common.ts'
import { parseSearchQuery } from '../src/schema/search/query.ts'
import { type KindCounts, rankedPageSql, SEARCH_KINDS, walkableKinds } from '../src/schema/search/statements.ts'
import type { VanbanServer } from '../src/server/index.ts'
import {
  bulkArticles,
  freshDatabase,
  gql,
  SEED_ARTICLES,
  type SeedArticle,
  seed,
  TARGETS,
  testServer,
} from './graphql-harness.ts'

// Beside the three seed articles: a commune's committee with a diacritic-heavy name (for typos),
// and an article holding `nền tảng` and `tư tưởng` apart (for phrases).
const SEARCH_ARTICLES: readonly SeedArticle[] = [
  {
    url: 'https://xa.example.vn/hoa-phong-hoc-tap',
    title: 'Đảng ủy xã Hòa Phong học tập chuyên đề năm 2024',
    publishedAt: '2024-08-02',
    source: 'Cổng thông tin xã',
    body: [
      'Ngày 1/8/2024, Đảng ủy xã Hòa Phong tổ chức hội nghị học tập chuyên đề, xây dựng nền tảng kinh tế số và nâng cao nhận thức tư tưởng cho cán bộ.',
    ],
    directives: [],
    events: [
      {
        kind: 'conference',
        title: 'Hội nghị học tập chuyên đề năm 2024',
        date: '2024-08-01',
        organizer: 'Đảng ủy xã Hòa Phong',
        directives: [],
      },
    ],
  },
]

const SEARCH = `query($q: String!, $first: Int, $after: String, $filter: SearchFilter) {
  search(query: $q, first: $first, after: $after, filter: $filter) {
    totalCount totalCountIsEstimate
    edges { cursor score snippet { text html ranges { start end } }
      node { __typename
        ... on Directive { code issuedOn }
        ... on Article { title publishedAt }
        ... on Event { title date }
        ... on Organization { name }
        ... on Person { name } } }
    pageInfo { hasNextPage endCursor } } }`

type Hit = {
  __typename: string
  code?: string
  title?: string
  name?: string
  date?: string
  publishedAt?: string
  issuedOn?: string
}

function label(node: Hit): string {
  return `${node.__typename}:${node.code ?? node.title ?? node.name}`
}

describe.each(TARGETS)('search on %s', (target) => {
  let server: VanbanServer
  let capped: VanbanServer
  let walking: VanbanServer
  let database: Database
  let drop: () => Promise<void>

  beforeAll(async () => {
    const db = await freshDatabase(target)
    drop = db.drop
    database = db
    await seed(db, [...SEED_ARTICLES, ...SEARCH_ARTICLES, ...bulkArticles(6)])
    // the statistics a common query is told by
    await db.withConnection((c) => c.exec('ANALYZE'))
    server = testServer(db)
    capped = testServer(db, { search: { countCap: 3 } })
    walking = testServer(db, { search: { window: 2 } })
  }, 180_000)
  afterAll(() => drop(), 60_000)

  async function search(q: string, variables: Record<string, unknown> = {}, on = server) {
    const { body } = await gql(on, SEARCH, { q, ...variables })
    expect(body.errors, q).toBeUndefined()
    return body.data?.search as {
      totalCount: number
      totalCountIsEstimate: boolean
      edges: {
        cursor: string
        score: number
        snippet: { text: string; html: string; ranges: { start: number; end: number }[] }
        node: Hit
      }[]
      pageInfo: { hasNextPage: boolean; endCursor: string | null }
    }
  }

  // query, what the hits must include, what they must not, and what must come first
  const cases: { name: string; q: string; includes?: string[]; excludes?: string[]; first?: string }[] = [
    {
      name: 'a quoted phrase needs its words together and in order',
      q: '"nen tang tu tuong"',
      includes: ['Article:Chi bộ sinh hoạt chuyên đề về bảo vệ nền tảng tư tưởng của Đảng'],
      excludes: ['Article:Đảng ủy xã Hòa Phong học tập chuyên đề năm 2024'],
    },
    {
      name: 'the words unquoted match anywhere in the text',
      q: 'nen tang tu tuong',
      includes: [
        'Article:Chi bộ sinh hoạt chuyên đề về bảo vệ nền tảng tư tưởng của Đảng',
        'Article:Đảng ủy xã Hòa Phong học tập chuyên đề năm 2024',
      ],
      // its title is about them
      first: 'Directive:35-NQ/TW',
    },
    {
      name: 'OR finds either',
      q: 'quan triet OR "so ket"',
      includes: [
        'Article:Đảng ủy Khối Cơ quan tỉnh quán triệt Quy định 85-QĐ/TW',
        'Article:Sơ kết một năm thực hiện Quy định 85-QĐ/TW',
      ],
      excludes: ['Article:Chi bộ sinh hoạt chuyên đề về bảo vệ nền tảng tư tưởng của Đảng'],
    },
    {
      name: '-word excludes',
      q: 'dang uy khoi -"so ket"',
      includes: ['Article:Đảng ủy Khối Cơ quan tỉnh quán triệt Quy định 85-QĐ/TW'],
      excludes: ['Article:Sơ kết một năm thực hiện Quy định 85-QĐ/TW'],
    },
    { name: 'a typo in a name', q: 'Hoa Phog', first: 'Organization:Đảng ủy xã Hòa Phong' },
    {
      name: 'a typo in a name, without diacritics or case',
      q: 'dang uy xa hoa fong',
      first: 'Organization:Đảng ủy xã Hòa Phong',
    },
    { name: 'a directive code finds the directive first', q: '35-NQ/TW', first: 'Directive:35-NQ/TW' },
    { name: 'a code spelled without Đ finds it first', q: '85-QD/TW', first: 'Directive:85-QĐ/TW' },
    { name: 'a code in words finds it first', q: 'Quy định số 85-QĐ/TW', first: 'Directive:85-QĐ/TW' },
    {
      name: 'the last word typed matches as a prefix',
      q: 'hoi nghi quan tri',
      includes: ['Article:Đảng ủy Khối Cơ quan tỉnh quán triệt Quy định 85-QĐ/TW'],
    },
    { name: 'a person by name', q: 'nguyen van an', first: 'Person:Nguyễn Văn An' },
  ]

  it.each(cases)('$name: $q', async ({ q, includes = [], excludes = [], first }) => {
    const result = await search(q, { first: 50 })
    const labels = result.edges.map((e) => label(e.node))
    for (const wanted of includes) expect(labels, q).toContain(wanted)
    for (const unwanted of excludes) expect(labels, q).not.toContain(unwanted)
    if (first !== undefined) expect(labels[0], q).toBe(first)
    expect(result.totalCount).toBeGreaterThanOrEqual(labels.length)
    expect(result.totalCountIsEstimate).toBe(false)
  })

  it('marks the words on the original text, diacritics kept', async () => {
    const result = await search('nen tang tu tuong', { filter: { kinds: ['ARTICLE'] } })
    const top = result.edges[0]
    expect(top?.node.title).toBe('Chi bộ sinh hoạt chuyên đề về bảo vệ nền tảng tư tưởng của Đảng')
    const snippet = top?.snippet
    expect(snippet?.ranges.map((r) => snippet.text.slice(r.start, r.end))).toEqual(['nền tảng tư tưởng'])
    expect(snippet?.html).toBe('Chi bộ sinh hoạt chuyên đề về bảo vệ <mark>nền tảng tư tưởng</mark> của Đảng')
    const code = await search('85-QD/TW', { first: 1 })
    const marked = code.edges[0]?.snippet
    expect(marked?.ranges.map((r) => marked.text.slice(r.start, r.end))).toContain('85-QĐ/TW')
  })

  it('escapes the snippet html and keeps marks on words only', async () => {
    const result = await search('Hoa Phong', { filter: { kinds: ['ARTICLE'] } })
    const snippet = result.edges[0]?.snippet
    expect(snippet?.ranges.map((r) => snippet.text.slice(r.start, r.end))).toEqual(['Hòa Phong'])
    expect(snippet?.html).not.toMatch(/<(?!\/?mark>)/)
  })

  it('counts exactly up to the cap, then estimates and says so', async () => {
    const exact = await search('hoc tap', { filter: { kinds: ['ARTICLE'] } })
    expect(exact.totalCount).toBeGreaterThan(3)
    expect(exact.totalCountIsEstimate).toBe(false)
    const estimated = await search('hoc tap', { filter: { kinds: ['ARTICLE'] } }, capped)
    expect(estimated.totalCountIsEstimate).toBe(true)
    expect(estimated.totalCount).toBeGreaterThan(3)
    const few = await search('Hoa Phong', { filter: { kinds: ['ORGANIZATION'] } }, capped)
    expect(few).toMatchObject({ totalCount: 1, totalCountIsEstimate: false })
  })

  const filters: { name: string; q: string; filter: Record<string, unknown>; check: (hits: Hit[]) => void }[] = [
    {
      name: 'kinds',
      q: '85-QD/TW',
      filter: { kinds: ['EVENT', 'DIRECTIVE'] },
      check: (hits) => {
        expect(new Set(hits.map((h) => h.__typename))).toEqual(new Set(['Event', 'Directive']))
      },
    },
    {
      name: 'a date range (partial dates)',
      q: 'quy dinh 85',
      filter: { from: '2023-12', to: '2023' },
      check: (hits) => {
        expect(hits.map(label)).toContain('Article:Sơ kết một năm thực hiện Quy định 85-QĐ/TW')
        expect(hits.map(label)).not.toContain('Article:Đảng ủy Khối Cơ quan tỉnh quán triệt Quy định 85-QĐ/TW')
        for (const hit of hits) expect(hit.publishedAt ?? hit.date ?? hit.issuedOn).toMatch(/^2023-12/)
      },
    },
    {
      name: 'a directive in any spelling',
      q: 'dang uy khoi',
      filter: { directive: 'Nghị quyết 35-nq/tw' },
      check: (hits) => {
        expect(hits.map(label)).toContain('Article:Sơ kết một năm thực hiện Quy định 85-QĐ/TW')
        expect(hits.map(label)).not.toContain('Article:Đảng ủy Khối Cơ quan tỉnh quán triệt Quy định 85-QĐ/TW')
      },
    },
  ]

  it.each(filters)('filters by $name', async ({ q, filter, check }) => {
    const result = await search(q, { first: 50, filter })
    expect(result.edges.length).toBeGreaterThan(0)
    check(result.edges.map((e) => e.node))
    expect(result.totalCount).toBe(result.edges.length)
  })

  it('rejects a filter it cannot read, saying what it accepts', async () => {
    const { body } = await gql(server, SEARCH, { q: 'hoc tap', filter: { directive: 'Ban Chỉ đạo' } })
    expect(body.errors?.[0]?.message ?? JSON.stringify(body.data)).toMatch(/is not a directive code/)
  })

  it('pages with `after` through every hit once', async () => {
    const all = await search('hoc tap', { first: 50 })
    const seen: string[] = []
    let after: string | null = null
    for (;;) {
      const page = await search('hoc tap', { first: 4, after })
      seen.push(...page.edges.map((e) => label(e.node)))
      if (!page.pageInfo.hasNextPage) break
      after = page.pageInfo.endCursor
    }
    expect(seen).toEqual(all.edges.map((e) => label(e.node)))
    expect(seen.length).toBe(all.totalCount)
  })

  // What the page statement saw of each kind: whether it walked the newest records or read the index.
  async function seenBy(q: string, window: number): Promise<Record<string, KindCounts>> {
    const filters = { kinds: SEARCH_KINDS, from: null, to: null, directive: null, directiveIds: [] }
    const query = parseSearchQuery(q)
    const cap = 10_000
    const plan = await searchPlan(database.prisma, query, SEARCH_KINDS, walkableKinds(filters), { window, cap })
    const sql = rankedPageSql(query, filters, { limit: 10, offset: 0, window, typos: false, plan, cap })
    if (sql === null) throw new Error('no statement')
    const [row] = await database.prisma.$queryRaw<{ counts: unknown }[]>(sql)
    return (typeof row?.counts === 'string' ? JSON.parse(row.counts) : row?.counts) as Record<string, KindCounts>
  }

  it('walks the newest records for a common word, reads a rare one through the index', async () => {
    const common = await seenBy('hoc tap', 2)
    expect(common.Article).toMatchObject({ words: 2, total: null })
    expect(common.Article?.walked).toBeGreaterThanOrEqual(2)
    const rare = await seenBy('Hoa Phong', 2)
    expect(rare.Article).toMatchObject({ walked: null, total: 1 })
  })

  it('a walk finds the newest hits the index finds, and counts them exactly under the cap', async () => {
    const newest = (r: Awaited<ReturnType<typeof search>>) =>
      r.edges
        .map((e) => e.node)
        .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
        .slice(0, 2)
        .map(label)
    const all = await search('hoc tap', { first: 50, filter: { kinds: ['ARTICLE'] } })
    const walked = await search('hoc tap', { first: 50, filter: { kinds: ['ARTICLE'] } }, walking)
    expect(walked.edges.map((e) => label(e.node)).sort()).toEqual(newest(all).sort())
    expect(walked).toMatchObject({ totalCount: all.totalCount, totalCountIsEstimate: false })
    // through a date range, the walk's kind is estimated from the filtered records, then counted under the cap
    const filter = { kinds: ['ARTICLE'], from: '2023' }
    const dated = await search('hoc tap', { first: 50, filter })
    const datedWalk = await search('hoc tap', { first: 50, filter }, walking)
    expect(dated.totalCount).toBeGreaterThan(0)
    expect(datedWalk).toMatchObject({ totalCount: dated.totalCount, totalCountIsEstimate: false })
  })
})
