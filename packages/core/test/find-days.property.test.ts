import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findVietnameseDates, findVietnameseDays } from '../src/vietnamese-date.ts'

// Words of dates and of prose, numbers, codes and separators, so that dates come often, in
// paragraphs of their own or beside years that date nothing to the day (`năm 2023`, `tháng 9/2023`).
const word = fc.constantFrom(
  ...['ngày', 'Ngày', 'NGAY', 'hôm', 'Sáng', 'chiều', 'nay', 'qua', 'Thứ', 'Hai', 'Năm', 'CN', 'T2', 'T'],
  ...['tháng', 'Tháng', 'THANG', 'năm', 'nam', 'NĂM', 'quý', 'Quý', 'II', 'IV', 'Mười', 'Một', 'một', 'hai', 'Giêng'],
  ...['Chạp', 'tư', 'October', 'may', 'MAY', 'giờ', 'phút', 'h', 'PM', 'GMT', 'Z', 'lúc', 'vào', 'xuất', 'sắc'],
  ...['Nghiêngnghiêngnghiêngnghiêngnghiêngnghiêng', '123456789012345678901234567890123456789'],
  ...['Hội', 'nghị', 'của', 'số', 'NQ/TW', 'NĐ-CP', 'tổ', 'chức', 'Xuân', 'nhiệm', 'kỳ', 'giai', 'đoạn', 'ﬀ'],
  ...['1', '5', '08', '12', '13', '31', '123', '2019', '2023', '2024', '12345', '0912', '8:30', '16h30', '20231'],
  ...['/', '-', '.', ',', ':', '(', ')', '[', ']', '+7', '–', '|', '“', '”', ';', '/2023', '-2024', '.2019'],
)
// Runs of white space as long as what the gate reads before a year, and longer.
const gap = fc.constantFrom(
  ' ',
  ' ',
  ' ',
  '  ',
  '',
  '\n',
  '\n\n',
  ' \n\n',
  ', ',
  '\u00a0',
  '\u2028',
  ' '.repeat(37),
  ' '.repeat(39),
)
const prose = fc.array(fc.tuple(gap, word), { maxLength: 60 }).map((parts) => parts.flat().join(''))
// Dates in the day forms the grammar reads and in others, each maybe cut short or run together at one place.
const DATES = [
  ...['ngày 22 tháng 11 năm 2019', '22 tháng Mười Một năm 2019', '14 tháng Mười 2020', '22 tháng 4, 2024'],
  ...['Sáng 13/5/2024', '2023-12-08T09:15:00Z', '11/14/2023 9:36:00 PM', '18 October 2019', 'October 18, 2019'],
  ...['ngày 5-6-2023', '21-24/5/2019', 'ngày 15.3.2024', '13/5 năm 2024', 'ngày 22\ntháng 11\nnăm 2019'],
  ...['8 tháng Giêng năm 2023', '8 tháng Mười Hai 2023', 'October 18 2019', '9 tháng 12 2023', '1-2-2023'],
  ...['Quý II năm 2023', 'quý IV/2023', 'Quý I - 2024', 'tháng 5/2023', 'Tháng 10 năm 2023', 'năm 2023'],
  // The words before the year farther back than the gate reads.
  ...[`9 tháng 12${' '.repeat(36)}năm 2023`, `8 tháng Mười${' '.repeat(35)} 2023`, `8 tháng${' '.repeat(36)}Năm 2023`],
  ...['tháng Năm 2023', 'tháng Năm năm 2023', '2023-2025', '12/2023/NĐ-CP', '“Nông dân xuất sắc 2021”'],
]
const date = fc
  .tuple(fc.constantFrom(...DATES), fc.nat(), fc.constantFrom('', ' ', 'x', '\n\n', ','))
  .map(([d, at, put]) => {
    const k = at % (d.length + 1)
    return at % 3 === 0 ? d : `${d.slice(0, k)}${put}${d.slice(k + (at % 2))}`
  })
const dated = fc
  .array(fc.tuple(prose, gap, date, gap), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.flat().join(''))
const text = fc.oneof(dated, dated, dated, prose, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }))

const days = (t: string, reference?: string) =>
  findVietnameseDates(t, { reference }).filter((d) => d.date.precision === 'day')

describe('the dates to the day', () => {
  it('are those of all the dates found, the paragraphs that cannot hold one passed over', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findVietnameseDays(t)).toEqual(days(t))
      }),
      { numRuns: 30_000 },
    )
  })

  it('are those of all the dates found against a reference', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findVietnameseDays(t, { reference: '2024-03-15' })).toEqual(days(t, '2024-03-15'))
      }),
      { numRuns: 2_000 },
    )
  })
})
