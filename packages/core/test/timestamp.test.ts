import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatPartialDate, parseTimestamp } from '../src/index.ts'

const read = (s: string) => {
  const d = parseTimestamp(s)
  return d === null ? null : formatPartialDate(d)
}

describe('parseTimestamp', () => {
  it.each([
    ['2024-03-05T07:45:00+07:00', '2024-03-05'],
    ['2024-03-05T07:45:00.123+0700', '2024-03-05'],
    ['2024-03-05 07:45:00+07', '2024-03-05'],
    // An instant named in UTC is the next day in Vietnam from 17:00 on.
    ['2024-03-04T20:00:00Z', '2024-03-05'],
    ['2024-03-04T16:59:59Z', '2024-03-04'],
    ['2024-03-04T17:00:00Z', '2024-03-05'],
    ['2023-12-31T18:30:00-05:00', '2024-01-01'],
    ['2024-02-29T23:00:00+07:00', '2024-02-29'],
    // Without a zone a time is read as written.
    ['2024-03-04T23:30:00', '2024-03-04'],
    // RSS's RFC 822 dates.
    ['Tue, 05 Mar 2024 07:45:00 +0700', '2024-03-05'],
    ['Mon, 04 Mar 2024 18:00:00 GMT', '2024-03-05'],
    ['4 Mar 2024 09:00 EST', '2024-03-04'],
    ['Mon, 04 Mar 24 23:00:00 +0000', '2024-03-05'],
    // What parseDateReference reads.
    ['2024-03-05', '2024-03-05'],
    ['2024-03', '2024-03'],
    ['05/03/2024', '2024-03-05'],
    ['Thứ Ba, 16/01/2024, 09:12 [GMT+7]', '2024-01-16'],
  ])('%s is %s in Vietnam', (text, date) => {
    expect(read(text)).toBe(date)
  })

  it.each([
    ['2024-02-30T10:00:00Z'],
    ['2024-13-01T10:00:00+07:00'],
    ['2024-03-05T07:45:00+99:00'],
    ['Tue, 05 Foo 2024 07:45:00 +0700'],
    ['Tue, 05 Mar 2024 07:45:00 XYZ'],
    ['hôm qua'],
    [''],
  ])('%j is no date', (text) => {
    expect(read(text)).toBeNull()
  })

  it('gives the Vietnamese day of any instant written with a zone', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.integer({ min: -12, max: 14 }),
        (instant, hours) => {
          const local = new Date(instant.getTime() + hours * 3_600_000).toISOString().slice(0, 19)
          const zone = `${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`
          const vietnam = new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
          expect(read(`${local}${zone}`)).toBe(vietnam)
        },
      ),
    )
  })

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseTimestamp(s)))
  })
})
