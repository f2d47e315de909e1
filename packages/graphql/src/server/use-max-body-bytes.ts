import { GraphQLError } from 'graphql'
import type { Plugin } from 'graphql-yoga'

type FetchAPI = { Request: typeof Request; Response: typeof Response; TransformStream: typeof TransformStream }

function tooLarge(fetchAPI: FetchAPI, message: string): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'BODY_TOO_LARGE' } }] }), {
    status: 413,
    headers: { 'content-type': 'application/json' },
  })
}

// A body of undeclared length, cut off once it passes `maxBodyBytes` while it is read.
function counted(request: Request, body: ReadableStream<Uint8Array>, maxBodyBytes: number, fetchAPI: FetchAPI) {
  let read = 0
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream
  const limited = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength
        if (read > maxBodyBytes)
          controller.error(
            new GraphQLError(`the request body is over ${maxBodyBytes} bytes; at most ${maxBodyBytes} are accepted`, {
              extensions: { code: 'BODY_TOO_LARGE', http: { status: 413 } },
            }),
          )
        else controller.enqueue(chunk)
      },
    }),
  )
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: limited,
    duplex: 'half',
  } as RequestInit)
}

/**
 * The request body limit: a body declared larger than `maxBodyBytes` is refused with a 413
 * before yoga reads it; one of undeclared length (a chunked body, which the Node listener
 * refuses anyway) is counted as it is read. A declared length is the length (HTTP parsers read
 * no more), so such a body is not streamed through a counter: yoga's own limit, which streams
 * every body, is turned off in createServer.
 */
export function useMaxBodyBytes(maxBodyBytes: number): Plugin {
  return {
    onRequestParse({ request, endResponse, fetchAPI, requestParser, setRequestParser }) {
      const declared = request.headers.get('content-length')
      if (declared === null) {
        const body = request.body
        if (body !== null && requestParser !== undefined)
          setRequestParser((r) => requestParser(counted(r, body, maxBodyBytes, fetchAPI)))
        return
      }
      const valid = /^\d+$/.test(declared)
      if (valid && Number(declared) <= maxBodyBytes) return
      const message = valid
        ? `the request body is ${declared} bytes; at most ${maxBodyBytes} are accepted`
        : 'the Content-Length header is not a number of bytes'
      endResponse(tooLarge(fetchAPI, message))
    },
  }
}
