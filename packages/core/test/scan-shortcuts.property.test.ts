import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { scanShortcuts } from '../src/scan-shortcuts.ts'
import { findFirstVietnameseDate, findVietnameseDates } from '../src/vietnamese-date.ts'

// Words of dates and words of prose, numbers, codes and separators, so that dates come often,
// after prose, inside it and run together with it.
const word = fc.constantFrom(
  ...['ngày', 'Ngày', 'NGAY', 'hôm', 'Sáng', 'chiều', 'tối', 'sớm', 'nay', 'qua', 'Thứ', 'Hai', 'Năm', 'CN', 'T2', 'T'],
  ...['tháng', 'Tháng', 'năm', 'nam', 'quý', 'Quý', 'II', 'IV', 'iii', 'Mười', 'Một', 'Giêng', 'Chạp', 'October'],
  ...['giờ', 'phút', 'h', 'SA', 'PM', 'GMT', 'Z', 'Cập', 'nhật', 'lúc', 'vào'],
  ...['Hội', 'nghị', 'của', 'Nghị', 'quyết', 'số', 'NQ/TW', 'NĐ-CP', 'tổ', 'chức', 'Xuân', 'I', 'X'],
  ...['1', '5', '08', '12', '13', '31', '2019', '2023', '2024', '12345', '0912', '8:30', '16h30'],
  ...['/', '-', '.', ',', ':', '(', ')', '[', ']', '+7', '–', '|', '“', ';'],
)
const gap = fc.constantFrom(' ', ' ', ' ', '', '\n', '\n\n', ', ')
const prose = fc.array(fc.tuple(gap, word), { maxLength: 50 }).map((parts) => parts.flat().join(''))
// Dates in the forms the grammar reads, each maybe cut short or run together at one place, set in prose.
const DATES = [
  ...['Quý II năm 2023', 'quý IV/2023', 'Quý iii - 2024', 'tháng 5/2023', 'Tháng 10 năm 2023', 'năm 2023'],
  ...['ngày 22 tháng 11 năm 2019', '22 tháng Mười Một năm 2019', '14 tháng Mười 2020', '22 tháng 4, 2024'],
  ...['Sáng 13/5/2024', 'sáng sớm 12/4/2022', 'Thứ Năm, 21/12/2023, 16:26 [GMT+7]', 'T2, 13/05/2024'],
  ...['2023-12-08T09:15:00Z', '11/14/2023 9:36:00 PM', '18 October 2019', 'October 18, 2019', 'ngày 5-6-2023'],
  ...['21-24/5/2019', 'Chủ nhật, 3/3/2024', 'CN 3/3/2024', 'Cập nhật: 08:30 ngày 14/11/2023', 'Hôm nay (9/5/2024)'],
  ...[
    'lúc 8 giờ 30 phút ngày 15/3/2024',
    'ngày 22\ntháng 11\nnăm 2019',
    '09:05, 11/06/2021 [GMT+7]',
    '8h30 ngày 2/9/2023',
  ],
  ...['Chiều tối 2/9/2023', 'hôm qua (21/4/2024)', 'ngày 15.3.2024', '13/5 năm 2024', 'quý I năm 2024'],
]
const date = fc.tuple(fc.constantFrom(...DATES), fc.nat(), fc.constantFrom('', ' ', 'x', 'Hội')).map(([d, at, put]) => {
  const k = at % (d.length + 1)
  return at % 3 === 0 ? d : `${d.slice(0, k)}${put}${d.slice(k + (at % 2))}`
})
const dated = fc.tuple(prose, gap, date, gap, prose).map((parts) => parts.join(''))
const text = fc.oneof(dated, dated, dated, prose, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }))

// The scan with every shortcut off.
function unhurried<T>(read: () => T): T {
  scanShortcuts.wordsBeforeYear = false
  try {
    return read()
  } finally {
    scanShortcuts.wordsBeforeYear = true
  }
}

afterEach(() => {
  scanShortcuts.wordsBeforeYear = true
})

describe('the date scan without a reference', () => {
  it('finds with its shortcuts what it finds without them', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findVietnameseDates(t)).toEqual(unhurried(() => findVietnameseDates(t)))
      }),
      { numRuns: 20_000 },
    )
  })

  it('finds the same first date up to any offset', () => {
    fc.assert(
      fc.property(text, fc.nat(), (t, n) => {
        const until = n % (t.length + 1)
        expect(findFirstVietnameseDate(t, until)).toEqual(unhurried(() => findFirstVietnameseDate(t, until)))
      }),
      { numRuns: 10_000 },
    )
  })
})
