import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type PartialDate, partialDateRange } from '../src/partial-date.ts'
import { inferYearFromEvidence, readYearEvidence, type YearEvidence, YearEvidenceSchema } from '../src/year-evidence.ts'
import { calendarDay as dayOfYear, two } from './date-arbitraries.ts'

const REASONS = [
  'review-span',
  'anniversary',
  'year-turn',
  'named-year',
  'written-date',
  'written-year',
  'period',
] as const

const yearless = fc.oneof(
  dayOfYear.map(({ month, day }) => ({ month, day, precision: 'day' as const })),
  fc.integer({ min: 1, max: 12 }).map((month) => ({ month, precision: 'month' as const })),
  fc.integer({ min: 1, max: 4 }).map((quarter) => ({ quarter, precision: 'quarter' as const })),
)

const confidence = fc.double({ min: 0.05, max: 0.85, noNaN: true })

const evidence: fc.Arbitrary<YearEvidence> = fc.oneof(
  fc.record({
    kind: fc.constant('year' as const),
    year: fc.integer({ min: 1990, max: 2030 }),
    reason: fc.constantFrom(...REASONS),
    confidence,
  }),
  fc.record({
    kind: fc.constant('turn' as const),
    year: fc.integer({ min: 1990, max: 2030 }),
    reason: fc.constant('year-turn' as const),
    confidence,
  }),
  fc
    .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 10 }), confidence)
    .map(([from, span, c]) => ({
      kind: 'period' as const,
      from,
      to: from + span,
      reason: 'period' as const,
      confidence: c,
    })),
  fc.record({
    kind: fc.constant('window' as const),
    from: dayOfYear.map((d) => `${d.year}-${two(d.month)}-${two(d.day)}`),
    reason: fc.constantFrom('school-year' as const, 'review-span' as const, 'lunar-new-year' as const),
    confidence,
  }),
  fc.record({
    kind: fc.constant('notBefore' as const),
    date: dayOfYear.map((d) => `${d.year}-${two(d.month)}-${two(d.day)}`),
    reason: fc.constant('document-issued' as const),
    confidence,
    givesYear: fc.boolean(),
  }),
)

describe('inferYearFromEvidence', () => {
  it('never puts a date before the latest stated lower bound, and never trusts it as much as a written year', () => {
    fc.assert(
      fc.property(yearless, fc.array(evidence, { maxLength: 8 }), (date, pieces) => {
        const reading = inferYearFromEvidence(date, pieces)
        if (reading === null) return
        const bounds = pieces.flatMap((e) => (e.kind === 'notBefore' ? [e.date] : []))
        const lower = bounds.toSorted().at(-1)
        if (lower !== undefined) expect(partialDateRange(reading.date).end >= lower).toBe(true)
        expect(reading.inferred).toBe(true)
        expect(reading.confidence).toBeLessThan(1)
        expect({ ...reading.date, year: undefined }).toEqual({ ...date, year: undefined })
      }),
      { numRuns: 3000 },
    )
  })

  it('never overrides a stated year', () => {
    fc.assert(
      fc.property(dayOfYear, fc.array(evidence, { maxLength: 8 }), (d, pieces) => {
        const date: PartialDate = { ...d, precision: 'day' }
        expect(inferYearFromEvidence(date, pieces)).toEqual({ date, inferred: false, confidence: 1, reason: null })
      }),
    )
  })

  it('gives a year whenever some evidence names one, and null without evidence', () => {
    fc.assert(
      fc.property(yearless, fc.integer({ min: 1990, max: 2030 }), (date, y) => {
        expect(inferYearFromEvidence(date, [])).toBeNull()
        const reading = inferYearFromEvidence(date, [
          { kind: 'year', year: y, reason: 'written-year', confidence: 0.5 },
        ])
        // Only 29 February may move to a leap year... and a year-only named year has no 29/2 to move.
        if (!(date.precision === 'day' && date.month === 2 && date.day === 29)) expect(reading?.date.year).toBe(y)
      }),
    )
  })
})

describe('inferYearFromEvidence with a window of twelve months', () => {
  it('puts a day within the twelve months from the window’s first day', () => {
    fc.assert(
      fc.property(dayOfYear, dayOfYear, confidence, (from, d, c) => {
        const start = `${from.year}-${two(from.month)}-${two(from.day)}`
        // 29 February has no place in most windows: the other days each have exactly one.
        fc.pre(!(d.month === 2 && d.day === 29))
        const reading = inferYearFromEvidence({ month: d.month, day: d.day, precision: 'day' }, [
          { kind: 'window', from: start, reason: 'school-year', confidence: c },
        ])
        expect(reading).not.toBeNull()
        const at = partialDateRange(reading!.date).start
        const end = `${from.year + 1}-${two(from.month)}-${two(from.day)}`
        expect(at >= start && at < end).toBe(true)
        expect(reading!.confidence).toBeLessThan(1)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('readYearEvidence', () => {
  it('reads any text without throwing, into valid evidence of plausible years', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'sơ kết 5 năm',
            'kết quả 3 năm thực hiện',
            'Tết Giáp Thìn ',
            'xuân Ất Tỵ năm ',
            ' năm học ',
            'ngày 10/12/2020',
            ' năm 2024',
            ' 1930 – 2025',
            'kỷ niệm',
            ' giai đoạn ',
            'ngày 8/9/2023',
            ' Nghị quyết số 18 ngày ',
            '13/2023/NĐ-CP',
            ' đến năm 2030',
            'x',
            ' ',
            '9999',
            '-',
          ),
          { maxLength: 30 },
        ),
        fc.boolean(),
        (parts, near) => {
          for (const e of readYearEvidence(parts.join(''), { near })) {
            expect(YearEvidenceSchema.parse(e)).toEqual(e)
            const years =
              e.kind === 'period'
                ? [e.from, e.to]
                : e.kind === 'notBefore'
                  ? []
                  : e.kind === 'window'
                    ? [Number(e.from.slice(0, 4)), ...(e.year === undefined ? [] : [e.year])]
                    : [e.year]
            for (const y of years) expect(y >= 1900 && y <= 2200).toBe(true)
          }
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('readYearEvidence: the Lunar New Year', () => {
  const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý']
  const BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi']
  it('tells each year of the cycle 1984-2043 by its stem and branch', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1984, max: 2043 }), (year) => {
        const name = `${STEMS[(year - 4) % 10]} ${BRANCHES[(year - 4) % 12]}`
        const [e] = readYearEvidence(`chúc Tết Nguyên đán ${name}`)
        expect(e).toMatchObject({ kind: 'window', year, from: `${year - 1}-07-01`, reason: 'lunar-new-year' })
      }),
    )
  })
})
