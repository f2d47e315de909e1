import { GraphQLError } from 'graphql'

/**
 * An input that failed one of core's validators: `field` is the input path (`input.date`) and
 * `reason` says what is accepted. A GraphQLError so that, where a field has no typed result
 * union (queries), it reaches the client unmasked with the same message.
 */
export class ValidationError extends GraphQLError {
  readonly field: string
  readonly reason: string

  constructor(field: string, reason: string, status?: number) {
    super(`${field}: ${reason}`, {
      extensions: { code: 'BAD_USER_INPUT', field, ...(status === undefined ? {} : { http: { status } }) },
    })
    this.name = 'ValidationError'
    this.field = field
    this.reason = reason
  }
}

/** The request carries no valid `Authorization: Bearer <key>` for an operation that needs one. */
export class NotAuthorizedError extends GraphQLError {
  constructor(
    message = 'this operation needs an API key: send `Authorization: Bearer <key>` with a key from VANBAN_API_KEYS',
  ) {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } })
    this.name = 'NotAuthorizedError'
  }
}

/** An id or code that names no stored record, where a mutation needs one. */
export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'NOT_FOUND' } })
    this.name = 'NotFoundError'
  }
}
