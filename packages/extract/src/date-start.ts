import { type DateMention, findVietnameseDates } from '@vanban/core'
import { unitClass } from './unit-class.ts'

/**
 * Whether a date expression of `findVietnameseDates` (from `@vanban/core`) could start at an
 * offset: it starts at a number, or at a word the core grammar opens running-text dates with
 * (a part of day, `ngày`, `hôm`, a weekday, `quý`, `tháng`, `năm`, with or without diacritics,
 * `CN`, `T`). Lets a caller that only wants a date at a known offset skip the scan when none
 * can be there; a superset of the grammar's start words, so skipping never loses a date.
 */

const START_WORDS = new Set([
  'sáng',
  'trưa',
  'chiều',
  'tối',
  'đêm',
  'ngày',
  'hôm',
  'thứ',
  'chủ',
  'quý',
  'tháng',
  'năm',
  'sang',
  'trua',
  'chieu',
  'toi',
  'dem',
  'ngay',
  'hom',
  'thu',
  'chu',
  'quy',
  'thang',
  'nam',
  'cn',
  't',
])

const FIRST_LETTERS = new Set([...'sStTcCđĐnNhHqQdD'].map((l) => l.charCodeAt(0)))

const WORD_AT = /[\p{L}\p{M}]+/uy

const isLetterOrMark = unitClass(/^[\p{L}\p{M}]$/u)

// The longest start word, decomposed and with two marks on a letter (`chiều`), is 7 units long.
const LONGEST_WORD = 8

// Letters that are NFC whatever stands beside them: no combining marks, no Hangul.
const isComposed = (c: number) => c < 0x300 || (c >= 0x1e00 && c < 0x1f00)

/** Whether a date found by `findVietnameseDates` may start at `at` in `text`. */
export function mayOpenDate(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c >= 48 && c <= 57) return true
  // Every start word opens with one of these letters, in either case.
  if (!FIRST_LETTERS.has(c)) return false
  // The word is read unit by unit while it stays short and in the basic plane; a longer one is
  // no start word, and one with other characters is read by the expression.
  let end = at
  let composed = true
  for (; end < text.length && end - at <= LONGEST_WORD; end++) {
    const u = text.charCodeAt(end)
    if (u >= 0xd800 && u <= 0xdfff) return startWordAt(text, at)
    if (!isLetterOrMark(u)) break
    if (!isComposed(u)) composed = false
  }
  if (end - at > LONGEST_WORD) return false
  const word = text.slice(at, end).toLowerCase()
  return START_WORDS.has(composed ? word : word.normalize('NFC'))
}

function startWordAt(text: string, at: number): boolean {
  WORD_AT.lastIndex = at
  const word = WORD_AT.exec(text)
  return word !== null && START_WORDS.has(word[0].normalize('NFC').toLowerCase())
}

// Whether `window` holds a year as the core reads one: a run of exactly four digits.
function holdsYear(window: string): boolean {
  let run = 0
  for (let i = 0; i <= window.length; i++) {
    const c = window.charCodeAt(i)
    if (c >= 48 && c <= 57) run++
    else if (run === 4) return true
    else run = 0
  }
  return false
}

/**
 * `findVietnameseDates(window, { reference })`, skipped when it can find nothing. Without a
 * reference only a date that writes its year resolves, and the core reads a year as four
 * digits, so a window without four digits in a row holds no date; most windows an article
 * without a publication date asks about (`Sáng 13/5, ...`) are such.
 */
export function datesIn(window: string, reference?: string): DateMention[] {
  if (reference === undefined) return holdsYear(window) ? findVietnameseDates(window) : []
  return findVietnameseDates(window, { reference })
}
