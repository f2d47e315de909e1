import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { daysInMonth, formatPartialDate, type PartialDate, partialDateRange } from '../src/partial-date.ts'
import { findFirstVietnameseDate, findVietnameseDates, parseVietnameseDate } from '../src/vietnamese-date.ts'
import { two } from './date-arbitraries.ts'

// Pieces that date expressions, codes and numbers are made of, so random texts come close to
// dates far more often than random characters would.
const piece = fc.constantFrom(
  ' ',
  ' ',
  '\n',
  ',',
  '.',
  '/',
  '-',
  ':',
  '(',
  ')',
  '[',
  ']',
  '+',
  '1',
  '5',
  '12',
  '13',
  '29',
  '31',
  '08',
  '2023',
  '2024',
  '0912',
  '35',
  'II',
  'IV',
  'ngày',
  'Ngày',
  'tháng',
  'năm',
  'Quý',
  'quý',
  'sáng',
  'Sáng',
  'chiều',
  'tối',
  'nay',
  'Thứ',
  'Hai',
  'CN',
  'T',
  'NQ',
  'TW',
  'NĐ-CP',
  'GMT',
  'PM',
  'h',
  'giờ',
  'Cập nhật',
  'October',
  'May',
  'đ',
  '\uD800',
  '\uDC00',
  '😀',
  '\u200B',
  '\u00A0',
)
const dateSoup = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''))
const anyText = fc.oneof(dateSoup, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }))
const reference = fc.option(fc.constantFrom('2024-01-10', '2023-12', '2023', '2023-Q2'), { nil: undefined })

describe('parseVietnameseDate and findVietnameseDates on any text', () => {
  it('never throw, and only give valid partial dates', () => {
    fc.assert(
      fc.property(anyText, reference, (text, ref) => {
        const date = parseVietnameseDate(text, { reference: ref })
        if (date !== null) expect(formatPartialDate(date)).toMatch(/^\d{4}(-\d\d(-\d\d)?|-Q[1-4])?$/)
        findVietnameseDates(text, { reference: ref })
      }),
      { numRuns: 2000 },
    )
  })

  it('find gives ordered, disjoint spans that parse back to the same date', () => {
    fc.assert(
      fc.property(anyText, reference, (text, ref) => {
        let previousEnd = 0
        for (const m of findVietnameseDates(text, { reference: ref })) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd)
          expect(m.end).toBeGreaterThan(m.start)
          expect(text.slice(m.start, m.end)).toBe(m.raw)
          expect(parseVietnameseDate(m.raw, { reference: ref })).toEqual(m.date)
          previousEnd = m.end
        }
      }),
      { numRuns: 2000 },
    )
  })
})

