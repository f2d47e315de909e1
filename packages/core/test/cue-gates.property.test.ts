import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mayOpenCue } from '../src/cue-gates.ts'
import {
  readBracketedDay,
  readDateRange,
  readDayRange,
  readMonthCue,
  readRecentWeekday,
  readWeekdayDay,
  readYearlessDay,
} from '../src/date-cues.ts'
import { findFirstVietnameseDate } from '../src/vietnamese-date.ts'

// Words cues open with and words they do not, in any case, run on into the next word, with the
// long s that a case-blind expression reads as `s`, decomposed, and the separators between.
const piece = fc.constantFrom(
  ...['Sáng', 'sáng', 'SÁNG', 'ſáng', 'Chiều', 'chie\u0302\u0300u', 'Tối', 'trưa', 'Đêm', 'sang'],
  ...['Từ', 'từ', 'Trong', 'Vào', 'vào', 'Hồi', 'Suốt', 'ſuốt', 'Lúc', 'Cũng', 'Cuối', 'Đầu', 'Giữa'],
  ...['Thứ', 'thứ', 'Hai', 'Sáu', 'Chủ', 'nhật', 'Tuần', 'qua', 'trước', 'vừa', 'Hôm', 'hôm'],
  ...['Ngày', 'ngày', 'NGÀY', 'ngay', 'Nay', 'nay', 'Qua', 'Các', 'các', 'Ba', 'Bốn', 'Năm', 'tháng', 'Mười'],
  ...['Quý', 'quy', 'CN', 'T', 'Theo', 'Hội', 'Tại', 'Từng', 'Ngàyngày', 'nayngày', 'quangày', 'Đồng'],
  ...['1', '2', '13', '5', '2024', '10', ' ', ' ', ', ', ':', '/', '-', '.', '(', ')', '\n', '😀', '\u0301'],
)
// Cues as the readers document them, each opening word then spelled in another case, with the
// long s, run on into the next word, or put after another word.
const CUES = [
  ...[
    'Sáng 13/5, ',
    'Ngày 2-3, ',
    'Từ ngày 20 đến 21/9, ',
    'Trong 2 ngày 18 và 19/11/2024, ',
    'Sáng từ ngày 13-15/5, ',
  ],
  ...['trong các ngày (4 - 5/10), ', 'Ngày 24,25/9/2022, ', 'trong 3 ngày: ngày 02, ngày 04 và ngày 08 tháng 8, '],
  ...['Các ngày 5, 7 và 9/3, ', 'Từ ngày 14/10 đến 20/10/2023, ', 'Sáng 30/11 - 1/12/2024, ', 'Từ 2-5/3, '],
  ...['Vào sáng ngày thứ Hai (22/4), ', 'Hôm thứ Hai (22/4), ', 'Sáng nay (22/4), ', 'Hôm nay (1/11), '],
  ...['Ngày hôm qua (21/4), ', 'Sáng nay, 16-10-2015, ', 'Cuối tuần qua (15/3), ', 'Tuần trước (12/3), '],
  ...['(22/4), ', 'Sáng thứ Sáu (ngày 14), ', 'Thứ 2 (14), ', 'Sáng thứ Hai vừa qua, ', 'Chủ nhật tuần trước, '],
  ...['Trong tháng 10, ', 'Cuối tháng Mười, ', 'Đầu tháng Giêng, ', 'Vào đầu tháng 6, ', 'Đầu tháng 6 vừa qua, '],
  ...['Trong tháng 10/2024, ', 'Vào sáng 13/5, ', 'Lúc 8 giờ ngày 15/3/2024, ', 'Vào lúc 14h00 ngày 15/3, '],
  ...['Sáng nay 17/6, ', 'hôm 9.12, ', 'Sáng qua, ngày 17/12, ', 'Sáng thứ Sáu, ngày 15/3, ', 'Ngày 15 tháng 3, '],
  ...['8 giờ 30 phút, ngày 15/3, ', 'Suốt tháng 5, ', 'Hồi tháng 5/2023, ', 'Cũng trong tháng 5, ', 'Giữa tháng 5, '],
  ...['Bốn ngày 2, 3, 4 và 5/6, ', 'Ba ngày 2, 3 và 4/6, ', 'Hai ngày 2 và 3/6, ', 'Năm ngày 2, 3 và 4/6, '],
  ...['Qua 5/6, ', 'Nay 5/6, ', 'Tối muộn 12/4, ', 'Đêm 5/6, ', 'Trưa 5/6, ', 'Chiều tối 12/4, ', 'Quý IV/2023, '],
  ...['Tháng 10/2024, ', 'Năm 2023, ', 'Thứ Năm, 21/12/2023, ', 'CN 3/3, ', 'T2, 13/05/2024, ', 'Ngày 5/6/2024, '],
  ...['Ngày ngày 2, 3 và 4/6, ', 'Nay ngày 5/6, ', 'Qua hôm 5/6, '],
]
const respell = fc.constantFrom(
  (c: string) => c,
  (c: string) => c.toUpperCase(),
  (c: string) => c.toLowerCase(),
  (c: string) => c.toLowerCase().replace(/s/gu, 'ſ'),
  (c: string) => c.replace(' ', ''),
  (c: string) => c.replace(' ', ',').replace(' ', ''),
  (c: string) => `Theo ${c}`,
  (c: string) => c.normalize('NFD'),
)
const cueLike = fc
  .tuple(fc.constantFrom(...CUES), respell, fc.constantFrom('Hội nghị', 'hội', '(TTXVN)', ''))
  .map(([cue, spell, rest]) => spell(cue) + rest)
const text = fc.oneof(
  cueLike,
  cueLike,
  fc.array(piece, { maxLength: 14 }).map((parts) => parts.join('')),
  fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
)
const reference = fc.constantFrom(undefined, '2024-01-10', '2023-12')

// What the cue readers find at the start of a text: each reader, and the grammar's first date there.
function readers(t: string, ref: string | undefined): unknown[] {
  const options = { reference: ref }
  const lead = findFirstVietnameseDate(t, 0, options)
  return [
    readDateRange(t, options),
    readMonthCue(t, options),
    readBracketedDay(t, options),
    readWeekdayDay(t, options),
    readDayRange(t, options),
    readRecentWeekday(t, options),
    readYearlessDay(t),
    lead?.start === 0 ? lead : null,
  ]
}

describe('mayOpenCue', () => {
  it('holds for every text a cue reader finds a cue at the start of', () => {
    fc.assert(
      fc.property(text, reference, (t, ref) => {
        if (readers(t, ref).some((r) => r !== null)) expect(mayOpenCue(t)).toBe(true)
      }),
      { numRuns: 20_000 },
    )
  })

  it('turns away the words no cue opens with', () => {
    expect(mayOpenCue('Theo báo cáo, ngày 5/6')).toBe(false)
    expect(mayOpenCue('Hội nghị diễn ra')).toBe(false)
    expect(mayOpenCue('Từng bước')).toBe(false)
    expect(mayOpenCue('Sáng 13/5, Hội nghị')).toBe(true)
    expect(mayOpenCue('nayngày 5/6')).toBe(true)
    expect(mayOpenCue('“Sáng 13/5')).toBe(true)
    expect(mayOpenCue('13/5')).toBe(true)
  })
})
