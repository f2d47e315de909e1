import SchemaBuilder from '@pothos/core'
import ErrorsPlugin from '@pothos/plugin-errors'
import PrismaPlugin from '@pothos/plugin-prisma'
import RelayPlugin from '@pothos/plugin-relay'
import ScopeAuthPlugin from '@pothos/plugin-scope-auth'
import ValidationPlugin from '@pothos/plugin-validation'
import { getDatamodel, type PrismaTypes } from '@vanban/store/pothos-types'
import { z } from 'zod'
import type { GraphQLContext } from './context.ts'
import { NotAuthorizedError, ValidationError } from './errors.ts'
import { CursorArgSchema, decodeGlobalId } from './ids.ts'
import type { SearchOptions } from './search/index.ts'

/** Options that shape the schema itself (not the server around it). */
export type SchemaOptions = {
  /** Largest `first` a connection accepts; larger asks are rejected, not clipped. Default 100. */
  maxPageSize?: number
  /** Page size when `first` is omitted. Default 20. */
  defaultPageSize?: number
  /** How `search` counts and pages: the count cap and the ranked window. */
  search?: SearchOptions
  /**
   * A connection's `totalCount` is exact up to this many records, then the planner's estimate
   * (`totalCountIsEstimate`), as search's. Default 10,000.
   */
  countCap?: number
}

function issuePath(path: ReadonlyArray<PropertyKey | { key: PropertyKey }> | undefined): string {
  return (path ?? []).map((part) => String(typeof part === 'object' ? part.key : part)).join('.')
}

/** A `first`/`last` argument: a whole number from 0 to `max`; above it, `at most <max> <what>`. */
export function pageSizeSchema(max: number, what: string) {
  return z
    .number()
    .int('a page size is a whole number')
    .min(0, 'a page size is not negative')
    .max(max, `at most ${max} ${what}`)
    .nullish()
}

/**
 * The Pothos builder with vanban's plugins. The errors plugin comes first so it can turn the
 * errors thrown by auth and validation into typed results; validation failures of a caller
 * without a key become NotAuthorizedError, so nothing about the input leaks before the key check.
 */
export function createBuilder(options: SchemaOptions = {}) {
  const maxPageSize = options.maxPageSize ?? 100
  const pageSize = pageSizeSchema(maxPageSize, 'records per page; page through the rest with `after`')
  const builder = new SchemaBuilder<{
    PrismaTypes: PrismaTypes
    Context: GraphQLContext
    AuthScopes: { apiKey: boolean }
    Scalars: { JSONLD: { Input: unknown; Output: unknown } }
    DefaultFieldNullability: false
    DefaultInputFieldRequiredness: false
  }>({
    plugins: [ErrorsPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin],
    defaultFieldNullability: false,
    errors: { defaultTypes: [], unsafelyHandleInputErrors: true },
    scopeAuth: {
      authScopes: (context) => ({ apiKey: context.authorized }),
      unauthorizedError: () => new NotAuthorizedError(),
    },
    prisma: {
      client: (context) => context.prisma,
      dmmf: getDatamodel(),
      exposeDescriptions: false,
      filterConnectionTotalCount: true,
      onUnusedQuery: null,
      maxConnectionSize: maxPageSize,
      defaultConnectionSize: options.defaultPageSize ?? 20,
    },
    relay: {
      clientMutationId: 'omit',
      cursorType: 'String',
      nodesQueryOptions: false,
      firstArgOptions: { validate: pageSize },
      lastArgOptions: { validate: pageSize },
      afterArgOptions: { validate: CursorArgSchema },
      beforeArgOptions: { validate: CursorArgSchema },
      decodeGlobalID: decodeGlobalId,
    },
    validation: {
      validationError: (result, _args, context) => {
        if (!context.authorized && context.mutation) return new NotAuthorizedError()
        const issue = result.issues[0]
        return new ValidationError(issuePath(issue?.path) || 'input', issue?.message ?? 'invalid value')
      },
    },
  })
  return builder
}

/** The builder type that every schema module extends. */
export type Builder = ReturnType<typeof createBuilder>
