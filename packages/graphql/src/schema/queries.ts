import type { InputFieldMap, InputShapeFromFields } from '@pothos/core'
import { queryFromInfo } from '@pothos/plugin-prisma'
import { type EventKind, type OrganizationLevel, parseDirectiveCode } from '@vanban/core'
import type { Prisma } from '@vanban/store'
import { nameKey, readRows } from '@vanban/store'
import type { GraphQLResolveInfo } from 'graphql'
import type { Builder } from './builder.ts'
import { citedEventCount } from './cited-events.ts'
import type { GraphQLContext } from './context.ts'
import { articleEstimate, directiveEstimate, eventEstimate, namedEstimate } from './count-estimates.ts'
import { cappedCountSql, cappedTotal, countDescriptions, plannedRows, type Statement, totalOf } from './counts.ts'
import type { Enums } from './enums.ts'
import { DateBoundSchema, DirectiveCodeSchema, dateOverlap } from './filters.ts'
import type { KeysetOrder, PageArgs } from './keyset.ts'
import type { Nodes } from './nodes.ts'
import { keysetOrder, type Orders } from './orders.ts'
import { type PagedModel, readPage, TYPE_NAMES } from './pages.ts'
import { plannedDirective, plannedEventsPage } from './planned-reads.ts'
import { ProvinceCodeSchema } from './provinces.ts'

// `QD`, `qđ` and `QĐ` name one document type: read it the way the code parser reads a code.
function canonicalType(type: string): string {
  return parseDirectiveCode(`1-${type}/TW`)?.type ?? parseDirectiveCode(`1/2023/${type}-CP`)?.type ?? type
}

/**
 * A root connection's page, with what its `totalCount` counts: the count itself when the page's
 * statement counted (at most the cap + 1), or how to count when cheaper than through the model,
 * and the filter as SQL for the planner's estimate past the cap.
 */
type Counted = {
  where: object
  totalCount?: number
  count?: (() => Promise<number>) | null
  estimate: Statement | (() => Promise<Statement>)
}

/** The node types a root connection pages. */
type PagedNode = Nodes['Directive' | 'Event' | 'Article' | 'Organization' | 'Person']

/** The `t` of `builder.queryFields`. */
type QueryFieldBuilder = Parameters<Parameters<Builder['queryFields']>[0]>[0]

/** The events filter as resolvers receive it (validated: canonical directive code, province code). */
export type EventFilterShape = {
  directive?: string | null | undefined
  kind?: EventKind | null | undefined
  from?: string | null | undefined
  to?: string | null | undefined
  organizer?: string | null | undefined
  province?: string | null | undefined
  level?: OrganizationLevel | null | undefined
}

/** The EventFilter input, for the other modules' fields that take it (`stats`). */
export type EventFilterRef = ReturnType<typeof addQueries>['EventFilter']

/**
 * The root queries over stored records: `directive(code)`, and filtered, ordered connections of
 * directives, events, articles, organisations and people, each with `totalCount`. Pages are read
 * by keyset (the sort key and id in the cursor), so page 500 costs what page 1 costs.
 */
