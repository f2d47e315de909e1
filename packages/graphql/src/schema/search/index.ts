import { readRows } from '@vanban/store'
import { z } from 'zod'
import { type Builder, pageSizeSchema } from '../builder.ts'
import type { GraphQLContext } from '../context.ts'
import { DateBoundSchema, DirectiveCodeSchema, dateRange } from '../filters.ts'
import type { Nodes } from '../nodes.ts'
import { searchPlan } from './common.ts'
import { parseSearchQuery, type SearchQuery } from './query.ts'
import { type Snippet, snippetHtml, snippetOf } from './snippet.ts'
import {
  cappedCountsSql,
  estimateSql,
  filteredEstimateSql,
  type KindCounts,
  rankedPageSql,
  SEARCH_KINDS,
  type SearchFilters,
  type SearchKind,
  searchedTables,
  walkableKinds,
} from './statements.ts'

/** Options of search, set through `buildSchema`/`createServer`. */
export type SearchOptions = {
  /** `totalCount` is exact up to this many hits of a kind, then the planner's estimate. Default 10,000. */
  countCap?: number
  /** Hits of each kind ranked per search: the newest this many of a common query. Default 100: a common query walks and ranks in proportion to it. */
  window?: number
}

export const DEFAULT_SEARCH_COUNT_CAP = 10_000
export const DEFAULT_SEARCH_WINDOW = 100

type Hit = { kind: SearchKind; id: number; score: number }
type PageRow = { kind: SearchKind | null; id: number | null; score: number | null; counts: unknown }
type Row = { id: number } & Record<string, unknown>

// The original text a hit's snippet is cut from, passage by passage.
function passagesOf(kind: SearchKind, row: Row): string[] {
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  switch (kind) {
    case 'Article':
      return [text(row.title), ...((row.body as string[] | undefined) ?? [])]
    case 'Directive':
      return [[text(row.code), text(row.title)].filter(Boolean).join(' '), text(row.issuingBody)]
    case 'Event':
      return [text(row.title), text(row.location)]
    default:
      return [text(row.name)]
  }
}

// The columns a snippet is cut from, of the page's hits only, read when a snippet is asked: the
// nodes themselves are loaded by the fields asked of them (Pothos's selections), and reading
// whole rows here read every article's text and folded key out of TOAST for nothing.
async function loadPassages(context: GraphQLContext, hits: Hit[]): Promise<Map<string, Row>> {
  const ids = (kind: SearchKind) => hits.filter((h) => h.kind === kind).map((h) => h.id)
  const where = (kind: SearchKind) => ({ id: { in: ids(kind) } })
  const { prisma } = context
  const loaded = await Promise.all([
    ids('Directive').length
      ? prisma.directive.findMany({
          where: where('Directive'),
          select: { id: true, code: true, title: true, issuingBody: true },
        })
      : [],
    ids('Event').length
      ? prisma.event.findMany({ where: where('Event'), select: { id: true, title: true, location: true } })
      : [],
    ids('Article').length
      ? prisma.article.findMany({ where: where('Article'), select: { id: true, title: true, body: true } })
      : [],
    ids('Organization').length
      ? prisma.organization.findMany({ where: where('Organization'), select: { id: true, name: true } })
      : [],
    ids('Person').length ? prisma.person.findMany({ where: where('Person'), select: { id: true, name: true } }) : [],
  ])
  const rows = new Map<string, Row>()
  loaded.forEach((list, i) => {
    for (const row of list) rows.set(`${SEARCH_KINDS[i]}:${row.id}`, row as unknown as Row)
  })
  return rows
}

/**
 * Whether each hit is still stored: a record deleted between the statement that ranked it and
 * the reads of its fields is left out of the page (its fields could not be read), not an error.
 * One statement of primary-key look-ups for the page's hits.
 */
