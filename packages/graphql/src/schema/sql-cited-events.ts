import type { KeysetOrder } from './keyset.ts'
import type { PageSource, SourceRead } from './sql-shapes.ts'

/**
 * A directive's events page read from its citations, one range of the (directive, event start,
 * event end, event) index (the citations carry their event's dates, kept equal by triggers), so
 * that the page costs what its rows cost whatever the directive: in the directive's own
 * statement its id is not known when PostgreSQL plans, and a page through the events (a walk of
 * the events by date, each asked for a citation) was then planned as a read of every citation
 * of the directive (256 ms for a busy one at 200,000 articles).
 *
 * The index holds an event once per citation, in (start, end, event) order; the page is in
 * (start, event) order. A dated read takes the first `take` events in index order (each event's
 * citations are neighbours there: no sort, whatever PostgreSQL guesses of the directive), whose
 * last start day bounds the page: every event before that day is among them, and the page is the
 * events from that day on, each once, in the page's order (the events of one day at most beyond
 * the `take`). Undated events have no end day either (both come from one parsed range), so
 * the index holds them in event order.
 */
export function citedEventsSource(parentId: string, order: KeysetOrder, citation: string): PageSource {
  const cited = `(SELECT ${citation}."eventId" AS id, ${citation}."eventDateStart" AS "dateStart", ${citation}."eventDateEnd" AS "dateEnd" FROM "Citation" ${citation} WHERE ${citation}."directiveId" = ${parentId} AND ${citation}."eventId" IS NOT NULL)`
  const select: SourceRead = ({ alias: r, condition, kind, take, ascending }) => {
    const direction = ascending ? 'ASC' : 'DESC'
    if (order.column === null)
      return `SELECT DISTINCT ON (${r}.id) ${r}.id FROM ${cited} ${r} WHERE ${condition} ORDER BY ${r}.id ${direction} ${take}`
    // the index's own order, read either way (DESC puts nulls first, as a backward scan does)
    const indexOrder = `${r}."dateStart" ${direction}, ${r}."dateEnd" ${direction}, ${r}.id ${direction}`
    const firsts = (where: string) =>
      `SELECT DISTINCT ON (${r}."dateStart", ${r}."dateEnd", ${r}.id) ${r}.id, ${r}."dateStart" FROM ${cited} ${r} WHERE ${where} ORDER BY ${indexOrder} ${take}`
    if (kind === 'undated') return firsts(`${condition} AND ${r}."dateEnd" IS NULL`)
    const lastDay = `(SELECT ${ascending ? 'max' : 'min'}(f."dateStart") FROM (${firsts(condition)}) f)`
    const pageOrder = `${r}."dateStart" ${direction}, ${r}.id ${direction}`
    return `SELECT DISTINCT ON (${r}."dateStart", ${r}.id) ${r}.id, ${r}."dateStart" FROM ${cited} ${r} WHERE ${condition} AND ${r}."dateStart" ${ascending ? '<=' : '>='} ${lastDay} ORDER BY ${pageOrder} ${take}`
  }
  return { table: 'Event', where: () => 'TRUE', read: { splitNulls: true, select } }
}
