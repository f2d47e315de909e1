import { PartialDateStringSchema, parseDirectiveCode, parsePartialDate, partialDateRange } from '@vanban/core'
import { z } from 'zod'

/** A date bound in a filter: core's partial date string (`2023`, `2023-Q2`, `2023-12`, `2023-12-08`). */
export const DateBoundSchema = PartialDateStringSchema.nullish()

/**
 * A directive code in any spelling core's parseDirectiveCode accepts (`85-QD/TW`, `Quy định số
 * 85-QĐ/TW`), turned into its canonical code.
 */
export const DirectiveCodeSchema = z.string().transform((text, ctx) => {
  const parsed = parseDirectiveCode(text)
  if (parsed === null) {
    ctx.addIssue({
      code: 'custom',
      message: `"${text}" is not a directive code; expected one like 35-NQ/TW, 85-QĐ/TW or 13/2023/NĐ-CP`,
    })
    return z.NEVER
  }
  return parsed.code
})

function day(text: string): Date {
  return new Date(`${text}T00:00:00.000Z`)
}

/**
 * The days a `from`..`to` filter spans: the first day of `from` and the last day of `to` (`2023`
 * → 2023-01-01 .. 2023-12-31), null where a bound is not given.
 */
export function dateRange(
  from: string | null | undefined,
  to: string | null | undefined,
): { from: Date | null; to: Date | null } {
  const fromDate = from ? parsePartialDate(from) : null
  const toDate = to ? parsePartialDate(to) : null
  return {
    from: fromDate === null ? null : day(partialDateRange(fromDate).start),
    to: toDate === null ? null : day(partialDateRange(toDate).end),
  }
}

/**
 * The Prisma condition for a record whose partial date (stored as its first and last day)
 * overlaps `from`..`to`: `2023` matches an event dated `2023-12-08`, and an event dated
 * `2023-Q4` matches `from: 2023-12`. Returns `undefined` when neither bound is given.
 */
export function dateOverlap(
  startColumn: string,
  endColumn: string,
  from: string | null | undefined,
  to: string | null | undefined,
): Record<string, unknown> | undefined {
  const conditions: Record<string, unknown>[] = []
  const range = dateRange(from, to)
  if (range.from !== null) conditions.push({ [endColumn]: { gte: range.from } })
  if (range.to !== null) conditions.push({ [startColumn]: { lte: range.to } })
  return conditions.length === 0 ? undefined : { AND: conditions }
}
