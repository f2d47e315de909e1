import { isWhiteUnit } from './unit-class.ts'

/**
 * Small readings of a sentence's units that stand for an expression or a lower-cased copy, where
 * the expression (tried at every offset) or the copy cost more than the rest of their reading.
 */

// Each code unit lower-cased on its own (-1 when that gives more than one unit, as `İ` does),
// filled as units are met.
const LOWER_UNITS = new Int32Array(0x10000).fill(-2)

function lowerUnit(unit: number): number {
  let lower = LOWER_UNITS[unit]!
  if (lower === -2) {
    const l = String.fromCharCode(unit).toLowerCase()
    lower = l.length === 1 ? l.charCodeAt(0) : -1
    LOWER_UNITS[unit] = lower
  }
  return lower
}

/**
 * Whether `s` lower-cased ends with `word`, as `s.slice(s.length - word.length).toLowerCase() ===
 * word` answers for a word in lower case with no sigma and no surrogate in it: compared unit by
 * unit, with no copy made.
 */
export function endsWithLower(s: string, word: string): boolean {
  const from = s.length - word.length
  if (from < 0) return false
  for (let k = 0; k < word.length; k++) if (lowerUnit(s.charCodeAt(from + k)) !== word.charCodeAt(k)) return false
  return true
}

/**
 * Where the first quotation a speaker opens ends, as `/:\s*["“]/u` finds it (`chia sẻ: "`, `cho
 * biết: “`): the index after its mark, -1 when none. Each colon is read on; most sentences have none.
 */
export function quoteOpened(text: string): number {
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let at = colon + 1
    while (at < text.length && isWhiteUnit(text.charCodeAt(at))) at++
    const c = text.charCodeAt(at)
    if (c === 0x22 || c === 0x201c) return at + 1
  }
  return -1
}

/** Whether a closing quotation mark (`"` or `”`) stands in `text` from `from`: `/["”]/u` on the rest. */
export const closesQuote = (text: string, from: number): boolean =>
  text.indexOf('"', from) >= 0 || text.indexOf('”', from) >= 0

/** How many pieces `text.split(' ')` gives (one more than its spaces), counted without making them. */
export function spaced(text: string): number {
  let n = 1
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) n++
  return n
}

// The end of `text` before `to` with the white space before it read back: where it starts.
function beforeWhite(text: string, to: number): number {
  let at = to
  while (at > 0 && isWhiteUnit(text.charCodeAt(at - 1))) at--
  return at
}

/**
 * Whether `text` before `to` ends with `và` after a clause of its own (`X giao ban ... và `), as
 * `/\S\s+và\s*$/u` reads it: read back from the end, not tried at every offset.
 */
export function endsWithAnd(text: string, to: number): boolean {
  const end = beforeWhite(text, to)
  if (end < 2 || text.charCodeAt(end - 2) !== 0x76 || text.charCodeAt(end - 1) !== 0xe0) return false
  const white = beforeWhite(text, end - 2)
  return white < end - 2 && white > 0
}

// The words a subject's verb is told as done after (`đã`, `vừa`, `chính thức`), lower case.
const DONE_WORDS = ['đã', 'vừa', 'chính thức']

/**
 * Whether `text` ends with `đã`, `vừa` or `chính thức` in any case and then white space, as
 * `/(?:đã|vừa|chính thức)\s+$/iu` reads it (every spelling the flags read as their letters is
 * one lower-casing gives them, checked code point by code point): read back from the end.
 */
export function endsWithDone(text: string): boolean {
  const end = beforeWhite(text, text.length)
  if (end === text.length) return false
  const before = text.slice(0, end)
  return DONE_WORDS.some((w) => endsWithLower(before, w))
}

/**
 * Whether `và` (as written) stands in `text` from `from` to `from + reach`: an expression that
 * reads a case-sensitive `và` within that reach of its start finds no link where it does not.
 */
export function andWithin(text: string, from: number, reach: number): boolean {
  const at = text.indexOf('và', from)
  return at >= 0 && at <= from + reach
}
