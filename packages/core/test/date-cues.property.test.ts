import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readDateCue, readRecentWeekday, readRelativeDay, readWeekdayDay } from '../src/date-cues.ts'
import { inferYear, parseVietnameseDate } from '../src/vietnamese-date.ts'
import { calendarDay as day, two } from './date-arbitraries.ts'

// Every way a sentence may open with one year-less day (its part of day aside).
const DAY_CUES = [
  (d: number, m: number) => `Sáng ${d}/${m}, Chi bộ họp`,
  (d: number, m: number) => `Vào chiều ngày ${d}-${m}, Chi bộ họp`,
  (d: number, m: number) => `Sáng thứ Hai (${d}/${m}), Chi bộ họp`,
  (d: number, m: number) => `Chủ nhật (${d}.${m}) Chi bộ họp`,
  (d: number, m: number) => `Sáng nay ${d}/${m}, Chi bộ họp`,
  (d: number, m: number) => `Từ ngày ${d} đến ${d}/${m}, Chi bộ họp`,
  (d: number, m: number) => `Từ ${d} đến ${d}/${m}, Chi bộ họp`,
  (d: number, m: number) => `Trong 2 ngày ${d} và ${d}/${m}, Chi bộ họp`,
]

describe('every time cue gives a year-less date the one year of inferYear', () => {
  it('days, whichever way the cue writes them', () => {
    fc.assert(
      fc.property(day, day, fc.constantFrom(...DAY_CUES), (d, ref, cue) => {
        const reference = `${ref.year}-${two(ref.month)}-${two(ref.day)}`
        const expected = inferYear({ month: d.month, day: d.day, precision: 'day' }, reference)
        const read = readDateCue(cue(d.day, d.month), { reference })
        expect(read?.date === undefined ? null : { ...read.date, partOfDay: undefined }).toEqual(
          expected === null ? null : { ...expected, partOfDay: undefined },
        )
        expect(expected).toEqual(parseVietnameseDate(`ngày ${d.day}/${d.month}`, { reference }))
      }),
      { numRuns: 3000 },
    )
  })

  it('months, by number or written after cuối, đầu, giữa', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        day,
        fc.constantFrom('Trong', 'Cuối', 'Đầu', 'Giữa'),
        (m, ref, lead) => {
          const reference = `${ref.year}-${two(ref.month)}-${two(ref.day)}`
          const expected = inferYear({ month: m, precision: 'month' }, reference)
          expect(readDateCue(`${lead} tháng ${m}, Chi bộ họp`, { reference })?.date).toEqual(expected)
          expect(expected).toEqual(parseVietnameseDate(`tháng ${m}`, { reference }))
        },
      ),
    )
  })

  it('months with no reference keep their month, for the text to give a year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.constantFrom('Trong', 'Cuối', 'Đầu', 'Giữa'), (m, lead) => {
        const cue = readDateCue(`${lead} tháng ${m}, Chi bộ họp`)
        expect(cue?.date).toBeNull()
        expect(cue?.yearless).toEqual({ month: m, precision: 'month' })
      }),
    )
  })
})

describe('readDateCue on any text', () => {
  const piece = fc.constantFrom(
    ' ',
    ', ',
    '(',
    ')',
    '/',
    '-',
    '5',
    '13',
    '2024',
    'Sáng',
    'thứ Hai',
    'nay',
    'ngày',
    'Từ',
    'đến',
    'tháng',
    'Mười',
    'Trong',
    'cùng ngày',
  )
  it('never throws, and ends its cue inside the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(piece, { maxLength: 14 }).map((p) => p.join('')),
          fc.string({ unit: 'grapheme' }),
        ),
        fc.constantFrom(undefined, '2024-05-10', '2023'),
        (text, reference) => {
          const cue = readDateCue(text, { reference })
          if (cue !== null) expect(cue.end).toBeLessThanOrEqual(text.length)
        },
      ),
      { numRuns: 2000 },
    )
  })
})

describe('readRelativeDay', () => {
  it('today is the reference day and yesterday the day before, whatever the day', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('Sáng', 'Chiều', 'Tối', 'Hôm'), (ref, word) => {
        const reference = `${ref.year}-${two(ref.month)}-${two(ref.day)}`
        const today = readRelativeDay(`${word} nay, Chi bộ họp`, { reference })?.date
        const yesterday = readRelativeDay(`${word} qua, Chi bộ họp`, { reference })?.date
        expect(today).toMatchObject(ref)
        const back = new Date(Date.UTC(ref.year, ref.month - 1, ref.day) - 86_400_000)
        expect(yesterday).toMatchObject({
          year: back.getUTCFullYear(),
          month: back.getUTCMonth() + 1,
          day: back.getUTCDate(),
        })
      }),
    )
  })
})

describe('readRelativeDay against a month', () => {
  it('today is in the reference month, yesterday is not read', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('Sáng', 'Chiều', 'Tối', 'Hôm'), (ref, word) => {
        const reference = `${ref.year}-${two(ref.month)}`
        expect(readRelativeDay(`${word} nay, Chi bộ họp`, { reference })?.date).toEqual({
          year: ref.year,
          month: ref.month,
          precision: 'month',
        })
        expect(readRelativeDay(`${word} qua, Chi bộ họp`, { reference })).toBeNull()
      }),
    )
  })
})

describe('readWeekdayDay', () => {
  const NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']
  it('gives a day on the weekday written, not after the reference, at most three months back', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 31 }), (ref, weekday, d) => {
        const reference = `${ref.year}-${two(ref.month)}-${two(ref.day)}`
        const date = readWeekdayDay(`${NAMES[weekday]} (ngày ${d}), Chi bộ họp`, { reference })?.date
        if (date === undefined || date === null) return
        const at = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1)
        const limit = Date.UTC(ref.year, ref.month - 1, ref.day)
        expect(date.day).toBe(d)
        expect(new Date(at).getUTCDay()).toBe(weekday)
        expect(at).toBeLessThanOrEqual(limit)
        expect(limit - at).toBeLessThan(124 * 86_400_000)
      }),
    )
  })
})

describe('readRecentWeekday', () => {
  const NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']
  it('gives the weekday written, within the week before the reference (vừa qua) or in the week before its week (tuần trước)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 6 }), fc.boolean(), (ref, weekday, lastWeek) => {
        const reference = `${ref.year}-${two(ref.month)}-${two(ref.day)}`
        const cue = readRecentWeekday(`${NAMES[weekday]} ${lastWeek ? 'tuần trước' : 'vừa qua'}, Chi bộ họp`, {
          reference,
        })
        expect(cue?.date).toBeDefined()
        const d = cue!.date!
        const at = Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1)
        const today = Date.UTC(ref.year, ref.month - 1, ref.day)
        expect(new Date(at).getUTCDay()).toBe(weekday)
        const back = (today - at) / 86_400_000
        if (lastWeek) {
          const monday = today - ((new Date(today).getUTCDay() + 6) % 7) * 86_400_000
          expect(at < monday && at >= monday - 7 * 86_400_000).toBe(true)
        } else expect(back >= 1 && back <= 7).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})
