import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VanbanServer } from '../src/server/index.ts'
import { freshDatabase, gql, seed, TARGETS, testServer } from './graphql-harness.ts'

describe.each(TARGETS)('contract queries on %s', (target) => {
  let server: VanbanServer
  let drop: () => Promise<void>

  beforeAll(async () => {
    const db = await freshDatabase(target)
    drop = db.drop
    await seed(db)
    server = testServer(db)
  }, 180_000)
  afterAll(() => drop(), 60_000)

  it('finds a directive by any spelling parseDirectiveCode accepts', async () => {
    for (const spelling of ['85-QĐ/TW', '85-QD/TW', 'Quy định số 85-QĐ/TW', '85-qd/tw']) {
      const { body } = await gql(
        server,
        'query($c: String!) { directive(code: $c) { code type number issuerCode issuedOn issuingBody title } }',
        { c: spelling },
      )
      expect(body.errors, spelling).toBeUndefined()
      expect(body.data?.directive, spelling).toMatchObject({
        code: '85-QĐ/TW',
        type: 'QĐ',
        number: '85',
        issuerCode: 'TW',
        issuedOn: '2022-10-07',
        issuingBody: 'Ban Bí thư',
      })
    }
  })

  it('answers null for a well-formed code that is not stored, and an error naming the input for a non-code', async () => {
    const missing = await gql(server, '{ directive(code: "7-NQ/TW") { code } }')
    expect(missing.body.data?.directive).toBeNull()
    const wrong = await gql(server, '{ directive(code: "Ban Chỉ đạo 35") { code } }')
    expect(wrong.body.errors?.[0]?.message).toMatch(/is not a directive code/)
  })

  it('answers the one query: which events implemented 85-QĐ/TW in 2023, who organised them, which articles reported them', async () => {
    const { body } = await gql(
      server,
      `{ events(filter: { directive: "85-QD/TW", from: "2023", to: "2023" }, orderBy: { field: DATE, direction: ASC }) {
          totalCount
          edges { cursor node { kind title date dateInferred dateConfidence organizer { name } articles { title url } directives { code } } }
          pageInfo { hasNextPage endCursor } } }`,
    )
    expect(body.errors).toBeUndefined()
    const events = body.data?.events
    expect(events.totalCount).toBe(2)
    expect(events.edges.map((e: any) => e.node.date)).toEqual(['2023-03-14', '2023-12'])
    // Dated articles: their events' years are stated, not inferred.
    expect(events.edges.map((e: any) => [e.node.dateInferred, e.node.dateConfidence])).toEqual([
      [false, 1],
      [false, 1],
    ])
    expect(events.edges[0].node).toMatchObject({
      kind: 'CONFERENCE',
      organizer: { name: 'Đảng ủy Khối Cơ quan tỉnh' },
      articles: [{ url: 'https://tuyengiao.example.vn/hoi-nghi-quan-triet-quy-dinh-85' }],
    })
    expect(events.edges[0].node.directives.map((d: any) => d.code).sort()).toEqual(['85-QĐ/TW', '99-HD/BTGTW'])
    expect(events.edges[1].node.kind).toBe('REVIEW')
    expect(events.pageInfo.hasNextPage).toBe(false)
  })

  it('filters events by kind, organiser without diacritics and partial dates that overlap', async () => {
    const byKind = await gql(
      server,
      '{ events(filter: { kind: THEMATIC_SESSION }) { totalCount edges { node { title } } } }',
    )
    expect(byKind.body.data?.events.totalCount).toBe(1)
    const byOrganizer = await gql(server, '{ events(filter: { organizer: "dang uy khoi co quan" }) { totalCount } }')
    expect(byOrganizer.body.data?.events.totalCount).toBe(2)
    // an event dated only 2023-12 overlaps a filter from 2023-12-20
    const overlap = await gql(
      server,
      '{ events(filter: { from: "2023-12-20", to: "2023-12-31" }) { edges { node { date } } } }',
    )
    expect(overlap.body.data?.events.edges.map((e: any) => e.node.date)).toEqual(['2023-12'])
  })

  // a directive's events are counted from the citations alone: the count must be the events listed
  const cited = [
    { name: 'a directive', filter: '{ directive: "85-QD/TW" }' },
    { name: 'a directive in a year', filter: '{ directive: "85-QD/TW", from: "2023", to: "2023" }' },
    { name: 'a directive from a month on', filter: '{ directive: "85-QD/TW", from: "2023-12" }' },
    { name: 'a directive up to a day', filter: '{ directive: "85-QD/TW", to: "2023-03-14" }' },
    { name: 'a directive and a kind', filter: '{ directive: "85-QD/TW", kind: REVIEW }' },
    { name: 'a directive cited by no event', filter: '{ directive: "7-NQ/TW" }' },
  ]
  it.each(cited)('counts the events of $name as it lists them', async ({ filter }) => {
    const { body } = await gql(
      server,
      `{ events(first: 100, filter: ${filter}) { totalCount edges { node { date } } } }`,
    )
    expect(body.errors).toBeUndefined()
    expect(body.data?.events.totalCount).toBe(body.data?.events.edges.length)
  })

  it('rejects a filter date core does not accept, saying what is accepted', async () => {
    const { body } = await gql(server, '{ events(filter: { from: "2023-02-30" }) { totalCount } }')
    expect(body.errors?.[0]?.message).toMatch(/from.*YYYY-MM-DD/)
  })

  it('filters directives by type (with or without diacritics), issuer and issue date', async () => {
    const qd = await gql(server, '{ directives(filter: { type: "QD" }) { totalCount edges { node { code } } } }')
    expect(qd.body.data?.directives.edges.map((e: any) => e.node.code)).toEqual(['85-QĐ/TW'])
    const tw = await gql(
      server,
      '{ directives(filter: { issuerCode: "TW" }, orderBy: { field: CODE, direction: ASC }) { edges { node { code } } } }',
    )
    expect(tw.body.data?.directives.edges.map((e: any) => e.node.code)).toEqual(['35-NQ/TW', '85-QĐ/TW'])
    const issued = await gql(
      server,
      '{ directives(filter: { issuedFrom: "2019", issuedTo: "2022-Q4" }) { edges { node { code } } } }',
    )
    expect(issued.body.data?.directives.edges.map((e: any) => e.node.code)).toEqual(['85-QĐ/TW'])
  })

  it('filters articles by directive and publication date', async () => {
    const { body } = await gql(
      server,
      '{ articles(filter: { directive: "35-NQ/TW", from: "2024" }) { totalCount edges { node { title publishedAt byline url source body directives { code } events { kind } } } } }',
    )
    expect(body.errors).toBeUndefined()
    expect(body.data?.articles.totalCount).toBe(1)
    expect(body.data?.articles.edges[0].node).toMatchObject({
      publishedAt: '2024-05-20',
      source: 'Báo Đảng bộ',
      events: [{ kind: 'THEMATIC_SESSION' }],
    })
  })

  it('pages a connection with first/after and keeps totalCount', async () => {
    const page1 = await gql(
      server,
      '{ articles(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }',
    )
    const { totalCount, edges, pageInfo } = page1.body.data!.articles
    expect(totalCount).toBe(3)
    expect(edges).toHaveLength(2)
    expect(pageInfo.hasNextPage).toBe(true)
    const page2 = await gql(
      server,
      'query($a: String) { articles(first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage } } }',
      { a: pageInfo.endCursor },
    )
    expect(page2.body.data?.articles.edges).toHaveLength(1)
    expect(page2.body.data?.articles.pageInfo.hasNextPage).toBe(false)
    const ids = [...edges, ...page2.body.data!.articles.edges].map((e: any) => e.node.id)
    expect(new Set(ids).size).toBe(3)
  })

  it('refetches any record by its global id through node', async () => {
    const { body } = await gql(server, '{ directive(code: "35-NQ/TW") { id } }')
    const id = body.data?.directive.id
    const node = await gql(server, 'query($id: ID!) { node(id: $id) { __typename id ... on Directive { code } } }', {
      id,
    })
    expect(node.body.data?.node).toEqual({ __typename: 'Directive', id, code: '35-NQ/TW' })
  })

  it('lists relations in both directions with inverse labels', async () => {
    const { body } = await gql(
      server,
      `{
      target: directive(code: "85-QĐ/TW") { relations { type direction readAs label directive { code } } }
      source: directive(code: "99-HD/BTGTW") { relations { type direction readAs label directive { code } } } }`,
    )
    expect(body.data?.target.relations).toEqual([
      {
        type: 'GUIDES',
        direction: 'INCOMING',
        readAs: 'guidedBy',
        label: 'được hướng dẫn bởi',
        directive: { code: '99-HD/BTGTW' },
      },
    ])
    expect(body.data?.source.relations).toEqual([
      {
        type: 'GUIDES',
        direction: 'OUTGOING',
        readAs: 'guides',
        label: 'hướng dẫn thực hiện',
        directive: { code: '85-QĐ/TW' },
      },
    ])
  })

  it("gives a directive's events, articles (each once, with totals) and its timeline by date", async () => {
    const { body } = await gql(
      server,
      `{ directive(code: "85-QĐ/TW") {
      events(first: 10) { totalCount edges { node { date } } }
      articles(first: 1) { totalCount edges { node { title } } pageInfo { hasNextPage } }
      timeline(first: 10) { edges { node { date event { kind } article { title } } } } } }`,
    )
    expect(body.errors).toBeUndefined()
    const d = body.data?.directive
    expect(d.events.totalCount).toBe(2)
    expect(d.events.edges.map((e: any) => e.node.date).sort()).toEqual(['2023-03-14', '2023-12'])
    expect(d.articles.totalCount).toBe(2)
    expect(d.articles.edges).toHaveLength(1)
    expect(d.articles.pageInfo.hasNextPage).toBe(true)
    expect(d.timeline.edges.map((e: any) => e.node.date)).toEqual(['2023-03-14', '2023-03-15', '2023-12', '2023-12'])
  })

  it('counts without listing, as a directive page asks for its totals', async () => {
    const { body } = await gql(
      server,
      '{ directives(first: 5) { edges { node { code events(first: 1) { totalCount } articles(first: 1) { totalCount } } } } }',
    )
    expect(body.errors).toBeUndefined()
    const counts = Object.fromEntries(
      body.data?.directives.edges.map((e: any) => [
        e.node.code,
        [e.node.events.totalCount, e.node.articles.totalCount],
      ]),
    )
    expect(counts).toEqual({ '85-QĐ/TW': [2, 2], '99-HD/BTGTW': [1, 1], '35-NQ/TW': [1, 2] })
  })

  it('lists organisations with their events and people with their participations', async () => {
    const { body } = await gql(
      server,
      `{
      organizations(filter: { name: "Dang uy Khoi" }) { totalCount edges { node { name kind events { totalCount edges { node { kind } } } } } }
      people { totalCount edges { node { name participations { totalCount edges { node { roles event { title } } } } } } } }`,
    )
    expect(body.errors).toBeUndefined()
    expect(body.data?.organizations.edges[0].node).toMatchObject({
      name: 'Đảng ủy Khối Cơ quan tỉnh',
      events: { totalCount: 2 },
    })
    expect(body.data?.people.edges[0].node).toMatchObject({
      name: 'Nguyễn Văn An',
      participations: { totalCount: 1, edges: [{ node: { roles: ['Bí thư Đảng ủy Khối'] } }] },
    })
  })

  it('lists who took part in an event', async () => {
    const { body } = await gql(
      server,
      '{ events(filter: { kind: CONFERENCE }) { edges { node { participants { roles person { name } } } } } }',
    )
    expect(body.data?.events.edges[0].node.participants).toEqual([
      { roles: ['Bí thư Đảng ủy Khối'], person: { name: 'Nguyễn Văn An' } },
    ])
  })

  it('searches without diacritics and ranks the directive first for its code', async () => {
    const words = await gql(
      server,
      '{ search(query: "nen tang tu tuong") { totalCount edges { score node { __typename ... on Directive { code } ... on Article { title } } } } }',
    )
    expect(words.body.errors).toBeUndefined()
    const types = words.body.data?.search.edges.map((e: any) => e.node.__typename)
    expect(types).toContain('Directive')
    expect(types).toContain('Article')
    const code = await gql(
      server,
      '{ search(query: "85-QD/TW", first: 3) { totalCount edges { node { __typename ... on Directive { code } } } pageInfo { hasNextPage endCursor } } }',
    )
    expect(code.body.data?.search.edges[0].node).toEqual({ __typename: 'Directive', code: '85-QĐ/TW' })
    expect(code.body.data?.search.totalCount).toBeGreaterThan(3)
    const next = await gql(
      server,
      'query($a: String) { search(query: "85-QD/TW", first: 3, after: $a) { edges { node { __typename } } } }',
      {
        a: code.body.data?.search.pageInfo.endCursor,
      },
    )
    expect(next.body.data?.search.edges.length).toBeGreaterThan(0)
  })

  it('finds an organisation and a person by name without diacritics', async () => {
    const { body } = await gql(
      server,
      '{ search(query: "nguyen van an") { edges { node { __typename ... on Person { name } } } } }',
    )
    expect(body.data?.search.edges[0].node).toEqual({ __typename: 'Person', name: 'Nguyễn Văn An' })
  })

  it('gives each record as schema.org JSON-LD', async () => {
    const { body } = await gql(
      server,
      `{ directive(code: "85-QĐ/TW") { jsonLd }
      events(filter: { kind: CONFERENCE }) { edges { node { jsonLd } } }
      articles(filter: { directive: "35-NQ/TW", from: "2024" }) { edges { node { jsonLd } } } }`,
    )
    expect(body.errors).toBeUndefined()
    expect(body.data?.directive.jsonLd).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '85-QĐ/TW' })
    expect(body.data?.events.edges[0].node.jsonLd).toMatchObject({
      '@type': 'Event',
      organizer: { name: 'Đảng ủy Khối Cơ quan tỉnh' },
      about: expect.arrayContaining([{ '@type': 'Legislation', legislationIdentifier: '85-QĐ/TW' }]),
    })
    expect(body.data?.articles.edges[0].node.jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      citation: [{ legislationIdentifier: '35-NQ/TW' }],
    })
  })
})
