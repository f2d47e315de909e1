import { decodeCursor, type KeysetOrder, type PageArgs, type Position } from './keyset.ts'
import type { SqlParams } from './sql-params.ts'

/**
 * keyset.ts's page reads written as SQL, for pages planned into one statement: the same bounds,
 * orders and reads as `pageQuery`, over a table alias.
 */
export type SqlPageReads = {
  backward: boolean
  /** The page size plus one, to tell whether more follow. */
  take: number
  /** Each read's condition, in order (two when the page crosses from dated records into undated ones). */
  reads: string[]
  /** What each read holds: dated records only, undated ones only, or either (one read of the whole order). */
  kinds: ReadKind[]
  /** Whether the reads walk the order's column (and ids) ascending. */
  ascending: boolean
  /** The ORDER BY of the reads, over `alias`. */
  orderBy: (alias: string) => string
}

/** The records a read holds, by their sort key: dated (not null), undated (null), or either. */
export type ReadKind = 'dated' | 'undated' | 'any'

const quoted = (column: string) => `"${column}"`

function bindValue(order: KeysetOrder, params: SqlParams, value: string | number): string {
  return params.bind(value, order.date ? 'date' : typeof value === 'number' ? 'int' : 'text')
}

/** The records strictly after `position` in `order` (or its reverse), as keyset.ts's afterWhere. */
export function afterSql(
  order: KeysetOrder,
  position: Position,
  alias: string,
  params: SqlParams,
  reversed = false,
): string {
  const ascending = (order.direction === 'asc') !== reversed
  const cmp = ascending ? '>' : '<'
  const id = `${alias}.id ${cmp} ${params.bind(position.id, 'int')}`
  if (order.column === null) return id
  const column = `${alias}.${quoted(order.column)}`
  const nullsAfter = !reversed
  if (position.value === null) {
    const sameKey = `(${column} IS NULL AND ${id})`
    return nullsAfter ? sameKey : `(${column} IS NOT NULL OR ${sameKey})`
  }
  const value = bindValue(order, params, position.value)
  return `(${column} ${cmp} ${value} OR (${column} = ${value} AND ${id})${order.nullable && nullsAfter ? ` OR ${column} IS NULL` : ''})`
}

// datedAfter: the redundant `column >= value` lets the index scan start at the position
function datedAfterSql(order: KeysetOrder, position: Position, alias: string, params: SqlParams, ascending: boolean) {
  const cmp = ascending ? '>' : '<'
  const column = `${alias}.${quoted(order.column as string)}`
  const value = bindValue(order, params, position.value as string | number)
  return `${column} ${cmp}= ${value} AND (${column} ${cmp} ${value} OR ${alias}.id ${cmp} ${params.bind(position.id, 'int')})`
}

/** The ORDER BY of `order` (or of its reverse), as keyset.ts's orderByOf. */
export function orderBySql(order: KeysetOrder, alias: string, reversed = false): string {
  const ascending = (order.direction === 'asc') !== reversed
  const direction = ascending ? 'ASC' : 'DESC'
  const id = `${alias}.id ${direction}`
  if (order.column === null) return id
  const nulls = order.nullable ? (reversed ? ' NULLS FIRST' : ' NULLS LAST') : ''
  return `${alias}.${quoted(order.column)} ${direction}${nulls}, ${id}`
}

/**
 * The reads of one page over `alias`, as keyset.ts's pageQuery. With `splitNulls`, a page of a
 * nullable order without a start cursor is read as its dated records, then its undated ones
 * (when the first read leaves it short), rather than in one read: for a source whose index holds
 * the column ascending with nulls last, so that each read walks one end of it.
 */
export function pageReadsSql(
  order: KeysetOrder,
  args: PageArgs,
  defaultSize: number,
  alias: string,
  params: SqlParams,
  splitNulls = false,
): SqlPageReads {
  const backward = args.last != null && args.first == null
  const size = (backward ? args.last : args.first) ?? defaultSize
  const startCursor = backward ? args.before : args.after
  const endCursor = backward ? args.after : args.before
  const start = startCursor ? decodeCursor(order, startCursor, backward ? 'before' : 'after') : null
  const end = endCursor
    ? afterSql(order, decodeCursor(order, endCursor, backward ? 'after' : 'before'), alias, params, !backward)
    : null
  const read = (condition: string | null) => [condition, end].filter((c) => c !== null).join(' AND ') || 'TRUE'
  const ascending = (order.direction === 'asc') !== backward
  const result = (reads: [string, ReadKind][]): SqlPageReads => ({
    backward,
    take: size + 1,
    reads: reads.map(([condition]) => condition),
    kinds: reads.map(([, kind]) => kind),
    ascending,
    orderBy: (a) => orderBySql(order, a, backward),
  })
  const { column } = order
  const cmp = ascending ? '>' : '<'
  const split = column !== null && order.nullable
  if (start === null && !(split && splitNulls)) return result([[read(null), 'any']])
  if (column === null) return result([[read(`${alias}.id ${cmp} ${params.bind(start?.id, 'int')}`), 'any']])
  if (!order.nullable) return result([[read(datedAfterSql(order, start as Position, alias, params, ascending)), 'any']])
  const col = `${alias}.${quoted(column)}`
  const undated = (bounded: boolean): [string, ReadKind] => [
    read(`${col} IS NULL${bounded ? ` AND ${alias}.id ${cmp} ${params.bind(start?.id, 'int')}` : ''}`),
    'undated',
  ]
  const dated = (bounded: boolean): [string, ReadKind] => [
    read(bounded ? datedAfterSql(order, start as Position, alias, params, ascending) : `${col} IS NOT NULL`),
    'dated',
  ]
  // undated records are last reading forward, first reading backward
  if (start === null) return result(backward ? [undated(false), dated(false)] : [dated(false), undated(false)])
  const reads = backward
    ? start.value === null
      ? [undated(true), dated(false)]
      : [dated(true)]
    : start.value === null
      ? [undated(true)]
      : [dated(true), undated(false)]
  return result(reads)
}
