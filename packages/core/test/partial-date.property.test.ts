import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isPartialDate, PartialDateSchema } from '../src/index.ts'

// Fields near and past their bounds, of the right type or not, present or missing.
const field = (low: number, high: number) =>
  fc.option(
    fc.oneof(
      fc.integer({ min: low - 2, max: high + 2 }),
      fc.constantFrom(0.5, Number.NaN, Number.POSITIVE_INFINITY, -1, '3', null),
    ),
    { nil: undefined },
  )
const candidate = fc.record(
  {
    year: fc.oneof(fc.integer({ min: -1, max: 10_001 }), fc.constantFrom(2000.5, '2024', Number.NaN)),
    month: field(1, 12),
    day: field(1, 31),
    quarter: field(1, 4),
    precision: fc.constantFrom('day', 'month', 'quarter', 'year', 'week', undefined),
    partOfDay: fc.constantFrom(undefined, 'morning', 'noon', 'afternoon', 'evening', 'night'),
  },
  { requiredKeys: [] },
)

describe('isPartialDate', () => {
  it('accepts exactly what PartialDateSchema accepts', () => {
    fc.assert(
      fc.property(candidate, (d) => {
        expect(isPartialDate(d)).toBe(PartialDateSchema.safeParse(d).success)
      }),
      { numRuns: 20_000 },
    )
  })

  it.each([null, undefined, 2024, '2024-05-13', [2024], {}])('is false for %j', (value) => {
    expect(isPartialDate(value)).toBe(false)
  })
})