export function addQueries(
  builder: Builder,
  enums: Enums,
  nodes: Nodes,
  orders: Orders,
  defaultPageSize: number,
  maxPageSize: number,
  countCap: number,
) {
  const sizes = { defaultPageSize, maxPageSize, countCap }
  const { DirectiveOrder, EventOrder, ArticleOrder } = orders
  const DirectiveFilter = builder.inputType('DirectiveFilter', {
    fields: (t) => ({
      type: t.string({ description: 'Document type: NQ, QĐ (or QD), CT, KL, HD, NĐ...' }),
      issuerCode: t.string({ description: 'The part after the slash: TW, BTGTW, CP, UBND.' }),
      issuedFrom: t.string({
        validate: DateBoundSchema,
        description: 'Issued on or after (partial ISO date: 2023, 2023-Q2, 2023-12, 2023-12-08).',
      }),
      issuedTo: t.string({ validate: DateBoundSchema, description: 'Issued on or before (partial ISO date).' }),
    }),
  })
  const EventFilter = builder.inputType('EventFilter', {
    fields: (t) => ({
      directive: t.string({
        validate: DirectiveCodeSchema,
        description: 'A directive code in any spelling: 85-QĐ/TW, 85-QD/TW.',
      }),
      kind: t.field({ type: enums.EventKind }),
      from: t.string({
        validate: DateBoundSchema,
        description: 'Held on or after (partial ISO date); undated events are left out.',
      }),
      to: t.string({ validate: DateBoundSchema, description: 'Held on or before (partial ISO date).' }),
      organizer: t.string({ description: "Part of the organiser's name, with or without diacritics." }),
      province: t.string({
        validate: ProvinceCodeSchema,
        description:
          'Held in this province: a code of the 34 units (79) or a name in any spelling (TP.HCM, Bình Dương: its unit today).',
      }),
      level: t.field({ type: enums.OrganizationLevel, description: 'Organised at this level.' }),
    }),
  })
  const ArticleFilter = builder.inputType('ArticleFilter', {
    fields: (t) => ({
      directive: t.string({ validate: DirectiveCodeSchema, description: 'A directive code in any spelling.' }),
      from: t.string({ validate: DateBoundSchema, description: 'Published on or after (partial ISO date).' }),
      to: t.string({ validate: DateBoundSchema, description: 'Published on or before (partial ISO date).' }),
      source: t.string({ description: 'The publishing site, as stored.' }),
    }),
  })
  const NameFilter = builder.inputType('NameFilter', {
    fields: (t) => ({ name: t.string({ description: 'Part of the name, with or without diacritics.' }) }),
  })
  const OrganizationFilter = builder.inputType('OrganizationFilter', {
    fields: (t) => ({
      name: t.string({ description: 'Part of the name, with or without diacritics.' }),
      province: t.string({
        validate: ProvinceCodeSchema,
        description: 'The province its name states: a code of the 34 units (79) or a name (TP.HCM).',
      }),
      level: t.field({ type: enums.OrganizationLevel }),
    }),
  })

  type DirectiveFilterShape = {
    type?: string | null | undefined
    issuerCode?: string | null | undefined
    issuedFrom?: string | null | undefined
    issuedTo?: string | null | undefined
  }
  const directiveWhere = (f: DirectiveFilterShape | null | undefined): Prisma.DirectiveWhereInput => ({
    ...(f?.type ? { type: canonicalType(f.type) } : {}),
    ...(f?.issuerCode ? { issuerCode: { equals: f.issuerCode, mode: 'insensitive' as const } } : {}),
    ...dateOverlap('issuedStart', 'issuedEnd', f?.issuedFrom, f?.issuedTo),
  })
  // `directiveIds`: the directives the filter's code names, read first, so that the citations are
  // one range of the (directive, event start) index: joined to the directive by code, PostgreSQL
  // read every citation of the directive and each event's dates (49,600 buffers for 1,472 events
  // of one year at 100,000 articles; 4,450 with the ids). `countDates` puts the date range on the
  // citations as well, for a count: a page walks the events by date and asks each for a citation
  // of the directive, which the (event, directive) index answers alone; with the citation's dates
  // in the test too, PostgreSQL read each citation row, guessed 1 event in 40 cited the directive
  // (1 in 10 do) and ran the walk in parallel: 3,471 events probed for 21 at a million articles,
  // 106 ms; 172 probes, 1.5 ms without.
  const eventWhere = (
    f: EventFilterShape | null | undefined,
    directiveIds: number[] = [],
    countDates = false,
  ): Prisma.EventWhereInput => ({
    ...(f?.directive
      ? {
          citations: {
            some: {
              directiveId: { in: directiveIds },
              ...(countDates ? dateOverlap('eventDateStart', 'eventDateEnd', f?.from, f?.to) : {}),
            },
          },
        }
      : {}),
    ...(f?.kind ? { kind: f.kind } : {}),
    ...(f?.organizer || f?.level
      ? {
          organizer: {
            ...(f?.organizer ? { nameKey: { contains: nameKey(f.organizer) } } : {}),
            ...(f?.level ? { level: f.level } : {}),
          },
        }
      : {}),
    ...(f?.province ? { provinceCode: f.province } : {}),
    ...dateOverlap('dateStart', 'dateEnd', f?.from, f?.to),
  })
  type ArticleFilterShape = {
    directive?: string | null | undefined
    from?: string | null | undefined
    to?: string | null | undefined
    source?: string | null | undefined
  }
  const articleWhere = (f: ArticleFilterShape | null | undefined): Prisma.ArticleWhereInput => ({
    ...(f?.directive ? { citations: { some: { directive: { code: f.directive } } } } : {}),
    ...(f?.source ? { source: f.source } : {}),
    ...dateOverlap('publishedStart', 'publishedEnd', f?.from, f?.to),
  })
  const nameWhere = (f: { name?: string | null | undefined } | null | undefined) =>
    f?.name ? { nameKey: { contains: nameKey(f.name) } } : {}
  const organizationWhere = (
    f:
      | {
          name?: string | null | undefined
          province?: string | null | undefined
          level?: OrganizationLevel | null | undefined
        }
      | null
      | undefined,
  ): Prisma.OrganizationWhereInput => ({
    ...nameWhere(f),
    ...(f?.province ? { provinceCode: f.province } : {}),
    ...(f?.level ? { level: f.level } : {}),
  })

  const byName = (list: string): KeysetOrder => ({
    name: `${list}.NAME`,
    column: 'name',
    nullable: false,
    date: false,
    direction: 'asc',
  })
  // a code names one directive, or a few issued by different bodies
  const directiveIdsOf = async (context: GraphQLContext, code: string | null | undefined) =>
    code
      ? (await context.prisma.directive.findMany({ where: { code }, select: { id: true }, take: 100 })).map((d) => d.id)
      : []
  /**
   * A root connection's read: filter, order, where a cheaper way than the model's count exists
   * the count (of at most the cap + 1), and the filter as SQL for the planner's estimate.
   */
  type Read = { where: object; order: KeysetOrder; count?: (() => Promise<number>) | null; estimate: Statement }
  // totalCount is counted only when asked, over the same filter as the page (in the page's
  // statement when it was planned), up to the cap; past it the planner estimates
  const totalOfConnection = (context: GraphQLContext, connection: object) =>
    totalOf(connection, () => {
      const { totalCount, count, estimate } = connection as Counted
      const statement = async () => (typeof estimate === 'function' ? await estimate() : estimate)
      // the filter's SQL counted without an order: Prisma's count with `take` orders by id, which
      // walked the primary key through a million articles for 10,001 of one year (2.3 s cold)
      const counted = async () => {
        const { sql, params } = await statement()
        const [row] = await readRows<{ count: number }>(context.prisma, cappedCountSql(sql, `$${params.length + 1}`), [
          ...params,
          countCap + 1,
        ])
        return row?.count ?? 0
      }
      const estimated = async () => plannedRows(context, await statement())
      return cappedTotal(totalCount ?? count?.() ?? counted(), estimated, countCap)
    })
  const descriptions = countDescriptions(countCap)

  /**
   * One root connection `<Type>Connection` of `model`: its arguments become a filter and a keyset
   * order (`read`), the page is one keyset read, and `totalCount` counts the same filter when asked.
   */
  const rootConnection = <Args extends InputFieldMap, Type extends PagedNode>(
    t: QueryFieldBuilder,
    model: PagedModel,
    spec: {
      type: Type
      description: string
      args: Args
      read: (args: InputShapeFromFields<Args>, context: GraphQLContext) => Read | Promise<Read>
      /** The page in one statement (planned-reads.ts), or null to read it through Prisma. */
      plan?: (
        args: InputShapeFromFields<Args> & PageArgs,
        context: GraphQLContext,
        info: GraphQLResolveInfo,
      ) => Promise<object | null>
    },
  ) =>
    t.connection(
      {
        type: spec.type,
        description: spec.description,
        args: spec.args,
        resolve: async (_root, args, context, info) => {
          const planned = await spec.plan?.(args, context, info)
          if (planned) return planned as never
          const { where, order, count, estimate } = await spec.read(args, context)
          const page = await readPage(context, info, model, where, order, args, defaultPageSize)
          // the rows are the selection Pothos planned for `Type`, which TypeScript cannot see through the generic
          return Object.assign(page, { where, count: count ?? null, estimate } satisfies Counted) as never
        },
      },
      {
        name: `${TYPE_NAMES[model]}Connection`,
        fields: (c) => ({
          totalCount: c.int({
            description: descriptions.totalCount,
            resolve: async (connection, _args, context) => (await totalOfConnection(context, connection)).count,
          }),
          totalCountIsEstimate: c.boolean({
            description: descriptions.totalCountIsEstimate,
            resolve: async (connection, _args, context) => (await totalOfConnection(context, connection)).estimate,
          }),
        }),
      },
      { name: `${TYPE_NAMES[model]}Edge` },
    )

  builder.queryFields((t) => ({
    directive: t.field({
      type: nodes.Directive,
      nullable: true,
      description:
        'A directive by its code in any spelling parseDirectiveCode accepts (`85-QD/TW`, `Quy định số 85-QĐ/TW`); the newest when the code names several.',
      args: { code: t.arg.string({ required: true, validate: DirectiveCodeSchema }) },
      resolve: async (_root, args, context, info) => {
        const planned = await plannedDirective(context, info, args.code, sizes)
        if (planned !== undefined) return planned as never
        return context.prisma.directive.findFirst({
          ...(queryFromInfo({ context, info }) as object),
          relationLoadStrategy: 'join',
          where: { code: args.code },
          orderBy: [{ issuedStart: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
        })
      },
    }),
    directives: rootConnection(t, 'directive', {
      type: nodes.Directive,
      description: 'Directives, latest issued first unless ordered otherwise.',
      args: { filter: t.arg({ type: DirectiveFilter }), orderBy: t.arg({ type: DirectiveOrder }) },
      read: (args) => ({
        where: directiveWhere(args.filter),
        order: keysetOrder('DirectiveOrder', 'directives', args.orderBy, 'ISSUED_ON'),
        estimate: directiveEstimate({
          ...args.filter,
          type: args.filter?.type ? canonicalType(args.filter.type) : null,
        }),
      }),
    }),
    events: rootConnection(t, 'event', {
      type: nodes.Event,
      description:
        'Events, newest first unless ordered otherwise. "Which events implemented 85-QĐ/TW in 2023": filter: { directive: "85-QĐ/TW", from: "2023", to: "2023" }.',
      args: { filter: t.arg({ type: EventFilter }), orderBy: t.arg({ type: EventOrder }) },
      read: async (args, context) => {
        const directiveIds = await directiveIdsOf(context, args.filter?.directive)
        return {
          where: eventWhere(args.filter, directiveIds),
          order: keysetOrder('EventOrder', 'events', args.orderBy, 'DATE'),
          count:
            citedEventCount(context, args.filter, directiveIds, countCap + 1) ??
            (args.filter?.directive
              ? () =>
                  context.prisma.event.count({ where: eventWhere(args.filter, directiveIds, true), take: countCap + 1 })
              : null),
          estimate: eventEstimate(args.filter ?? {}, directiveIds),
        }
      },
      plan: (args, context, info) =>
        plannedEventsPage(
          context,
          info,
          args.filter,
          keysetOrder('EventOrder', 'events', args.orderBy, 'DATE'),
          args,
          sizes,
        ),
    }),
    articles: rootConnection(t, 'article', {
      type: nodes.Article,
      description: 'Articles, latest published first unless ordered otherwise.',
      args: { filter: t.arg({ type: ArticleFilter }), orderBy: t.arg({ type: ArticleOrder }) },
      read: (args) => ({
        where: articleWhere(args.filter),
        order: keysetOrder('ArticleOrder', 'articles', args.orderBy, 'PUBLISHED_AT'),
        estimate: articleEstimate(args.filter ?? {}),
      }),
    }),
    organizations: rootConnection(t, 'organization', {
      type: nodes.Organization,
      description: 'Organisations by name.',
      args: { filter: t.arg({ type: OrganizationFilter }) },
      read: (args) => ({
        where: organizationWhere(args.filter),
        order: byName('organizations'),
        estimate: namedEstimate('Organization', args.filter ?? {}),
      }),
    }),
    people: rootConnection(t, 'person', {
      type: nodes.Person,
      description: 'People by name.',
      args: { filter: t.arg({ type: NameFilter }) },
      read: (args) => ({
        where: nameWhere(args.filter),
        order: byName('people'),
        estimate: namedEstimate('Person', args.filter ?? {}),
      }),
    }),
  }))
  return { EventFilter }
}
