import { readRows } from '@vanban/store'
import type { GraphQLResolveInfo } from 'graphql'
import type { GraphQLContext } from './context.ts'
import { eventEstimate } from './count-estimates.ts'
import { cappedCountSql } from './counts.ts'
import { dateRange } from './filters.ts'
import type { KeysetOrder, PageArgs } from './keyset.ts'
import type { EventFilterShape } from './queries.ts'
import type { SelectedField } from './selection.ts'
import { fieldSelection } from './selection.ts'
import { SqlParams } from './sql-params.ts'
import {
  connectionSelection,
  connectionsSql,
  finishPage,
  objectSql,
  type PlannedConnection,
  pageSql,
  type ShapeContext,
} from './sql-shapes.ts'

/**
 * The root reads planned as SQL (sql-shapes.ts): the events page with everything its selection
 * asks beneath it and its totalCount in one statement (after the ids of a filter's directive
 * code), and the directive looked up by code with its relations in one, its pages in a second. Each returns null when the selection asks for something not
 * planned (or a cursor is not of this list); the resolver then reads through Prisma as before.
 * The statement goes to the store's pool (or embedded database) through its `readRows`, under
 * the request's statement limits, on PGlite and PostgreSQL alike: Prisma's raw-query pipeline
 * would cost more than the statement whose answer PostgreSQL already shaped.
 */

/** The page sizes a planned read uses, and the cap of its counts. */
export type PlanSizes = { maxPageSize: number; defaultPageSize: number; countCap: number }

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

// a code names one directive, or a few issued by different bodies (queries.ts reads at most 100)
const DIRECTIVES_PER_CODE = 100

/**
 * queries.ts's eventWhere in SQL over the event row `row`, or null for a filter not planned
 * (`organizer`, whose `contains` is left to Prisma's own escaping). `directiveIds` is the
 * placeholder of the ids the filter's code names, read first (as queries.ts does) so that
 * PostgreSQL plans the citations of those very directives. The page tests the date range on the
 * event only (its citation probe stays index-only: with the dates on the citations too, PostgreSQL
 * misjudged how many events cite the directive and walked events in parallel, 106 ms against
 * 1.5 ms at a million articles); a count asks them of the citations as well (`citedDates`), as
 * queries.ts's eventWhere does.
 */
export function eventFilterSql(
  filter: EventFilterShape | null | undefined,
  params: SqlParams,
  directiveIds: string,
  citedDates = false,
): ((row: string) => string) | null {
  if (filter?.organizer) return null
  return (row) => {
    const conditions: string[] = []
    const { from, to } = dateRange(filter?.from, filter?.to)
    if (filter?.directive) {
      const cited = [
        `c."directiveId" = ANY(${directiveIds})`,
        `c."eventId" = ${row}.id`,
        ...(from === null || !citedDates ? [] : [`c."eventDateEnd" >= ${params.bind(isoDay(from), 'date')}`]),
        ...(to === null || !citedDates ? [] : [`c."eventDateStart" <= ${params.bind(isoDay(to), 'date')}`]),
      ]
      conditions.push(`EXISTS (SELECT 1 FROM "Citation" c WHERE ${cited.join(' AND ')})`)
    }
    if (filter?.kind) conditions.push(`${row}.kind = ${params.bind(filter.kind, 'text')}`)
    if (filter?.level)
      conditions.push(
        `EXISTS (SELECT 1 FROM "Organization" o WHERE o.id = ${row}."organizerId" AND o.level = ${params.bind(filter.level, 'text')})`,
      )
    if (filter?.province) conditions.push(`${row}."provinceCode" = ${params.bind(filter.province, 'text')}`)
    if (from !== null) conditions.push(`${row}."dateEnd" >= ${params.bind(isoDay(from), 'date')}`)
    if (to !== null) conditions.push(`${row}."dateStart" <= ${params.bind(isoDay(to), 'date')}`)
    return conditions.length === 0 ? 'TRUE' : conditions.join(' AND ')
  }
}

/**
 * The events filter's count, of at most `limit` events (the cap + 1): for a directive (and a date
 * range) alone, the distinct events of one range of the citations' (directive, event start, event
 * end, event) index, as cited-events.ts counts on the Prisma path (each event of a busy
 * directive's year was a heap page otherwise); with more filters, through the events.
 */
