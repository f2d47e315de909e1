import { lowerSlice } from './lower-case.ts'
import { unitClass } from './unit-class.ts'
import { DOCUMENT_TYPE_WORDS } from './vocabulary.ts'

/**
 * Short forms of a directive: a type name or type letters, `số` or not, and a number of up to
 * four digits (`Nghị quyết 35`, `Chỉ thị số 05`, `NQ 57`, `Quyết định 12a`), where the number
 * does not go on into a code (`35-NQ/TW`, `13/2023/NĐ-CP`).
 *
 * Read from the numbers back: a text holds far fewer numbers than places where a type name could
 * start, so this costs one search for digits and a few comparisons at each number, where an
 * expression for the whole form is tried at every offset. It finds what these expressions find
 * (`TYPE_NAMES` the type names with `\s+` between their words):
 *
 *   (?<![\p{L}])(TYPE_NAMES)(?:\s+số)?\s+(\d{1,4}[a-z]?)(?!AFTER)         flags giu
 *   (?<![\p{L}\p{N}])(NQ|CT|...)(?:\s+số)?\s+(\d{1,4}[a-z]?)(?!AFTER)     flags gu
 */
export type ShortForm = {
  /** From the type name's first letter to the number's end. */
  start: number
  end: number
  /** The type letters: `NQ` for `Nghị quyết` and for `NQ`. */
  type: string
  number: string
}

/** Type letters written for the type name (`NQ 57`), in capitals only: lower case, they are other words. */
export const TYPE_ABBREVIATIONS: readonly string[] = ['NQ', 'CT', 'QĐ', 'KL', 'HD', 'KH', 'CTr', 'NĐ']

// The type names by their last word, each list in the order of DOCUMENT_TYPE_WORDS.
const NAMES_BY_LAST_WORD = new Map<string, Array<{ words: readonly string[]; letters: string }>>()
for (const [name, letters] of DOCUMENT_TYPE_WORDS) {
  const words = name.split(' ')
  const last = words[words.length - 1]!
  const same = NAMES_BY_LAST_WORD.get(last)
  if (same === undefined) NAMES_BY_LAST_WORD.set(last, [{ words, letters }])
  else same.push({ words, letters })
}

// A number's first digit after white space: the only numbers a short form can end with.
const NUMBER_AFTER_SPACE = /\s[0-9]/g
// What makes a number part of a code: a letter, digit, slash or dash right after it, or a dash
// and a letter or a slash after one white space.
const CODE_GOES_ON = /[\p{L}\p{N}/\-–]|\s?[-–]\s?\p{L}|\s?\//uy
const SPACE = /\s/u
const LETTER = /\p{L}/u
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u
const isLetterUnit = unitClass(LETTER)
const isLetterOrNumberUnit = unitClass(LETTER_OR_NUMBER)

const isDigit = (c: number): boolean => c >= 48 && c <= 57

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c === 32) return true
  if (c < 127) return c >= 9 && c <= 13
  return SPACE.test(text[i]!)
}

// The code point that ends at `end` (exclusive) matches `class`, as a look-behind reads it; a
// unit outside the surrogates is answered by `unit`, the same class unit by unit. Nothing before
// `lo` is read: the text is read as if it started there.
function pointBeforeIs(text: string, end: number, test: RegExp, unit: (code: number) => boolean, lo = 0): boolean {
  if (end <= lo) return false
  const low = text.charCodeAt(end - 1)
  if (low < 0xd800 || low > 0xdfff) return unit(low)
  const start =
    low >= 0xdc00 &&
    low <= 0xdfff &&
    end - lo >= 2 &&
    text.charCodeAt(end - 2) >= 0xd800 &&
    text.charCodeAt(end - 2) <= 0xdbff
      ? end - 2
      : end - 1
  return test.test(text.slice(start, end))
}

const goesOn = (text: string, at: number): boolean => {
  CODE_GOES_ON.lastIndex = at
  return CODE_GOES_ON.test(text)
}

// Where white space that ends at `end` (and starts at or after `lo`) begins, or -1 when none ends there.
function spaceStart(text: string, end: number, lo = 0): number {
  let p = end
  while (p > lo && isSpaceAt(text, p - 1)) p--
  return p === end ? -1 : p
}

// The start of the words `words`, one white space run apart, ending at `end`, compared in
// lower case; -1 when they do not end there (or would start before `lo`).
function wordsEndingAt(text: string, end: number, words: readonly string[], lo: number): number {
  let at = end
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!
    if (at - lo < w.length) return -1
    // The words are lower case: text written so needs no copy to compare.
    if (!text.startsWith(w, at - w.length) && lowerSlice(text, at - w.length, at) !== w) return -1
    at -= w.length
    if (k > 0) {
      at = spaceStart(text, at, lo)
      if (at < 0) return -1
    }
  }
  return at
}

