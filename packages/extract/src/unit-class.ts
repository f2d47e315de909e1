/**
 * A test of single UTF-16 code units against a character class, answered from a table filled as
 * units are met: the extractor asks about every unit of long texts, and an expression per unit
 * cost more than the rest of the reading. `pattern` matches one character (`/^[\p{L}\p{M}]$/u`).
 */
export function unitClass(pattern: RegExp): (code: number) => boolean {
  // 1 when the unit is in the class, 2 when not, 0 while unknown.
  const known = new Uint8Array(65536)
  return (code) => {
    let k = known[code]!
    if (k === 0) {
      k = pattern.test(String.fromCharCode(code)) ? 1 : 2
      known[code] = k
    }
    return k === 1
  }
}
