/**
 * A saved page's bytes as text. A fetcher knows the charset from the HTTP `Content-Type`; a
 * saved file has only its byte order mark and its `<meta charset>` or
 * `<meta http-equiv="Content-Type">`, which this reads (in the first 1024 bytes, where the HTML
 * standard says to look). Vietnamese pages come in UTF-8 and Windows-1258; TCVN3 (ABC) declares
 * no charset of its own and is not recognised here.
 *
 * @module
 */

// `TextDecoder` is in every runtime the package supports but in neither the ES2023 lib nor this
// package's types (it needs no DOM or Node types), so it is declared here.
type Decoder = { readonly encoding: string; decode(bytes: Uint8Array): string }
const WebTextDecoder = (globalThis as unknown as { TextDecoder: new (label: string) => Decoder }).TextDecoder

/** A page's text and the charset it was decoded from, or why its bytes could not be decoded. */
export type DecodedPage = { ok: true; text: string; charset: string } | { ok: false; reason: string }

const META_CHARSET = /<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)/iu

// The charset a byte order mark, a Content-Type value or the page's meta declares, in that order.
function declaredCharset(bytes: Uint8Array, contentType: string | undefined): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  const fromHeader = contentType === undefined ? undefined : /charset\s*=\s*["']?([\w.:-]+)/iu.exec(contentType)?.[1]
  if (fromHeader !== undefined) return fromHeader
  // Latin-1 maps each byte to one code unit, so the ASCII of the meta reads the same in any charset the meta can name.
  const head = new WebTextDecoder('latin1').decode(bytes.subarray(0, 1024))
  return META_CHARSET.exec(head)?.[1] ?? 'utf-8'
}

/**
 * Decodes a page's bytes by the charset its byte order mark, `contentType` (an HTTP header's
 * value) or its meta declares; UTF-8 when none does. A charset the runtime cannot decode comes
 * back as `{ ok: false, reason }`; bytes that are not valid in the declared charset are
 * replaced (U+FFFD), as browsers do.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): DecodedPage {
  const charset = declaredCharset(bytes, contentType).toLowerCase()
  let decoder: Decoder
  try {
    decoder = new WebTextDecoder(charset)
  } catch {
    return {
      ok: false,
      reason: `the page declares the charset "${charset}", which cannot be decoded here; save it as UTF-8 or Windows-1258`,
    }
  }
  return { ok: true, text: decoder.decode(bytes), charset: decoder.encoding }
}
