import {
  EVENT_KIND_LABELS,
  type EventKind,
  ORGANIZATION_LEVEL_LABELS,
  type OrganizationLevel,
  parsePartialDate,
  partialDateRange,
  provinceByCode,
} from '@vanban/core'
import { nameKey } from '@vanban/store'
import type { Builder } from './builder.ts'
import type { EventFilterRef, EventFilterShape } from './queries.ts'

/** What `stats` can group events by. */
export const STATS_DIMENSIONS = ['MONTH', 'QUARTER', 'YEAR', 'PROVINCE', 'KIND', 'LEVEL'] as const
type StatsDimension = (typeof STATS_DIMENSIONS)[number]

/** One bucket: a key and a label per dimension asked for, and how many events fall in it. */
type StatsBucket = { key: string[]; label: string[]; count: number }

// The columns of an event's first and last day and its province: the event's own, or the copies
// its citations keep (triggers hold them equal; store migrations 20261208000100, 20261210000100).
type EventColumns = { start: string; end: string; province: string }
const EVENT_COLUMNS: EventColumns = { start: 'e."dateStart"', end: 'e."dateEnd"', province: 'e."provinceCode"' }
const CITATION_COLUMNS: EventColumns = {
  start: 'c."eventDateStart"',
  end: 'c."eventDateEnd"',
  province: 'c."eventProvinceCode"',
}

const within = (unit: string, format: string, { start, end }: EventColumns) =>
  `CASE WHEN date_trunc('${unit}', ${start}) = date_trunc('${unit}', ${end}) THEN to_char(${start}, '${format}') END`

// Each dimension as a SQL expression over `e` (Event) and `o` (its organiser): null where the
// event has no value for it, as a date that spans more than one month has no month.
function dimensionSql(dimension: StatsDimension, columns: EventColumns = EVENT_COLUMNS): string {
  switch (dimension) {
    case 'MONTH':
      return within('month', 'YYYY-MM', columns)
    case 'QUARTER':
      return within('quarter', 'YYYY-"Q"Q', columns)
    case 'YEAR':
      return within('year', 'YYYY', columns)
    case 'PROVINCE':
      return columns.province
    case 'KIND':
      return 'e.kind'
    case 'LEVEL':
      return 'o.level'
  }
}
// What a citation knows of its event: its days and its province.
const CITED_DIMENSIONS: ReadonlySet<StatsDimension> = new Set(['MONTH', 'QUARTER', 'YEAR', 'PROVINCE'])

// Core's value as the GraphQL enum value the client sends back (`thematic_session` → `THEMATIC_SESSION`).
const enumName = (value: string): string => value.toUpperCase()

function label(dimension: StatsDimension, value: string): string {
  if (dimension === 'PROVINCE') return provinceByCode(value)?.name ?? value
  if (dimension === 'KIND') return EVENT_KIND_LABELS[value as EventKind]?.vi ?? value
  if (dimension === 'LEVEL') return ORGANIZATION_LEVEL_LABELS[value as OrganizationLevel]?.vi ?? value
  return value
}

/**
 * The EventFilter as SQL conditions over `e` and `o`, with their parameters: the same conditions
 * the `events` connection's Prisma filter states (a test holds the two to the same counts).
 */
export function eventFilterSql(f: EventFilterShape | null | undefined): { conditions: string[]; params: unknown[] } {
  const params: unknown[] = []
  const bind = (value: unknown): string => {
    params.push(value)
    return `$${params.length}`
  }
  const conditions: string[] = []
  if (f?.directive) {
    conditions.push(`EXISTS (SELECT 1 FROM "Citation" c JOIN "Directive" d ON d.id = c."directiveId"
      WHERE c."eventId" = e.id AND d.code = ${bind(f.directive)})`)
  }
  if (f?.kind) conditions.push(`e.kind = ${bind(f.kind)}`)
  if (f?.organizer) conditions.push(`strpos(o."nameKey", ${bind(nameKey(f.organizer))}) > 0`)
  if (f?.province) conditions.push(`e."provinceCode" = ${bind(f.province)}`)
  if (f?.level) conditions.push(`o.level = ${bind(f.level)}`)
  const from = f?.from ? parsePartialDate(f.from) : null
  const to = f?.to ? parsePartialDate(f.to) : null
  if (from !== null) conditions.push(`e."dateEnd" >= ${bind(partialDateRange(from).start)}::date`)
  if (to !== null) conditions.push(`e."dateStart" <= ${bind(partialDateRange(to).end)}::date`)
  return { conditions, params }
}

/** The one statement that counts the filtered events by the dimensions asked for. */
export function statsSql(
  filter: EventFilterShape | null | undefined,
  groupBy: readonly StatsDimension[],
): { sql: string; params: unknown[] } {
  if (readsCitationsOnly(filter, groupBy)) return citationStatsSql(filter?.directive as string, filter, groupBy)
  return eventStatsSql(filter, groupBy)
}

