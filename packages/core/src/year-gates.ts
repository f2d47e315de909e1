/**
 * Cheap tests that a text holds what an expression of the year evidence needs, which let the
 * reader of a whole article pass over the expressions its text cannot match. Each is true for
 * every text its expression matches. Internal to the package: not exported from its index.
 *
 * @module
 */

const CLOSING_QUOTES = ['"', '”', '»']
const WHITE = /^\s$/u
const YEAR_AFTER_WHITE = /^\s\d{4}$/u

/**
 * Whether a closing quote follows a year of four digits written after white space, with only
 * white space between (`... xuất sắc 2021”`), as in every quoted name that ends with its year.
 */
export function closesQuotedYear(text: string): boolean {
  for (const quote of CLOSING_QUOTES) {
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      // The white space before the quote, then the year and the white space before it.
      let k = at
      while (k > 0 && WHITE.test(text.charAt(k - 1))) k--
      if (k >= 5 && YEAR_AFTER_WHITE.test(text.slice(k - 5, k))) return true
    }
  }
  return false
}