function eventCountSql(
  filter: EventFilterShape | null | undefined,
  params: SqlParams,
  directiveIds: string,
  limit: number,
): string {
  if (filter?.directive && !filter.kind && !filter.province && !filter.level) {
    const { from, to } = dateRange(filter.from, filter.to)
    const cited = [
      `c."directiveId" = ANY(${directiveIds})`,
      `c."eventId" IS NOT NULL`,
      ...(from === null ? [] : [`c."eventDateEnd" >= ${params.bind(isoDay(from), 'date')}`]),
      ...(to === null ? [] : [`c."eventDateStart" <= ${params.bind(isoDay(to), 'date')}`]),
    ]
    return cappedCountSql(
      `SELECT DISTINCT c."eventId" FROM "Citation" c WHERE ${cited.join(' AND ')}`,
      params.bind(limit),
    )
  }
  const counted = eventFilterSql(filter, params, directiveIds, true)
  return cappedCountSql(
    `SELECT 1 FROM "Event" e WHERE ${counted === null ? 'FALSE' : counted('e')}`,
    params.bind(limit),
  )
}

/** The events root connection, or null when its selection or filter is not planned. */
export async function plannedEventsPage(
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  filter: EventFilterShape | null | undefined,
  order: KeysetOrder,
  args: PageArgs,
  sizes: PlanSizes,
) {
  const selection = fieldSelection(info)
  const asked = selection === null ? null : connectionSelection(selection)
  if (asked === null) return null
  const shape: ShapeContext = { params: new SqlParams(), ...sizes, aliases: 0 }
  // the first parameter: the ids of the filter's directive code, filled in once read
  const directiveIds = filter?.directive ? shape.params.bind([], 'int[]') : 'NULL'
  const where = eventFilterSql(filter, shape.params, directiveIds)
  if (where === null) return null
  const page = pageSql(shape, { table: 'Event', where }, order, args, asked.node)
  if (page === null) return null
  const count = asked.count
    ? `, 'total', (${eventCountSql(filter, shape.params, directiveIds, sizes.countCap + 1)})`
    : ''
  let ids: number[] = []
  if (filter?.directive) {
    const rows = await readRows<{ id: number }>(
      context.prisma,
      'SELECT id FROM "Directive" WHERE code = $1 ORDER BY id LIMIT $2',
      [filter.directive, DIRECTIVES_PER_CODE],
    )
    ids = rows.map((d) => d.id)
    shape.params.values[0] = ids
  }
  const [row] = await readRows<{ page: PlannedConnection }>(
    context.prisma,
    `SELECT json_build_object('nodes', ${page.sql}${count}) AS page`,
    shape.params.values,
  )
  const connection = finishPage(order, args, sizes.defaultPageSize, row?.page ?? { nodes: [] })
  // past the cap, the planner's estimate of the filter (queries.ts's totalCount)
  return Object.assign(connection, { where: {}, estimate: eventEstimate(filter ?? {}, ids) })
}

/**
 * `directive(code)`: the newest directive of the code, shaped, with its events page, in one
 * statement, and the other connections it asks (its articles) in a second with its id bound;
 * undefined when not planned. A connection that cannot be planned is left to its own resolver.
 */
export async function plannedDirective(
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  code: string,
  sizes: PlanSizes,
): Promise<Record<string, unknown> | null | undefined> {
  const selection = fieldSelection(info)
  if (selection === null) return undefined
  const shape: ShapeContext = { params: new SqlParams(), ...sizes, aliases: 0 }
  const deferred: SelectedField[] = []
  const object = objectSql(shape, selection, 'd', [], deferred)
  if (object === null) return undefined
  const second: ShapeContext = { params: new SqlParams(), ...sizes, aliases: 0 }
  const id = second.params.bind(0, 'int')
  const connections = deferred.length === 0 ? null : connectionsSql(second, 'Directive', id, deferred)
  // PostgreSQL builds the object (its subqueries) after the sort and LIMIT: for the newest row only
  const rows = await readRows<{ directive: Record<string, unknown> & { id: number } }>(
    context.prisma,
    `SELECT ${object} AS directive FROM "Directive" d WHERE d.code = ${shape.params.bind(code, 'text')} ORDER BY d."issuedStart" DESC NULLS LAST, d.id DESC LIMIT ${shape.params.bind(1)}`,
    shape.params.values,
    // its reads walk the directive's rows by index in the order asked, whatever the directive:
    // one plan serves every code, so it is prepared and planned once per connection
    { prepared: true },
  )
  const directive = rows[0]?.directive
  if (directive === undefined) return null
  if (connections !== null) {
    second.params.values[0] = directive.id
    const [read] = await readRows<{ connections: Record<string, unknown> }>(
      context.prisma,
      `SELECT ${connections} AS connections`,
      second.params.values,
    )
    Object.assign(directive, read?.connections)
  }
  return directive
}
