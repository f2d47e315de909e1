import type { PrismaClient } from '@vanban/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VanbanServer } from '../src/server/index.ts'
import { freshDatabase, gql, SEED_ARTICLES, type SeedArticle, seed, TARGETS, testServer } from './graphql-harness.ts'

// A search hit deleted after the statement that ranked it, before its fields are read, is left
// out of the page: the other hits answer as usual, with no error for the one gone.

const ARTICLE: SeedArticle = {
  url: 'https://xa.example.vn/hoa-phong-hoc-tap',
  title: 'Đảng ủy xã Hòa Phong học tập chuyên đề năm 2024',
  publishedAt: '2024-08-02',
  source: 'Cổng thông tin xã',
  body: ['Ngày 1/8/2024, Đảng ủy xã Hòa Phong tổ chức hội nghị học tập chuyên đề.'],
  directives: [],
  events: [
    {
      kind: 'conference',
      title: 'Hội nghị học tập chuyên đề năm 2024 của xã Hòa Phong',
      date: '2024-08-01',
      organizer: 'Đảng ủy xã Hòa Phong',
      directives: [],
    },
  ],
}

const SEARCH = `query($q: String!) { search(query: $q, first: 10) {
  edges { cursor snippet { text }
    node { __typename ... on Article { id title } ... on Event { id title date } ... on Organization { id name } } } } }`

type Edge = { cursor: string; node: { __typename: string; id: string; title?: string; name?: string } }

// A client whose ranking statements (the rows with `counts`) run `after` once they have answered.
function deletingAfterRanking(prisma: PrismaClient, after: { run: (() => Promise<void>) | null }): PrismaClient {
  return new Proxy(prisma, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown
      if (key !== '$queryRaw') return typeof value === 'function' ? value.bind(target) : value
      return async (...args: unknown[]) => {
        const rows = (await (value as (...a: unknown[]) => Promise<unknown[]>).apply(target, args)) as unknown[]
        const run = after.run
        if (run !== null && rows.some((row) => typeof row === 'object' && row !== null && 'counts' in row)) {
          after.run = null
          await run()
        }
        return rows
      }
    },
  })
}

describe.each(TARGETS)('a search hit deleted before its fields are read, on %s', (target) => {
  let server: VanbanServer
  let plain: VanbanServer
  let drop: () => Promise<void>
  const after: { run: (() => Promise<void>) | null } = { run: null }
  let prisma: PrismaClient

  beforeAll(async () => {
    const db = await freshDatabase(target)
    drop = db.drop
    prisma = db.prisma
    await seed(db, [...SEED_ARTICLES, ARTICLE])
    plain = testServer(db)
    server = testServer(db, { prisma: deletingAfterRanking(db.prisma, after) })
  }, 180_000)
  afterAll(() => drop(), 60_000)

  const search = async (on: VanbanServer, q: string) => {
    const { body } = await gql(on, SEARCH, { q })
    return body
  }

  it.each([
    { kind: 'Event', remove: () => prisma.event.deleteMany({ where: { title: { contains: 'Hòa Phong' } } }) },
    { kind: 'Article', remove: () => prisma.article.deleteMany({ where: { url: ARTICLE.url } }) },
  ])('leaves out the $kind deleted after ranking', async ({ kind, remove }) => {
    const before = (await search(plain, 'Hoa Phong')).data?.search.edges as Edge[]
    const gone = before.find((e) => e.node.__typename === kind)
    expect(gone, `a ${kind} hit before`).toBeDefined()
    after.run = async () => {
      await remove()
    }
    const body = await search(server, 'Hoa Phong')
    expect(body.errors).toBeUndefined()
    const edges = body.data?.search.edges as Edge[]
    expect(after.run).toBeNull()
    expect(edges.map((e) => e.node.id)).toEqual(before.filter((e) => e !== gone).map((e) => e.node.id))
    expect(edges.length).toBeGreaterThan(0)
  })
})
