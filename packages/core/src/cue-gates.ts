import { PARTS_OF_DAY } from './date-words.ts'
import { simpleLower } from './simple-lower.ts'
import { mayStartDate } from './vietnamese-date.ts'

/**
 * A cheap test that a text may open with a time cue, which lets the cue reader pass over the
 * many sentences that open with a word no cue opens with (`Theo`, `Hội`, `Đồng chí`) without
 * running its expressions. True for every text a cue reader finds a cue at the start of.
 * Internal to the package: not exported from its index.
 *
 * @module
 */

// The words the cue readers' expressions may open with, lower case: a part of the day, a
// preposition, a word of the part of a month, a weekday's first word, `tuần`, `hôm`, and the
// counts before `ngày`. Any other opening word is read by none of them, nor by the date grammar
// unless mayStartDate allows it.
const CUE_OPENINGS: ReadonlySet<string> = new Set([
  ...PARTS_OF_DAY,
  ...['từ', 'trong', 'vào', 'hồi', 'suốt', 'lúc', 'cũng', 'cuối', 'đầu', 'giữa'],
  ...['thứ', 'chủ', 'tuần', 'hôm', 'ngày', 'nay', 'qua', 'các', 'hai', 'ba', 'bốn', 'năm'],
])
// Words that an expression lets run on into the next word with no space between
// (`(?:nay|qua)\s*`, `ngày\s*:?\s*(?:ngày\s+)?`): a word that starts with one may open a cue.
const RUN_ON_OPENINGS = ['nay', 'qua', 'ngày'] as const
// `ſ` is `s` to a case-blind expression, and to no lower-casing.
const LONG_S = 'ſ'
const LONG_S_UNIT = 0x17f
// The longest word of CUE_OPENINGS.
const LONGEST_OPENING = Math.max(...[...CUE_OPENINGS].map((w) => w.length))

// Whether a cue may open `text`: it opens with no letter (a digit, a bracket), or with a word
// that a cue or the date grammar may open with. Never false where a reader finds a cue.
export function mayOpenCue(text: string): boolean {
  // The opening word, read while its units are letters or marks of the basic plane.
  const limit = Math.min(text.length, WORD_LIMIT)
  let end = 0
  let simple = true
  for (; end < limit; end++) {
    const c = text.charCodeAt(end)
    const kind = unitKind(c)
    if (kind === UNIT_PAIR) return true
    if (kind === UNIT_OTHER) break
    if (simpleLower(c) === 0 || c === LONG_S_UNIT) simple = false
  }
  if (end === 0) return true
  // A word of simple letters is compared in place; any other is lower-cased.
  const opens = simple ? opensInPlace(text, end) : opensLowerCased(text.slice(0, end).toLowerCase(), end)
  return opens || mayStartDate(text, 0)
}

// How much of the opening word is read: one unit past the longest opening.
const WORD_LIMIT = LONGEST_OPENING + 1

// The openings by the lower case of their first unit.
const OPENINGS_BY_FIRST: string[][] = []
for (const w of [...CUE_OPENINGS, ...RUN_ON_OPENINGS]) (OPENINGS_BY_FIRST[w.charCodeAt(0)] ??= []).push(w)
const RUN_ON: ReadonlySet<string> = new Set(RUN_ON_OPENINGS)

// Whether the simple letters text[0..end) are a word of CUE_OPENINGS or start with a word of RUN_ON_OPENINGS.
function opensInPlace(text: string, end: number): boolean {
  const candidates = OPENINGS_BY_FIRST[simpleLower(text.charCodeAt(0))]
  if (candidates === undefined) return false
  for (const w of candidates) {
    const fits = RUN_ON.has(w) ? w.length <= end : w.length === end && end <= LONGEST_OPENING
    if (fits && lowerStartsWith(text, w)) return true
  }
  return false
}

function opensLowerCased(word: string, end: number): boolean {
  if ((end <= LONGEST_OPENING && CUE_OPENINGS.has(word)) || word.includes(LONG_S)) return true
  for (const start of RUN_ON_OPENINGS) if (word.startsWith(start)) return true
  return false
}

// Whether the simple letters at the start of `text` lower-case to `word` and more.
function lowerStartsWith(text: string, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (simpleLower(text.charCodeAt(k)) !== word.charCodeAt(k)) return false
  return true
}

// What a code unit is to the opening word: a letter or mark of the basic plane, half of a
// surrogate pair (not read here), or anything else; decided once per unit.
const UNIT_LETTER = 1
const UNIT_PAIR = 2
const UNIT_OTHER = 3
const UNIT_KINDS = new Uint8Array(0x10000)
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u

function unitKind(c: number): number {
  const known = UNIT_KINDS[c] ?? 0
  if (known !== 0) return known
  const kind =
    c >= 0xd800 && c <= 0xdfff ? UNIT_PAIR : LETTER_OR_MARK.test(String.fromCharCode(c)) ? UNIT_LETTER : UNIT_OTHER
  UNIT_KINDS[c] = kind
  return kind
}
