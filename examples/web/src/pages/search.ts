import { h } from '../dom.ts'
import { formatDateVi } from '../format.ts'
import { graphql, type ResultOf, request } from '../graphql.ts'
import { eventKindVi } from '../labels.ts'
import { href } from '../routes.ts'

const SearchQuery = graphql(`
  query Search($query: String!) {
    search(query: $query, first: 50) {
      totalCount
      edges {
        node {
          __typename
          ... on Directive { id code title issuedOn issuingBody }
          ... on Event { id kind title date partOfDay organizer { name } }
          ... on Article { id title publishedAt source }
          ... on Organization { id name }
          ... on Person { id name }
        }
      }
    }
  }
`)

type Hit = ResultOf<typeof SearchQuery>['search']['edges'][number]['node']

const GROUPS: readonly { type: Hit['__typename']; title: string }[] = [
  { type: 'Directive', title: 'Văn bản' },
  { type: 'Event', title: 'Sự kiện' },
  { type: 'Article', title: 'Bài báo' },
  { type: 'Organization', title: 'Cơ quan, tổ chức' },
  { type: 'Person', title: 'Cá nhân' },
]

function hitItem(hit: Hit): HTMLElement {
  switch (hit.__typename) {
    case 'Directive':
      return h(
        'li',
        {},
        h('a', { href: href({ page: 'directive', code: hit.code }) }, hit.code),
        hit.title ? ` — ${hit.title}` : '',
        h(
          'span',
          { class: 'meta' },
          [hit.issuingBody, hit.issuedOn ? formatDateVi(hit.issuedOn) : null].filter(Boolean).join(', '),
        ),
      )
    case 'Event':
      return h(
        'li',
        {},
        h('a', { href: href({ page: 'event', id: hit.id }) }, hit.title ?? eventKindVi(hit.kind)),
        h(
          'span',
          { class: 'meta' },
          [eventKindVi(hit.kind), hit.organizer?.name, formatDateVi(hit.date, hit.partOfDay)]
            .filter(Boolean)
            .join(' · '),
        ),
      )
    case 'Article':
      return h(
        'li',
        {},
        h('a', { href: href({ page: 'article', id: hit.id }) }, hit.title ?? '(bài không có tiêu đề)'),
        h('span', { class: 'meta' }, [hit.source, formatDateVi(hit.publishedAt)].filter(Boolean).join(' · ')),
      )
    case 'Organization':
    case 'Person':
      return h('li', {}, hit.name)
  }
}

/** Search results for `query`, grouped by record type, in the gateway's order within each group. */
export async function searchPage(query: string): Promise<HTMLElement> {
  const data = await request(SearchQuery, { query })
  const hits = data.search.edges.map((e) => e.node)
  const groups = GROUPS.map((g) => ({ ...g, hits: hits.filter((hit) => hit.__typename === g.type) })).filter(
    (g) => g.hits.length > 0,
  )
  return h(
    'section',
    { class: 'search-results', 'data-total': String(data.search.totalCount) },
    h('h1', {}, `Kết quả cho “${query}”`),
    h('p', { class: 'meta' }, `${data.search.totalCount} kết quả`),
    groups.length === 0
      ? h('p', {}, 'Không tìm thấy kết quả nào. Hãy thử từ khoá khác, có dấu hay không dấu đều được.')
      : null,
    groups.map((g) =>
      h(
        'section',
        { class: 'group', 'data-type': g.type },
        h('h2', {}, `${g.title} (${g.hits.length})`),
        h('ul', {}, g.hits.map(hitItem)),
      ),
    ),
  )
}
