import { describe, expect, it } from 'vitest'
import { formatPartialDate } from '../src/partial-date.ts'
import { type DateReference, parseDateReference } from '../src/vietnamese-date.ts'

describe('parseDateReference: a publication date or reference given beside an article', () => {
  it.each<[DateReference, string | null]>([
    ['2024-01-10', '2024-01-10'],
    [' 2023-12 ', '2023-12'],
    ['2023-Q2', '2023-Q2'],
    ['2023-12-08T09:15:00Z', '2023-12-08'],
    ['2023-12-08 09:15', '2023-12-08'],
    ['13/05/2024', '2024-05-13'],
    ['Thứ Hai, 13/05/2024 - 08:15', '2024-05-13'],
    [new Date('2024-05-12T18:00:00Z'), '2024-05-13'],
    [new Date('2024-05-12T16:00:00Z'), '2024-05-12'],
    [{ year: 2023, month: 12, precision: 'month' }, '2023-12'],
    [{ year: 2023, month: 2, day: 29, precision: 'day' }, null],
    [new Date(Number.NaN), null],
    ['13/5', null],
    ['not a date', null],
  ])('%o → %s', (reference, expected) => {
    const date = parseDateReference(reference)
    expect(date === null ? null : formatPartialDate(date)).toBe(expected)
  })
})
