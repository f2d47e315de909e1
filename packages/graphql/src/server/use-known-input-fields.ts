import {
  type ExecutionArgs,
  type GraphQLInputType,
  getOperationAST,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
} from 'graphql'
import type { Plugin } from 'graphql-yoga'
import { ValidationError } from '../schema/errors.ts'

const NAMED = 3

/**
 * Refuses a variable whose input objects hold keys their type does not define with one
 * {@link ValidationError} naming the first few, before graphql-js coerces it: coercion would
 * report each unknown key quoting the whole value (80,000 keys: 9 s and 50 errors of 1.7 MB).
 * With `nameAccepted` the error also lists the fields the type accepts (not where suggestions
 * are off: the list would spell out the schema).
 */
export function useKnownInputFields({ nameAccepted }: { nameAccepted: boolean }): Plugin {
  // The first input object in `value` holding keys its type does not define: where, and what.
  const unknownFields = (type: GraphQLInputType, value: unknown, path: string): ValidationError | undefined => {
    if (isNonNullType(type)) return unknownFields(type.ofType, value, path)
    if (isListType(type)) {
      const items = Array.isArray(value) ? value : [value]
      for (const [i, item] of items.entries()) {
        const found = unknownFields(type.ofType, item, Array.isArray(value) ? `${path}.${i}` : path)
        if (found !== undefined) return found
      }
      return undefined
    }
    if (!isInputObjectType(type) || typeof value !== 'object' || value === null || Array.isArray(value))
      return undefined
    const fields = type.getFields()
    const unknown = Object.keys(value).filter((key) => !Object.hasOwn(fields, key))
    if (unknown.length > 0) {
      const named = unknown.slice(0, NAMED).map((key) => JSON.stringify(key.slice(0, 40)))
      const more = unknown.length > NAMED ? ` and ${unknown.length - NAMED} more` : ''
      const accepted = nameAccepted ? `; it accepts ${Object.keys(fields).join(', ')}` : ''
      return new ValidationError(path, `${type.name} has no field ${named.join(', ')}${more}${accepted}`, 400)
    }
    for (const [key, item] of Object.entries(value)) {
      const found = unknownFields((fields[key] as { type: GraphQLInputType }).type, item, `${path}.${key}`)
      if (found !== undefined) return found
    }
    return undefined
  }

  const firstUnknown = (args: ExecutionArgs): ValidationError | undefined => {
    const operation = getOperationAST(args.document, args.operationName)
    const variables = (args.variableValues ?? {}) as Record<string, unknown>
    for (const definition of operation?.variableDefinitions ?? []) {
      const type = typeFromAST(args.schema, definition.type) as GraphQLInputType | undefined
      const name = definition.variable.name.value
      const found = type && unknownFields(type, variables[name], `$${name}`)
      if (found !== undefined) return found
    }
    return undefined
  }

  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = firstUnknown(args as ExecutionArgs)
      if (error !== undefined) setResultAndStopExecution({ errors: [error] })
    },
  }
}
