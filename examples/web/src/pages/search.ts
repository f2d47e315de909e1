import { h } from '../dom.ts'
import { formatDateVi } from '../format.ts'
import { graphql, lookup, type ResultOf, request } from '../graphql.ts'
import { eventKindVi } from '../labels.ts'
import { errorMessageVi } from '../messages.ts'
import { href } from '../routes.ts'
import { appendHits, groupHits, resultCountVi, SEARCH_PAGE_SIZE } from '../search-results.ts'
import { notFoundPage } from './not-found.ts'

const SearchQuery = graphql(`
  query Search($query: String!, $first: Int!, $after: String) {
    search(query: $query, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
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

type Page = ResultOf<typeof SearchQuery>['search']

function groupList(hits: readonly Hit[]): HTMLElement[] {
  return groupHits(hits, GROUPS).map((g) =>
    h(
      'section',
      { class: 'group', 'data-type': g.type },
      h('h2', {}, `${g.title} (${g.hits.length})`),
      h('ul', {}, g.hits.map(hitItem)),
    ),
  )
}

/**
 * Search results for `query`, grouped by record type, in the gateway's order within each group,
 * a page at a time: "Xem thêm" loads the next page after the last cursor and adds it to the groups.
 */
export async function searchPage(query: string): Promise<HTMLElement> {
  const first = await lookup(SearchQuery, { query, first: SEARCH_PAGE_SIZE }, 'search')
  if (first === null) {
    return notFoundPage(`Kết quả cho “${query}”`, 'Hãy gõ từ khoá dài từ 2 đến 200 ký tự.')
  }
  let hits = first.search.edges.map((e) => e.node)
  let page: Page = first.search
  const count = h('p', { class: 'meta count' })
  const groups = h('div', { class: 'groups' })
  const status = h('p', { class: 'meta load-status', role: 'status' })
  const more = h('button', { type: 'button', class: 'load-more' }, 'Xem thêm')
  const section = h(
    'section',
    { class: 'search-results', 'data-total': String(page.totalCount) },
    h('h1', {}, `Kết quả cho “${query}”`),
    count,
    hits.length === 0
      ? h('p', {}, 'Không tìm thấy kết quả nào. Hãy thử từ khoá khác, có dấu hay không dấu đều được.')
      : null,
    groups,
    status,
    more,
  )
  const update = () => {
    const complete = !page.pageInfo.hasNextPage
    count.textContent = resultCountVi(hits.length, page.totalCount, complete)
    section.dataset.shown = String(hits.length)
    groups.replaceChildren(...groupList(hits))
    more.hidden = complete
  }
  more.addEventListener('click', async () => {
    more.disabled = true
    section.setAttribute('aria-busy', 'true')
    status.textContent = 'Đang tải thêm kết quả…'
    try {
      const next = await request(SearchQuery, { query, first: SEARCH_PAGE_SIZE, after: page.pageInfo.endCursor })
      page = next.search
      hits = appendHits(
        hits,
        page.edges.map((e) => e.node),
      )
      status.textContent = ''
      update()
    } catch (error) {
      console.error(error)
      status.textContent = errorMessageVi(error)
    } finally {
      more.disabled = false
      section.setAttribute('aria-busy', 'false')
    }
  })
  update()
  return section
}
