import { GraphQLError } from 'graphql'
import type { Plugin } from 'graphql-yoga'

const SIMPLE_CONTENT_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'])

/** The header a browser cannot send cross-site without a preflight, as yoga's CSRF plugin names it. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf'

// A request a browser would send cross-site without a CORS preflight: GET, or POST with a
// form or text content type.
function isSimple(request: Request): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return true
  const contentType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
  return contentType === undefined || contentType === '' || SIMPLE_CONTENT_TYPES.has(contentType)
}

/**
 * CSRF prevention as yoga's `@graphql-yoga/plugin-csrf-prevention` does it: a GraphQL request
 * that a browser could send cross-site without a preflight must carry the `x-graphql-yoga-csrf`
 * header (or Apollo's `apollo-require-preflight`). JSON POSTs, what every client sends, pass.
 */
export function useCsrfPrevention(): Plugin {
  return {
    onRequestParse({ request }) {
      if (!isSimple(request)) return
      if (request.headers.has(CSRF_HEADER) || request.headers.has('apollo-require-preflight')) return
      throw new GraphQLError(
        `this request could come from another site: send it as a JSON POST, or add the \`${CSRF_HEADER}\` header`,
        { extensions: { code: 'CSRF', http: { status: 403 } } },
      )
    },
  }
}
