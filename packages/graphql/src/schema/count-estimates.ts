import { nameKey } from '@vanban/store'
import type { Statement } from './counts.ts'
import { dateRange } from './filters.ts'
import { SqlParams } from './sql-params.ts'

/**
 * The root connections' filters written as SQL for the planner's estimate of how many records
 * match (EXPLAIN only, when more than the count cap match): the same conditions as queries.ts's
 * Prisma filters, over the table alias `r`.
 */

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

// `contains` on a folded name key, as Prisma writes it: LIKE with the pattern's wildcards escaped
const containsSql = (params: SqlParams, column: string, text: string) =>
  `${column} LIKE ${params.bind(`%${nameKey(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`, 'text')}`

// A record overlaps the range when it ends after its start and starts before its end; but the
// planner takes bounds on two columns as independent (a year of twelve estimated at three times
// its rows at a million articles), so the estimate bounds the start alone, one column's range read
// from its histogram, as search's estimates do (records spanning the range's start, a few, left out).
function overlapSql(
  params: SqlParams,
  start: string,
  _end: string,
  from: string | null | undefined,
  to: string | null | undefined,
) {
  const range = dateRange(from, to)
  return [
    ...(range.from === null ? [] : [`r."${start}" >= ${params.bind(isoDay(range.from), 'date')}`]),
    ...(range.to === null ? [] : [`r."${start}" <= ${params.bind(isoDay(range.to), 'date')}`]),
  ]
}

function select(table: string, params: SqlParams, conditions: string[]): Statement {
  const where = conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`
  return { sql: `SELECT 1 FROM "${table}" r${where}`, params: params.values }
}

/** Directives by type (canonical), issuer code (any case) and issue dates. */
export function directiveEstimate(f: {
  type?: string | null | undefined
  issuerCode?: string | null | undefined
  issuedFrom?: string | null | undefined
  issuedTo?: string | null | undefined
}): Statement {
  const params = new SqlParams()
  return select('Directive', params, [
    ...(f.type ? [`r.type = ${params.bind(f.type, 'text')}`] : []),
    ...(f.issuerCode ? [`lower(r."issuerCode") = lower(${params.bind(f.issuerCode, 'text')})`] : []),
    ...overlapSql(params, 'issuedStart', 'issuedEnd', f.issuedFrom, f.issuedTo),
  ])
}

/** Events by the events filter, the directive's ids read already. */
export function eventEstimate(
  f: {
    directive?: string | null | undefined
    kind?: string | null | undefined
    from?: string | null | undefined
    to?: string | null | undefined
    organizer?: string | null | undefined
    province?: string | null | undefined
    level?: string | null | undefined
  },
  directiveIds: readonly number[],
): Statement {
  const params = new SqlParams()
  const organizer = [
    ...(f.organizer ? [containsSql(params, 'o."nameKey"', f.organizer)] : []),
    ...(f.level ? [`o.level = ${params.bind(f.level, 'text')}`] : []),
  ]
  return select('Event', params, [
    ...(f.directive
      ? [
          `EXISTS (SELECT 1 FROM "Citation" c WHERE c."eventId" = r.id AND c."directiveId" = ANY(${params.bind([...directiveIds], 'int[]')}))`,
        ]
      : []),
    ...(f.kind ? [`r.kind = ${params.bind(f.kind, 'text')}`] : []),
    ...(organizer.length === 0
      ? []
      : [`EXISTS (SELECT 1 FROM "Organization" o WHERE o.id = r."organizerId" AND ${organizer.join(' AND ')})`]),
    ...(f.province ? [`r."provinceCode" = ${params.bind(f.province, 'text')}`] : []),
    ...overlapSql(params, 'dateStart', 'dateEnd', f.from, f.to),
  ])
}

/** Articles by a directive's code, source and publication dates. */
export function articleEstimate(f: {
  directive?: string | null | undefined
  source?: string | null | undefined
  from?: string | null | undefined
  to?: string | null | undefined
}): Statement {
  const params = new SqlParams()
  return select('Article', params, [
    ...(f.directive
      ? [
          `EXISTS (SELECT 1 FROM "Citation" c JOIN "Directive" d ON d.id = c."directiveId" WHERE c."articleId" = r.id AND d.code = ${params.bind(f.directive, 'text')})`,
        ]
      : []),
    ...(f.source ? [`r.source = ${params.bind(f.source, 'text')}`] : []),
    ...overlapSql(params, 'publishedStart', 'publishedEnd', f.from, f.to),
  ])
}

/** Organisations by part of the name, province and level; people (`Person`) by part of the name. */
export function namedEstimate(
  table: 'Organization' | 'Person',
  f: {
    name?: string | null | undefined
    province?: string | null | undefined
    level?: string | null | undefined
  },
): Statement {
  const params = new SqlParams()
  return select(table, params, [
    ...(f.name ? [containsSql(params, 'r."nameKey"', f.name)] : []),
    ...(f.province ? [`r."provinceCode" = ${params.bind(f.province, 'text')}`] : []),
    ...(f.level ? [`r.level = ${params.bind(f.level, 'text')}`] : []),
  ])
}
