import { readRows } from '@vanban/store'
import { batched } from './batch.ts'
import type { GraphQLContext } from './context.ts'

/**
 * Connections' `totalCount` as search counts its hits: exact while at most `cap` records match
 * (the count reads at most cap + 1 of them), past it the database planner's estimate, which the
 * answer marks (`totalCountIsEstimate`). An unfiltered count of a million events read them all.
 */

/** A connection's total: the count, and whether it is an estimate (past the cap). */
export type Total = { count: number; estimate: boolean }

/** `totalCount` is exact up to this many records by default, as search's count. */
export const DEFAULT_COUNT_CAP = 10_000

/** A SQL statement with `$1`... parameters. */
export type Statement = { sql: string; params: unknown[] }

/**
 * The total of `counted` (a count of at most cap + 1 records): exact up to `cap`, else
 * `estimated` (at least cap + 1), marked.
 */
export async function cappedTotal(
  counted: number | Promise<number>,
  estimated: () => Promise<number>,
  cap: number,
): Promise<Total> {
  const count = await counted
  if (count <= cap) return { count, estimate: false }
  return { count: Math.max(cap + 1, Math.round(await estimated())), estimate: true }
}

/** The rows the planner expects `statement` to return (EXPLAIN: nothing is run). */
export async function plannedRows(context: GraphQLContext, statement: Statement): Promise<number> {
  const [row] = await readRows<Record<string, unknown>>(
    context.prisma,
    `EXPLAIN (FORMAT JSON) ${statement.sql}`,
    statement.params,
  )
  const value = row === undefined ? undefined : Object.values(row)[0]
  const plan = typeof value === 'string' ? JSON.parse(value) : value
  const rows = (plan as { Plan?: { 'Plan Rows'?: number } }[] | undefined)?.[0]?.Plan?.['Plan Rows']
  return typeof rows === 'number' ? rows : 0
}

/** `SELECT count(*)` of at most cap + 1 rows of `select` (a SELECT of the rows to count). */
export const cappedCountSql = (select: string, limit: string) =>
  `SELECT count(*)::int FROM (${select} LIMIT ${limit}) counted`

const totals = new WeakMap<object, Promise<Total>>()

/** The total of `connection`, computed once by `compute` whichever of its count fields is asked. */
export function totalOf(connection: object, compute: () => Promise<Total>): Promise<Total> {
  let total = totals.get(connection)
  if (total === undefined) {
    total = compute()
    totals.set(connection, total)
  }
  return total
}

/** The descriptions of `totalCount` and `totalCountIsEstimate`, as search's. */
export function countDescriptions(cap: number, counted = 'How many records match') {
  const capText = cap.toLocaleString('en')
  return {
    totalCount: `${counted}: exact up to ${capText}, else an estimate (see totalCountIsEstimate).`,
    totalCountIsEstimate: `True when more than ${capText} records match and totalCount is the database's estimate rather than a count.`,
  }
}

/** Rows of `table` that point at a parent through `column` (`Event.organizerId`, `Participation.personId`). */
export type ChildRows = { table: string; column: string }

// each parent's rows counted up to `limit` (the cap + 1) from the index on `column`
async function countChildRows(
  context: GraphQLContext,
  rows: ChildRows,
  parentIds: number[],
  limit: number,
): Promise<Map<number, number>> {
  const counted = await readRows<{ id: number; count: number }>(
    context.prisma,
    `SELECT p.id, (${cappedCountSql(`SELECT 1 FROM "${rows.table}" r WHERE r."${rows.column}" = p.id`, '$2')}) AS count FROM unnest($1::int[]) p(id)`,
    [parentIds, limit],
  )
  return new Map(counted.map((r) => [r.id, r.count]))
}

/**
 * A parent's rows (an organisation's events, a person's participations) as `cappedTotal` counts
 * them: for every parent of the request in one statement, exact up to `cap`, past it the
 * planner's estimate for this parent.
 */
export function childRowsTotal(
  context: GraphQLContext,
  rows: ChildRows,
  parentId: number,
  cap: number,
): Promise<Total> {
  const counted = batched(
    context,
    `${rows.table}.${rows.column}-count`,
    parentId,
    (ids) => countChildRows(context, rows, ids, cap + 1),
    0,
  )
  const estimated = () =>
    plannedRows(context, {
      sql: `SELECT 1 FROM "${rows.table}" r WHERE r."${rows.column}" = $1::int`,
      params: [parentId],
    })
  return cappedTotal(counted, estimated, cap)
}
