import { GraphQLError } from 'graphql'

/** A request refused for a limit: `code` names the limit, and the answer is a 400. */
export function limitError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } })
}
