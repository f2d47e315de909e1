import { describe, expect, it } from 'vitest'
import { articleEstimate, directiveEstimate, eventEstimate } from '../src/schema/count-estimates.ts'
import { parseSearchQuery } from '../src/schema/search/query.ts'
import { estimateSql, filteredEstimateSql, type SearchFilters } from '../src/schema/search/statements.ts'

// The planner multiplies the selectivities of bounds on two columns as if independent: a year's
// overlap test (`end >= from AND start <= to`) was estimated at three times its rows at a million
// articles. Estimates bound one column; the page's filter keeps the overlap test.
const year: SearchFilters = {
  kinds: ['Event', 'Article'],
  from: new Date('2019-01-01'),
  to: new Date('2019-12-31'),
  directive: null,
  directiveIds: [],
}

describe('search estimates under a date range', () => {
  it.each([
    { kind: 'Event' as const, start: '"dateStart"', end: '"dateEnd"' },
    { kind: 'Article' as const, start: '"publishedStart"', end: '"publishedEnd"' },
    { kind: 'Directive' as const, start: '"issuedStart"', end: '"issuedEnd"' },
  ])('$kind: both bounds on $start, none on $end', ({ kind, start, end }) => {
    for (const sql of [filteredEstimateSql(kind, year), estimateSql(kind, parseSearchQuery('hoc tap'), year)]) {
      expect(sql.sql.split(start).length - 1).toBe(2)
      expect(sql.sql).not.toContain(end)
    }
  })

  it('a range open at one end bounds the start alone', () => {
    const sql = filteredEstimateSql('Event', { ...year, to: null })
    expect(sql.sql).toMatch(/"dateStart" >= \?/)
    expect(sql.sql).not.toContain('"dateEnd"')
  })
})

// The connections' totalCount past the cap is the same estimate of the same filters.
describe('connection count estimates under a date range', () => {
  it.each([
    {
      name: 'events',
      sql: eventEstimate({ from: '2019', to: '2019' }, []).sql,
      start: '"dateStart"',
      end: '"dateEnd"',
    },
    {
      name: 'articles',
      sql: articleEstimate({ from: '2019', to: '2019' }).sql,
      start: '"publishedStart"',
      end: '"publishedEnd"',
    },
    {
      name: 'directives',
      sql: directiveEstimate({ issuedFrom: '2019', issuedTo: '2019' }).sql,
      start: '"issuedStart"',
      end: '"issuedEnd"',
    },
  ])('$name: both bounds on $start, none on $end', ({ sql, start, end }) => {
    expect(sql.split(start).length - 1).toBe(2)
    expect(sql).not.toContain(end)
  })
})
