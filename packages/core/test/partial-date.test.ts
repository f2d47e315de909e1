import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  comparePartialDates,
  daysInMonth,
  formatPartialDate,
  type PartialDate,
  PartialDateSchema,
  PartialDateStringSchema,
  parsePartialDate,
  partialDateRange,
} from '../src/partial-date.ts'

describe('PartialDateSchema', () => {
  it.each<[string, PartialDate]>([
    ['a day', { year: 2023, month: 12, day: 8, precision: 'day' }],
    ['a day with its part', { year: 2024, month: 5, day: 13, precision: 'day', partOfDay: 'morning' }],
    ['29 February of a leap year', { year: 2024, month: 2, day: 29, precision: 'day' }],
    ['29 February 2000 (divisible by 400)', { year: 2000, month: 2, day: 29, precision: 'day' }],
    ['a month', { year: 2023, month: 12, precision: 'month' }],
    ['a quarter', { year: 2023, quarter: 2, precision: 'quarter' }],
    ['a year', { year: 2023, precision: 'year' }],
  ])('accepts %s', (_, date) => {
    expect(PartialDateSchema.safeParse(date).success).toBe(true)
  })

  it.each<[string, unknown]>([
    ['31 February', { year: 2023, month: 2, day: 31, precision: 'day' }],
    ['30 February', { year: 2024, month: 2, day: 30, precision: 'day' }],
    ['29 February 2023', { year: 2023, month: 2, day: 29, precision: 'day' }],
    ['29 February 1900 (a century, not divisible by 400)', { year: 1900, month: 2, day: 29, precision: 'day' }],
    ['31 April', { year: 2023, month: 4, day: 31, precision: 'day' }],
    ['month 13', { year: 2023, month: 13, precision: 'month' }],
    ['quarter 5', { year: 2023, quarter: 5, precision: 'quarter' }],
    ['a day without its month', { year: 2023, day: 8, precision: 'day' }],
    ['a month-precision date with a day', { year: 2023, month: 12, day: 8, precision: 'month' }],
    ['a quarter with a month', { year: 2023, month: 4, quarter: 2, precision: 'quarter' }],
    ['a year with a month', { year: 2023, month: 4, precision: 'year' }],
    ['a part of day on a month', { year: 2023, month: 12, precision: 'month', partOfDay: 'morning' }],
    ['a fractional day', { year: 2023, month: 12, day: 8.5, precision: 'day' }],
  ])('rejects %s', (_, date) => {
    expect(PartialDateSchema.safeParse(date).success).toBe(false)
  })

  it('says what was wrong with an impossible day', () => {
    const result = PartialDateSchema.safeParse({ year: 2023, month: 2, day: 29, precision: 'day' })
    expect(result.error?.issues[0]?.message).toBe('day 29 does not exist in 2/2023, which has 28 days')
  })
})

describe('formatPartialDate and parsePartialDate', () => {
  it.each<[string, PartialDate]>([
    ['2023-12-08', { year: 2023, month: 12, day: 8, precision: 'day' }],
    ['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day' }],
    ['2023-12', { year: 2023, month: 12, precision: 'month' }],
    ['2023-01', { year: 2023, month: 1, precision: 'month' }],
    ['2023-Q2', { year: 2023, quarter: 2, precision: 'quarter' }],
    ['2023', { year: 2023, precision: 'year' }],
    ['0999-03', { year: 999, month: 3, precision: 'month' }],
  ])('%s', (text, date) => {
    expect(formatPartialDate(date)).toBe(text)
    expect(parsePartialDate(text)).toEqual(date)
  })

  it('leaves the part of day out of the string form', () => {
    expect(formatPartialDate({ year: 2024, month: 5, day: 13, precision: 'day', partOfDay: 'morning' })).toBe(
      '2024-05-13',
    )
  })

  it.each([
    '2023-02-29',
    '2023-02-31',
    '2023-13',
    '2023-00',
    '2023-12-00',
    '2023-Q5',
    '2023-Q0',
    '2023-12-8',
    '2023-2',
    '23',
    '20231208',
    '2023/12/08',
    '08/12/2023',
    ' 2023-12-08',
    '2023-12-08T09:15:00Z',
    '',
  ])('does not parse %j', (text) => {
    expect(parsePartialDate(text)).toBeNull()
    expect(PartialDateStringSchema.safeParse(text).success).toBe(false)
  })

  it('explains which string forms are accepted', () => {
    const result = PartialDateStringSchema.safeParse('2023-02-29')
    expect(result.error?.issues[0]?.message).toBe(
      'expected a real date written YYYY-MM-DD, YYYY-MM, YYYY-Qn (n from 1 to 4) or YYYY',
    )
  })

  it('round-trips every valid partial date', () => {
    fc.assert(
      fc.property(arbitraryPartialDate, (date) => {
        const { partOfDay: _, ...withoutPart } = date
        expect(parsePartialDate(formatPartialDate(date))).toEqual(withoutPart)
      }),
    )
  })

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const parsed = parsePartialDate(s)
        if (parsed !== null) expect(formatPartialDate(parsed)).toBe(s)
      }),
    )
  })
})

