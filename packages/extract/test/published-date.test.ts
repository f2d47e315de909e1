import { describe, expect, it } from 'vitest'
import { parseDateLine, parseMetadataFragment, parseSourcePrefix } from '../src/published-date.ts'

describe('parseDateLine', () => {
  it.each([
    { reading: 'a bare date', line: '02/03/2024' },
    { reading: 'a month-first date with a time', line: '3/2/2024 7:05:00 AM' },
    { reading: 'a weekday, a time and a zone', line: 'Thứ Bảy, 02/03/2024, 08:00 [GMT+7]' },
    { reading: 'a time after a bar', line: '02/03/2024 | 08:00' },
  ])('reads a site date line with $reading: $line', ({ line }) => {
    expect(parseDateLine(line)).toMatchObject({ year: 2024, month: 3, day: 2 })
  })
  it.each([
    { reading: 'in brackets', line: '(14/06/2024)', date: { year: 2024, month: 6, day: 14, precision: 'day' } },
    {
      reading: 'with a label and a time after it',
      line: 'Đăng ngày 02/02/2024 lúc 10:32',
      date: { year: 2024, month: 2, day: 2, precision: 'day' },
    },
    {
      reading: 'beside a counter',
      line: 'Ngày đăng: 28-04-2023 | Lượt xem: 312',
      date: { year: 2023, month: 4, day: 28, precision: 'day' },
    },
  ])('reads a date line $reading: $line', ({ line, date }) => {
    expect(parseDateLine(line)).toEqual(date)
  })
  it('takes a sentence that holds a date for no date line', () => {
    expect(parseDateLine('Hội nghị ngày 02/03/2024 thành công')).toBeNull()
  })
})

describe('parseMetadataFragment', () => {
  it('reads the date of a metadata fragment before the lead', () => {
    expect(parseMetadataFragment('date 2024-03 VOV - Sáng 2/3, ...')?.date).toMatchObject({
      year: 2024,
      month: 3,
      precision: 'month',
    })
  })
})

describe('parseSourcePrefix', () => {
  it('reads the source in brackets before the lead', () => {
    expect(parseSourcePrefix('(Chinhphu.vn) - Chiều 2/3, ...')?.source).toBe('Chinhphu.vn')
  })
  it('takes parts of day joined by a dash for no source', () => {
    expect(parseSourcePrefix('Sáng - Chiều')).toBeNull()
  })
})