/** The statement that counts events from their rows: any filter, any dimension. */
export function eventStatsSql(
  filter: EventFilterShape | null | undefined,
  groupBy: readonly StatsDimension[],
): { sql: string; params: unknown[] } {
  const { conditions, params } = eventFilterSql(filter)
  const keys = groupBy.map((d, i) => `${dimensionSql(d)} AS k${i}`)
  const where = [...conditions, ...groupBy.map((d) => `${dimensionSql(d)} IS NOT NULL`)]
  const positions = groupBy.map((_, i) => String(i + 1))
  // the organiser only when asked of: with the join in the statement, PostgreSQL read every
  // event (1.9 s at 1,100,000) where the province index alone answered (0.15 s)
  const organizer = Boolean(filter?.organizer || filter?.level) || groupBy.includes('LEVEL')
  const sql = `SELECT ${[...keys, 'count(*)::int AS count'].join(', ')}
    FROM "Event" e ${organizer ? 'LEFT JOIN "Organization" o ON o.id = e."organizerId"' : ''}
    ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}
    ${positions.length === 0 ? '' : `GROUP BY ${positions.join(', ')} ORDER BY ${positions.join(', ')}`}`
  return { sql, params }
}

/**
 * Whether a directive's events counted by time and place (its page's histogram and map) can be
 * read from the citations' (directive, event start, event end, event, event province) index
 * without the events: the filter names the directive and nothing of the event but its dates and
 * province, and every dimension is a time or the province. The busiest directive of a
 * 1,000,000-article archive has 117,201 events; reading each one's row took 3.3 s, its index
 * entries alone a tenth of that.
 */
function readsCitationsOnly(filter: EventFilterShape | null | undefined, groupBy: readonly StatsDimension[]): boolean {
  return (
    Boolean(filter?.directive) &&
    !filter?.kind &&
    !filter?.organizer &&
    !filter?.level &&
    groupBy.every((d) => CITED_DIMENSIONS.has(d))
  )
}

/**
 * The statement that counts a directive's events by time and province from its citations alone (see
 * readsCitationsOnly): an event cited by several reports of it, or under two directives of one
 * code, counts once.
 */
export function citationStatsSql(
  directive: string,
  filter: EventFilterShape | null | undefined,
  groupBy: readonly StatsDimension[],
): { sql: string; params: unknown[] } {
  const params: unknown[] = [directive]
  const bind = (value: unknown): string => {
    params.push(value)
    return `$${params.length}`
  }
  const conditions = [
    `c."directiveId" IN (SELECT d.id FROM "Directive" d WHERE d.code = $1)`,
    `c."eventId" IS NOT NULL`,
  ]
  const from = filter?.from ? parsePartialDate(filter.from) : null
  const to = filter?.to ? parsePartialDate(filter.to) : null
  if (from !== null) conditions.push(`c."eventDateEnd" >= ${bind(partialDateRange(from).start)}::date`)
  if (to !== null) conditions.push(`c."eventDateStart" <= ${bind(partialDateRange(to).end)}::date`)
  if (filter?.province) conditions.push(`c."eventProvinceCode" = ${bind(filter.province)}`)
  const dimensions = groupBy.map((d) => dimensionSql(d, CITATION_COLUMNS))
  const positions = groupBy.map((_, i) => String(i + 1))
  const sql = `SELECT ${[...dimensions.map((d, i) => `${d} AS k${i}`), 'count(DISTINCT c."eventId")::int AS count'].join(', ')}
    FROM "Citation" c
    WHERE ${[...conditions, ...dimensions.map((d) => `${d} IS NOT NULL`)].join(' AND ')}
    ${positions.length === 0 ? '' : `GROUP BY ${positions.join(', ')} ORDER BY ${positions.join(', ')}`}`
  return { sql, params }
}

/**
 * `stats(filter, groupBy)`: events counted by month, quarter, year, province, kind or level of
 * their organiser, in any combination, in one SQL statement. Each bucket has one key per
 * dimension (`2023-12`, `2023-Q4`, `2023`, a province code, the kind's or level's enum value)
 * and a label for it; an event without a value for a dimension (undated, unplaced, a date
 * spanning several months for MONTH) is in no bucket of it.
 */
export function addStats(builder: Builder, EventFilter: EventFilterRef) {
  const Dimension = builder.enumType('StatsDimension', {
    description: 'What `stats` groups events by; LEVEL is the level of their organiser.',
    values: STATS_DIMENSIONS,
  })
  const Bucket = builder.objectRef<StatsBucket>('StatsBucket').implement({
    description: 'Events sharing one value of each dimension asked for.',
    fields: (t) => ({
      key: t.exposeStringList('key', {
        description:
          'One per dimension, in the order asked: YYYY-MM, YYYY-Qn, YYYY, a province code, the EventKind or OrganizationLevel value.',
      }),
      label: t.exposeStringList('label', { description: 'A Vietnamese label for each key.' }),
      count: t.exposeInt('count'),
    }),
  })
  builder.queryFields((t) => ({
    stats: t.field({
      type: [Bucket],
      description:
        'Events counted by the dimensions of `groupBy`, in one statement: "events on 57-NQ/TW per province and month": stats(filter: { directive: "57-NQ/TW" }, groupBy: [PROVINCE, MONTH]).',
      args: {
        filter: t.arg({ type: EventFilter }),
        groupBy: t.arg({ type: [Dimension], required: true }),
      },
      resolve: async (_root, args, context) => {
        const { sql, params } = statsSql(args.filter, args.groupBy)
        const rows = await context.prisma.$queryRawUnsafe<Record<string, string | number>[]>(sql, ...params)
        return rows.map((row) => {
          const values = args.groupBy.map((_, i) => String(row[`k${i}`]))
          const key = values.map((v, i) =>
            args.groupBy[i] === 'KIND' || args.groupBy[i] === 'LEVEL' ? enumName(v) : v,
          )
          return { key, label: values.map((v, i) => label(args.groupBy[i]!, v)), count: Number(row.count) }
        })
      },
    }),
  }))
}
