import { provinceByCode } from '@vanban/core'
import { histogramFigure } from '../charts.ts'
import { h } from '../dom.ts'
import { formatDateVi } from '../format.ts'
import { type EventNarrowing, href } from '../routes.ts'
import { monthFilter, monthlyBars } from './charts-data.ts'
import { eventList } from './event-list.ts'
import { notFoundPage } from './not-found.ts'

/**
 * A province of the 34: its events per month (bars narrow the list to their month) and its
 * events, newest first, a page at a time.
 */
export async function provincePage(code: string, narrow?: EventNarrowing): Promise<HTMLElement> {
  const province = provinceByCode(code)
  if (province === undefined) {
    return notFoundPage(
      'Không tìm thấy tỉnh, thành phố',
      `Không có tỉnh, thành phố nào mang mã “${code}”. Mã là hai chữ số của 34 đơn vị hành chính cấp tỉnh, như 01 (Hà Nội) hay 79 (Hồ Chí Minh).`,
    )
  }
  const filter = { province: province.code }
  const bars = await monthlyBars(filter)
  const month = narrow?.month
  const list = await eventList({ ...filter, ...monthFilter(month) }, (total) =>
    h(
      'div',
      { class: 'narrowed-heading' },
      h('h2', {}, `Sự kiện${month === undefined ? '' : ` ${formatDateVi(month)}`} (${total}), mới nhất trước`),
      month === undefined
        ? null
        : h('p', { class: 'meta' }, h('a', { href: href({ page: 'province', code }) }, 'Bỏ lọc')),
    ),
  )
  return h(
    'article',
    { class: 'province' },
    h('h1', {}, province.name),
    h('p', { class: 'lead' }, `Mã đơn vị hành chính ${province.code}; một trong 34 tỉnh, thành phố từ ngày 1/7/2025.`),
    histogramFigure(bars, (m) => href({ page: 'province', code, narrow: { month: m } }), month),
    list,
  )
}
