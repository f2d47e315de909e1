import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findVietnameseDates, mayStartDate } from '../src/vietnamese-date.ts'

// Pieces that dates and the words around them are made of.
const datePieces = [
  'Sáng 13/5',
  'CHIỀU ngày 2/3',
  'ngay 5/6/2024',
  'Thứ Năm, 21/12/2023',
  'quý IV/2023',
  'tháng 10/2024',
  'CN 3/3',
  'chie\u0302\u0300u 4/5',
  'hôm nay (9/5)',
  'T2, 13/05/2024',
  'năm 2023',
  '35-NQ/TW',
  'của Bộ Chính trị',
  ' ',
  ', ',
  '\n',
]

describe('mayStartDate', () => {
  it('allows every date the grammar finds, with and without a reference', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...datePieces), { maxLength: 10 }), (parts) => {
        const text = parts.join('')
        for (const d of [...findVietnameseDates(text), ...findVietnameseDates(text, { reference: '2024-06-30' })])
          expect(mayStartDate(text, d.start), d.raw).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it.each(['13/5', 'Sáng 13/5', 'CHIỀU ngày 2/3', 'ngay 5/6/2024', 'Thứ Năm, 21/12/2023', 'quý IV/2023', 'CN 3/3'])(
    'allows %s, a number or a cue word in any case, with or without diacritics',
    (text) => {
      expect(mayStartDate(text, 0)).toBe(true)
    },
  )

  it.each(['của Bộ Chính trị', 'Thực hiện', 'và Quy định', ', ngày 5/6', '', 'Sángtạo', 'tê'])(
    'rules out %s, which no date starts with',
    (text) => {
      expect(mayStartDate(text, 0)).toBe(false)
    },
  )

  it('answers as reading the whole word with an expression would, for any text', () => {
    const START_WORDS = new Set(
      ['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'ngày', 'hôm', 'thứ', 'chủ', 'quý', 'tháng', 'năm'].flatMap((w) => [
        w,
        w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd'),
      ]),
    )
    for (const w of ['cn', 't']) START_WORDS.add(w)
    const byExpression = (text: string, at: number) => {
      if (/[0-9]/u.test(text[at] ?? '')) return true
      const word = /[\p{L}\p{M}]+/uy
      word.lastIndex = at
      const m = /[sStTcCđĐnNhHqQdD]/u.test(text[at] ?? '') ? word.exec(text) : null
      return m !== null && START_WORDS.has(m[0].normalize('NFC').toLowerCase())
    }
    const pieces = ['Sáng', 'CHIỀU', 'chie\u0302\u0300u', 'ngày', 'NGAY', 'tháng', 'Thực', 'T', 'tê', 'cn', 'Chủ']
    pieces.push('đêm', 'năm𝐀', 'q', ' ', ',', '5', '𝐀', 'İ', 'ı', 'a\u0301', '\ud800')
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 8 }),
        fc.nat(40),
        (parts, n) => {
          const text = parts.join('')
          const at = text.length === 0 ? 0 : n % text.length
          expect(mayStartDate(text, at)).toBe(byExpression(text, at))
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('findVietnameseDates without a reference', () => {
  const pieces = ['Sáng 13/5', 'ngày 22/10/2018', 'tháng 10/2024', '2024', '202', '20245', 'quý IV', 'hôm nay']
  pieces.push('Thứ Năm, 21/12', '12:30', ' ', ', ', '35-NQ/TW', '9/12', 'năm ', '0', '1999')
  it('finds what it finds with an unreadable reference (its shortcut for texts without a year loses nothing)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 8 }),
        (parts) => {
          const text = parts.join('')
          expect(findVietnameseDates(text)).toEqual(findVietnameseDates(text, { reference: 'no date' }))
        },
      ),
      { numRuns: 3000 },
    )
  })
})
