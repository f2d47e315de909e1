import { Prisma } from '@vanban/store'
import type { GraphQLContext } from './context.ts'
import { dateRange } from './filters.ts'

/** The parts of the events filter the citation index answers alone. */
type CitedFilter = {
  directive?: string | null | undefined
  from?: string | null | undefined
  to?: string | null | undefined
  kind?: unknown
  organizer?: unknown
  province?: unknown
  level?: unknown
}

/**
 * `totalCount` of events filtered by a directive (and a date range) and nothing else, counted
 * from the (directive, event start, event end, event) index of citations alone: the citations
 * carry their event's dates (kept equal by the store's triggers), so the events are the distinct
 * event ids of one index range. Counted through the events, each of 12,500 events of a year was a
 * primary-key look-up and a heap page at a million articles. Null when the filter asks more of
 * an event (kind, organiser, level, province): those are counted through the events. At most
 * `limit` events are counted (the count cap + 1).
 */
export function citedEventCount(
  context: GraphQLContext,
  filter: CitedFilter | null | undefined,
  directiveIds: readonly number[],
  limit: number,
): (() => Promise<number>) | null {
  if (!filter?.directive || filter.kind || filter.organizer || filter.province || filter.level) return null
  const range = dateRange(filter.from, filter.to)
  const conditions = [Prisma.sql`"directiveId" = ANY(${[...directiveIds]}::int[])`, Prisma.sql`"eventId" IS NOT NULL`]
  if (range.from !== null) conditions.push(Prisma.sql`"eventDateEnd" >= ${range.from}`)
  if (range.to !== null) conditions.push(Prisma.sql`"eventDateStart" <= ${range.to}`)
  return async () => {
    if (directiveIds.length === 0) return 0
    const [row] = await context.prisma.$queryRaw<{ n: number }[]>`
      SELECT COUNT(*)::int AS n FROM (SELECT DISTINCT "eventId" FROM "Citation"
        WHERE ${Prisma.join(conditions, ' AND ')} LIMIT ${limit}) cited`
    return row?.n ?? 0
  }
}
