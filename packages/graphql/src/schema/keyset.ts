import { z } from 'zod'
import { ValidationError } from './errors.ts'

/** Which way a list is read. */
export type SortDirection = 'asc' | 'desc'

/**
 * One order a list can be read in: a sort column (none when the list is read by id alone), its
 * direction, and whether the column holds nulls (they sort last both ways: undated records come
 * after dated ones) and dates. Ties are broken by id in the same direction, so the order is total
 * and `(sort key, id)` names a position in it.
 */
export type KeysetOrder = {
  /** Names the list and order in its cursors: a cursor of another list or order is refused. */
  name: string
  column: string | null
  direction: SortDirection
  nullable: boolean
  date: boolean
}

/** A position in an order: the sort key of a record and its id. */
export type Position = { value: string | number | null; id: number }

/** The relay arguments of a connection. */
export type PageArgs = {
  first?: number | null | undefined
  last?: number | null | undefined
  after?: string | null | undefined
  before?: string | null | undefined
}

type PageInfo = { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }

/** A connection as the relay plugin resolves it. */
export type Page<Node> = { edges: { cursor: string; node: Node }[]; pageInfo: PageInfo }

const CursorSchema = z.tuple([z.string(), z.union([z.string(), z.number(), z.null()]), z.number().int().positive()])

const CURSOR_HELP = 'pass a `cursor`, `startCursor` or `endCursor` this list returned with the same `orderBy`'

// Dates are @db.Date columns: the day is the whole key.
function sortValue(order: KeysetOrder, row: Record<string, unknown>): string | number | null {
  if (order.column === null) return null
  const value = row[order.column]
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return value as string | number
}

/** The opaque cursor of a record in `order`: its order's name, sort key and id, base64url. */
export function encodeCursor(order: KeysetOrder, position: Position): string {
  return Buffer.from(JSON.stringify([`${order.name}:${order.direction}`, position.value, position.id])).toString(
    'base64url',
  )
}

/** The position a cursor names, or a {@link ValidationError} on `field` saying what is accepted. */
export function decodeCursor(order: KeysetOrder, cursor: string, field: string): Position {
  return decodeCursorOf([order], cursor, field).position
}

/**
 * The order (one of `orders`) and position a cursor names: a list merging several orders (the
 * timeline) tells by the cursor which of its parts the position is in.
 */
export function decodeCursorOf(
  orders: readonly KeysetOrder[],
  cursor: string,
  field: string,
): { order: KeysetOrder; position: Position } {
  let parsed: z.infer<typeof CursorSchema> | null = null
  try {
    parsed = CursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString()))
  } catch {
    throw new ValidationError(field, `not a cursor of this list; ${CURSOR_HELP}`)
  }
  const [name, value, id] = parsed
  const order = orders.find((o) => name === `${o.name}:${o.direction}`)
  if (order === undefined) {
    throw new ValidationError(field, `a cursor of another list or order (${name}); ${CURSOR_HELP}`)
  }
  const valid =
    order.column === null
      ? value === null
      : value === null
        ? order.nullable
        : order.date
          ? typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
          : typeof value === 'string' || typeof value === 'number'
  if (!valid) throw new ValidationError(field, `not a cursor of this list; ${CURSOR_HELP}`)
  return { order, position: { value, id } }
}

/** Whether `cursor` has the shape of a keyset cursor (which list it belongs to is checked on use). */
export function isKeysetCursor(cursor: string): boolean {
  try {
    return CursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString())).success
  } catch {
    return false
  }
}

function columnValue(order: KeysetOrder, value: string | number): unknown {
  return order.date ? new Date(`${value}T00:00:00Z`) : value
}

/** The Prisma `orderBy` of `order`, or of its reverse (for `last`/`before`). */
export function orderByOf(order: KeysetOrder, reversed = false): Record<string, unknown>[] {
  const flip = (d: SortDirection): SortDirection => (d === 'asc' ? 'desc' : 'asc')
  const direction = reversed ? flip(order.direction) : order.direction
  if (order.column === null) return [{ id: direction }]
  const sort = order.nullable ? { sort: direction, nulls: reversed ? 'first' : 'last' } : direction
  return [{ [order.column]: sort }, { id: direction }]
}

/**
 * The Prisma `where` of the records strictly after `position` in `order` (or in its reverse):
 * a keyset bound the order's index answers, whatever the page number.
 */
export function afterWhere(order: KeysetOrder, position: Position, reversed = false): Record<string, unknown> {
  const ascending = (order.direction === 'asc') !== reversed
  const cmp = ascending ? 'gt' : 'lt'
  const { column } = order
  if (column === null) return { id: { [cmp]: position.id } }
  // nulls sort last reading forward, so first reading backward
  const nullsAfter = !reversed
  if (position.value === null) {
    const sameKey = { [column]: null, id: { [cmp]: position.id } }
    return nullsAfter ? sameKey : { OR: [{ [column]: { not: null } }, sameKey] }
  }
  const value = columnValue(order, position.value)
  return {
    OR: [
      { [column]: { [cmp]: value } },
      { [column]: value, id: { [cmp]: position.id } },
      ...(order.nullable && nullsAfter ? [{ [column]: null }] : []),
    ],
  }
}

/** What one page read asks of the database: a keyset bound and an order; the LIMIT is the rest of the page. */
export type PageRead = { where: Record<string, unknown>; orderBy: Record<string, unknown>[] }

