import { cappedCountSql } from './counts.ts'
import { CursorArgSchema } from './ids.ts'
import { type KeysetOrder, type PageArgs, pageOf } from './keyset.ts'
import { keysetOrder, type OrderArg } from './orders.ts'
import type { SelectedField, Selection } from './selection.ts'
import { citedEventsSource } from './sql-cited-events.ts'
import { pageReadsSql, type ReadKind, type SqlPageReads } from './sql-keyset.ts'
import type { SqlParams } from './sql-params.ts'

/**
 * Rows shaped by SQL: what a query asks of a page and everything beneath it, built by PostgreSQL
 * as JSON (json_build_object / json_agg of the fields asked only) in one statement, the way
 * PostGraphile plans a nested page. The objects carry `__typename` (which no Prisma row has), so
 * the resolvers tell them apart and read their fields as properties (shaped-resolvers.ts).
 */

/** How one statement is being written: its parameters, table aliases, the page sizes and the count cap. */
export type ShapeContext = {
  params: SqlParams
  maxPageSize: number
  defaultPageSize: number
  countCap: number
  aliases: number
}

/** The key a connection field's planned page is kept under in its shaped parent. */
export const connectionKey = (field: string, responseKey: string) => `${field}@${responseKey}`

/** A connection planned into its parent's statement: its nodes (one more when more follow) and count. */
export type PlannedConnection = { nodes: { id: number }[]; total?: number }

function alias(context: ShapeContext): string {
  context.aliases += 1
  return `t${context.aliases}`
}

/** A LIMIT bound as a parameter, marked as the bound of a list for the statement checks. */
function limit(context: ShapeContext, take: number): string {
  return `LIMIT ${context.params.bind(take)} /* list */`
}

type Relation = (context: ShapeContext, parent: string, field: SelectedField) => string | null

/** A connection of the root row, by the SQL expression of that row's id (a bound parameter). */
type Connection = (context: ShapeContext, parentId: string, field: SelectedField) => string | null

/** One GraphQL type built from a table: its columns by field name, its relations and connections. */
type Shape = {
  table: string
  /** Fields read from a column, field name to column name (most are the same). */
  columns: Record<string, string>
  relations: Record<string, Relation>
  /**
   * Connections, planned only on the root row of a read. One whose plan does not depend on the
   * parent (`inline`: its reads walk one index range of the parent's in the page's order) is
   * planned into the root row's statement; any other in a statement of its own with the root's
   * id bound, as a correlated id would leave PostgreSQL a generic plan, which at scale reads
   * every citation of a busy directive (256 ms for page 1,000 of 20,000 events).
   */
  connections: Record<string, { sql: Connection; inline: boolean }>
}

/**
 * The shaped object of `selection` for the row `row` of its type's table, or null if it asks what
 * is not planned. The connections it asks go to `deferred` (for {@link connectionsSql}); without
 * `deferred` (a row below the root) a connection is not planned.
 */
export function objectSql(
  context: ShapeContext,
  selection: Selection,
  row: string,
  extra: string[] = [],
  deferred?: SelectedField[],
): string | null {
  const name = selection.type.name
  const shape = SHAPES[name]
  if (shape === undefined) return null
  const pairs = [`'__typename', '${name}'`, `'id', ${row}.id`, ...extra]
  for (const field of selection.fields.values()) {
    if (field.name === 'id') continue
    const column = shape.columns[field.name]
    if (column !== undefined) {
      pairs.push(`'${field.name}', ${row}."${column}"`)
      continue
    }
    const connection = shape.connections[field.name]
    if (connection !== undefined) {
      if (deferred === undefined) return null
      if (!connection.inline) {
        deferred.push(field)
        continue
      }
      const sql = connection.sql(context, `${row}.id`, field)
      if (sql === null) return null
      pairs.push(`'${connectionKey(field.name, field.responseKey)}', ${sql}`)
      continue
    }
    const relation = shape.relations[field.name]
    const sql = relation?.(context, row, field) ?? null
    if (sql === null) return null
    pairs.push(`'${field.name}', ${sql}`)
  }
  // json_build_object takes at most 100 arguments
  if (pairs.length > 50) return null
  return `json_build_object(${pairs.join(', ')})`
}

/**
 * The connections `fields` of a row of `typeName` whose id is the SQL expression `parentId`, as
 * one json object by connection key, or null when one of them is not planned.
 */
export function connectionsSql(
  context: ShapeContext,
  typeName: string,
  parentId: string,
  fields: readonly SelectedField[],
): string | null {
  const pairs: string[] = []
  for (const field of fields) {
    const sql = SHAPES[typeName]?.connections[field.name]?.sql(context, parentId, field) ?? null
    if (sql === null) return null
    pairs.push(`'${connectionKey(field.name, field.responseKey)}', ${sql}`)
  }
  return `json_build_object(${pairs.join(', ')})`
}

