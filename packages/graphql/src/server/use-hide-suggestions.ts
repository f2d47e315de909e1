import { validate } from 'graphql'
import type { Plugin } from 'graphql-yoga'

/**
 * Leaves `Did you mean ...?` out of validation and variable errors, with graphql-js's and the
 * executor's own `hideSuggestions` option: the suggestions would spell out the schema that a
 * server without introspection hides.
 */
export function useHideSuggestions(): Plugin {
  return {
    onValidate({ setValidationFn }) {
      setValidationFn((schema, document, rules) => validate(schema, document, rules, { hideSuggestions: true }))
    },
    onExecute({ executeFn, setExecuteFn }) {
      // yoga's executor (@graphql-tools/executor) reads the option as graphql-js does
      setExecuteFn((args) => executeFn({ ...args, hideSuggestions: true } as typeof args))
    },
  }
}