/** The reads of one page, in order, until the page (plus one row, to tell whether more follow) is full. */
export type PageQuery = { backward: boolean; take: number; reads: PageRead[] }

// The records after `position` whose sort key is not null, as an index range: the redundant
// `column >= value` (or `<=`) is what lets PostgreSQL start the index scan at the position rather
// than walk the index from its first entry filtering every row before it.
function datedAfter(order: KeysetOrder, column: string, position: Position, ascending: boolean) {
  const cmp = ascending ? 'gt' : 'lt'
  const value = columnValue(order, position.value as string | number)
  return {
    AND: [
      { [column]: { [`${cmp}e`]: value } },
      { OR: [{ [column]: { [cmp]: value } }, { id: { [cmp]: position.id } }] },
    ],
  }
}

/**
 * The reads of one page: `first` after `after` reading forward, or `last` before `before`
 * reading the reverse order. Each read is an index range in the order's index: a first page is
 * one read; a page after a cursor is one read of the segment the cursor is in (dated or undated,
 * for a column that holds nulls), and a second read of the next segment only when the page
 * crosses from dated records into undated ones.
 */
export function pageQuery(order: KeysetOrder, args: PageArgs, defaultSize: number): PageQuery {
  const backward = args.last != null && args.first == null
  const size = (backward ? args.last : args.first) ?? defaultSize
  const orderBy = orderByOf(order, backward)
  const startCursor = backward ? args.before : args.after
  const endCursor = backward ? args.after : args.before
  const start = startCursor ? decodeCursor(order, startCursor, backward ? 'before' : 'after') : null
  // the far bound, when both cursors are given, is a plain filter
  const end = endCursor
    ? afterWhere(order, decodeCursor(order, endCursor, backward ? 'after' : 'before'), !backward)
    : null
  const read = (where: Record<string, unknown>): PageRead => ({ where: end ? { AND: [where, end] } : where, orderBy })
  const take = size + 1
  if (start === null) return { backward, take, reads: [read({})] }
  const ascending = (order.direction === 'asc') !== backward
  const { column } = order
  if (column === null) return { backward, take, reads: [read({ id: { [ascending ? 'gt' : 'lt']: start.id } })] }
  if (!order.nullable) return { backward, take, reads: [read(datedAfter(order, column, start, ascending))] }
  const cmp = ascending ? 'gt' : 'lt'
  const undated = (bounded: boolean) => read({ [column]: null, ...(bounded ? { id: { [cmp]: start.id } } : {}) })
  const dated = (bounded: boolean) =>
    read(bounded ? datedAfter(order, column, start, ascending) : { [column]: { not: null } })
  // undated records are last reading forward, first reading backward
  const reads = backward
    ? start.value === null
      ? [undated(true), dated(false)]
      : [dated(true)]
    : start.value === null
      ? [undated(true)]
      : [dated(true), undated(false)]
  return { backward, take, reads }
}

/**
 * A page as one read, for a page planned into its parent's statement (a relation with its own
 * LIMIT per parent): the keyset bounds as filters, which the per-parent index answers.
 */
export function singleRead(order: KeysetOrder, args: PageArgs, defaultSize: number): PageQuery & PageRead {
  const backward = args.last != null && args.first == null
  const size = (backward ? args.last : args.first) ?? defaultSize
  const bounds: Record<string, unknown>[] = []
  if (args.after) bounds.push(afterWhere(order, decodeCursor(order, args.after, 'after')))
  if (args.before) bounds.push(afterWhere(order, decodeCursor(order, args.before, 'before'), true))
  const where =
    bounds.length === 0 ? {} : bounds.length === 1 ? (bounds[0] as Record<string, unknown>) : { AND: bounds }
  const orderBy = orderByOf(order, backward)
  return { backward, take: size + 1, reads: [{ where, orderBy }], where, orderBy }
}

/** The columns a page read needs beside what was asked: the sort key and id, for the cursors. */
export function keyColumns(order: KeysetOrder): Record<string, true> {
  return order.column === null ? { id: true } : { id: true, [order.column]: true }
}

// An edge encodes its cursor when asked: most queries ask the nodes of a page, not every cursor.
class KeysetEdge<Node extends { id: number }> {
  readonly #order: KeysetOrder
  #cursor: string | undefined
  readonly node: Node

  constructor(order: KeysetOrder, node: Node) {
    this.#order = order
    this.node = node
  }

  get cursor(): string {
    this.#cursor ??= encodeCursor(this.#order, { value: sortValue(this.#order, this.node), id: this.node.id })
    return this.#cursor
  }
}

/** The connection of the rows a {@link pageQuery} read (one more than the page when more follow). */
export function pageOf<Row extends { id: number }>(
  order: KeysetOrder,
  args: PageArgs,
  query: Pick<PageQuery, 'backward' | 'take'>,
  rows: Row[],
): Page<Row> {
  const size = query.take - 1
  const more = rows.length > size
  const kept = rows.slice(0, size)
  if (query.backward) kept.reverse()
  const edges = kept.map((node) => new KeysetEdge(order, node))
  return {
    edges,
    pageInfo: {
      hasNextPage: query.backward ? args.before != null : more,
      hasPreviousPage: query.backward ? more : args.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  }
}

/** The position of a record of a page, for cursors computed outside {@link pageOf}. */
export function positionOf(order: KeysetOrder, row: Record<string, unknown> & { id: number }): Position {
  return { value: sortValue(order, row), id: row.id }
}