/** A to-one relation: the row of `table` whose id is the parent's `foreignKey`. */
const toOne =
  (table: string, foreignKey: string): Relation =>
  (context, parent, field) => {
    const row = alias(context)
    const object = objectSql(context, field.selection, row)
    return object === null
      ? null
      : `(SELECT ${object} FROM "${table}" ${row} WHERE ${row}.id = ${parent}."${foreignKey}")`
  }

/**
 * A plain list through a join table: the parent's first `maxPageSize` join rows in `(key, id)`
 * order, each `key` once (its first row), as nodes.ts and links.ts read them with firstPerKey.
 */
const throughJoin =
  (spec: { join: string; parentKey: string; key: string; table: string; distinct: boolean }): Relation =>
  (context, parent, field) => {
    const join = alias(context)
    const row = alias(context)
    const object = objectSql(context, field.selection, row)
    if (object === null) return null
    const order = spec.distinct ? `${join}."${spec.key}", ${join}.id` : `${join}."${spec.key}"`
    const bounded = `SELECT ${join}."${spec.key}"${spec.distinct ? `, ${join}.id` : ''} FROM "${spec.join}" ${join} WHERE ${join}."${spec.parentKey}" = ${parent}.id ORDER BY ${order} ${limit(context, context.maxPageSize)}`
    const firsts = spec.distinct
      ? `SELECT DISTINCT ON (k."${spec.key}") k."${spec.key}" FROM (${bounded}) k ORDER BY k."${spec.key}", k.id`
      : bounded
    return `(SELECT coalesce(json_agg(${object} ORDER BY j."${spec.key}"), '[]'::json) FROM (${firsts}) j JOIN "${spec.table}" ${row} ON ${row}.id = j."${spec.key}")`
  }

// Event.participants: its first participations by person, each person once (nodes.ts)
const participants: Relation = (context, parent, field) => {
  const join = alias(context)
  const row = alias(context)
  const object = objectSql(context, field.selection, row)
  if (object === null) return null
  const bounded = `SELECT ${join}.* FROM "Participation" ${join} WHERE ${join}."eventId" = ${parent}.id ORDER BY ${join}."personId", ${join}.id ${limit(context, context.maxPageSize)}`
  return `(SELECT coalesce(json_agg(${object} ORDER BY ${row}."personId"), '[]'::json) FROM (SELECT DISTINCT ON (k."personId") k.* FROM (${bounded}) k ORDER BY k."personId", k.id) ${row})`
}

// Directive.relations: at most maxPageSize each way, by relation id, each (direction, type,
// directive) once, outgoing first, at most maxPageSize in all (links.ts)
const relations: Relation = (context, parent, field) => {
  const directive = field.selection.fields.get('directive')
  const other = alias(context)
  const object =
    directive === undefined ? `json_build_object('id', ${other}.id)` : objectSql(context, directive.selection, other)
  if (object === null) return null
  for (const f of field.selection.fields.values())
    if (!['type', 'direction', 'readAs', 'label', 'labelEn', 'directive'].includes(f.name)) return null
  const r = alias(context)
  const side = (n: number, direction: string, self: string, to: string) =>
    `(SELECT ${n} AS side, '${direction}' AS direction, ${r}.type, ${r}."${to}" AS other, ${r}.id FROM "DirectiveRelation" ${r} WHERE ${r}."${self}" = ${parent}.id ORDER BY ${r}.id ${limit(context, context.maxPageSize)})`
  const both = `${side(0, 'outgoing', 'fromId', 'toId')} UNION ALL ${side(1, 'incoming', 'toId', 'fromId')}`
  const firsts = `SELECT side, direction, type, other, min(id) AS id FROM (${both}) q GROUP BY side, direction, type, other ORDER BY side, min(id) ${limit(context, context.maxPageSize)}`
  return `(SELECT coalesce(json_agg(json_build_object('type', x.type, 'direction', x.direction, 'directive', ${object}) ORDER BY x.side, x.id), '[]'::json) FROM (${firsts}) x JOIN "Directive" ${other} ON ${other}.id = x.other)`
}

/** The arguments of a planned page, checked as the relay plugin checks them (else it is not planned). */
function pageArgs(context: ShapeContext, args: Record<string, unknown>): PageArgs | null {
  const size = (value: unknown) =>
    value === undefined ||
    value === null ||
    (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= context.maxPageSize)
  if (!size(args.first) || !size(args.last)) return null
  for (const cursor of [args.after, args.before])
    if (cursor !== undefined && cursor !== null && !CursorArgSchema.safeParse(cursor).success) return null
  return args as PageArgs
}

