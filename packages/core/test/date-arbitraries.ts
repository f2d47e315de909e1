import fc from 'fast-check'
import { daysInMonth } from '../src/partial-date.ts'

/** A number of a date written on two digits (`05`). */
export const two = (n: number) => String(n).padStart(2, '0')

/** A day of the calendar from 1990 to 2030 (a day past its month's end moved to the last). */
export const calendarDay = fc
  .record({
    year: fc.integer({ min: 1990, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }))
