import { formatPartialDate, type PartialDate } from '@vanban/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDateVi } from '../src/format.ts'

describe('formatDateVi writes dates the way Vietnamese readers do', () => {
  it.each([
    ['2023-12-08', null, 'ngày 8/12/2023'],
    ['2023-12-08', 'MORNING', 'sáng ngày 8/12/2023'],
    ['2018-10-22', 'afternoon', 'chiều ngày 22/10/2018'],
    ['2024-05-13', 'EVENING', 'tối ngày 13/5/2024'],
    ['2023-12', null, 'tháng 12/2023'],
    ['2023-Q2', null, 'quý II/2023'],
    ['2025-Q4', null, 'quý IV/2025'],
    ['2023', null, 'năm 2023'],
    [null, null, 'chưa rõ thời gian'],
    ['not a date', null, 'not a date'],
  ] as const)('%s (%s) reads %s', (date, partOfDay, expected) => {
    expect(formatDateVi(date, partOfDay)).toBe(expected)
  })

  it('writes every real partial date without leading zeros and with the year last', () => {
    const day = fc.date({ min: new Date('1930-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map(
      (d): PartialDate => ({
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        precision: 'day',
      }),
    )
    const month = fc
      .record({ year: fc.integer({ min: 1930, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) })
      .map((d): PartialDate => ({ ...d, precision: 'month' }))
    const quarter = fc
      .record({ year: fc.integer({ min: 1930, max: 2100 }), quarter: fc.integer({ min: 1, max: 4 }) })
      .map((d): PartialDate => ({ ...d, precision: 'quarter' }))
    fc.assert(
      fc.property(fc.oneof(day, month, quarter), (date) => {
        const text = formatDateVi(formatPartialDate(date))
        expect(text).toMatch(/^(ngày [1-9]\d?\/[1-9]\d?|tháng [1-9]\d?|quý (I|II|III|IV))\/\d{4}$/)
        expect(text.endsWith(`/${date.year}`)).toBe(true)
      }),
    )
  })
})
