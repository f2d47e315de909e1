import { DIRECTIVE_RELATION_LABELS, type DirectiveRelationType, inverseRelationType } from '@vanban/core'
import type { Article as ArticleRow, Directive as DirectiveRow, Event as EventRow } from '@vanban/store'
import { type Prisma, readRows } from '@vanban/store'
import type { GraphQLResolveInfo } from 'graphql'
import { batched } from './batch.ts'
import type { Builder } from './builder.ts'
import type { GraphQLContext } from './context.ts'
import { cappedCountSql, cappedTotal, childRowsTotal, countDescriptions, plannedRows, totalOf } from './counts.ts'
import type { Enums } from './enums.ts'
import { ValidationError } from './errors.ts'
import {
  afterWhere,
  decodeCursorOf,
  encodeCursor,
  type KeysetOrder,
  keyColumns,
  type PageArgs,
  pageOf,
  positionOf,
  singleRead,
} from './keyset.ts'
import { boundedRelation, firstPerKey } from './lists.ts'
import type { Nodes } from './nodes.ts'
import { keysetOrder, type Orders } from './orders.ts'
import { nodeSelection, readPage, TYPE_NAMES } from './pages.ts'

/** One edge of the directive relation graph, read from the directive it is listed under. */
type RelationView = {
  type: DirectiveRelationType
  direction: 'outgoing' | 'incoming'
  directive: DirectiveRow
}

/** One entry of a directive's timeline: an event or an article, at its date. */
type TimelineEntry = {
  date: string | null
  event: EventRow | null
  article: ArticleRow | null
}

// The timeline reads oldest first, undated last; on one day articles come before events.
const TIMELINE_EVENTS: KeysetOrder = {
  name: 'timeline.event',
  column: 'dateStart',
  nullable: true,
  date: true,
  direction: 'asc',
}
const TIMELINE_ARTICLES: KeysetOrder = { ...TIMELINE_EVENTS, name: 'timeline.article', column: 'publishedStart' }
// ids are 32-bit: a bound above every id passes no record of the same day
const ABOVE_EVERY_ID = 2_147_483_647

/**
 * Distinct events (or articles) citing each directive, counted in SQL from the
 * Citation(directiveId, eventId) index: several articles citing the same event give several
 * citation rows, so a row count would overstate the total.
 */
// The distinct records of `column` citing the directive `directive` (an SQL expression).
const citedBySql = (column: 'eventId' | 'articleId', directive: string) =>
  `SELECT DISTINCT c."${column}" FROM "Citation" c WHERE c."directiveId" = ${directive} AND c."${column}" IS NOT NULL`

// each directive's records counted up to `limit` (the cap + 1) from its range of the
// Citation(directiveId, <column>) index
async function countCitedBy(
  context: GraphQLContext,
  column: 'eventId' | 'articleId',
  directiveIds: number[],
  limit: number,
): Promise<Map<number, number>> {
  const rows = await readRows<{ id: number; count: number }>(
    context.prisma,
    `SELECT d.id, (${cappedCountSql(citedBySql(column, 'd.id'), '$2')}) AS count FROM unnest($1::int[]) d(id)`,
    [directiveIds, limit],
  )
  return new Map(rows.map((r) => [r.id, r.count]))
}

/**
 * The links that go through join rows: a directive's events, articles, relations and timeline;
 * an organisation's events; an event's directives and reporting articles; an article's
 * directives and events. Pages are keyset reads with a LIMIT; plain lists read at most
 * `maxPageSize` join rows, planned into the parent's statement.
 */
