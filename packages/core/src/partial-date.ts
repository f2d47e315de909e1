import { z } from 'zod'

/**
 * The part of the day a Vietnamese report names before a date: `sáng` (morning), `trưa`
 * (noon), `chiều` (afternoon), `tối` or `đêm` (evening). Reports say "Sáng 13/5" far more often
 * than they give a clock time, so this is kept beside the date rather than as a time.
 */
export const PartOfDaySchema = z.enum(['morning', 'noon', 'afternoon', 'evening'])

/** A part of the day: `morning`, `noon`, `afternoon` or `evening`. */
export type PartOfDay = z.infer<typeof PartOfDaySchema>

/** How much of a date the source gives: a day, a month, a quarter or only a year. */
export const DatePrecisionSchema = z.enum(['day', 'month', 'quarter', 'year'])

/** The precision of a partial date. */
export type DatePrecision = z.infer<typeof DatePrecisionSchema>

/** Whether `year` has a 29 February in the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** The number of days in `month` (1-12) of `year`, or 0 when the month does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29
  return MONTH_DAYS[month - 1] ?? 0
}

const PartialDateShape = z.object({
  year: z.number().int().min(1).max(9999),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  quarter: z.number().int().min(1).max(4).optional(),
  precision: DatePrecisionSchema,
  partOfDay: PartOfDaySchema.optional(),
})

type PartialDateFields = z.infer<typeof PartialDateShape>

// The fields each precision has, in the order they are checked (built once: every date read is checked).
const DATE_FIELDS = ['month', 'day', 'quarter'] as const
const FIELDS_OF: Record<DatePrecision, Record<(typeof DATE_FIELDS)[number], boolean>> = {
  day: { month: true, day: true, quarter: false },
  month: { month: true, day: false, quarter: false },
  quarter: { month: false, day: false, quarter: true },
  year: { month: false, day: false, quarter: false },
}

// Says what is wrong with a structurally typed partial date, so the schema and the parsers
// share one definition of "a real date" (no 31/2, no 29/2/2023, fields matching the precision).
function partialDateProblem(d: PartialDateFields): string | null {
  const expected = FIELDS_OF[d.precision]
  for (const field of DATE_FIELDS) {
    if ((d[field] !== undefined) !== expected[field]) {
      return `a ${d.precision}-precision date ${expected[field] ? 'needs' : 'has no'} ${field}`
    }
  }
  if (d.partOfDay !== undefined && d.precision !== 'day') {
    return `partOfDay belongs to a day-precision date, not a ${d.precision}-precision one`
  }
  if (d.day !== undefined && d.month !== undefined && d.day > daysInMonth(d.year, d.month)) {
    return `day ${d.day} does not exist in ${d.month}/${d.year}, which has ${daysInMonth(d.year, d.month)} days`
  }
  return null
}

/**
 * A date known to some precision, as news reports give them: a day (`Sáng 13/5/2024`), a month
 * (`tháng 12/2023`), a quarter (`Quý II năm 2023`) or a year (`năm 2023`). Only the fields of
 * its precision are present, the date is a real one (no 31/2, no 29/2/2023), and `partOfDay`
 * only comes with a day.
 */
export const PartialDateSchema = PartialDateShape.superRefine((d, ctx) => {
  const problem = partialDateProblem(d)
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem })
})

/** A date known to day, month, quarter or year precision. */
export type PartialDate = z.infer<typeof PartialDateSchema>

const isIntIn = (v: unknown, low: number, high: number): boolean =>
  typeof v === 'number' && Number.isInteger(v) && v >= low && v <= high
const PRECISIONS: ReadonlySet<unknown> = new Set(DatePrecisionSchema.options)
const PARTS_OF_DAY: ReadonlySet<unknown> = new Set(PartOfDaySchema.options)

/**
 * Whether `value` is a real partial date: what {@link PartialDateSchema} accepts (the fields in
 * range, those of its precision and no others, a day that exists), checked without building a
 * parse result, since the date readers ask it of every date they read.
 */
export function isPartialDate(value: unknown): value is PartialDate {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const d = value as Record<string, unknown>
  if (!isIntIn(d.year, 1, 9999) || !PRECISIONS.has(d.precision)) return false
  if (d.month !== undefined && !isIntIn(d.month, 1, 12)) return false
  if (d.day !== undefined && !isIntIn(d.day, 1, 31)) return false
  if (d.quarter !== undefined && !isIntIn(d.quarter, 1, 4)) return false
  if (d.partOfDay !== undefined && !PARTS_OF_DAY.has(d.partOfDay)) return false
  return partialDateProblem(d as PartialDateFields) === null
}

