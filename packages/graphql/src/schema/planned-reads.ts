import { readRows } from '@vanban/store'
import type { GraphQLResolveInfo } from 'graphql'
import type { GraphQLContext } from './context.ts'
import { dateRange } from './filters.ts'
import type { KeysetOrder, PageArgs } from './keyset.ts'
import type { EventFilterShape } from './queries.ts'
import { fieldSelection } from './selection.ts'
import { SqlParams } from './sql-params.ts'
import {
  connectionSelection,
  finishPage,
  objectSql,
  type PlannedConnection,
  pageSql,
  type ShapeContext,
} from './sql-shapes.ts'

/**
 * The root reads planned into one statement each (sql-shapes.ts): the events page with
 * everything its selection asks beneath it and its totalCount, and the directive looked up by
 * code with its relations and pages. Each returns null when the selection asks for something not
 * planned (or a cursor is not of this list); the resolver then reads through Prisma as before.
 * The statement goes to the store's pool (or embedded database) through its `readRows`, under
 * the request's statement limits, on PGlite and PostgreSQL alike: Prisma's raw-query pipeline
 * would cost more than the statement whose answer PostgreSQL already shaped.
 */

/** The page sizes a planned read uses. */
export type PlanSizes = { maxPageSize: number; defaultPageSize: number }

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

// a code names one directive, or a few issued by different bodies (queries.ts reads at most 100)
const DIRECTIVES_PER_CODE = 100

/**
 * queries.ts's eventWhere in SQL over the event row `row`, or null for a filter not planned
 * (`organizer`, whose `contains` is left to Prisma's own escaping).
 */
export function eventFilterSql(
  filter: EventFilterShape | null | undefined,
  params: SqlParams,
): ((row: string) => string) | null {
  if (filter?.organizer) return null
  return (row) => {
    const conditions: string[] = []
    const { from, to } = dateRange(filter?.from, filter?.to)
    if (filter?.directive) {
      const cited = [
        `c."directiveId" = ANY(ARRAY(SELECT d.id FROM "Directive" d WHERE d.code = ${params.bind(filter.directive, 'text')} ORDER BY d.id LIMIT ${DIRECTIVES_PER_CODE}))`,
        `c."eventId" = ${row}.id`,
        ...(from === null ? [] : [`c."eventDateEnd" >= ${params.bind(isoDay(from), 'date')}`]),
        ...(to === null ? [] : [`c."eventDateStart" <= ${params.bind(isoDay(to), 'date')}`]),
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

/** The events root connection in one statement, or null when its selection or filter is not planned. */
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
  const where = eventFilterSql(filter, shape.params)
  if (where === null) return null
  const page = pageSql(shape, { table: 'Event', where }, order, args, asked.node)
  if (page === null) return null
  const count = asked.count ? `, 'total', (SELECT count(*)::int FROM "Event" e WHERE ${where('e')})` : ''
  const [row] = await readRows<{ page: PlannedConnection }>(
    context.prisma,
    `SELECT json_build_object('nodes', ${page.sql}${count}) AS page`,
    shape.params.values,
  )
  return finishPage(order, args, sizes.defaultPageSize, row?.page ?? { nodes: [] })
}

/** `directive(code)` in one statement: the newest directive of the code, shaped; undefined when not planned. */
export async function plannedDirective(
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  code: string,
  sizes: PlanSizes,
): Promise<Record<string, unknown> | null | undefined> {
  const selection = fieldSelection(info)
  if (selection === null) return undefined
  const shape: ShapeContext = { params: new SqlParams(), ...sizes, aliases: 0 }
  const object = objectSql(shape, selection, 'd')
  if (object === null) return undefined
  const rows = await readRows<{ directive: Record<string, unknown> }>(
    context.prisma,
    `SELECT ${object} AS directive FROM "Directive" d WHERE d.code = ${shape.params.bind(code, 'text')} ORDER BY d."issuedStart" DESC NULLS LAST, d.id DESC LIMIT ${shape.params.bind(1)}`,
    shape.params.values,
  )
  return rows[0]?.directive ?? null
}
