/**
 * Cheap tests that a text holds what an expression of the year evidence needs, which let the
 * reader of a whole article pass over the expressions its text cannot match. Each is true for
 * every text its expression matches. Internal to the package: not exported from its index.
 *
 * @module
 */

const CLOSING_QUOTES = ['"', '”', '»']

/** Whether a code unit is white space to an expression (`\s`), read without one. */
export function isWhiteUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

const isDigitUnit = (c: number): boolean => c >= 48 && c <= 57

/**
 * Whether a closing quote follows a year of four digits written after white space, with only
 * white space between (`... xuất sắc 2021”`), as in every quoted name that ends with its year.
 */
export function closesQuotedYear(text: string): boolean {
  for (const quote of CLOSING_QUOTES) {
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      // The white space before the quote, then the year and the white space before it.
      let k = at
      while (k > 0 && isWhiteUnit(text.charCodeAt(k - 1))) k--
      if (k >= 5 && isWhiteUnit(text.charCodeAt(k - 5)) && fourDigitsBefore(text, k)) return true
    }
  }
  return false
}

const fourDigitsBefore = (text: string, end: number): boolean =>
  isDigitUnit(text.charCodeAt(end - 4)) &&
  isDigitUnit(text.charCodeAt(end - 3)) &&
  isDigitUnit(text.charCodeAt(end - 2)) &&
  isDigitUnit(text.charCodeAt(end - 1))
