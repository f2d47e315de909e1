/**
 * What the abuse tests share: a request sent through `yoga.fetch` whose answer is kept as text,
 * so a test can bound its size before reading it, and documents that spread fragments
 * exponentially often while counting how often the server reads them.
 */

import { type DocumentNode, Kind } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import type { VanbanServer } from '../../src/server/index.ts'

/** An answer: HTTP status, body size in bytes, and the body read as JSON. */
export type Answer = {
  status: number
  bytes: number
  headers: Headers
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }
}

/** POSTs a GraphQL request (or any JSON) to `/graphql` in process. */
export async function attack(
  server: VanbanServer,
  request: { query: string; variables?: Record<string, unknown> } | string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await server.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof request === 'string' ? request : JSON.stringify(request),
  })
  const text = await response.text()
  return { status: response.status, bytes: Buffer.byteLength(text), headers: response.headers, body: JSON.parse(text) }
}

/**
 * A document whose fragment `F<i>` spreads `F<i+1>` twice, `levels` deep: `2^levels` paths
 * from the operation to the last fragment. `wrap` puts fields around each pair of spreads.
 */
export function fragmentBomb(levels: number, on: string, wrap: (spreads: string) => string, leaf: string): string {
  let document = `query Bomb { ${on === 'Query' ? '...F0' : `directive(code: "85-QĐ/TW") { ...F0 }`} }`
  for (let i = 0; i < levels; i += 1) document += ` fragment F${i} on ${on} { ${wrap(`...F${i + 1} ...F${i + 1}`)} }`
  return `${document} fragment F${levels} on ${on} { ${leaf} }`
}

/**
 * A plugin that counts every read of a fragment's selection set in the parsed document, and
 * stops the request (by throwing from the read) once `budget` reads are passed, so a rule that
 * walks every path of a fragment bomb fails fast instead of running for minutes.
 */
export function countFragmentVisits(budget: number): { plugin: Plugin; visits: () => number } {
  let visits = 0
  const instrument = (document: DocumentNode): DocumentNode => ({
    ...document,
    definitions: document.definitions.map((definition) => {
      if (definition.kind !== Kind.FRAGMENT_DEFINITION) return definition
      const { selectionSet } = definition
      const counted = { ...definition }
      Object.defineProperty(counted, 'selectionSet', {
        enumerable: true,
        get() {
          visits += 1
          if (visits > budget) throw new Error(`fragments were read more than ${budget} times`)
          return selectionSet
        },
      })
      return counted
    }),
  })
  const plugin: Plugin = {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result !== null && typeof result === 'object' && 'kind' in result && result.kind === Kind.DOCUMENT) {
          replaceParseResult(instrument(result as DocumentNode))
        }
      }
    },
  }
  return { plugin, visits: () => visits }
}
