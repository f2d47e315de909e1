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

/** One entry of a GraphQL response's `errors`: the gateway's message, the field it concerns and its code. */
export type GatewayProblem = {
  readonly message: string
  /** The response path of the field that failed (`['node']`); absent for request-level errors. */
  readonly path?: readonly (string | number)[]
  /** `BAD_USER_INPUT`, `INTERNAL_SERVER_ERROR`...; absent where the gateway gave none. */
  readonly code?: string
}

/** A GraphQL request that came back with errors (in {@link problems}), or not at all (none). */
export class GatewayError extends Error {
  override readonly name = 'GatewayError'
  readonly problems: readonly GatewayProblem[]

  constructor(message: string, problems: readonly GatewayProblem[] = []) {
    super(message)
    this.problems = problems
  }
}

type ResponseBody<R> = {
  data?: R | null
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: unknown } }[]
}

function problemOf(error: NonNullable<ResponseBody<unknown>['errors']>[number]): GatewayProblem {
  const code = error.extensions?.code
  return {
    message: error.message,
    ...(error.path === undefined ? {} : { path: error.path }),
    ...(typeof code === 'string' ? { code } : {}),
  }
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
  const body = (await response.json().catch(() => null)) as ResponseBody<R> | null
  if (body === null) throw new GatewayError(`the gateway answered ${response.status} without a JSON body`)
  if (body.errors !== undefined && body.errors.length > 0) {
    throw new GatewayError(body.errors.map((e) => e.message).join('; '), body.errors.map(problemOf))
  }
  if (body.data === undefined || body.data === null) {
    throw new GatewayError(`the gateway answered ${response.status} without data`)
  }
  return body.data
}

/**
 * True when the gateway refused the argument of the top-level field `field` (a malformed id for
 * `node`, a string that is no directive code for `directive`, a search too short): the error is on
 * that field and is not the gateway's own failure (`INTERNAL_SERVER_ERROR`, which it masks).
 */
export function refusedArgument(error: unknown, field: string): boolean {
  if (!(error instanceof GatewayError) || error.problems.length === 0) return false
  return error.problems.every((p) => p.path?.length === 1 && p.path[0] === field && p.code !== 'INTERNAL_SERVER_ERROR')
}

/**
 * Runs a lookup of one record by id or code and returns its data, or null when the gateway
 * refused the id or code (see {@link refusedArgument}): no record can have it, so the page says
 * the record was not found, as it does for a well-formed id that names nothing.
 */
export async function lookup<R, V>(document: TadaDocumentNode<R, V>, variables: V, field: string): Promise<R | null> {
  try {
    return await request(document, variables)
  } catch (error) {
    if (refusedArgument(error, field)) return null
    throw error
  }
}
