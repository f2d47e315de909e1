import { GraphQLError, parse } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import { limitError } from './limit-error.ts'

/**
 * Stops parsing a document at `maxTokens` lexical tokens, with graphql-js's own `maxTokens`
 * parse option, so a huge document costs no more than its first tokens.
 */
export function useMaxTokens(maxTokens: number): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxTokens })
        } catch (error) {
          if (error instanceof GraphQLError && /more than \d+ tokens/.test(error.message)) {
            throw limitError(`the query has more than ${maxTokens} tokens; send a smaller query`, 'TOKEN_LIMIT')
          }
          throw error
        }
      })
    },
  }
}
