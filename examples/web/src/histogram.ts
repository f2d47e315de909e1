import { formatDateVi } from './format.ts'

/** A bucket of `stats(groupBy: [MONTH])`: its key is `[YYYY-MM]`. */
export type MonthBucket = { readonly key: readonly string[]; readonly count: number }

/** One bar of a monthly histogram, placed in a box of the size asked for. */
export type Bar = {
  readonly month: string
  /** `tháng 12/2023: 3 sự kiện`: the bar's title and accessible name. */
  readonly label: string
  readonly count: number
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/**
 * The box a histogram is drawn in, in SVG user units: the bars share its width, each month's slot
 * at most `maxSlot` wide (so that three months do not make three slabs), `gap` between bars.
 */
export type HistogramBox = {
  readonly width: number
  readonly height: number
  readonly gap: number
  readonly maxSlot: number
}

export const HISTOGRAM_BOX: HistogramBox = { width: 640, height: 160, gap: 2, maxSlot: 40 }

const MONTH_KEY = /^(\d{4})-(\d{2})$/

function nextMonth(month: string): string {
  const [, y, m] = MONTH_KEY.exec(month)!
  const n = Number(m) + 1
  return n > 12 ? `${Number(y) + 1}-01` : `${y}-${String(n).padStart(2, '0')}`
}

/**
 * Months from the first to the last bucket, each with its count: months without events are
 * there with 0, so that a bar's place says when. Buckets whose key is no month are left out.
 */
export function monthSeries(buckets: readonly MonthBucket[]): { month: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const b of buckets) {
    const month = b.key[0]
    if (month !== undefined && MONTH_KEY.test(month)) counts.set(month, (counts.get(month) ?? 0) + b.count)
  }
  const months = [...counts.keys()].sort()
  const first = months[0]
  const last = months.at(-1)
  if (first === undefined || last === undefined) return []
  const series: { month: string; count: number }[] = []
  for (let m = first; m <= last; m = nextMonth(m)) series.push({ month: m, count: counts.get(m) ?? 0 })
  return series
}

/** `3 sự kiện`, `chưa có sự kiện`. */
export function eventCountVi(count: number): string {
  return count === 0 ? 'chưa có sự kiện' : `${count} sự kiện`
}

/**
 * The bars of a monthly histogram: equal widths from the box's left edge (across the whole box
 * when there are many months), heights in proportion to the largest count (which reaches the
 * top), bottoms on the box's floor.
 */
export function histogramBars(
  series: readonly { month: string; count: number }[],
  box: HistogramBox = HISTOGRAM_BOX,
): Bar[] {
  const max = Math.max(0, ...series.map((s) => s.count))
  const slot = series.length === 0 ? 0 : Math.min(box.maxSlot, box.width / series.length)
  const width = Math.max(1, slot - box.gap)
  return series.map((s, i) => {
    const height = max === 0 ? 0 : (s.count / max) * box.height
    return {
      month: s.month,
      label: `${formatDateVi(s.month)}: ${eventCountVi(s.count)}`,
      count: s.count,
      x: round(i * slot),
      y: round(box.height - height),
      width: round(width),
      height: round(height),
    }
  })
}

const round = (n: number): number => Math.round(n * 100) / 100
