/**
 * A content hash of an article's normalised text, for articles without a URL: 64-bit FNV-1a
 * over the UTF-16 code units, as 16 lower-case hex digits. Not cryptographic; it identifies a
 * text, it does not protect it. Pure JavaScript so it runs in browsers too.
 */
export function contentHash(text: string): string {
  hashInto(text)
  return hex(state3) + hex(state2) + hex(state1) + hex(state0)
}

// The state hashInto leaves, lowest limb first. The loop's function ends with plain stores: a
// long text's loop is optimised while it runs (on-stack replacement), and the engine threw that
// code away at the first call after the loop, again on every later article (hundreds of times in
// a run), since it kept the code compiled before that call had been seen.
let state0 = 0
let state1 = 0
let state2 = 0
let state3 = 0

function hashInto(text: string): void {
  // The 64-bit state in four 16-bit limbs, lowest first, so that every product stays a small
  // integer: multiplying by the FNV prime 2^40 + 0x1b3 is 0x1b3 times each limb, plus the
  // state shifted up by two limbs and 8 bits, with the carries passed up.
  let h0 = 0x2325
  let h1 = 0x8422
  let h2 = 0x9ce4
  let h3 = 0xcbf2
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i)
    const t0 = h0 * 0x1b3
    let t1 = h1 * 0x1b3
    let t2 = h2 * 0x1b3 + (h0 << 8)
    const t3 = h3 * 0x1b3 + (h1 << 8)
    t1 += t0 >>> 16
    t2 += t1 >>> 16
    h0 = t0 & 0xffff
    h1 = t1 & 0xffff
    h2 = t2 & 0xffff
    h3 = (t3 + (t2 >>> 16)) & 0xffff
  }
  state0 = h0
  state1 = h1
  state2 = h2
  state3 = h3
}

// A limb as four hex digits.
function hex(limb: number): string {
  return limb.toString(16).padStart(4, '0')
}
