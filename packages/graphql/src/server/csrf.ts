import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention'
import type { Plugin } from 'graphql-yoga'

/** The header a browser cannot send cross-site without a preflight, as yoga's CSRF plugin names it. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf'

/**
 * CSRF prevention with `@graphql-yoga/plugin-csrf-prevention`: a GraphQL request that a browser
 * could send cross-site without a preflight (GET, or a form or text POST) must carry the
 * `x-graphql-yoga-csrf` header (or Apollo's `apollo-require-preflight`), else it gets a 403.
 * JSON POSTs, what every client sends, pass.
 */
export function useCsrfPrevention(): Plugin {
  return useCSRFPrevention({ requestHeaders: [CSRF_HEADER, 'apollo-require-preflight'] })
}
