import { type EventKind, type OrganizationLevel, parseDirectiveCode } from '@vanban/core'
import type { Prisma } from '@vanban/store'
import { nameKey } from '@vanban/store'
import type { Builder } from './builder.ts'
import type { Enums } from './enums.ts'
import { DateBoundSchema, DirectiveCodeSchema, dateOverlap } from './filters.ts'
import { ProvinceCodeSchema } from './provinces.ts'

// `QD`, `qđ` and `QĐ` name one document type: read it the way the code parser reads a code.
function canonicalType(type: string): string {
  return parseDirectiveCode(`1-${type}/TW`)?.type ?? parseDirectiveCode(`1/2023/${type}-CP`)?.type ?? type
}

type SortDirection = 'asc' | 'desc'

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
 * directives, events, articles, organisations and people, each with `totalCount`.
 */
export function addQueries(builder: Builder, enums: Enums) {
  const SortDirection = builder.enumType('SortDirection', {
    values: { ASC: { value: 'asc' as const }, DESC: { value: 'desc' as const } },
  })
  const orderInput = (name: string, fields: Record<string, string>) => {
    const Field = builder.enumType(`${name}Field`, {
      values: Object.fromEntries(Object.entries(fields).map(([value, description]) => [value, { value, description }])),
    })
    return builder.inputType(name, {
      fields: (t) => ({
        field: t.field({ type: Field, required: true }),
        direction: t.field({ type: SortDirection, defaultValue: 'desc', required: true }),
      }),
    })
  }
  const DirectiveOrder = orderInput('DirectiveOrder', {
    ISSUED_ON: 'issue date',
    CODE: 'code',
    CREATED_AT: 'when it was stored',
  })
  const EventOrder = orderInput('EventOrder', { DATE: 'event date', CREATED_AT: 'when it was stored' })
  const ArticleOrder = orderInput('ArticleOrder', {
    PUBLISHED_AT: 'publication date',
    CREATED_AT: 'when it was stored',
  })

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
  const eventWhere = (f: EventFilterShape | null | undefined): Prisma.EventWhereInput => ({
    ...(f?.directive ? { citations: { some: { directive: { code: f.directive } } } } : {}),
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

  const by = (column: string, direction: SortDirection) => [
    { [column]: { sort: direction, nulls: 'last' } },
    { id: direction },
  ]

  builder.queryFields((t) => ({
    directive: t.prismaField({
      type: 'Directive',
      nullable: true,
      description:
        'A directive by its code in any spelling parseDirectiveCode accepts (`85-QD/TW`, `Quy định số 85-QĐ/TW`); the newest when the code names several.',
      args: { code: t.arg.string({ required: true, validate: DirectiveCodeSchema }) },
      resolve: (query, _root, args, context) =>
        context.prisma.directive.findFirst({
          ...query,
          where: { code: args.code },
          orderBy: [{ issuedStart: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
        }),
    }),
    directives: t.prismaConnection(
      {
        type: 'Directive',
        cursor: 'id',
        args: { filter: t.arg({ type: DirectiveFilter }), orderBy: t.arg({ type: DirectiveOrder }) },
        resolve: (query, _root, args, context) => {
          const o = args.orderBy
          const orderBy =
            o?.field === 'CODE'
              ? [{ code: o.direction }, { id: o.direction }]
              : o?.field === 'CREATED_AT'
                ? [{ id: o.direction }]
                : by('issuedStart', o?.direction ?? 'desc')
          return context.prisma.directive.findMany({
            ...query,
            where: directiveWhere(args.filter),
            orderBy: orderBy as Prisma.DirectiveOrderByWithRelationInput[],
          })
        },
        totalCount: (_root, args, context) => context.prisma.directive.count({ where: directiveWhere(args.filter) }),
      },
      { name: 'DirectiveConnection' },
      { name: 'DirectiveEdge' },
    ),
    events: t.prismaConnection(
      {
        type: 'Event',
        cursor: 'id',
        description:
          'Events, newest first unless ordered otherwise. "Which events implemented 85-QĐ/TW in 2023": filter: { directive: "85-QĐ/TW", from: "2023", to: "2023" }.',
        args: { filter: t.arg({ type: EventFilter }), orderBy: t.arg({ type: EventOrder }) },
        resolve: (query, _root, args, context) => {
          const o = args.orderBy
          const orderBy = o?.field === 'CREATED_AT' ? [{ id: o.direction }] : by('dateStart', o?.direction ?? 'desc')
          return context.prisma.event.findMany({
            ...query,
            where: eventWhere(args.filter),
            orderBy: orderBy as Prisma.EventOrderByWithRelationInput[],
          })
        },
        totalCount: (_root, args, context) => context.prisma.event.count({ where: eventWhere(args.filter) }),
      },
      { name: 'EventConnection' },
      { name: 'EventEdge' },
    ),
    articles: t.prismaConnection(
      {
        type: 'Article',
        cursor: 'id',
        args: { filter: t.arg({ type: ArticleFilter }), orderBy: t.arg({ type: ArticleOrder }) },
        resolve: (query, _root, args, context) => {
          const o = args.orderBy
          const orderBy =
            o?.field === 'CREATED_AT' ? [{ id: o.direction }] : by('publishedStart', o?.direction ?? 'desc')
          return context.prisma.article.findMany({
            ...query,
            where: articleWhere(args.filter),
            orderBy: orderBy as Prisma.ArticleOrderByWithRelationInput[],
          })
        },
        totalCount: (_root, args, context) => context.prisma.article.count({ where: articleWhere(args.filter) }),
      },
      { name: 'ArticleConnection' },
      { name: 'ArticleEdge' },
    ),
    organizations: t.prismaConnection(
      {
        type: 'Organization',
        cursor: 'id',
        args: { filter: t.arg({ type: OrganizationFilter }) },
        resolve: (query, _root, args, context) =>
          context.prisma.organization.findMany({
            ...query,
            where: organizationWhere(args.filter),
            orderBy: [{ name: 'asc' }, { id: 'asc' }],
          }),
        totalCount: (_root, args, context) =>
          context.prisma.organization.count({ where: organizationWhere(args.filter) }),
      },
      { name: 'OrganizationConnection' },
      { name: 'OrganizationEdge' },
    ),
    people: t.prismaConnection(
      {
        type: 'Person',
        cursor: 'id',
        args: { filter: t.arg({ type: NameFilter }) },
        resolve: (query, _root, args, context) =>
          context.prisma.person.findMany({
            ...query,
            where: nameWhere(args.filter),
            orderBy: [{ name: 'asc' }, { id: 'asc' }],
          }),
        totalCount: (_root, args, context) => context.prisma.person.count({ where: nameWhere(args.filter) }),
      },
      { name: 'PersonConnection' },
      { name: 'PersonEdge' },
    ),
  }))
  return { EventFilter }
}