async function stillStored(context: GraphQLContext, hits: readonly Hit[]): Promise<boolean[]> {
  const kinds = SEARCH_KINDS.filter((kind) => hits.some((h) => h.kind === kind))
  if (kinds.length === 0) return []
  const params = kinds.map((kind) => hits.filter((h) => h.kind === kind).map((h) => h.id))
  const rows = await readRows<{ kind: SearchKind; id: number }>(
    context.prisma,
    kinds
      .map((kind, i) => `SELECT '${kind}' AS kind, id FROM "${kind}" WHERE id = ANY($${i + 1}::int[])`)
      .join(' UNION ALL '),
    params,
  )
  const stored = new Set(rows.map((r) => `${r.kind}:${r.id}`))
  return hits.map((h) => stored.has(`${h.kind}:${h.id}`))
}

/**
 * `totalCount` of a search, from what the page's statement saw of each kind's hits where it saw
 * them all: a rare query's hits were all read through the index (and counted, up to the cap and
 * one), and a kind with fewer hits than the window kept them all. Only a kind whose window was
 * full is counted again: a common query whose walk through the newest records filled the window
 * within `walked` records is estimated at window x records / walked (unfiltered; far closer than
 * the planner's guess for a phrase: 16,542 for 16,430 hits at 100,000 articles), otherwise the
 * planner estimates it (EXPLAIN, nothing read); a walk through filtered records is estimated at
 * its share of hits times the planner's guess of the records the filter lets through. A kind
 * estimated past the cap (a walk's estimate 1.25 times it, the planner's twice), or whose index
 * read passed the cap, keeps the estimate (at least what was read), the others are counted
 * exactly up to the cap. Past the cap the answer says it estimated.
 */
async function countHits(
  context: GraphQLContext,
  query: SearchQuery,
  filters: SearchFilters,
  cap: number,
  window: number,
  seen: Partial<Record<SearchKind, KindCounts>>,
): Promise<{ count: number; estimate: boolean }> {
  const kinds = searchedTables(filters).map((table) => table.kind)
  const anyWords = kinds.some((kind) => (seen[kind]?.words ?? 0) > 0)
  const unfiltered = filters.from === null && filters.to === null && filters.directive === null
  let count = 0
  let estimate = false
  const add = (n: number, estimated: boolean) => {
    count += n
    if (estimated || n > cap) estimate = true
  }
  const unknown: SearchKind[] = []
  const walkedEstimates = new Map<SearchKind, number>()
  // a walk through the records a filter lets through: its share of hits, over what the planner
  // guesses the filter lets through (counting instead read every hit of the words: a phrase in
  // 16% of a million articles, filtered by a year, ran past the statement timeout)
  const filteredWalks = new Map<SearchKind, { share: number; codes: number }>()
  // kinds whose index read passed the cap: at least this many, never counted again
  const past = new Map<SearchKind, number>()
  for (const kind of kinds) {
    const c = seen[kind]
    if (c === undefined) continue
    // a walk that stopped short of its window read every record only when the table is smaller than its limit
    const walkedAll = c.walk && c.words < window && c.records <= c.walkLimit
    const codes = c.hits - c.words - c.typos
    if (!c.walk && c.total !== null && c.total > cap) {
      past.set(kind, c.total + codes)
      unknown.push(kind)
      continue
    }
    const words = c.walk ? (walkedAll ? c.words : null) : (c.total ?? (c.words < window ? c.words : null))
    const typos = c.typos < window ? c.typos : null
    if (words !== null && typos !== null) add(words + typos + codes, false)
    else {
      // hits per record walked, over the table's records
      const walked = c.words < window ? c.walkLimit : (c.walked ?? 0)
      if (words === null && c.walk && unfiltered && walked > 0 && c.records > 0)
        walkedEstimates.set(kind, Math.round((c.words * c.records) / walked) + codes)
      else if (words === null && c.walk && walked > 0) filteredWalks.set(kind, { share: c.words / walked, codes })
      unknown.push(kind)
    }
  }
  if (unknown.length === 0) return { count, estimate }
  await Promise.all(
    [...filteredWalks].map(async ([kind, walk]) => {
      const rows = planRows(
        (await context.prisma.$queryRaw<Record<string, unknown>[]>(filteredEstimateSql(kind, filters)))[0],
      )
      walkedEstimates.set(kind, Math.round(walk.share * rows) + walk.codes)
    }),
  )
  const estimates = await Promise.all(
    unknown.map(
      async (kind) =>
        walkedEstimates.get(kind) ??
        planRows((await context.prisma.$queryRaw<Record<string, unknown>[]>(estimateSql(kind, query, filters)))[0]),
    ),
  )
  // the planner's guess may be off several times; a walk's, from a full window of hits, by a few percent
  const toCount = unknown.filter(
    (kind, i) => !past.has(kind) && (estimates[i] ?? 0) <= (walkedEstimates.has(kind) ? 1.25 : 2) * cap,
  )
  const sql = cappedCountsSql(query, filters, toCount, cap, anyWords)
  const [counts] = sql === null ? [] : await context.prisma.$queryRaw<Partial<Record<SearchKind, number>>[]>(sql)
  unknown.forEach((kind, i) => {
    const estimated = Math.max(estimates[i] ?? 0, past.get(kind) ?? 0)
    const counted = counts?.[kind]
    if (counted !== undefined && counted <= cap) add(counted, false)
    else add(Math.max(counted ?? 0, estimated), true)
  })
  return { count, estimate }
}

