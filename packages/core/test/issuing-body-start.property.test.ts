import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { issuerCodeForBody, mayStartIssuingBody } from '../src/document-types.ts'

// Words as the extractor reads them (a letter, digit or `&`, then letters, marks, digits, `&`),
// drawn from the bodies' own words in any case and spelling, and from odd ones.
const WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}&]*$/u
const bodyWords = fc.constantFrom(
  'Bộ',
  'BỘ',
  'bộ',
  'Ban',
  'ban',
  'Ủy',
  'Uỷ',
  'ủy',
  'UBND',
  'Ubnd',
  'HĐND',
  'Hdnd',
  'Tỉnh',
  'tỉnh',
  'Thành',
  'Huyện',
  'Quận',
  'Thị',
  'Đảng',
  'Ðảng',
  'Chi',
  'Chủ',
  'Thủ',
  'Văn',
  'Chính',
  'Hội',
  'Ngân',
  'Quốc',
  'Quôc',
  'hội',
  'khóa',
  'khoá',
  'XV',
  '15',
  'Bí',
  'thư',
  'Trung',
  'ương',
  'Chấp',
  'hành',
  'Thường',
  'vụ',
  'nhân',
  'dân',
  'phủ',
  'tướng',
  'Công',
  'an',
  'Y',
  'tế',
  'Tài',
  'chính',
  'Nguyễn',
  'Sở',
  'Hà',
  'Nội',
  'B&Ộ',
  'Bộ&',
  'Bô\u0323',
  'U\u0309y',
  'αβ',
  'Ωmega',
  '٣',
  'Bộ\u0301',
  'ĐU',
  'Tu',
  'TU',
  'x',
  'Q',
)
const word = fc.oneof(
  bodyWords,
  fc.string({ minLength: 1, maxLength: 6 }).filter((w) => WORD.test(w)),
)
const gap = fc.constantFrom(' ', '  ', '\n', ', ', ' - ', '', '\u00a0', '(', ' và ')

describe('mayStartIssuingBody', () => {
  it('is false only for a first word no name known to issuerCodeForBody opens with', () => {
    fc.assert(
      fc.property(word, fc.array(fc.tuple(gap, word), { maxLength: 8 }), (first, rest) => {
        const name = first + rest.map(([g, w]) => g + w).join('')
        if (!mayStartIssuingBody(first)) expect(issuerCodeForBody(name)).toBeNull()
      }),
      { numRuns: 20000 },
    )
  })

  it('lets the bodies through', () => {
    for (const name of [
      'Bộ Chính trị',
      'Quốc hội khóa XV',
      'Ủy ban Thường vụ Quốc hội khóa 15',
      'UBND tỉnh',
      'Thủ tướng',
    ])
      expect(mayStartIssuingBody(name.split(' ')[0]!)).toBe(true)
    expect(mayStartIssuingBody('Nguyễn')).toBe(false)
  })
})