/**
 * How a page's rows are read from another relation than its table (a join table's index): each
 * read of the page as one SELECT of the rows' `id` (and the order's column, when it has one) over
 * the alias its `condition` names, in the read's order, at most `take` rows, each record once.
 */
export type SourceRead = (read: {
  alias: string
  condition: string
  kind: ReadKind
  /** The LIMIT clause. */
  take: string
  /** Whether the read walks the order ascending. */
  ascending: boolean
}) => string

/**
 * What a page's rows are: the table of its nodes, and the condition that selects them over an
 * alias, or (`read`) how they are read from elsewhere; `splitNulls` as pageReadsSql takes it.
 */
export type PageSource = {
  table: string
  where: (row: string) => string
  read?: { splitNulls: boolean; select: SourceRead }
}

/**
 * One page of `source` in `order` after/before the keyset cursors of `args`, as a json array of
 * shaped nodes (each with its sort key, for the cursors), in the page's order. Null when a cursor
 * is not one of this list (the resolver then reports it).
 */
export function pageSql(
  context: ShapeContext,
  source: PageSource,
  order: KeysetOrder,
  args: PageArgs,
  node: Selection | null,
): { sql: string; reads: SqlPageReads } | null {
  const read = alias(context)
  let reads: SqlPageReads
  try {
    reads = pageReadsSql(order, args, context.defaultPageSize, read, context.params, source.read?.splitNulls)
  } catch {
    return null
  }
  const sortColumn = order.column === null ? '' : `, ${read}."${order.column}"`
  const take = limit(context, reads.take)
  // a later read (the undated records after the dated ones) runs only when the reads before it
  // left the page short, as keyset.ts's reads do: a one-time filter on the rows read so far
  const first = `${read}_first`
  const branches = reads.reads.map((condition, i) => {
    const conditions = [condition, ...(i > 0 ? [`(SELECT count(*) FROM ${first}) < ${reads.take}`] : [])]
    const kind = reads.kinds[i] ?? 'any'
    if (source.read !== undefined)
      return `(${source.read.select({ alias: read, condition: conditions.filter((c) => c !== 'TRUE').join(' AND ') || 'TRUE', kind, take, ascending: reads.ascending })})`
    const where = [source.where(read), ...conditions].filter((c) => c !== 'TRUE').join(' AND ') || 'TRUE'
    return `(SELECT ${read}.id${sortColumn} FROM "${source.table}" ${read} WHERE ${where} ORDER BY ${reads.orderBy(read)} ${take})`
  })
  const row = alias(context)
  const sortKey = order.column === null ? [] : [`'${order.column}', ${row}."${order.column}"`]
  const object =
    node === null
      ? `json_build_object('id', ${row}.id${sortKey.map((k) => `, ${k}`).join('')})`
      : objectSql(context, node, row, sortKey)
  if (object === null) return null
  const page =
    branches.length === 1
      ? (branches[0] as string)
      : `WITH ${first} AS ${branches[0]} SELECT u.* FROM (SELECT * FROM ${first} UNION ALL ${branches.slice(1).join(' UNION ALL ')}) u ORDER BY ${reads.orderBy('u')} ${take}`
  const sql = `(SELECT coalesce(json_agg(${object} ORDER BY k.n), '[]'::json) FROM (SELECT p.id, row_number() OVER (ORDER BY ${reads.orderBy('p')}) AS n FROM (${page}) p) k JOIN "${source.table}" ${row} ON ${row}.id = k.id)`
  return { sql, reads }
}

/** What a connection's selection asks: its nodes' selection, and whether it asks totalCount. */
export function connectionSelection(selection: Selection): { node: Selection | null; count: boolean } | null {
  let node: Selection | null = null
  for (const field of selection.fields.values()) {
    if (field.name === 'edges') {
      for (const edgeField of field.selection.fields.values()) {
        if (edgeField.name === 'node') node = edgeField.selection
        else if (edgeField.name !== 'cursor') return null
      }
    } else if (!['pageInfo', 'totalCount', 'totalCountIsEstimate'].includes(field.name)) return null
  }
  return { node, count: selection.fields.has('totalCount') || selection.fields.has('totalCountIsEstimate') }
}

