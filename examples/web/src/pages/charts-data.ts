import { graphql, request } from '../graphql.ts'
import { type Bar, histogramBars, monthSeries } from '../histogram.ts'
import { type ShadedProvince, shadeProvinces } from '../province-map.ts'
import type { EventListFilter } from './event-list.ts'

const MonthlyQuery = graphql(`
  query MonthlyStats($filter: EventFilter!) {
    stats(filter: $filter, groupBy: [MONTH]) { key count }
  }
`)

const CoverageQuery = graphql(`
  query Coverage($directive: String!) {
    coverage(directive: $directive) { count province { code name } }
  }
`)

/** The monthly histogram's bars for the events a filter selects. */
export async function monthlyBars(filter: EventListFilter): Promise<Bar[]> {
  const { stats } = await request(MonthlyQuery, { filter })
  return histogramBars(monthSeries(stats))
}

/** The 34 provinces shaded by how many events on the directive each held. */
export async function coverageMap(directive: string): Promise<ShadedProvince[]> {
  const { coverage } = await request(CoverageQuery, { directive })
  return shadeProvinces(coverage)
}

/** `from`/`to` of a month: the whole month. */
export function monthFilter(month: string | undefined): Pick<EventListFilter, 'from' | 'to'> {
  return month === undefined ? {} : { from: month, to: month }
}
