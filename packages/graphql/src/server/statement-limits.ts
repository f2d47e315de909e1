import { statementInterruption, withStatementLimits } from '@vanban/store'
import { type ExecutionResult, GraphQLError } from 'graphql'
import type { Plugin } from 'graphql-yoga'

/** How long one database statement of a request may run by default. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000

/** The `extensions.code` of the errors a stopped statement gives, by why it stopped. */
export const STATEMENT_ERROR_CODES = {
  timeout: 'STATEMENT_TIMEOUT',
  cancelled: 'STATEMENT_CANCELLED',
  'no-connection': 'DATABASE_UNAVAILABLE',
  shutdown: 'SHUTTING_DOWN',
} as const

const FINISHED = new Error('the request is finished or called off')

/**
 * A signal that aborts when any of `signals` does, or on `finish()`, which also unhooks it from
 * them. (The request's signal may be a ponyfill, which `AbortSignal.any` does not take.)
 */
function eitherSignal(signals: readonly AbortSignal[]): { signal: AbortSignal; finish: () => void } {
  const controller = new AbortController()
  // a reason of its own: AbortController's default, a DOMException, costs a stack trace per request
  const abort = () => controller.abort(FINISHED)
  for (const signal of signals) {
    if (signal.aborted) abort()
    else signal.addEventListener('abort', abort, { once: true })
  }
  const finish = () => {
    for (const signal of signals) signal.removeEventListener('abort', abort)
    abort()
  }
  return { signal: controller.signal, finish }
}

function typedError(error: GraphQLError, stopping: AbortSignal): GraphQLError {
  const interruption = statementInterruption(error.originalError)
  if (interruption === null) return error
  const kind = interruption.reason === 'cancelled' && stopping.aborted ? 'shutdown' : interruption.reason
  const message =
    kind === 'shutdown'
      ? 'the server is shutting down and cancelled this request; send it again'
      : kind === 'timeout'
        ? `the database did not answer within the ${interruption.timeoutMs} ms this server allows a statement, so it was cancelled; narrow the query (fewer fields, smaller pages) or try again later`
        : kind === 'no-connection'
          ? `${interruption.message}; try again later`
          : interruption.message
  // No originalError: the error is expected, so masking leaves it as is and logs no stack.
  return new GraphQLError(message, {
    ...(error.nodes === undefined ? {} : { nodes: error.nodes }),
    ...(error.path === undefined ? {} : { path: error.path }),
    extensions: { code: STATEMENT_ERROR_CODES[kind] },
  })
}

/**
 * Runs each operation's database statements under `timeoutMs` each, cancelled when the client
 * goes away (the request's signal) or when `stopping` aborts (shutdown past its grace period),
 * and turns the errors of stopped statements into typed GraphQL errors (`STATEMENT_TIMEOUT`,
 * `STATEMENT_CANCELLED`, `DATABASE_UNAVAILABLE` when the pool had no connection in time,
 * `SHUTTING_DOWN`).
 */
export function useStatementLimits(timeoutMs: number, stopping: AbortSignal): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn, args }) {
      const request = (args.contextValue as { request?: Request }).request
      setExecuteFn(async (executeArgs) => {
        const { signal, finish } = eitherSignal(request === undefined ? [stopping] : [request.signal, stopping])
        try {
          return await withStatementLimits({ timeoutMs, signal }, () => executeFn(executeArgs))
        } finally {
          // A resolver still running once the result is out (a sibling of a field whose error
          // nulled its parent) has no one to answer: its statements are cancelled and refused.
          finish()
        }
      })
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || result.errors === undefined) return
          const single = result as ExecutionResult
          setResult({ ...single, errors: (single.errors ?? []).map((error) => typedError(error, stopping)) })
        },
      }
    },
  }
}