// A directive's events or articles (links.ts): the records citing it, in the order asked
const citedBy =
  (model: 'event' | 'article'): Connection =>
  (context, parentId, field) => {
    const args = pageArgs(context, field.args)
    const asked = connectionSelection(field.selection)
    if (args === null || asked === null) return null
    const order = keysetOrder(
      model === 'event' ? 'EventOrder' : 'ArticleOrder',
      `directive.${model}s`,
      field.args.orderBy as OrderArg,
      model === 'event' ? 'DATE' : 'PUBLISHED_AT',
    )
    const column = `${model}Id`
    const source: PageSource =
      model === 'event'
        ? citedEventsSource(parentId, order, alias(context))
        : {
            table: 'Article',
            where: (row) =>
              `EXISTS (SELECT 1 FROM "Citation" c WHERE c."directiveId" = ${parentId} AND c."${column}" = ${row}.id)`,
          }
    const page = pageSql(context, source, order, args, asked.node)
    if (page === null) return null
    // at most the cap + 1 (links.ts estimates past it)
    const count = asked.count
      ? `, 'total', (${cappedCountSql(`SELECT DISTINCT c."${column}" FROM "Citation" c WHERE c."directiveId" = ${parentId} AND c."${column}" IS NOT NULL`, context.params.bind(context.countCap + 1))})`
      : ''
    return `json_build_object('nodes', ${page.sql}${count})`
  }

/** The types planned, with their columns and relations; a field not here is not planned. */
const SHAPES: Record<string, Shape> = {
  Event: {
    table: 'Event',
    columns: Object.fromEntries(
      ['kind', 'title', 'date', 'dateInferred', 'dateConfidence', 'partOfDay', 'location'].map((c) => [c, c]),
    ),
    relations: {
      organizer: toOne('Organization', 'organizerId'),
      directives: throughJoin({
        join: 'Citation',
        parentKey: 'eventId',
        key: 'directiveId',
        table: 'Directive',
        distinct: true,
      }),
      articles: throughJoin({
        join: 'EventReport',
        parentKey: 'eventId',
        key: 'articleId',
        table: 'Article',
        distinct: false,
      }),
      participants,
    },
    connections: {},
  },
  Directive: {
    table: 'Directive',
    columns: Object.fromEntries(
      [
        'key',
        'code',
        'system',
        'type',
        'number',
        'year',
        'issuerCode',
        'issuedOn',
        'issuingBody',
        'title',
        'inferred',
      ].map((c) => [c, c]),
    ),
    relations: { relations },
    connections: {
      events: { sql: citedBy('event'), inline: true },
      articles: { sql: citedBy('article'), inline: false },
    },
  },
  Organization: { table: 'Organization', columns: { name: 'name', kind: 'kind' }, relations: {}, connections: {} },
  Person: { table: 'Person', columns: { name: 'name' }, relations: {}, connections: {} },
  Participation: {
    table: 'Participation',
    columns: { roles: 'roles', sentence: 'sentence' },
    relations: { person: toOne('Person', 'personId') },
    connections: {},
  },
  Article: {
    table: 'Article',
    columns: Object.fromEntries(['title', 'publishedAt', 'byline', 'url', 'source', 'body', 'text'].map((c) => [c, c])),
    relations: {},
    connections: {},
  },
}

/** The shaped types' fields that read a planned value, for shaped-resolvers.ts. */
export const SHAPED_FIELDS: Record<string, string[]> = Object.fromEntries(
  Object.entries(SHAPES).map(([type, shape]) => [
    type,
    [...Object.keys(shape.columns), ...Object.keys(shape.relations)],
  ]),
)

/** Turns a connection planned into its parent's statement into the connection its resolver would return. */
export type ConnectionFinish = (
  planned: PlannedConnection,
  args: Record<string, unknown>,
  parent: { id: number },
) => unknown

/** The connections planned into their parent's statement, by `Type.field`, finished into relay pages. */
export function plannedConnections(defaultPageSize: number): Record<string, ConnectionFinish> {
  const citedByPage =
    (model: 'event' | 'article'): ConnectionFinish =>
    (planned, args, parent) => {
      const order = keysetOrder(
        model === 'event' ? 'EventOrder' : 'ArticleOrder',
        `directive.${model}s`,
        args.orderBy as OrderArg,
        model === 'event' ? 'DATE' : 'PUBLISHED_AT',
      )
      const page = finishPage(order, args as PageArgs, defaultPageSize, planned)
      return Object.assign(page, { directiveId: parent.id })
    }
  return { 'Directive.events': citedByPage('event'), 'Directive.articles': citedByPage('article') }
}

/** A planned page as its connection: edges with cursors, pageInfo, and `totalCount` when counted. */
export function finishPage(order: KeysetOrder, args: PageArgs, defaultPageSize: number, planned: PlannedConnection) {
  const backward = args.last != null && args.first == null
  const size = (backward ? args.last : args.first) ?? defaultPageSize
  const page = pageOf(order, args, { backward, take: size + 1 }, planned.nodes)
  return planned.total === undefined ? page : Object.assign(page, { totalCount: planned.total })
}
