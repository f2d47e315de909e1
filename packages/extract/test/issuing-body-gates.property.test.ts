import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ofBefore, positionBefore, wordsOf } from '../src/issuing-bodies.ts'

// The expressions as they were tried on every word's 24 units before it.
const POSITION_BEFORE =
  /(?:^|\s)(?:thường trực|bí thư|chủ tịch|trưởng|phó|ủy viên|uỷ viên|giám đốc|thành viên|chánh văn phòng|đại diện|lãnh đạo|tổng bí thư)\s+$/iu
const OF_BEFORE = /(?:^|\s)của\s+$/iu

const piece = fc.constantFrom(
  'của',
  'CỦA',
  'Của',
  'cuả',
  'phó',
  'PHÓ',
  'Phó',
  'pho\u0301',
  'bí thư',
  'Bí Thư',
  'tổng bí thư',
  'chủ tịch',
  'CHỦ TỊCH',
  'trưởng',
  'ủy viên',
  'uỷ viên',
  'giám đốc',
  'lãnh đạo',
  'đại diện',
  'thường trực',
  'thành viên',
  'chánh văn phòng',
  'a',
  'ca',
  'xcủa',
  'ư',
  'thư',
  'Ban',
  'tỉnh',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '\t',
  ',',
  '.',
  'ſ',
  'K',
  '\ud83d\ude00',
  '\ud800',
  'ó',
  'Ó',
  'g',
  'n',
  'c',
  'h',
  'o',
)
const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 12 }).map((p) => p.join(''))

describe('the position and của gates of issuerIn', () => {
  it('answer as the expressions do, for every window', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const end = t.length === 0 ? 0 : b % (t.length + 1)
        const lo = Math.max(0, end - (a % 30))
        expect(positionBefore(t, lo, end)).toBe(POSITION_BEFORE.test(t.slice(lo, end)))
        expect(ofBefore(t, lo, end)).toBe(OF_BEFORE.test(t.slice(lo, end)))
      }),
      { numRuns: 30000 },
    )
  })
})

describe('wordsOf', () => {
  it('reads the words matchAll reads', () => {
    const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}&]*/gu
    const units = [
      'Bộ',
      ' ',
      'Chính',
      'trị',
      '&',
      'T&T',
      ',',
      '35',
      'NQ/TW',
      '\u0301',
      'a\u0301',
      '𝑎',
      '😀',
      '\ud800',
      '-',
      'Đ',
    ]
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...units), fc.string({ maxLength: 2 })), { maxLength: 8 }),
        (parts) => {
          const text = parts.join('')
          const expected = [...text.matchAll(WORD)].map((m) => ({
            start: m.index,
            end: m.index + m[0].length,
            text: m[0],
          }))
          expect(wordsOf(text)).toEqual(expected)
        },
      ),
      { numRuns: 20000 },
    )
  })
})
