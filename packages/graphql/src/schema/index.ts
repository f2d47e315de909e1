import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql'
import { createBuilder, type SchemaOptions } from './builder.ts'
import { DEFAULT_COUNT_CAP } from './counts.ts'
import { addEnums } from './enums.ts'
import { NotAuthorizedError, NotFoundError, ValidationError } from './errors.ts'
import { addJsonLd } from './json-ld.ts'
import { addLinks } from './links.ts'
import { addMutations } from './mutations.ts'
import { addNodes } from './nodes.ts'
import { addOrders } from './orders.ts'
import { addProvinces } from './provinces.ts'
import { addQueries } from './queries.ts'
import { addSearch } from './search/index.ts'
import { readShapedRows } from './shaped-resolvers.ts'
import { plannedConnections } from './sql-shapes.ts'
import { addStats } from './stats.ts'

export type { SchemaOptions } from './builder.ts'
export { createContext, type GraphQLContext } from './context.ts'
export { DEFAULT_COUNT_CAP } from './counts.ts'
export { NotAuthorizedError, NotFoundError, ValidationError } from './errors.ts'
export {
  DEFAULT_SEARCH_COUNT_CAP,
  DEFAULT_SEARCH_WINDOW,
  type SearchOptions,
} from './search/index.ts'

/**
 * vanban's GraphQL schema: the contract's queries (`node`, `directive`, `directives`, `events`,
 * `articles`, `search`) plus organisations and people, provinces, `stats` and `coverage`, and the keyed mutations (`ingestArticle`,
 * `upsertDirective`, `updateEvent`) with typed errors.
 */
export function buildSchema(options: SchemaOptions = {}): GraphQLSchema {
  const builder = createBuilder(options)
  builder.queryType({})
  builder.mutationType({})

  const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
    description: 'What every typed error carries: a message saying what was wrong and what is accepted.',
    fields: (t) => ({ message: t.exposeString('message') }),
  })
  builder.objectType(ValidationError, {
    name: 'ValidationError',
    interfaces: [ErrorInterface],
    fields: (t) => ({
      field: t.exposeString('field', { description: 'The input path that failed: `input.date`.' }),
      reason: t.exposeString('reason'),
    }),
  })
  builder.objectType(NotAuthorizedError, { name: 'NotAuthorizedError', interfaces: [ErrorInterface] })
  builder.objectType(NotFoundError, { name: 'NotFoundError', interfaces: [ErrorInterface] })

  const enums = addEnums(builder)
  const maxPageSize = options.maxPageSize ?? 100
  const defaultPageSize = options.defaultPageSize ?? 20
  const countCap = options.countCap ?? DEFAULT_COUNT_CAP
  const nodes = addNodes(builder, enums, maxPageSize, countCap)
  const orders = addOrders(builder)
  addLinks(builder, enums, nodes, orders, maxPageSize, defaultPageSize, countCap)
  addJsonLd(builder)
  const { EventFilter } = addQueries(builder, enums, nodes, orders, defaultPageSize, maxPageSize, countCap)
  addProvinces(builder, enums)
  addStats(builder, EventFilter)
  addSearch(builder, nodes, maxPageSize, options.search)
  addMutations(builder, enums, nodes)
  return readShapedRows(builder.toSchema(), plannedConnections(defaultPageSize))
}

/** The schema in SDL, types sorted, as committed in schema.graphql. */
export function printSortedSchema(schema: GraphQLSchema = buildSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`
}
