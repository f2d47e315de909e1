import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CUE_READERS,
  cueReadersFor,
  mayOpenTag,
  readBracketedDay,
  readDateCue,
  readDateRange,
  readDayRange,
  readMonthCue,
  readRecentWeekday,
  readWeekdayDay,
  readYearlessDay,
} from '../src/date-cues.ts'
import { foldDiacritics } from '../src/text.ts'
import { findFirstVietnameseDate } from '../src/vietnamese-date.ts'

// The expression mayOpenTag gates, as date-cues.ts writes it.
const SOURCE_TAG = /^(?:\([^()\n]{2,40}\)|\p{Lu}[\p{L}\p{M}.&]*(?:\s+[\p{L}\p{M}.&]+){0,3})\s*[-–—]\s*/u

const WORDS = [
  'Sáng',
  'sáng',
  'SÁNG',
  'ſáng',
  'Chiều',
  'tối',
  'Đêm',
  'trưa',
  'Từ',
  'ngày',
  'Ngày',
  'hôm',
  'Hôm',
  'thứ',
  'Thứ',
  'Hai',
  'chủ',
  'nhật',
  'Trong',
  'vào',
  'Vào',
  'cũng',
  'hồi',
  'suốt',
  'Lúc',
  'cuối',
  'Đầu',
  'giữa',
  'tuần',
  'qua',
  'nay',
  'Quý',
  'tháng',
  'Tháng',
  'năm',
  'Năm',
  'hai',
  'ba',
  'bốn',
  'các',
  'Các',
  'CN',
  'T',
  'đến',
  'và',
  'vừa',
  'Kinhtedothi',
  'VOV.VN',
  'GD&TĐ',
  'Hà',
  'Nội',
  'Theo',
  'Phát',
  'Ông',
  'Mới',
  'đây',
  'sang',
  'ngay',
  'thu',
  'sa\u0301ng',
  'nga\u0300y',
  'đêm',
  'đầu',
  'ba ngày',
  'bốn ngày',
  'IV',
  'II',
  'Tuần',
  'trước',
  'rồi',
  'K',
  'Ở',
]
const PIECES = [
  ' ',
  '  ',
  '\u00a0',
  '\n',
  ',',
  ', ',
  '/',
  '-',
  ' - ',
  '–',
  '—',
  '.',
  '(',
  ')',
  ': ',
  '“',
  '&',
  '13',
  '5',
  '2024',
  '4',
  '12',
  '09',
  '1.1',
  '2.',
  '*',
  '+',
  '•',
  'ſ',
  '\u212a',
]
const piece = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PIECES), fc.string({ maxLength: 2 }))
const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''))
// A text whose first unit is replaced by any unit: most are none a cue opens with.
const anyFirst = fc
  .tuple(
    fc.oneof(fc.constantFrom(...PIECES, ...WORDS.map((w) => w.charAt(0))), fc.string({ minLength: 1, maxLength: 1 })),
    text,
  )
  .map(([head, rest]) => head.charAt(0) + rest)
// Cue shapes: a word or two a cue opens with (in any case), then a day, a range, a month or a bracket.
const caseOf = (w: string, k: number) =>
  k === 0 ? w : k === 1 ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)
