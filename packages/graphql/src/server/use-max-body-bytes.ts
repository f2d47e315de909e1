import type { Plugin } from 'graphql-yoga'

/**
 * Refuses a request whose declared body is larger than `maxBodyBytes` with a 413, before yoga
 * reads it. The Node listener refuses bodies without a Content-Length, so the declared length
 * is the length.
 */
export function useMaxBodyBytes(maxBodyBytes: number): Plugin {
  return {
    onRequestParse({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0)
      if (length <= maxBodyBytes) return
      const message = `the request body is ${length} bytes; at most ${maxBodyBytes} are accepted`
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'BODY_TOO_LARGE' } }] }), {
          status: 413,
          headers: { 'content-type': 'application/json' },
        }),
      )
    },
  }
}
