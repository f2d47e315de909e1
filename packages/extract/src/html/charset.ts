import iconv from 'iconv-lite'

/**
 * A page's bytes as text: one decoder for the crawler's fetched bodies, `vanban ingest`'s saved
 * files and `vanban reextract`'s stored pages, so a page reads the same on each path. The charset
 * comes from the byte order mark, then the `Content-Type` (an HTTP header's value, when there is
 * one), then the page's `<meta charset>` or `http-equiv` (read in its first 2 KB), else UTF-8
 * when the bytes are valid UTF-8 and Windows-1258 when not. Pages written in the legacy
 * Vietnamese font encodings (TCVN3 for the `.VnTime` fonts, VNI for `VNI-Times`) declare a
 * Western charset; they are recognised by the words they spell in it. TCVN3 is converted
 * (iconv-lite's TCVN table) unless the page uses the capital-letter fonts (`.VnTimeH`), whose
 * bytes would read as small letters; VNI has no table and is refused. The text is NFC.
 *
 * @module
 */

// `TextDecoder` is in every runtime the package supports but in neither the ES2023 lib nor this
// package's types (it needs no DOM or Node types), so it is declared here.
type Decoder = { decode(bytes: Uint8Array): string }
const WebTextDecoder = (
  globalThis as unknown as { TextDecoder: new (label: string, options?: { fatal?: boolean }) => Decoder }
).TextDecoder

/** A page's text and the charset it was read in, or the charset and why its bytes could not be read. */
export type DecodedPage = { ok: true; text: string; charset: string } | { ok: false; charset: string; reason: string }

const SINGLE_BYTE_WESTERN = /^(?:windows-125[0-8]|iso-8859-1|latin1|us-ascii|ascii|cp125[0-8])$/u

// Latin-1 maps each byte to one code unit, so ASCII markup reads the same whatever the page's charset.
const latin1 = (bytes: Uint8Array) => new WebTextDecoder('latin1').decode(bytes)

/** The charset named by a Content-Type value, lower-case, or null. */
export function headerCharset(contentType: string | null | undefined): string | null {
  const match = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/iu)
  return match?.[1]?.toLowerCase() ?? null
}

/** The charset a page's `<meta charset>` or `<meta http-equiv="Content-Type">` names in its first 2 KB, or null. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 2048))
  for (const meta of head.match(/<meta\b[^>]*>/giu) ?? []) {
    const charset = meta.match(/\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu)?.[1]
    if (charset !== undefined) return charset.toLowerCase()
  }
  return null
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new WebTextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

// Common Vietnamese words as each legacy encoding spells them when read as Windows-1252; none is
// plain ASCII (as `trong` would be), which any Vietnamese page spells the same way.
const TCVN3_WORDS = /(?:cña|vµ|c¸c|®­îc|nh÷ng|ViÖt|viÖt|ng­êi|®¶ng|§¶ng|cã|kh«ng|mét|n¨m)(?![\p{L}])/gu
const VNI_WORDS = /(?:cuûa|vaø|caùc|ñöôïc|nhöõng|Vieät|vieät|ngöôøi|ñaûng|Ñaûng|coù|khoâng|moät|naêm)(?![\p{L}])/gu
const TCVN3_CAPITAL_FONTS = /\.Vn[A-Za-z]*H\b/u
const LEGACY_MIN_WORDS = 3

/** Which legacy font encoding a Western-decoded text is written in, by the words it spells, or null. */
export function legacyEncoding(western: string): 'tcvn3' | 'vni' | null {
  const tcvn3 = western.match(TCVN3_WORDS)?.length ?? 0
  const vni = western.match(VNI_WORDS)?.length ?? 0
  if (Math.max(tcvn3, vni) < LEGACY_MIN_WORDS) return null
  return tcvn3 >= vni ? 'tcvn3' : 'vni'
}

// A page that declares a Western charset but spells Vietnamese in a legacy font encoding, read or refused; null when it does not.
function readLegacy(bytes: Uint8Array): DecodedPage | null {
  const legacy = legacyEncoding(iconv.decode(bytes, 'windows-1252'))
  if (legacy === 'vni')
    return {
      ok: false,
      charset: 'vni',
      reason:
        'the page is written in the legacy VNI font encoding (VNI-Times), which has no conversion table here; save it as UTF-8 (e.g. with UniKey’s converter) and ingest the file',
    }
  if (legacy !== 'tcvn3') return null
  if (TCVN3_CAPITAL_FONTS.test(latin1(bytes)))
    return {
      ok: false,
      charset: 'tcvn3',
      reason:
        'the page is written in the legacy TCVN3 font encoding and uses its capital-letter fonts (.VnTimeH), whose bytes cannot be told from small letters; save it as UTF-8 (e.g. with UniKey’s converter) and ingest the file',
    }
  return { ok: true, charset: 'tcvn3', text: iconv.decode(bytes, 'tcvn').normalize('NFC') }
}

/**
 * Reads a page's `bytes` as text in the charset its byte order mark, `contentType` (an HTTP
 * header's value) or meta declares, else UTF-8 or Windows-1258 (see the module's notes). An
 * unknown charset, a VNI page and a TCVN3 page in capital-letter fonts come back as
 * `{ ok: false, charset, reason }`; bytes not valid in the charset are replaced (U+FFFD).
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): DecodedPage {
  const declared = bomCharset(bytes) ?? headerCharset(contentType) ?? metaCharset(bytes)
  const charset = declared ?? (isUtf8(bytes) ? 'utf-8' : 'windows-1258')
  if (!iconv.encodingExists(charset))
    return {
      ok: false,
      charset,
      reason: `unknown charset ${charset}: vanban reads UTF-8, Windows-1258 and the charsets iconv-lite knows; save the page as UTF-8`,
    }
  const legacy = SINGLE_BYTE_WESTERN.test(charset) ? readLegacy(bytes) : null
  // Windows-1258 (and TCVN) write tone marks as combining characters after the letter; NFC joins them.
  return legacy ?? { ok: true, charset, text: iconv.decode(bytes, charset).normalize('NFC') }
}
