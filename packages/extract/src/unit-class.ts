/**
 * A test of single UTF-16 code units against a character class, answered from a table filled as
 * units are met: the extractor asks about every unit of long texts, and an expression per unit
 * cost more than the rest of the reading. `pattern` matches one character (`/^[\p{L}\p{M}]$/u`),
 * or tells of the one-unit string as a function does.
 */
export function unitClass(pattern: RegExp | ((unit: string) => boolean)): (code: number) => boolean {
  const inClass = typeof pattern === 'function' ? pattern : (unit: string) => pattern.test(unit)
  // 1 when the unit is in the class, 2 when not, 0 while unknown.
  const known = new Uint8Array(65536)
  return (code) => {
    let k = known[code]!
    if (k === 0) {
      k = inClass(String.fromCharCode(code)) ? 1 : 2
      known[code] = k
    }
    return k === 1
  }
}

/**
 * White space (`\s`, as WHITE_SPACE and the readings' expressions take it) unit by unit: one
 * table for every reader that walks white space by hand (no surrogate is white space).
 */
export const isWhiteUnit = unitClass(/^\s$/u)

/**
 * Whether lower-casing changes a unit (as `c !== c.toLowerCase()` reads a one-unit string): a
 * capital, in every script that has case, as sentences and issuing bodies tell one.
 */
export const isCasedUnit = unitClass((unit) => unit !== unit.toLowerCase())