const cueWord = fc.tuple(fc.constantFrom(...WORDS), fc.integer({ min: 0, max: 2 })).map(([w, k]) => caseOf(w, k))
const cueRest = fc.constantFrom(
  '13/5, ',
  '13-5-2024 ',
  'ngày 20 đến 21/9,',
  '4 - 5/10)',
  '(22/4),',
  'tháng 10,',
  'tháng Mười ',
  'qua (21/4)',
  'nay, 16-10-2015,',
  'Hai (4/11)',
  'ngày 15 tháng 3 năm 2024',
  '2, 4 và 8/8',
  'Sáu (ngày 14),',
  'Hai vừa qua,',
  'ngày 14/10 đến 20/10/2023',
  'các ngày 15, 16/3',
  '8 giờ 30 phút, ngày 15/3',
  'năm 2023,',
  '2023',
)
const cue = fc.tuple(fc.array(cueWord, { maxLength: 3 }), cueRest).map(([ws, rest]) => [...ws, rest].join(' '))
// A cue for each word a reader opens with, each read as written (checked below).
const EXAMPLES = [
  'Sáng 13/5,',
  'Trưa 13/5,',
  'Chiều 13/5,',
  'Tối 13/5,',
  'Đêm 13/5,',
  'Từ ngày 20 đến 21/9,',
  'Ngày 13/5,',
  'Hôm 9/5,',
  'Thứ Hai (4/11),',
  'Chủ nhật (5/11/2023),',
  'Tháng 10/2024,',
  'Năm ngày 2, 4 và 8/8,',
  'Nay (1/11),',
  'Qua 13/5,',
  'Tuần qua (15/3),',
  'Cũng trong tháng 10,',
  'Trong 2 ngày 18 và 19/11/2024,',
  'Vào sáng 13/5,',
  'Hồi 8 giờ ngày 15/3/2024,',
  'Suốt tháng 6,',
  'Lúc 8 giờ ngày 15/3/2024,',
  'Cuối tháng 6,',
  'Đầu tháng 6,',
  'Giữa tháng 6,',
  'Hai ngày 18 và 19/11,',
  'Ba ngày 2, 4 và 8/8,',
  'Bốn ngày 1, 2, 4 và 8/8,',
  'Các ngày 5, 7 và 9/3,',
  'T2, 13/5/2024,',
  'CN, 12/5/2024,',
  'Quý 13/5',
  '13/5,',
  '(13/5),',
]
const example = fc
  .tuple(fc.constantFrom(...EXAMPLES), fc.integer({ min: 0, max: 2 }), fc.constantFrom('NFC', 'NFD', 'fold'))
  .map(([w, k, form]) => caseOf(form === 'fold' ? foldDiacritics(w) : w.normalize(form), k))
const reference = fc.constantFrom(undefined, '2024-05-10', '2023-12')
const runs = { numRuns: 6000 }

describe('the examples of cues are cues', () => {
  it.each(EXAMPLES.filter((e) => e !== 'Quý 13/5'))('%s', (e) => {
    expect(readDateCue(e, { reference: '2024-06-01' }) ?? readDateCue(e)).not.toBeNull()
  })
})

describe('the cue gates never turn away what the expressions read', () => {
  it('mayOpenTag holds wherever the source tag matches its window', () => {
    fc.assert(
      fc.property(fc.oneof(text, anyFirst, cue), (t) => {
        if (SOURCE_TAG.test(t.slice(0, 60))) expect(mayOpenTag(t)).toBe(true)
      }),
      runs,
    )
  })

  it('no reader reads a text cueReadersFor leaves it out of', () => {
    const R = CUE_READERS
    fc.assert(
      fc.property(fc.oneof(text, anyFirst, cue, example), reference, (t, ref) => {
        const readers = cueReadersFor(t)
        const options = { reference: ref }
        const not = (reader: number) => (readers & reader) === 0
        if (not(R.dateRange)) expect(readDateRange(t, options)).toBeNull()
        if (not(R.month)) expect(readMonthCue(t, options)).toBeNull()
        if (not(R.bracketedDay)) expect(readBracketedDay(t, options)).toBeNull()
        if (not(R.weekday)) expect(readWeekdayDay(t, options) ?? readRecentWeekday(t, options)).toBeNull()
        if (not(R.dayRange)) expect(readDayRange(t, options)).toBeNull()
        if (not(R.yearlessDay)) expect(readYearlessDay(t)).toBeNull()
        if (not(R.leading)) {
          // The grammar's date at the start (readLeadingDate: at 0 or after a preposition).
          expect(findFirstVietnameseDate(t.slice(0, 60), 0, { reference: ref ?? '2004-12-31' })?.start ?? -1).not.toBe(
            0,
          )
          expect(/^(?:cũng\s+)?(?:(?:trong|vào|hồi|suốt)(?:\s+lúc)?|lúc)\s+/iu.test(t)).toBe(false)
        }
      }),
      runs,
    )
  })
})
