import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VanbanServer } from '../src/server/index.ts'
import { freshDatabase, gql, seed, TARGETS, TEST_KEY, testServer } from './graphql-harness.ts'

const ARTICLE = [
  'Huyện ủy Lâm Hà sơ kết 5 năm thực hiện Nghị quyết 35-NQ/TW',
  '',
  'Sáng 12/9/2023, Ban Thường vụ Huyện ủy Lâm Hà tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới.',
  '',
  'Đồng chí Trần Thị Bình, Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị.',
].join('\n')

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on IngestArticleResult { status article { id title url directives { code } } directives { created matched } events { created } }
    ... on ValidationError { field reason message }
    ... on NotAuthorizedError { message }
  } }`

describe.each(TARGETS)('mutations on %s', (target) => {
  let server: VanbanServer
  let drop: () => Promise<void>

  beforeAll(async () => {
    const db = await freshDatabase(target)
    drop = db.drop
    await seed(db)
    server = testServer(db)
  }, 180_000)
  afterAll(() => drop(), 60_000)

  it('ingests an article with a key and says what it created, then that the same article is unchanged', async () => {
    const input = { text: ARTICLE, url: 'https://lamha.example.vn/so-ket-35', source: 'Cổng thông tin huyện Lâm Hà' }
    const first = await gql(server, INGEST, { input }, { key: TEST_KEY })
    expect(first.body.errors).toBeUndefined()
    const result = first.body.data?.ingestArticle
    expect(result.__typename).toBe('IngestArticleResult')
    expect(result.status).toBe('new')
    expect(result.article.url).toBe(input.url)
    expect(result.article.directives.map((d: any) => d.code)).toContain('35-NQ/TW')
    // 35-NQ/TW was already stored by the seed: matched, not created again
    expect(result.directives.matched).toBeGreaterThanOrEqual(1)
    const again = await gql(server, INGEST, { input }, { key: TEST_KEY })
    expect(again.body.data?.ingestArticle.status).toBe('unchanged')
    expect(again.body.data?.ingestArticle.article.id).toBe(result.article.id)
  })

  it('answers NotAuthorizedError without a valid key, and stores nothing', async () => {
    const before = await gql(server, '{ articles { totalCount } }')
    for (const key of [undefined, 'wrong-key']) {
      const { body } = await gql(
        server,
        INGEST,
        { input: { text: ARTICLE, url: 'https://x.example.vn/a' } },
        key ? { key } : {},
      )
      expect(body.data?.ingestArticle.__typename).toBe('NotAuthorizedError')
      expect(body.data?.ingestArticle.message).toMatch(/Authorization: Bearer/)
    }
    const after = await gql(server, '{ articles { totalCount } }')
    expect(after.body.data?.articles.totalCount).toBe(before.body.data?.articles.totalCount)
  })

  it("answers ValidationError with the field and core's reason for a bad url, and NotAuthorizedError for the same input without a key", async () => {
    const input = { text: ARTICLE, url: 'not a url' }
    const keyed = await gql(server, INGEST, { input }, { key: TEST_KEY })
    expect(keyed.body.data?.ingestArticle).toMatchObject({ __typename: 'ValidationError', field: 'input.url' })
    const keyless = await gql(server, INGEST, { input })
    expect(keyless.body.data?.ingestArticle.__typename).toBe('NotAuthorizedError')
  })

  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>'])(
    'refuses the article URL %s as a ValidationError saying what is accepted, storing nothing',
    async (url) => {
      const { body } = await gql(server, INGEST, { input: { text: ARTICLE, url } }, { key: TEST_KEY })
      expect(body.data?.ingestArticle).toMatchObject({
        __typename: 'ValidationError',
        field: 'input.url',
        reason: 'an article URL is an absolute http:// or https:// address',
      })
    },
  )

  it('rejects an empty article text as a ValidationError', async () => {
    const { body } = await gql(server, INGEST, { input: { text: '   ' } }, { key: TEST_KEY })
    expect(body.data?.ingestArticle).toMatchObject({
      __typename: 'ValidationError',
      field: 'input.text',
      reason: 'the article text is empty',
    })
  })

  const UPSERT = `mutation($input: UpsertDirectiveInput!) { upsertDirective(input: $input) {
    __typename ... on Directive { code title issuedOn issuingBody } ... on ValidationError { field reason } ... on NotAuthorizedError { message } } }`

  it('corrects a stored directive and creates a new one by code in any spelling', async () => {
    const corrected = await gql(
      server,
      UPSERT,
      { input: { code: '35-NQ/TW', title: 'Nghị quyết về bảo vệ nền tảng tư tưởng của Đảng' } },
      { key: TEST_KEY },
    )
    expect(corrected.body.data?.upsertDirective).toMatchObject({
      __typename: 'Directive',
      code: '35-NQ/TW',
      issuedOn: '2018-10-22',
      title: 'Nghị quyết về bảo vệ nền tảng tư tưởng của Đảng',
    })
    const created = await gql(
      server,
      UPSERT,
      { input: { code: 'Chỉ thị số 05-CT/TW', issuedOn: '2016-05-15', issuingBody: 'Bộ Chính trị' } },
      { key: TEST_KEY },
    )
    expect(created.body.data?.upsertDirective).toMatchObject({
      __typename: 'Directive',
      code: '05-CT/TW',
      issuedOn: '2016-05-15',
    })
    const found = await gql(
      server,
      '{ directives(filter: { issuedFrom: "2016-05", issuedTo: "2016-05" }) { edges { node { code } } } }',
    )
    expect(found.body.data?.directives.edges).toEqual([{ node: { code: '05-CT/TW' } }])
  })

  it('rejects a directive with a date that does not exist or a code that is not one', async () => {
    const badDate = await gql(
      server,
      UPSERT,
      { input: { code: '05-CT/TW', issuedOn: '2016-02-30' } },
      { key: TEST_KEY },
    )
    expect(badDate.body.data?.upsertDirective).toMatchObject({ __typename: 'ValidationError', field: 'input.issuedOn' })
    const badCode = await gql(server, UPSERT, { input: { code: 'Quý II' } }, { key: TEST_KEY })
    expect(badCode.body.data?.upsertDirective).toMatchObject({ __typename: 'ValidationError', field: 'input.code' })
    const keyless = await gql(server, UPSERT, { input: { code: '06-CT/TW' } })
    expect(keyless.body.data?.upsertDirective.__typename).toBe('NotAuthorizedError')
  })

  const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) {
    __typename ... on Event { id kind title date location } ... on ValidationError { field reason } ... on NotFoundError { message } ... on NotAuthorizedError { message } } }`

  it('corrects an event, and the correction is what filters see', async () => {
    const list = await gql(server, '{ events(filter: { kind: THEMATIC_SESSION }) { edges { node { id } } } }')
    const id = list.body.data?.events.edges[0].node.id
    const { body } = await gql(
      server,
      UPDATE,
      { input: { id, date: '2024-05-17', location: 'Hội trường Sở Tư pháp' } },
      { key: TEST_KEY },
    )
    expect(body.data?.updateEvent).toMatchObject({
      __typename: 'Event',
      id,
      date: '2024-05-17',
      location: 'Hội trường Sở Tư pháp',
    })
    const filtered = await gql(
      server,
      '{ events(filter: { from: "2024-05-17", to: "2024-05-17" }) { edges { node { id } } } }',
    )
    expect(filtered.body.data?.events.edges).toEqual([{ node: { id } }])
  })

  it('rejects an event correction with a bad date, an unknown id, or no key', async () => {
    const list = await gql(server, '{ events(first: 1) { edges { node { id } } } }')
    const id = list.body.data?.events.edges[0].node.id
    const badDate = await gql(server, UPDATE, { input: { id, date: '17/5/2024' } }, { key: TEST_KEY })
    expect(badDate.body.data?.updateEvent).toMatchObject({ __typename: 'ValidationError', field: 'input.date' })
    const unknown = await gql(
      server,
      UPDATE,
      { input: { id: Buffer.from('Event:999999').toString('base64'), title: 'x' } },
      { key: TEST_KEY },
    )
    expect(unknown.body.data?.updateEvent.__typename).toBe('NotFoundError')
    const notEvent = await gql(
      server,
      UPDATE,
      { input: { id: Buffer.from('Directive:1').toString('base64') } },
      { key: TEST_KEY },
    )
    expect(notEvent.body.data?.updateEvent).toMatchObject({ __typename: 'ValidationError', field: 'input.id' })
    const keyless = await gql(server, UPDATE, { input: { id, title: 'x' } })
    expect(keyless.body.data?.updateEvent.__typename).toBe('NotAuthorizedError')
  })
})
