import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isMarkupLine,
  isNotATitle,
  isRepeatedPhrase,
  isSiteClock,
  NOT_A_TITLE,
  trimHeading,
} from '../src/head-lines.ts'

// Pieces of the lines NOT_A_TITLE's expressions read, and the units that open them in other
// cases or as `iu` folds them (`ſ` for `s`), digits, brackets and surrogates.
const PIECES = [
  'Toàn cảnh ',
  'QUANG CẢNH ',
  'các đại biểu ',
  'Đại biểu ',
  'Submitted by ',
  'ſubmitted by ',
  'POSTED BY ',
  'Đồng chí ',
  'đ/c ',
  ' phát biểu',
  ' phát biểu tại hội nghị',
  ' - Ảnh 1',
  '– Ảnh',
  'Ảnh',
  '• ',
  '◆',
  '1. ',
  '12.',
  '<img>',
  '(Các sự kiện',
  ')',
  'Hà Tĩnh, ',
  'ngày 15 tháng 6 năm 2021',
  '07/06/2023',
  'Đà Nẵng ',
  'hội nghị',
  'Hội nghị ',
  'x',
  'K',
  ' ',
  '2024',
  '😀',
  '𝑎',
  '\ud800',
  '\udc00',
]

describe('isNotATitle', () => {
  it('reads what trying every expression of NOT_A_TITLE reads', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 6 }),
        (pieces) => {
          const line = pieces.join('')
          expect(isNotATitle(line)).toBe(NOT_A_TITLE.some((pattern) => pattern.test(line)))
        },
      ),
      { numRuns: 30000 },
    )
  })
})

// isRepeatedPhrase as it was written: the line lower-cased and split into words, every period tried.
function repeatedBySplitting(line: string): boolean {
  if (line.length > 600) return false
  const w = line.trim().toLowerCase().split(/\s+/u)
  for (let n = 1; n <= 8 && 2 * n <= w.length; n++) {
    if (w.length % n !== 0) continue
    let same = true
    for (let i = n; same && i < w.length; i++) same = w[i] === w[i - n]
    if (same) return true
  }
  return false
}

describe('isRepeatedPhrase', () => {
  it('reads what lower-casing and splitting the line read', () => {
    const words = [
      'Từ',
      'khóa',
      'KHÓA',
      'Khóa',
      'İ',
      'i̇',
      'ΑΣ',
      'ας',
      'ασ',
      'Σ',
      'σ',
      'ς',
      '😀',
      '\ud800',
      'a',
      'A',
      '1',
      '',
    ]
    const gaps = [' ', '  ', '\t', '\u00a0', '']
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom('', ' ', ' x', 'x'),
        (unit, times, tail) => {
          const phrase = unit.map(([w, g]) => w + g).join('')
          const line = phrase.repeat(times) + tail
          expect(isRepeatedPhrase(line)).toBe(repeatedBySplitting(line))
        },
      ),
      { numRuns: 30000 },
    )
  })
})

// The head's small readers as they were written, each expression tried on every line.
const siteClockAsWritten = (line: string): boolean => /^\s*(?:hôm nay|today)\s*[:,]?\s*(?:thứ|chủ nhật|\d)/iu.test(line)
const markupAsWritten = (line: string): boolean => /^\s*<[a-z][^>]*>/iu.test(line) && /[^\s]>\s*$|>\s*$/u.test(line)
const LEFT_BEFORE = /^(?:null|undefined|\((?:\p{Lu}{2,8}|[\p{L}\d-]+(?:\.[\p{L}]{2,4})+)\))\s+/u

describe('the head readers gated by their first unit', () => {
  it('read what their expressions read', () => {
    const parts = [
      ' ',
      '\t',
      '\u00a0',
      'Hôm nay: ',
      'HÔM NAY, thứ Hai',
      'today 12',
      'TODAY',
      '<img src="a">',
      '<br />',
      '<',
      '>',
      'null ',
      'undefined ',
      '(TTV) ',
      '(Chinhphu.vn) ',
      '(x)',
      'Hội thi ',
      'chủ nhật',
      'thứ',
      '1',
      'a',
      'K',
    ]
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...parts), fc.string({ maxLength: 3 })), { maxLength: 6 }), (p) => {
        const line = p.join('')
        expect(isSiteClock(line)).toBe(siteClockAsWritten(line))
        expect(isMarkupLine(line)).toBe(markupAsWritten(line))
        const before = LEFT_BEFORE.exec(line)?.[0].length ?? 0
        const piece = { start: 10, end: 10 + line.length, text: line }
        expect(trimHeading(piece).start).toBe(piece.start + before)
      }),
      { numRuns: 30000 },
    )
  })
})