// The json column of a raw statement, which the driver gives parsed or as text.
function parsedJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value
}

// The row estimate of the top node of an EXPLAIN (FORMAT JSON) answer; the driver gives the
// json column parsed or as text.
function planRows(row: Record<string, unknown> | undefined): number {
  const value = row === undefined ? undefined : Object.values(row)[0]
  const plan = typeof value === 'string' ? JSON.parse(value) : value
  const rows = (plan as { Plan?: { 'Plan Rows'?: number } }[] | undefined)?.[0]?.Plan?.['Plan Rows']
  return typeof rows === 'number' ? Math.round(rows) : 0
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
 * `search(query, first, after, filter)`: directives, events, articles, organisations and people
 * whose folded text (core's foldDiacritics) matches the folded query, by PostgreSQL full-text
 * search (web-search syntax: `"phrase"`, `OR`, `-word`), typos forgiven on short keys by
 * trigrams, ranked, each hit with a snippet of its original text. `nen tang tu tuong` finds `nền
 * tảng tư tưởng` and `85-QD/TW` finds `85-QĐ/TW` first.
 */
export function addSearch(builder: Builder, nodes: Nodes, maxPageSize: number, options: SearchOptions = {}) {
  const cap = options.countCap ?? DEFAULT_SEARCH_COUNT_CAP
  const window = options.window ?? DEFAULT_SEARCH_WINDOW
  const kindOf = new WeakMap<object, SearchKind>()
  const Result = builder.unionType('SearchResult', {
    types: [nodes.Directive, nodes.Event, nodes.Article, nodes.Organization, nodes.Person],
    resolveType: (row) => kindOf.get(row) ?? null,
  })
  const Kind = builder.enumType('SearchKind', {
    description: 'A kind of record search finds.',
    values: Object.fromEntries(SEARCH_KINDS.map((kind) => [kind.toUpperCase(), { value: kind }])),
  })
  const Filter = builder.inputType('SearchFilter', {
    fields: (t) => ({
      kinds: t.field({ type: [Kind], description: 'Only these kinds; default all.' }),
      from: t.string({
        validate: DateBoundSchema,
        description:
          'Dated on or after (partial ISO date: 2023, 2023-Q2, 2023-12, 2023-12-08): an article published, an event held, a directive issued. Organisations and people have no date and are left out.',
      }),
      to: t.string({ validate: DateBoundSchema, description: 'Dated on or before (partial ISO date).' }),
      directive: t.string({
        validate: DirectiveCodeSchema,
        description:
          'A directive code in any spelling (35-NQ/TW, 85-QD/TW): that directive, and the events and articles citing it. Organisations and people are left out.',
      }),
    }),
  })

  type Edge = { cursor: string; score: number; node: object; snippet: () => Promise<Snippet> }
  type Page = {
    edges: Edge[]
    /** The edges whose records are still stored (read once, when edges or cursors are asked). */
    kept: () => Promise<Edge[]>
    hasNextPage: boolean
    total: () => Promise<{ count: number; estimate: boolean }>
  }
  const Range = builder.objectRef<{ start: number; end: number }>('SnippetRange').implement({
    description: 'A marked stretch of a snippet: UTF-16 offsets into `text`, `start` inclusive, `end` exclusive.',
    fields: (t) => ({ start: t.exposeInt('start'), end: t.exposeInt('end') }),
  })
  const SnippetRef = builder.objectRef<Snippet>('SearchSnippet').implement({
    description:
      "The passage of a hit's original text (with diacritics) that matched, about 220 characters cut at words (`…` where cut), and where the query's words are in it. A hit found by a typo has no marks.",
    fields: (t) => ({
      text: t.exposeString('text', { description: 'Plain text: render it as text, not HTML.' }),
      ranges: t.field({
        type: [Range],
        description: 'The marked words, in order, not overlapping.',
        resolve: (s) => s.ranges,
      }),
      html: t.string({
        description: 'The text HTML-escaped with the marked words in `<mark>`: safe to insert as HTML.',
        resolve: (s) => snippetHtml(s),
      }),
    }),
  })
  const SearchEdge = builder.objectRef<Edge>('SearchEdge').implement({
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      score: t.exposeFloat('score', { description: 'Higher is a better match; comparable within one search only.' }),
      node: t.field({ type: Result, resolve: (edge) => edge.node as never }),
      snippet: t.field({ type: SnippetRef, resolve: (edge) => edge.snippet() }),
    }),
  })
  const PageInfo = builder.objectRef<Page>('SearchPageInfo').implement({
    fields: (t) => ({
      hasNextPage: t.exposeBoolean('hasNextPage'),
      hasPreviousPage: t.boolean({ resolve: () => false }),
      startCursor: t.string({ nullable: true, resolve: async (p) => (await p.kept())[0]?.cursor ?? null }),
      endCursor: t.string({ nullable: true, resolve: async (p) => (await p.kept()).at(-1)?.cursor ?? null }),
    }),
  })
  const Connection = builder.objectRef<Page>('SearchConnection').implement({
    fields: (t) => ({
      edges: t.field({ type: [SearchEdge], resolve: (p) => p.kept() }),
      pageInfo: t.field({ type: PageInfo, resolve: (p) => p }),
      totalCount: t.int({
        description: `How many records match: exact while each kind has at most ${cap.toLocaleString('en')} hits, else an estimate (see totalCountIsEstimate).`,
        resolve: async (p) => (await p.total()).count,
      }),
      totalCountIsEstimate: t.boolean({
        description: `True when a kind has more than ${cap.toLocaleString('en')} hits and totalCount is the database's estimate for it rather than a count.`,
        resolve: async (p) => (await p.total()).estimate,
      }),
    }),
  })

  builder.queryField('search', (t) =>
    t.field({
      type: Connection,
      description: `Ranked, diacritic-insensitive full-text search across directives, events, articles, organisations and people. The query takes web-search syntax: \`"nền tảng tư tưởng"\` a phrase, \`a OR b\` either, \`-word\` without; the last plain word also matches as a prefix; names, codes and titles forgive typos. Ranked by text rank (a title weighs most, then the lead, then the body), kind, closeness of a name or title, recency; a directive code (35-NQ/TW) puts that directive first. Pages go by \`after\` through the best ${window.toLocaleString('en')} hits of each kind (the newest that many of a common query).`,
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
        filter: t.arg({ type: Filter }),
      },
      resolve: async (_root, args, context) => {
        const query = parseSearchQuery(args.query)
        const range = dateRange(args.filter?.from, args.filter?.to)
        const filters: SearchFilters = {
          kinds: args.filter?.kinds?.length ? [...new Set(args.filter.kinds as SearchKind[])] : SEARCH_KINDS,
          from: range.from,
          to: range.to,
          directive: (args.filter?.directive as string | null | undefined) ?? null,
          directiveIds: [],
        }
        if (filters.directive !== null)
          filters.directiveIds = (
            await context.prisma.directive.findMany({
              where: { code: filters.directive },
              select: { id: true },
              take: 100,
            })
          ).map((d) => d.id)
        const first = args.first ?? 20
        const offset = (args.after as number | null | undefined) ?? 0
        let total: Promise<{ count: number; estimate: boolean }> | null = null
        const page = {
          edges: [] as Edge[],
          kept: (): Promise<Edge[]> => Promise.resolve([]),
          hasNextPage: false,
          total: (): Promise<{ count: number; estimate: boolean }> => Promise.resolve({ count: 0, estimate: false }),
        }
        const plan = await searchPlan(
          context.prisma,
          query,
          searchedTables(filters).map((table) => table.kind),
          walkableKinds(filters),
          { window, cap },
        )
        const read = async (typos: boolean, kinds: readonly SearchKind[] = filters.kinds) => {
          const sql = rankedPageSql(
            query,
            { ...filters, kinds },
            { limit: first + 1, offset, window, typos, plan, cap },
          )
          const rows = sql === null ? [] : await context.prisma.$queryRaw<PageRow[]>(sql)
          return { rows, seen: (parsedJson(rows[0]?.counts) ?? {}) as Partial<Record<SearchKind, KindCounts>> }
        }
        let { rows, seen } = await read(false)
        if (rows.length === 0) return page
        // typos only when no record of any kind holds the words as typed (`dang uy` is not a typo
        // of every name holding `dang`), and first on the small tables of names (directives,
        // organisations, people): the trigrams of a typo over a million article titles and 1.5
        // million event keys read most of both indexes (1.1 s at a million articles), so event
        // and article titles are tried only when no name is near
        if (Object.values(seen).every((c) => c.words === 0)) {
          const big = new Set(walkableKinds(filters))
          ;({ rows, seen } = await read(
            true,
            filters.kinds.filter((kind) => !big.has(kind)),
          ))
          if (rows.every((row) => row.kind === null) && big.size > 0) ({ rows, seen } = await read(true, [...big]))
        }
        page.total = () => (total ??= countHits(context, query, filters, cap, window, seen))
        const raw = rows.flatMap((row): Hit[] =>
          row.kind === null || row.id === null ? [] : [{ kind: row.kind, id: row.id, score: row.score ?? 0 }],
        )
        const hits = raw.slice(0, first)
        const prefix = query.prefix?.last ?? null
        let passages: Promise<Map<string, Row>> | null = null
        hits.forEach((hit, i) => {
          // the node as the page's statement found it: its fields are loaded as asked
          const node = { id: hit.id }
          kindOf.set(node, hit.kind)
          page.edges.push({
            cursor: encodeCursor(offset + i),
            score: hit.score,
            node,
            snippet: async () => {
              passages ??= loadPassages(context, hits)
              const row = (await passages).get(`${hit.kind}:${hit.id}`) ?? node
              return snippetOf(passagesOf(hit.kind, row), query.terms, prefix)
            },
          })
        })
        page.hasNextPage = raw.length > first
        let kept: Promise<Edge[]> | null = null
        page.kept = () => (kept ??= stillStored(context, hits).then((stored) => page.edges.filter((_, i) => stored[i])))
        return page
      },
    }),
  )
}
