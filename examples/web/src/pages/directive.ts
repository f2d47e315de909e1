import { histogramFigure, provinceMapFigure } from '../charts.ts'
import { h } from '../dom.ts'
import { formatDateVi } from '../format.ts'
import { graphql, lookup, type ResultOf } from '../graphql.ts'
import { documentTypeVi } from '../labels.ts'
import { type EventNarrowing, href } from '../routes.ts'
import { coverageMap, monthFilter, monthlyBars } from './charts-data.ts'
import { eventItem, eventList } from './event-list.ts'
import { notFoundPage } from './not-found.ts'

const DirectiveQuery = graphql(`
  query DirectivePage($code: String!) {
    directive(code: $code) {
      id code type number issuerCode issuedOn issuingBody title
      relations { label direction directive { code title } }
      events(first: 1) { totalCount }
      articles(first: 1) { totalCount }
      timeline(first: 100) {
        edges { node {
          date
          event { id kind title date partOfDay organizer { name } }
          article { id title publishedAt source }
        } }
      }
    }
  }
`)

type Entry = NonNullable<ResultOf<typeof DirectiveQuery>['directive']>['timeline']['edges'][number]['node']

// `Nghị quyết 35-NQ/TW`; a type code naming two kinds (QĐ) gives the plain `Văn bản`.
function heading(type: string): string {
  const name = documentTypeVi(type)
  return name.includes(',') || name === type ? 'Văn bản' : name
}

function row(label: string, value: string | null | undefined): HTMLElement | null {
  return value ? h('div', { class: 'row' }, h('dt', {}, label), h('dd', {}, value)) : null
}

function timelineItem(entry: Entry): HTMLElement | null {
  const { event, article } = entry
  if (event !== null) return eventItem(event)
  if (article !== null) {
    return h(
      'li',
      { class: 'article' },
      h('span', { class: 'when' }, formatDateVi(article.publishedAt)),
      h('span', { class: 'badge badge-article' }, 'Bài báo'),
      h('a', { href: href({ page: 'article', id: article.id }) }, article.title ?? '(bài không có tiêu đề)'),
      article.source ? h('span', { class: 'meta' }, article.source) : null,
    )
  }
  return null
}

// The events of the month or province the charts were clicked on, with a way back to all.
async function narrowedEvents(code: string, narrow: EventNarrowing, provinceName: string | undefined) {
  const where = narrow.province === undefined ? null : (provinceName ?? narrow.province)
  const when = narrow.month === undefined ? null : formatDateVi(narrow.month)
  return eventList(
    {
      directive: code,
      ...monthFilter(narrow.month),
      ...(narrow.province === undefined ? {} : { province: narrow.province }),
    },
    (total) =>
      h(
        'div',
        { class: 'narrowed-heading' },
        h(
          'h2',
          { id: 'loc' },
          `Sự kiện ${[where === null ? '' : `tại ${where}`, when ?? ''].filter(Boolean).join(', ')} (${total})`,
        ),
        h(
          'p',
          { class: 'meta' },
          h('a', { href: href({ page: 'directive', code }) }, 'Bỏ lọc'),
          narrow.province === undefined
            ? null
            : [' · ', h('a', { href: href({ page: 'province', code: narrow.province }) }, `Trang của ${where}`)],
        ),
      ),
  )
}

/**
 * A directive: what it is, how it stands to other directives, its events per month and per
 * province (charts whose bars and provinces narrow the list of events), and its events and
 * articles over time.
 */
export async function directivePage(code: string, narrow?: EventNarrowing): Promise<HTMLElement> {
  const directive = (await lookup(DirectiveQuery, { code }, 'directive'))?.directive
  if (directive === null || directive === undefined) {
    return notFoundPage(
      'Không tìm thấy văn bản',
      `Chưa có văn bản nào mang số hiệu “${code}” trong cơ sở dữ liệu. Số hiệu có dạng 35-NQ/TW, 85-QĐ/TW hay 13/2023/NĐ-CP.`,
    )
  }
  const [bars, provinces] = await Promise.all([monthlyBars({ directive: directive.code }), coverageMap(directive.code)])
  const narrowTo = (n: EventNarrowing) => href({ page: 'directive', code: directive.code, narrow: n })
  const provinceName = provinces.find((p) => p.code === narrow?.province)?.name
  return h(
    'article',
    { class: 'directive' },
    h('h1', {}, `${heading(directive.type)} ${directive.code}`),
    directive.title ? h('p', { class: 'lead' }, directive.title) : null,
    h(
      'dl',
      { class: 'facts' },
      row('Số hiệu', directive.code),
      row('Loại văn bản', documentTypeVi(directive.type)),
      row('Cơ quan ban hành', directive.issuingBody ?? directive.issuerCode),
      row('Ngày ban hành', directive.issuedOn ? formatDateVi(directive.issuedOn) : 'chưa rõ'),
    ),
    h('h2', {}, 'Quan hệ với văn bản khác'),
    directive.relations.length === 0
      ? h('p', { class: 'meta' }, 'Chưa ghi nhận quan hệ nào.')
      : h(
          'ul',
          { class: 'relations' },
          directive.relations.map((r) =>
            h(
              'li',
              { 'data-direction': r.direction },
              `${r.label} `,
              h('a', { href: href({ page: 'directive', code: r.directive.code }) }, r.directive.code),
              r.directive.title ? ` — ${r.directive.title}` : '',
            ),
          ),
        ),
    h(
      'section',
      { class: 'charts' },
      histogramFigure(bars, (month) => `${narrowTo({ month })}`, narrow?.month),
      provinceMapFigure(
        provinces,
        (province) => narrowTo({ province }),
        'Số sự kiện theo tỉnh, thành phố',
        narrow?.province,
      ),
    ),
    narrow === undefined ? null : await narrowedEvents(directive.code, narrow, provinceName),
    h('h2', {}, `Dòng thời gian (${directive.events.totalCount} sự kiện, ${directive.articles.totalCount} bài báo)`),
    directive.timeline.edges.length === 0
      ? h('p', { class: 'meta' }, 'Chưa có sự kiện hay bài báo nào.')
      : h(
          'ol',
          { class: 'timeline' },
          directive.timeline.edges.map((edge) => timelineItem(edge.node)),
        ),
  )
}