const PARTIAL_DATE_STRING = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4]))?$/

/**
 * Parses the string form of a partial date: `2023-12-08`, `2023-12`, `2023-Q2` or `2023`,
 * zero-padded as written by {@link formatPartialDate}. Returns `null` for anything else,
 * including dates that do not exist (`2023-02-29`, `2023-13`).
 */
export function parsePartialDate(text: string): PartialDate | null {
  const m = PARTIAL_DATE_STRING.exec(text)
  if (m === null) return null
  const [, y, mo, d, q] = m
  const year = Number(y)
  let date: PartialDate
  if (q !== undefined) date = { year, quarter: Number(q), precision: 'quarter' }
  else if (d !== undefined) date = { year, month: Number(mo), day: Number(d), precision: 'day' }
  else if (mo !== undefined) date = { year, month: Number(mo), precision: 'month' }
  else date = { year, precision: 'year' }
  return isPartialDate(date) ? date : null
}

/**
 * A partial date in its string form, as stored and served: `2023-12-08`, `2023-12`,
 * `2023-Q2` or `2023`, and only real dates.
 */
export const PartialDateStringSchema = z.string().refine((s) => parsePartialDate(s) !== null, {
  message: 'expected a real date written YYYY-MM-DD, YYYY-MM, YYYY-Qn (n from 1 to 4) or YYYY',
})

/** A partial date's string form (`2023-12-08`, `2023-12`, `2023-Q2`, `2023`). */
export type PartialDateString = z.infer<typeof PartialDateStringSchema>

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

/**
 * Writes a partial date as `2023-12-08`, `2023-12`, `2023-Q2` or `2023` according to its
 * precision. The part of the day is not part of the string form.
 */
export function formatPartialDate(d: PartialDate): PartialDateString {
  const year = pad(d.year, 4)
  switch (d.precision) {
    case 'day':
      return `${year}-${pad(d.month ?? 1, 2)}-${pad(d.day ?? 1, 2)}`
    case 'month':
      return `${year}-${pad(d.month ?? 1, 2)}`
    case 'quarter':
      return `${year}-Q${d.quarter ?? 1}`
    case 'year':
      return year
  }
}

/** The first and last day (inclusive, `YYYY-MM-DD`) that a partial date covers. */
export const DateRangeSchema = z.object({ start: z.string(), end: z.string() })

/** An inclusive range of days. */
export type DateRange = z.infer<typeof DateRangeSchema>

/**
 * The days a partial date covers, inclusive, as `YYYY-MM-DD` strings: `2023-Q2` gives
 * `2023-04-01`..`2023-06-30`. Date-range filters match a partial date when the ranges overlap.
 */
export function partialDateRange(d: PartialDate): DateRange {
  const year = pad(d.year, 4)
  const day = (month: number, dayOfMonth: number) => `${year}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`
  switch (d.precision) {
    case 'day': {
      const s = day(d.month ?? 1, d.day ?? 1)
      return { start: s, end: s }
    }
    case 'month': {
      const month = d.month ?? 1
      return { start: day(month, 1), end: day(month, daysInMonth(d.year, month)) }
    }
    case 'quarter': {
      const first = ((d.quarter ?? 1) - 1) * 3 + 1
      return { start: day(first, 1), end: day(first + 2, daysInMonth(d.year, first + 2)) }
    }
    case 'year':
      return { start: day(1, 1), end: day(12, 31) }
  }
}

const PART_OF_DAY_ORDER: Record<PartOfDay, number> = { morning: 1, noon: 2, afternoon: 3, evening: 4 }

/**
 * Orders partial dates by the instant they start: a day without a part of day starts at
 * midnight, so it sorts before the same day's morning, which sorts before its afternoon. Dates
 * starting together sort by their end, the shorter first (`2023-04-01` < `2023-04` <
 * `2023-Q2`). Returns a negative number, 0 or a positive number, for `Array.prototype.sort`.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const ra = partialDateRange(a)
  const rb = partialDateRange(b)
  if (ra.start !== rb.start) return ra.start < rb.start ? -1 : 1
  const pa = a.partOfDay === undefined ? 0 : PART_OF_DAY_ORDER[a.partOfDay]
  const pb = b.partOfDay === undefined ? 0 : PART_OF_DAY_ORDER[b.partOfDay]
  if (pa !== pb) return pa - pb
  if (ra.end !== rb.end) return ra.end < rb.end ? -1 : 1
  return 0
}