const day = fc
  .record({
    year: fc.integer({ min: 1000, max: 2999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }))

const ROMAN = ['I', 'II', 'III', 'IV']
const MONTH_NAMES = ['Giêng', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười Một', 'Mười Hai']
const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

describe('parseVietnameseDate reads back what is written in the usual styles', () => {
  it('days', () => {
    const styles = [
      (d: { year: number; month: number; day: number }) => `${d.day}/${d.month}/${d.year}`,
      (d: { year: number; month: number; day: number }) => `ngày ${two(d.day)}-${two(d.month)}-${d.year}`,
      (d: { year: number; month: number; day: number }) => `${d.day}.${d.month}.${d.year}`,
      (d: { year: number; month: number; day: number }) => `ngày ${d.day} tháng ${d.month} năm ${d.year}`,
      (d: { year: number; month: number; day: number }) => `${d.year}-${two(d.month)}-${two(d.day)}`,
      (d: { year: number; month: number; day: number }) => `Thứ Hai, ${two(d.day)}/${two(d.month)}/${d.year} - 08:15`,
      (d: { year: number; month: number; day: number }) => `${d.month}/${d.day}/${d.year} 9:36:00 PM`,
      (d: { year: number; month: number; day: number }) => `ngày ${d.day}\ntháng ${d.month}\nnăm ${d.year}`,
      (d: { year: number; month: number; day: number }) =>
        `ngày ${d.day} tháng ${MONTH_NAMES[d.month - 1]} năm ${d.year}`,
      (d: { year: number; month: number; day: number }) => `${d.day} ${ENGLISH_MONTHS[d.month - 1]} ${d.year}`,
      (d: { year: number; month: number; day: number }) => `${ENGLISH_MONTHS[d.month - 1]} ${d.day}, ${d.year}`,
    ]
    fc.assert(
      fc.property(day, fc.constantFrom(...styles), (d, style) => {
        expect(parseVietnameseDate(style(d))).toEqual({ ...d, precision: 'day' })
      }),
    )
  })

  it('days with a part of day', () => {
    const parts = [
      ['Sáng', 'morning'],
      ['chiều ngày', 'afternoon'],
      ['Tối', 'evening'],
    ] as const
    fc.assert(
      fc.property(day, fc.constantFrom(...parts), (d, [word, partOfDay]) => {
        expect(parseVietnameseDate(`${word} ${d.day}/${d.month}/${d.year}`)).toEqual({
          ...d,
          precision: 'day',
          partOfDay,
        })
      }),
    )
  })

  it('months, quarters and years', () => {
    fc.assert(
      fc.property(day, (d) => {
        const quarter = Math.ceil(d.month / 3)
        expect(parseVietnameseDate(`tháng ${d.month}/${d.year}`)).toEqual({
          year: d.year,
          month: d.month,
          precision: 'month',
        })
        expect(parseVietnameseDate(`tháng ${d.month} năm ${d.year}`)).toEqual({
          year: d.year,
          month: d.month,
          precision: 'month',
        })
        expect(parseVietnameseDate(`Quý ${ROMAN[quarter - 1]} năm ${d.year}`)).toEqual({
          year: d.year,
          quarter,
          precision: 'quarter',
        })
        expect(parseVietnameseDate(`quý ${quarter}/${d.year}`)).toEqual({ year: d.year, quarter, precision: 'quarter' })
        expect(parseVietnameseDate(`năm ${d.year}`)).toEqual({ year: d.year, precision: 'year' })
      }),
    )
  })

  it('a range of days in one month, from its first day', () => {
    const range = day.chain((d) =>
      fc
        .integer({ min: d.day + 1, max: Math.max(d.day + 1, daysInMonth(d.year, d.month)) })
        .map((last) => ({ d, last })),
    )
    fc.assert(
      fc.property(range, fc.constantFrom('/', '.'), ({ d, last }, sep) => {
        const text = `từ ngày ${d.day}-${last}${sep}${d.month}${sep}${d.year} tại`
        const found = findVietnameseDates(text)
        if (last > daysInMonth(d.year, d.month)) return
        expect(found.map((m) => m.date)).toEqual([{ ...d, precision: 'day' }])
      }),
    )
  })

  it('a year-less day is the most recent one not after the reference', () => {
    const notLeapDay = day.filter((d) => !(d.month === 2 && d.day === 29))
    fc.assert(
      fc.property(notLeapDay, day, (d, ref) => {
        const refText = `${ref.year}-${two(ref.month)}-${two(ref.day)}`
        const date = parseVietnameseDate(`ngày ${d.day}/${d.month}`, { reference: refText })
        expect(date).toMatchObject({ month: d.month, day: d.day, precision: 'day' })
        const found = formatPartialDate(date as PartialDate)
        expect(found <= refText).toBe(true)
        const aYearLater = `${(date as PartialDate).year + 1}-${found.slice(5)}`
        expect(aYearLater > refText).toBe(true)
      }),
    )
  })
})

describe('findVietnameseDates on a megabyte of adversarial text', () => {
  it('finds exactly the real dates among runs of digits, slashes and repeated cue words', () => {
    const pieces = [
      'ngày '.repeat(40_000),
      'ngày 13/5/2024, ',
      '1/'.repeat(100_000),
      ' ',
      '9'.repeat(100_000),
      ' Sáng 8/12, ',
      '/-.'.repeat(50_000),
      ' Quý II năm 2023 ',
      '\uD800'.repeat(50_000),
      '\uDC00a'.repeat(20_000),
      ' Thứ Năm, 21/12/2023, 16:26 ',
      '[('.repeat(50_000),
      ' ',
      'quý năm tháng Thứ '.repeat(10_000),
      '13/2023/NĐ-CP ',
      '12/'.repeat(50_000),
      '2023',
    ]
    const text = pieces.join('')
    expect(text.length).toBeGreaterThan(1_000_000)
    expect(text).not.toContain('\n')
    const found = findVietnameseDates(text, { reference: '2023-12-21' })
    expect(found.map((m) => [m.raw, formatPartialDate(m.date)])).toEqual([
      ['ngày 13/5/2024', '2024-05-13'],
      ['Sáng 8/12', '2023-12-08'],
      ['Quý II năm 2023', '2023-Q2'],
      ['Thứ Năm, 21/12/2023, 16:26', '2023-12-21'],
    ])
    expect(found.map((m) => partialDateRange(m.date).start)).toEqual([
      '2024-05-13',
      '2023-12-08',
      '2023-04-01',
      '2023-12-21',
    ])
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw)
    expect(parseVietnameseDate(text, { reference: '2023-12-21' })).toBeNull()
  })
})

// Pieces of the longest prefixes an expression may carry before its year (a part of the day told
// closer, `ngày`, a weekday, a clock time with its meridiem, a `nay (`) among numbers and codes.
const prefixPiece = fc.constantFrom(
  ' ',
  ', ',
  ' - ',
  '\n',
  '(',
  ')',
  '/',
  '.',
  ':',
  '8',
  '30',
  '15',
  '12',
  '2019',
  '2024',
  '0912',
  'Sáng',
  'sớm',
  'Chiều',
  'tối',
  'ngày',
  'hôm',
  'nay',
  'qua',
  'Thứ',
  'Hai',
  'Chủ',
  'nhật',
  'giờ',
  'phút',
  'h',
  'SA',
  'PM',
  'tháng',
  'Mười',
  'Một',
  'năm',
  'quý',
  'IV',
  'GMT',
  '+',
  '7',
  'NQ',
)
const prefixSoup = fc.array(prefixPiece, { maxLength: 120 }).map((parts) => parts.join(''))

// An expression with every kind of prefix in any order, each with any separator, before a core
// that writes its year at its far end: the longest reach from a start to its year.
const prefixes = fc.shuffledSubarray(
  [
    fc.constantFrom('Sáng', 'sáng sớm', 'Chiều tối', 'tối muộn'),
    fc.constantFrom('ngày', 'Hôm'),
    fc.constantFrom('Thứ Hai', 'thứ 5', 'Chủ nhật', 'CN', 'T2'),
    fc.constantFrom('8 giờ 30 phút SA', '16:30:00.000 PM', '8h30', '9 giờ'),
  ],
  { minLength: 0, maxLength: 4 },
)
const separator = fc.constantFrom(' ', ', ', ' - ', ' | ', ': ', ' nay (', ' qua, ', ' nay ngày ', ' qua (', '  ')
const longCore = fc.constantFrom(
  '22 tháng Mười Một năm 2019',
  '22\ntháng 11\nnăm 2019',
  '8 tháng 12, 2023',
  '21-24/5 năm 2019',
  '15/12 năm 2019',
  '15/12/2019',
  'Quý IV / 2023',
  'quý 4 năm 2023',
  'tháng 12 năm 2023',
  'October 18, 2019',
  '18 October, 2019',
  '2023-12-08',
  'năm 2024',
)
const prefixedDate = fc
  .tuple(
    prefixes.chain((ps) => fc.tuple(...ps.map((p) => fc.tuple(p, separator)))),
    longCore,
    fc.constantFrom('', ')', ' 16:26 [GMT+7]', '.'),
  )
  .map(([ps, core, end]) => `${ps.map(([p, sep]) => p + sep).join('')}${core}${end}`)
const aroundDates = fc.array(fc.oneof(prefixedDate, prefixPiece), { maxLength: 12 }).map((parts) => parts.join(''))

describe('findVietnameseDates without a reference', () => {
  // Without a reference the scan wakes the grammar only near a four-digit number; a reference it
  // cannot read resolves alike (no year-less date), and is scanned everywhere.
  it('finds what a scan of every position finds', () => {
    fc.assert(
      fc.property(fc.oneof(aroundDates, prefixSoup, dateSoup, anyText), (text) => {
        expect(findVietnameseDates(text)).toEqual(findVietnameseDates(text, { reference: 'no date' }))
      }),
      { numRuns: 5000 },
    )
  })
})

describe('findFirstVietnameseDate', () => {
  it('is the first date findVietnameseDates finds, when it starts by the offset', () => {
    fc.assert(
      fc.property(
        fc.oneof(aroundDates, prefixSoup, dateSoup, anyText),
        fc.nat({ max: 80 }),
        reference,
        (text, until, ref) => {
          const first = findVietnameseDates(text, { reference: ref })[0]
          const expected = first !== undefined && first.start <= until ? first : null
          expect(findFirstVietnameseDate(text, until, { reference: ref })).toEqual(expected)
        },
      ),
      { numRuns: 3000 },
    )
  })
})
