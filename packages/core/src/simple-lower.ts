/**
 * The lower case of letters that are NFC on their own, never compose with a neighbour and
 * lower-case to one code unit (ASCII, Latin-1, Latin Extended-A/B and the Vietnamese block):
 * a word made only of them is its own NFC form and lower-cases unit by unit, so a reader may
 * compare it with its words in place, without building a string. Internal to the package: not
 * exported from its index.
 *
 * @module
 */

const LETTER = /^[\p{L}\p{M}]$/u

/** The lower case of each such unit below U+1F00, or 0 for any other unit. */
export const SIMPLE_LOWER = new Uint16Array(0x1f00)
for (let c = 0; c < SIMPLE_LOWER.length; c++) {
  if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || c >= 0x1e00)) continue
  const ch = String.fromCharCode(c)
  const lower = ch.toLowerCase()
  if (LETTER.test(ch) && ch.normalize('NFC') === ch && lower.length === 1 && lower.normalize('NFC') === lower) {
    SIMPLE_LOWER[c] = lower.charCodeAt(0)
  }
}

/** The lower case of a unit that is such a letter, or 0. */
export const simpleLower = (c: number): number => (c < SIMPLE_LOWER.length ? (SIMPLE_LOWER[c] ?? 0) : 0)
