import { type DocumentNode, Kind, type ValueNode, visit } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import { ValidationError } from '../schema/errors.ts'

const REASON = 'text may not hold NUL characters (\\u0000) or unpaired UTF-16 surrogates; send well-formed Unicode text'

// A NUL, a high surrogate not followed by a low one, or a low one not preceded by a high one.
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

// PostgreSQL stores neither a NUL nor an unpaired surrogate in text, and fails the statement.
function storable(text: string): boolean {
  return !UNSTORABLE.test(text)
}

// The path of the first string in a variable's value that could not be stored, if any.
function badVariable(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return storable(value) ? undefined : path
  if (typeof value !== 'object' || value === null) return undefined
  for (const [key, item] of Object.entries(value)) {
    const found = badVariable(item, `${path}.${key}`)
    if (found !== undefined) return found
  }
  return undefined
}

function badLiteral(value: ValueNode, path: string): string | undefined {
  if (value.kind === Kind.STRING) return storable(value.value) ? undefined : path
  if (value.kind === Kind.LIST) return value.values.map((v, i) => badLiteral(v, `${path}.${i}`)).find(Boolean)
  if (value.kind === Kind.OBJECT)
    return value.fields.map((f) => badLiteral(f.value, `${path}.${f.name.value}`)).find(Boolean)
  return undefined
}

/**
 * Answers a request whose variables or string literals hold a NUL character or an unpaired
 * surrogate with a {@link ValidationError} naming the input, before any resolver runs, where the
 * database would otherwise fail the statement with an internal error.
 */
export function useStorableText(): Plugin {
  // A document's literals are checked once: yoga's parse cache hands the same document to every
  // request that sends the same query text.
  const literalChecks = new WeakMap<DocumentNode, string | null>()
  const badLiteralIn = (document: DocumentNode): string | undefined => {
    let found = literalChecks.get(document)
    if (found === undefined) {
      let field: string | undefined
      visit(document, {
        Argument(node) {
          field ??= badLiteral(node.value, node.name.value)
        },
      })
      found = field ?? null
      literalChecks.set(document, found)
    }
    return found ?? undefined
  }
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let field: string | undefined
      for (const [name, value] of Object.entries(args.variableValues ?? {})) field ??= badVariable(value, `$${name}`)
      field ??= badLiteralIn(args.document)
      if (field !== undefined) setResultAndStopExecution({ errors: [new ValidationError(field, REASON, 400)] })
    },
  }
}
