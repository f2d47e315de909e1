/**
 * Whether a date expression of `findVietnameseDates` (from `@vanban/core`) could start at an
 * offset: it starts at a number, or at a word the core grammar opens running-text dates with
 * (a part of day, `ngày`, `hôm`, a weekday, `quý`, `tháng`, `năm`, with or without diacritics,
 * `CN`, `T`). Lets a caller that only wants a date at a known offset skip the scan when none
 * can be there; a superset of the grammar's start words, so skipping never loses a date.
 */

const START_WORDS = new Set([
  'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'ngày', 'hôm', 'thứ', 'chủ', 'quý', 'tháng', 'năm',
  'sang', 'trua', 'chieu', 'toi', 'dem', 'ngay', 'hom', 'thu', 'chu', 'quy', 'thang', 'nam', 'cn', 't',
])

const FIRST_LETTERS = new Set([...'sStTcCđĐnNhHqQdD'].map((l) => l.charCodeAt(0)))

const WORD_AT = /[\p{L}\p{M}]+/uy

/** Whether a date found by `findVietnameseDates` may start at `at` in `text`. */
export function mayOpenDate(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c >= 48 && c <= 57) return true
  // Every start word opens with one of these letters, in either case.
  if (!FIRST_LETTERS.has(c)) return false
  WORD_AT.lastIndex = at
  const word = WORD_AT.exec(text)
  return word !== null && START_WORDS.has(word[0].normalize('NFC').toLowerCase())
}
