import { foldDiacritics, normalizeText } from '@vanban/core'
import { Prisma } from '@vanban/store'
import { z } from 'zod'
import { type Builder, pageSizeSchema } from './builder.ts'
import type { GraphQLContext } from './context.ts'
import type { Nodes } from './nodes.ts'

const KINDS = ['Directive', 'Event', 'Article', 'Organization', 'Person'] as const
type Kind = (typeof KINDS)[number]

// A directive or an organisation whose key holds the words is usually what was meant; an
// article holding them is usually one of many.
const KIND_WEIGHT: Record<Kind, number> = { Directive: 0.3, Organization: 0.2, Person: 0.2, Event: 0.1, Article: 0 }

type Hit = { kind: Kind; id: number; score: number }

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

// One ranked statement over every table: a hit contains the folded query as written, or its
// words closely enough for pg_trgm's word similarity; substring hits rank first, then by how
// much of the key the query covers.
function hitsSql(key: string, limit: number, offset: number): Prisma.Sql {
  const pattern = `%${escapeLike(key)}%`
  const parts = KINDS.map(
    (kind) => Prisma.sql`SELECT ${kind}::text AS kind, id,
      (CASE WHEN "searchKey" LIKE ${pattern} THEN 1 ELSE 0 END) + word_similarity(${key}, "searchKey")
        + similarity(${key}, "searchKey") + ${KIND_WEIGHT[kind]}::float8 AS score
      FROM ${Prisma.raw(`"${kind}"`)} WHERE "searchKey" LIKE ${pattern} OR ${key} <% "searchKey"`,
  )
  return Prisma.sql`SELECT kind, id, score::float8 AS score, count(*) OVER ()::int AS total
    FROM (${Prisma.join(parts, ' UNION ALL ')}) hits
    ORDER BY score DESC, kind, id LIMIT ${limit} OFFSET ${offset}`
}

async function loadRows(context: GraphQLContext, hits: Hit[]): Promise<Map<string, object>> {
  const ids = (kind: Kind) => hits.filter((h) => h.kind === kind).map((h) => h.id)
  const where = (kind: Kind) => ({ where: { id: { in: ids(kind) } } })
  const { prisma } = context
  const loaded = await Promise.all([
    ids('Directive').length ? prisma.directive.findMany(where('Directive')) : [],
    ids('Event').length ? prisma.event.findMany(where('Event')) : [],
    ids('Article').length ? prisma.article.findMany(where('Article')) : [],
    ids('Organization').length ? prisma.organization.findMany(where('Organization')) : [],
    ids('Person').length ? prisma.person.findMany(where('Person')) : [],
  ])
  const rows = new Map<string, object>()
  loaded.forEach((list, i) => {
    for (const row of list) rows.set(`${KINDS[i]}:${row.id}`, row)
  })
  return rows
}

function encodeCursor(offset: number): string {
  return Buffer.from(`search:${offset}`).toString('base64url')
}

const CursorSchema = z
  .string()
  .transform((cursor, ctx) => {
    const match = /^search:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString())
    if (match === null) {
      ctx.addIssue({ code: 'custom', message: 'not a cursor from this search; pass an endCursor it returned' })
      return z.NEVER
    }
    return Number(match[1]) + 1
  })
  .nullish()

/**
 * `search(query, first, after)`: directives, events, articles, organisations and people whose
 * folded text (core's foldDiacritics, kept in each `searchKey` column) matches the folded query,
 * ranked. `nen tang tu tuong` finds `nền tảng tư tưởng` and `85-QD/TW` finds `85-QĐ/TW`.
 */
export function addSearch(builder: Builder, nodes: Nodes, maxPageSize: number) {
  const kindOf = new WeakMap<object, Kind>()
  const Result = builder.unionType('SearchResult', {
    types: [nodes.Directive, nodes.Event, nodes.Article, nodes.Organization, nodes.Person],
    resolveType: (row) => kindOf.get(row) ?? null,
  })
  type Edge = { cursor: string; score: number; node: object }
  type Page = { edges: Edge[]; hasNextPage: boolean; totalCount: number }
  const SearchEdge = builder.objectRef<Edge>('SearchEdge').implement({
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      score: t.exposeFloat('score', { description: 'Higher is a better match; comparable within one search only.' }),
      node: t.field({ type: Result, resolve: (edge) => edge.node as never }),
    }),
  })
  const PageInfo = builder.objectRef<Page>('SearchPageInfo').implement({
    fields: (t) => ({
      hasNextPage: t.exposeBoolean('hasNextPage'),
      hasPreviousPage: t.boolean({ resolve: () => false }),
      startCursor: t.string({ nullable: true, resolve: (p) => p.edges[0]?.cursor ?? null }),
      endCursor: t.string({ nullable: true, resolve: (p) => p.edges.at(-1)?.cursor ?? null }),
    }),
  })
  const Connection = builder.objectRef<Page>('SearchConnection').implement({
    fields: (t) => ({
      edges: t.field({ type: [SearchEdge], resolve: (p) => p.edges }),
      pageInfo: t.field({ type: PageInfo, resolve: (p) => p }),
      totalCount: t.exposeInt('totalCount'),
    }),
  })

  builder.queryField('search', (t) =>
    t.field({
      type: Connection,
      description:
        'Ranked, diacritic-insensitive search across directives, events, articles, organisations and people.',
      args: {
        query: t.arg.string({
          required: true,
          validate: z
            .string()
            .trim()
            .min(2, 'search for at least 2 characters')
            .max(200, 'search for at most 200 characters'),
        }),
        first: t.arg.int({
          validate: pageSizeSchema(maxPageSize, 'results per page; page through the rest with `after`'),
        }),
        after: t.arg.string({ validate: CursorSchema }),
      },
      resolve: async (_root, args, context) => {
        const key = foldDiacritics(normalizeText(args.query)).replace(/\s+/g, ' ').trim()
        const first = args.first ?? 20
        const offset = (args.after as number | null | undefined) ?? 0
        const raw = await context.prisma.$queryRaw<{ kind: Kind; id: number; score: number; total: number }[]>(
          hitsSql(key, first + 1, offset),
        )
        const hits = raw.slice(0, first)
        const rows = await loadRows(context, hits)
        const edges: Edge[] = []
        hits.forEach((hit, i) => {
          const node = rows.get(`${hit.kind}:${hit.id}`)
          if (node === undefined) return
          kindOf.set(node, hit.kind)
          edges.push({ cursor: encodeCursor(offset + i), score: hit.score, node })
        })
        const total = raw[0]?.total ?? (offset > 0 ? await countHits(context, key) : 0)
        return { edges, hasNextPage: raw.length > first, totalCount: total }
      },
    }),
  )
}

async function countHits(context: GraphQLContext, key: string): Promise<number> {
  const rows = await context.prisma.$queryRaw<{ total: number }[]>(
    Prisma.sql`SELECT count(*)::int AS total FROM (${hitsSql(key, 1_000_000, 0)}) counted`,
  )
  return rows[0]?.total ?? 0
}