/** Whether two code units are `số` in either case: only `s`/`S` and `ố`/`Ố` lower-case to its letters. */
export const isSo = (a: number, b: number): boolean => (a === 0x73 || a === 0x53) && (b === 0x1ed1 || b === 0x1ed0)

/**
 * The type name that ends at `end` with no letter before it: its start and type letters. The
 * run of letters before `end` is looked up as a last word; a name matches only where that run is
 * its whole last word, since a letter before the word would fail it anyway.
 */
function typeNameEndingAt(text: string, end: number, lo = 0): { start: number; letters: string } | null {
  let wordStart = end
  while (wordStart > lo && isLetterUnit(text.charCodeAt(wordStart - 1))) wordStart--
  if (wordStart === end || end - wordStart > 8) return null
  const names = NAMES_BY_LAST_WORD.get(lowerSlice(text, wordStart, end))
  if (names === undefined) return null
  for (const { words, letters } of names) {
    const start = wordsEndingAt(text, end, words, lo)
    if (start >= 0) return pointBeforeIs(text, start, LETTER, isLetterUnit, lo) ? null : { start, letters }
  }
  return null
}

/**
 * Where a type name that ends `text` starts, with `số` and white space after it or not
 * (`Quy định số `, `Nghị quyết `), as `(?<![\p{L}])(TYPE_NAMES)(?:\s+số)?\s*$` (flags iu)
 * finds it; -1 when none does. Read from the end, where the expression is tried at every offset.
 * With `lo`, the text is read as `text.slice(lo, end)` would be (nothing before `lo` counts),
 * without the copy; the start is still an offset into `text`.
 */
export function typeNameStartBefore(text: string, end = text.length, lo = 0): number {
  const trimmed = spaceStart(text, end, lo)
  const p = trimmed < 0 ? end : trimmed
  const soGap = p - lo >= 3 && isSo(text.charCodeAt(p - 2), text.charCodeAt(p - 1)) ? spaceStart(text, p - 2, lo) : -1
  return typeNameEndingAt(text, soGap >= 0 ? soGap : p, lo)?.start ?? -1
}

/** Every short form in `text`, in order. */
export function findShortForms(text: string): ShortForm[] {
  const found: ShortForm[] = []
  NUMBER_AFTER_SPACE.lastIndex = 0
  // `test` moves lastIndex past the white space and the first digit without building a match.
  while (NUMBER_AFTER_SPACE.test(text)) {
    const digitsStart = NUMBER_AFTER_SPACE.lastIndex - 1
    let digitsEnd = digitsStart + 1
    while (digitsEnd < text.length && digitsEnd - digitsStart <= 4 && isDigit(text.charCodeAt(digitsEnd))) digitsEnd++
    NUMBER_AFTER_SPACE.lastIndex = digitsEnd
    if (digitsEnd - digitsStart > 4) continue
    const gap = spaceStart(text, digitsStart)
    if (gap < 0) continue
    const next = text.charCodeAt(digitsEnd)
    const lower = next >= 97 && next <= 122
    const upper = next >= 65 && next <= 90
    // A letter after the digits belongs to the number, or the number goes on into a word.
    const named = lower || upper ? !goesOn(text, digitsEnd + 1) : !goesOn(text, digitsEnd)
    const lettered = upper ? false : lower ? !goesOn(text, digitsEnd + 1) : named
    if (!named && !lettered) continue
    const end = lower || upper ? digitsEnd + 1 : digitsEnd
    // `số` between the type and the number, with white space before it.
    const soGap = gap >= 3 ? spaceStart(text, gap - 2) : -1
    const nameEnd = soGap >= 0 && isSo(text.charCodeAt(gap - 2), text.charCodeAt(gap - 1)) ? soGap : gap
    const number = text.slice(digitsStart, end)
    if (named) {
      const name = typeNameEndingAt(text, nameEnd)
      if (name !== null) {
        found.push({ start: name.start, end, type: name.letters, number })
        continue
      }
    }
    if (lettered) {
      const lettersEnd =
        soGap >= 0 && text.charCodeAt(gap - 2) === 0x73 && text.charCodeAt(gap - 1) === 0x1ed1 ? soGap : gap
      const letters = TYPE_ABBREVIATIONS.find(
        (a) => lettersEnd >= a.length && text.startsWith(a, lettersEnd - a.length),
      )
      const start = letters === undefined ? -1 : lettersEnd - letters.length
      if (letters !== undefined && !pointBeforeIs(text, start, LETTER_OR_NUMBER, isLetterOrNumberUnit))
        found.push({ start, end, type: letters, number })
    }
  }
  return found
}
