import { initGraphQLTada } from 'gql.tada'
import type { introspection } from './graphql-env.d.ts'

/**
 * `graphql()` typed by the gateway's committed schema: `graphql-env.d.ts` is generated from
 * `packages/graphql/schema.graphql` by `pnpm --filter @vanban-examples/node-client generate`,
 * so a query naming a field the gateway does not have fails to typecheck, and every result is
 * typed without a hand-written interface.
 */
export const graphql = initGraphQLTada<{ introspection: introspection }>()

export type { ResultOf, VariablesOf } from 'gql.tada'
