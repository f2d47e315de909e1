import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { closesQuotedYear, isWhiteUnit } from '../src/year-gates.ts'

// The expression the gate stands before, as year-evidence.ts writes it.
const QUOTED_NAME_YEAR = /["“«][^"“”«»\n]{0,120}?[\p{L}\p{M}]\s+(\d{4})\s*["”»]/u

const piece = fc.constantFrom(
  '"',
  '“',
  '”',
  '«',
  '»',
  ' ',
  '\u00a0',
  '\u2003',
  '\n',
  '\t',
  '2021',
  '12021',
  '202',
  '5',
  'xuất sắc',
  'Búa liềm vàng',
  'ă',
  '\u0301',
  'năm',
  '.',
)
const text = fc.oneof(
  fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
)

describe('closesQuotedYear', () => {
  it('holds for every text a quoted name ending with its year is found in', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (QUOTED_NAME_YEAR.test(t)) expect(closesQuotedYear(t)).toBe(true)
      }),
      { numRuns: 5000 },
    )
  })

  it('tells texts without one apart', () => {
    expect(closesQuotedYear('danh hiệu “Nông dân Việt Nam xuất sắc 2021”')).toBe(true)
    expect(closesQuotedYear('Giải “Búa liềm vàng 2023 ” ')).toBe(true)
    expect(closesQuotedYear('danh hiệu “Nông dân xuất sắc” năm 2021')).toBe(false)
    expect(closesQuotedYear('mã “12021”')).toBe(false)
  })
})

describe('isWhiteUnit', () => {
  it('is \\s for every code unit', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isWhiteUnit(c)).toBe(/^\s$/u.test(String.fromCharCode(c)))
  })
})
