import { type ExecutionResult, GraphQLError } from 'graphql'
import type { Plugin } from 'graphql-yoga'

type Bounds = { maxErrors: number; maxErrorLength: number }

function cut(error: GraphQLError, maxLength: number): GraphQLError {
  if (error.message.length <= maxLength) return error
  const message = `${error.message.slice(0, maxLength)}… (cut at ${maxLength} of ${error.message.length} characters)`
  return new GraphQLError(message, {
    ...(error.nodes === undefined ? {} : { nodes: error.nodes }),
    ...(error.path === undefined ? {} : { path: error.path }),
    extensions: error.extensions,
  })
}

/** A result with at most `maxErrors` errors of at most `maxErrorLength` characters, then a count of the rest. */
export function boundErrors(result: ExecutionResult, { maxErrors, maxErrorLength }: Bounds): ExecutionResult {
  const errors = result.errors
  if (errors === undefined || errors.every((e, i) => i < maxErrors && e.message.length <= maxErrorLength)) return result
  const kept = errors.slice(0, maxErrors).map((e) => cut(e as GraphQLError, maxErrorLength))
  const more = errors.length - kept.length
  if (more > 0) {
    kept.push(new GraphQLError(`and ${more} more errors like these`, { extensions: { code: 'TOO_MANY_ERRORS' } }))
  }
  return { ...result, errors: kept }
}

/**
 * Bounds the errors of every answer: a variable with 80,000 unknown keys gives 50 errors, each
 * quoting the whole value; the client gets the first `maxErrors`, each cut at `maxErrorLength`
 * characters, and how many more there were, so an error body stays a few kilobytes.
 */
export function useBoundedErrors(bounds: Bounds): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map((r) => boundErrors(r, bounds)))
      else if (!(Symbol.asyncIterator in result)) setResult(boundErrors(result, bounds))
    },
  }
}
