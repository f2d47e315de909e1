import { describe, expect, it } from 'vitest'
import { formatPartialDate, type PartialDate } from '../src/partial-date.ts'
import { inferYear, type YearlessDate } from '../src/vietnamese-date.ts'

const show = (d: PartialDate | null) => (d === null ? null : formatPartialDate(d))

describe('inferYear: the most recent year that does not put the date after the reference', () => {
  it.each<[YearlessDate, Parameters<typeof inferYear>[1], string | null]>([
    [{ month: 5, day: 10, precision: 'day' }, '2024-05-10', '2024-05-10'],
    [{ month: 5, day: 20, precision: 'day' }, '2024-05-10', '2023-05-20'],
    [{ month: 5, day: 20, precision: 'day' }, '2024-05', '2024-05-20'],
    [{ month: 12, day: 20, precision: 'day' }, '2024-01-10', '2023-12-20'],
    [{ month: 12, day: 20, precision: 'day' }, '2024', '2024-12-20'],
    [{ month: 2, day: 29, precision: 'day' }, '2023-06-01', '2020-02-29'],
    [{ month: 5, precision: 'month' }, '2024-05-01', '2024-05'],
    [{ month: 6, precision: 'month' }, '2024-05-31', '2023-06'],
    [{ quarter: 2, precision: 'quarter' }, '2024-04-01', '2024-Q2'],
    [{ quarter: 3, precision: 'quarter' }, '2024-04-01', '2023-Q3'],
    [{ month: 5, day: 20, precision: 'day' }, '10/05/2024', '2023-05-20'],
    [{ month: 5, day: 20, precision: 'day' }, { year: 2024, month: 5, precision: 'month' }, '2024-05-20'],
    [{ month: 5, day: 20, precision: 'day' }, new Date('2024-05-19T20:00:00Z'), '2024-05-20'],
    [{ month: 4, day: 31, precision: 'day' }, '2024-05-10', null],
    [{ month: 5, day: 20, precision: 'day' }, undefined, null],
    [{ month: 5, day: 20, precision: 'day' }, 'not a date', null],
    [{ month: 5, precision: 'day' }, '2024-05-10', null],
    [{ month: 5, day: 20, quarter: 2, precision: 'day' }, '2024-05-10', null],
    [{ month: 5.5, precision: 'month' }, '2024-05-10', null],
    [{ quarter: 2, partOfDay: 'morning', precision: 'quarter' }, '2024-05-10', null],
  ])('%o against %o → %s', (date, reference, expected) => {
    expect(show(inferYear(date, reference))).toBe(expected)
  })

  it('keeps the part of day, and writes the fields in the order of the grammar', () => {
    const date = inferYear({ partOfDay: 'morning', precision: 'day', day: 20, month: 5 }, '2024-05-10')
    expect(JSON.stringify(date)).toBe('{"year":2023,"month":5,"day":20,"precision":"day","partOfDay":"morning"}')
  })
})
