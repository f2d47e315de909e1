/**
 * A content hash of an article's normalised text, for articles without a URL: 64-bit FNV-1a
 * over the UTF-16 code units, as 16 lower-case hex digits. Not cryptographic; it identifies a
 * text, it does not protect it. Pure JavaScript so it runs in browsers too.
 */
export function contentHash(text: string): string {
  // Two 32-bit halves of the 64-bit state, multiplied by the FNV prime 2^40 + 2^8 + 0xb3.
  let hi = 0xcbf29ce4
  let lo = 0x84222325
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0
    const loMul = lo * 0x1b3
    const carry = Math.floor(loMul / 0x100000000)
    const newHi = (hi * 0x1b3 + (lo << 8) + carry) >>> 0
    lo = loMul >>> 0
    hi = newHi
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0')
}