describe('partialDateRange', () => {
  it.each<[PartialDate, string, string]>([
    [{ year: 2023, month: 12, day: 8, precision: 'day' }, '2023-12-08', '2023-12-08'],
    [{ year: 2024, month: 2, precision: 'month' }, '2024-02-01', '2024-02-29'],
    [{ year: 2023, month: 2, precision: 'month' }, '2023-02-01', '2023-02-28'],
    [{ year: 2023, month: 4, precision: 'month' }, '2023-04-01', '2023-04-30'],
    [{ year: 2023, quarter: 1, precision: 'quarter' }, '2023-01-01', '2023-03-31'],
    [{ year: 2023, quarter: 2, precision: 'quarter' }, '2023-04-01', '2023-06-30'],
    [{ year: 2023, quarter: 4, precision: 'quarter' }, '2023-10-01', '2023-12-31'],
    [{ year: 2023, precision: 'year' }, '2023-01-01', '2023-12-31'],
  ])('%j covers %s to %s', (date, start, end) => {
    expect(partialDateRange(date)).toEqual({ start, end })
  })
})

describe('comparePartialDates', () => {
  it('orders by start instant, then the shorter span first', () => {
    const texts = ['2023', '2023-Q2', '2023-12-08', '2022-12', '2023-04', '2023-04-01', '2023-12']
    const sorted = texts
      .map((t) => parsePartialDate(t))
      .filter((d) => d !== null)
      .sort(comparePartialDates)
      .map(formatPartialDate)
    expect(sorted).toEqual(['2022-12', '2023', '2023-04-01', '2023-04', '2023-Q2', '2023-12', '2023-12-08'])
  })

  it('puts a day before its morning and the morning before its afternoon', () => {
    const day: PartialDate = { year: 2024, month: 5, day: 13, precision: 'day' }
    const morning: PartialDate = { ...day, partOfDay: 'morning' }
    const afternoon: PartialDate = { ...day, partOfDay: 'afternoon' }
    expect([afternoon, morning, day].sort(comparePartialDates)).toEqual([day, morning, afternoon])
    expect(comparePartialDates(morning, { ...morning })).toBe(0)
  })

  it('is antisymmetric', () => {
    fc.assert(
      fc.property(arbitraryPartialDate, arbitraryPartialDate, (a, b) => {
        expect(Math.sign(comparePartialDates(a, b))).toBe(-Math.sign(comparePartialDates(b, a)) || 0)
      }),
    )
  })
})

// Any valid partial date.
const arbitraryPartialDate: fc.Arbitrary<PartialDate> = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    quarter: fc.integer({ min: 1, max: 4 }),
    precision: fc.constantFrom('day', 'month', 'quarter', 'year' as const),
    partOfDay: fc.option(fc.constantFrom('morning', 'noon', 'afternoon', 'evening' as const), { nil: undefined }),
  })
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every precision and returns in each
  .map(({ year, month, day, quarter, precision, partOfDay }): PartialDate => {
    switch (precision) {
      case 'day': {
        const date: PartialDate = { year, month, day: Math.min(day, daysInMonth(year, month)), precision }
        if (partOfDay !== undefined) date.partOfDay = partOfDay
        return date
      }
      case 'month':
        return { year, month, precision }
      case 'quarter':
        return { year, quarter, precision }
      case 'year':
        return { year, precision }
    }
  })
