import { print } from '@0no-co/graphql.web'
import { initGraphQLTada, type ResultOf, type TadaDocumentNode, type VariablesOf } from 'gql.tada'
import type { introspection } from './graphql-env.d.ts'

/**
 * `graphql()` typed by the gateway's committed schema (`packages/graphql/schema.graphql`,
 * turned into `graphql-env.d.ts` by `pnpm --filter @vanban-examples/web generate`): a query
 * that names a field the gateway does not have fails to typecheck.
 */
export const graphql = initGraphQLTada<{ introspection: introspection }>()

export type { ResultOf, VariablesOf }

/** A GraphQL request that came back with errors, or not at all. */
export class GatewayError extends Error {
  override readonly name = 'GatewayError'
}

/**
 * Runs one operation against the gateway at `endpoint` (same origin by default) and returns its
 * data, or throws a {@link GatewayError} with the gateway's own messages.
 */
export async function request<R, V>(document: TadaDocumentNode<R, V>, variables: V, endpoint = '/graphql'): Promise<R> {
  let response: Response
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: print(document), variables }),
    })
  } catch (error) {
    throw new GatewayError(`the gateway at ${endpoint} did not answer: ${String(error)}`)
  }
  const body = (await response.json().catch(() => null)) as { data?: R; errors?: { message: string }[] } | null
  if (body === null) throw new GatewayError(`the gateway answered ${response.status} without a JSON body`)
  if (body.errors !== undefined && body.errors.length > 0) {
    throw new GatewayError(body.errors.map((e) => e.message).join('; '))
  }
  if (body.data === undefined) throw new GatewayError(`the gateway answered ${response.status} without data`)
  return body.data
}
