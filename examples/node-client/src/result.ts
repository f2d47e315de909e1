/**
 * Why a call failed: the gateway could not be reached (`network`), answered with an HTTP error
 * (`http`) or GraphQL errors (`graphql`), or sent data that does not pass @vanban/core's schemas
 * (`invalid`): the client never hands on a record it has not checked; or the gateway turned the
 * request down with one of its typed errors (`rejected`: no valid API key, an input it refuses).
 */
export type ClientError = {
  readonly kind: 'network' | 'http' | 'graphql' | 'invalid' | 'rejected'
  readonly message: string
}

/** A value, or why there is none: callers must look before they use it. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ClientError }

/** A successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

/** A failed result. */
export const fail = <T = never>(kind: ClientError['kind'], message: string): Result<T> => ({
  ok: false,
  error: { kind, message },
})