export function addLinks(
  builder: Builder,
  enums: Enums,
  nodes: Nodes,
  orders: Orders,
  maxPageSize: number,
  defaultPageSize: number,
  countCap: number,
) {
  const take = maxPageSize
  const descriptions = (counted: string) => countDescriptions(countCap, counted)
  const Relation = builder.objectRef<RelationView>('DirectiveRelation').implement({
    description: 'A relation between two directives, from the side of the directive it is listed under.',
    fields: (t) => ({
      type: t.field({
        type: enums.DirectiveRelationType,
        description: 'The relation as stated, source to target (GUIDES: 99-HD/BTGTW guides 85-QĐ/TW).',
        resolve: (r) => r.type,
      }),
      direction: t.field({ type: enums.RelationDirection, resolve: (r) => r.direction }),
      readAs: t.string({
        description: 'The relation read from this directive: `guides` when OUTGOING, `guidedBy` when INCOMING.',
        resolve: (r) => (r.direction === 'outgoing' ? r.type : inverseRelationType(r.type)),
      }),
      label: t.string({
        description: 'Vietnamese label of `readAs`: "hướng dẫn thực hiện", "được hướng dẫn bởi".',
        resolve: (r) => DIRECTIVE_RELATION_LABELS[r.direction === 'outgoing' ? r.type : inverseRelationType(r.type)].vi,
      }),
      labelEn: t.string({
        resolve: (r) => DIRECTIVE_RELATION_LABELS[r.direction === 'outgoing' ? r.type : inverseRelationType(r.type)].en,
      }),
      directive: t.field({
        type: nodes.Directive,
        description: 'The directive at the other end.',
        resolve: (r) => r.directive,
      }),
    }),
  })

  const Timeline = builder.objectRef<TimelineEntry>('TimelineEntry').implement({
    description: 'An event or an article about a directive, at its date.',
    fields: (t) => ({
      date: t.string({ nullable: true, resolve: (e) => e.date }),
      event: t.field({ type: nodes.Event, nullable: true, resolve: (e) => e.event }),
      article: t.field({ type: nodes.Article, nullable: true, resolve: (e) => e.article }),
    }),
  })

  // The timeline: events and articles citing the directive, merged by date. Each side is one
  // keyset read of `first + 1` rows after the cursor's position.
  async function readTimeline(directiveId: number, args: PageArgs, context: GraphQLContext, info: GraphQLResolveInfo) {
    if (args.last != null || args.before != null) {
      throw new ValidationError('last', 'a timeline reads forward only: page it with `first` and `after`')
    }
    const size = args.first ?? defaultPageSize
    let eventBound: object = {}
    let articleBound: object = {}
    if (args.after) {
      const { order, position } = decodeCursorOf([TIMELINE_EVENTS, TIMELINE_ARTICLES], args.after, 'after')
      const afterEvent = order === TIMELINE_EVENTS
      // on the cursor's day articles come first: after an article every event of the day follows,
      // after an event no article of the day does
      eventBound = afterWhere(TIMELINE_EVENTS, { value: position.value, id: afterEvent ? position.id : 0 })
      articleBound = afterWhere(TIMELINE_ARTICLES, {
        value: position.value,
        id: afterEvent ? ABOVE_EVERY_ID : position.id,
      })
    }
    const cites = { citations: { some: { directiveId } } }
    const [events, articles] = await Promise.all([
      context.prisma.event.findMany({
        ...withColumn(nodeSelection(context, info, 'Event', TIMELINE_EVENTS, ['edges', 'node', 'event']), 'date'),
        relationLoadStrategy: 'join',
        where: { AND: [cites, eventBound] },
        orderBy: [{ dateStart: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
        take: size + 1,
      } as Prisma.EventFindManyArgs),
      context.prisma.article.findMany({
        ...withColumn(
          nodeSelection(context, info, 'Article', TIMELINE_ARTICLES, ['edges', 'node', 'article']),
          'publishedAt',
        ),
        relationLoadStrategy: 'join',
        where: { AND: [cites, articleBound] },
        orderBy: [{ publishedStart: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
        take: size + 1,
      } as Prisma.ArticleFindManyArgs),
    ])
    type Row = Record<string, unknown> & { id: number }
    const entries = [
      ...articles.map((row) => ({ order: TIMELINE_ARTICLES, row: row as Row, rank: 0 })),
      ...events.map((row) => ({ order: TIMELINE_EVENTS, row: row as Row, rank: 1 })),
    ]
      .map((e) => ({ ...e, position: positionOf(e.order, e.row) }))
      .sort((x, y) => compareDays(x.position.value, y.position.value) || x.rank - y.rank || x.row.id - y.row.id)
    const edges = entries.slice(0, size).map((e) => ({
      cursor: encodeCursor(e.order, e.position),
      node: {
        date: (e.rank === 1 ? e.row.date : e.row.publishedAt) as string | null,
        event: e.rank === 1 ? (e.row as unknown as EventRow) : null,
        article: e.rank === 0 ? (e.row as unknown as ArticleRow) : null,
      },
    }))
    return {
      edges,
      pageInfo: {
        hasNextPage: entries.length > size,
        hasPreviousPage: args.after != null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    }
  }

  // The directive's pages carry its id for totalCount, counted for all directives of a request at
  // once (or in the directive's statement when it was planned, planned-reads.ts), up to the cap.
  const citedByTotal = (context: GraphQLContext, column: 'eventId' | 'articleId', connection: object) =>
    totalOf(connection, () => {
      const { directiveId, totalCount } = connection as { directiveId: number; totalCount?: number }
      const counted =
        totalCount ??
        batched(
          context,
          `directive-${column}-count`,
          directiveId,
          (ids) => countCitedBy(context, column, ids, countCap + 1),
          0,
        )
      const estimated = () => plannedRows(context, { sql: citedBySql(column, '$1::int'), params: [directiveId] })
      return cappedTotal(counted, estimated, countCap)
    })

  builder.prismaObjectFields('Directive', (t) => {
    /**
     * A directive's events or articles: an EXISTS over the model in the order's index, probing
     * Citation(directiveId, <model>Id), so each record comes once and no citation list is read; one
     * keyset read per page, and `totalCount` counted for every directive of the request at once.
     */
    const citedByConnection = <Type extends typeof nodes.Event | typeof nodes.Article>(spec: {
      model: 'event' | 'article'
      type: Type
      order: { input: typeof orders.EventOrder; name: 'EventOrder' | 'ArticleOrder'; fallback: string }
      description: string
      counted: string
    }) =>
      t.connection(
        {
          type: spec.type,
          description: spec.description,
          args: { orderBy: t.arg({ type: spec.order.input }) },
          resolve: async (directive, args, context, info) => {
            const list = `directive.${spec.model}s`
            const order = keysetOrder(spec.order.name, list, args.orderBy, spec.order.fallback)
            const where = { citations: { some: { directiveId: directive.id } } }
            const page = await readPage(context, info, spec.model, where, order, args, defaultPageSize)
            return Object.assign(page, { directiveId: directive.id }) as never
          },
        },
        {
          name: `Directive${TYPE_NAMES[spec.model]}Connection`,
          fields: (c) => ({
            totalCount: c.int({
              description: descriptions(spec.counted).totalCount,
              resolve: async (connection, _args, context) =>
                (await citedByTotal(context, `${spec.model}Id`, connection)).count,
            }),
            totalCountIsEstimate: c.boolean({
              description: descriptions(spec.counted).totalCountIsEstimate,
              resolve: async (connection, _args, context) =>
                (await citedByTotal(context, `${spec.model}Id`, connection)).estimate,
            }),
          }),
        },
      )

    return {
      events: citedByConnection({
        model: 'event',
        type: nodes.Event,
        order: { input: orders.EventOrder, name: 'EventOrder', fallback: 'DATE' },
        description:
          'Events that disseminate, implement or review this directive, newest first unless ordered otherwise (undated last).',
        counted: 'Distinct events citing the directive, counted from the Citation(directiveId, eventId) index',
      }),
      articles: citedByConnection({
        model: 'article',
        type: nodes.Article,
        order: { input: orders.ArticleOrder, name: 'ArticleOrder', fallback: 'PUBLISHED_AT' },
        description:
          'Articles that cite this directive, latest published first unless ordered otherwise (undated last).',
        counted: 'Distinct articles citing the directive, counted from the Citation(directiveId, articleId) index',
      }),
      relations: t.field({
        type: [Relation],
        description: `Relations in both directions: what this directive guides, implements... and what guides it. At most ${maxPageSize} each way.`,
        select: (_args, _context, nestedSelection) => ({
          relationsFrom: {
            select: { type: true, toId: true, to: nestedSelection(true, ['directive'], 'Directive') },
            orderBy: { id: 'asc' },
            take,
          },
          relationsTo: {
            select: { type: true, fromId: true, from: nestedSelection(true, ['directive'], 'Directive') },
            orderBy: { id: 'asc' },
            take,
          },
        }),
        resolve: (directive) => {
          const seen = new Set<string>()
          const views: RelationView[] = []
          const add = (view: RelationView) => {
            const key = `${view.direction}:${view.type}:${view.directive.id}`
            if (!seen.has(key)) views.push(view)
            seen.add(key)
          }
          for (const r of directive.relationsFrom)
            add({ type: r.type as DirectiveRelationType, direction: 'outgoing', directive: r.to as DirectiveRow })
          for (const r of directive.relationsTo)
            add({ type: r.type as DirectiveRelationType, direction: 'incoming', directive: r.from as DirectiveRow })
          return views.slice(0, take)
        },
      }),
      timeline: t.connection(
        {
          type: Timeline,
          description:
            'Its events and the articles citing it by date, oldest first, undated entries last; on one day articles come before events. Page with `first` and `after`.',
          resolve: (directive, args, context, info) => readTimeline(directive.id, args, context, info),
        },
        { name: 'TimelineConnection' },
        { name: 'TimelineEdge' },
      ),
    }
  })

  // An organisation's events counted for every organisation of the request in one statement, up to the cap.
  const organizedDescriptions = descriptions(
    'The events it organised, counted for every organisation of the request in one statement from the organizerId index',
  )
  const organizedTotal = (context: GraphQLContext, connection: object) =>
    totalOf(connection, () =>
      childRowsTotal(
        context,
        { table: 'Event', column: 'organizerId' },
        (connection as { organizationId: number }).organizationId,
        countCap,
      ),
    )

  // An organisation's events are planned into the organisations' statement: one LATERAL read
  // per organisation with its own LIMIT, from the Event(organizerId, dateStart, id) index.
  builder.prismaObjectFields('Organization', (t) => ({
    events: t.connection(
      {
        type: nodes.Event,
        description: 'The events it organised, newest first unless ordered otherwise (undated last).',
        args: { orderBy: t.arg({ type: orders.EventOrder }) },
        select: (args, _context, nestedSelection) => {
          const order = keysetOrder('EventOrder', 'organization.events', args.orderBy, 'DATE')
          const read = singleRead(order, args, defaultPageSize)
          const nested = nestedSelection(true, ['edges', 'node']) as { select?: object; include?: object }
          const selection = nested.include
            ? { include: nested.include }
            : { select: { ...nested.select, ...keyColumns(order) } }
          return { events: { ...selection, where: read.where, orderBy: read.orderBy, take: read.take } as never }
        },
        resolve: (organization, args) => {
          const order = keysetOrder('EventOrder', 'organization.events', args.orderBy, 'DATE')
          const read = singleRead(order, args, defaultPageSize)
          const { events } = organization as unknown as { events: { id: number }[] }
          const page = pageOf(order, args, read, events)
          return Object.assign(page, { organizationId: organization.id }) as never
        },
      },
      {
        name: 'OrganizationEventsConnection',
        fields: (c) => ({
          totalCount: c.int({
            description: organizedDescriptions.totalCount,
            resolve: async (connection, _args, context) => (await organizedTotal(context, connection)).count,
          }),
          totalCountIsEstimate: c.boolean({
            description: organizedDescriptions.totalCountIsEstimate,
            resolve: async (connection, _args, context) => (await organizedTotal(context, connection)).estimate,
          }),
        }),
      },
    ),
  }))

  // Plain lists read at most `take` join rows, in key order, and keep each record once.
  builder.prismaObjectFields('Event', (t) => ({
    directives: t.field({
      type: [nodes.Directive],
      description: `The directives it disseminates, implements or reviews, read from its first ${maxPageSize} citations by directive.`,
      select: (_args, _context, nestedSelection) => ({
        citations: boundedRelation(
          { select: { directive: nestedSelection(true) } },
          'directiveId',
          [{ directiveId: 'asc' }, { id: 'asc' }],
          take,
        ),
      }),
      resolve: (event) =>
        firstPerKey(event.citations as { directiveId: number; directive: DirectiveRow }[], (c) => c.directiveId).map(
          (c) => c.directive,
        ),
    }),
    articles: t.field({
      type: [nodes.Article],
      description: `The articles that report it (the first ${maxPageSize} stored).`,
      select: (_args, _context, nestedSelection) => ({
        reports: { orderBy: { articleId: 'asc' }, take, select: { article: nestedSelection(true) } },
      }),
      resolve: (event) => event.reports.map((r) => r.article),
    }),
  }))

  builder.prismaObjectFields('Article', (t) => ({
    directives: t.field({
      type: [nodes.Directive],
      description: `The directives it cites, read from its first ${maxPageSize} citations by directive.`,
      select: (_args, _context, nestedSelection) => ({
        citations: boundedRelation(
          { select: { directive: nestedSelection(true) } },
          'directiveId',
          [{ directiveId: 'asc' }, { id: 'asc' }],
          take,
        ),
      }),
      resolve: (article) =>
        firstPerKey(article.citations as { directiveId: number; directive: DirectiveRow }[], (c) => c.directiveId).map(
          (c) => c.directive,
        ),
    }),
    events: t.field({
      type: [nodes.Event],
      description: `The events it reports (at most ${maxPageSize}).`,
      select: (_args, _context, nestedSelection) => ({
        reports: { orderBy: { eventId: 'asc' }, take, select: { event: nestedSelection(true) } },
      }),
      resolve: (article) => article.reports.map((r) => r.event),
    }),
  }))
}

// ISO days compare as strings; undated (null) last.
function compareDays(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return String(a) < String(b) ? -1 : 1
}

// The timeline's entries show the date as written, beside the day they sort by.
function withColumn<Q extends { select?: Record<string, unknown> }>(query: Q, column: string): Q {
  return query.select ? { ...query, select: { ...query.select, [column]: true } } : query
}
