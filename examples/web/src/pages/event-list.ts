import { h } from '../dom.ts'
import { formatDateVi } from '../format.ts'
import { graphql, request, type VariablesOf } from '../graphql.ts'
import { eventKindVi } from '../labels.ts'
import { href } from '../routes.ts'

const EventsQuery = graphql(`
  query EventList($filter: EventFilter!, $first: Int!, $after: String) {
    events(filter: $filter, first: $first, after: $after, orderBy: { field: DATE, direction: DESC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind title date partOfDay organizer { name } province { code name } } }
    }
  }
`)

/** The filter of an event list: a directive, a province, a month (as from/to). */
export type EventListFilter = VariablesOf<typeof EventsQuery>['filter']

export const EVENT_PAGE_SIZE = 20

type EventNode = Awaited<ReturnType<typeof fetchPage>>['edges'][number]['node']

function fetchPage(filter: EventListFilter, after: string | null) {
  return request(EventsQuery, { filter, first: EVENT_PAGE_SIZE, after }).then((r) => r.events)
}

/** What a list item shows of an event; lists that do not ask for the province leave it out. */
export type EventListItem = Omit<EventNode, 'province'> & Partial<Pick<EventNode, 'province'>>

/** One event of a list: date, kind, title as a link, organiser and, when known, province as a link. */
export function eventItem(event: EventListItem): HTMLElement {
  return h(
    'li',
    { class: 'event' },
    h('span', { class: 'when' }, formatDateVi(event.date, event.partOfDay)),
    h('span', { class: 'badge' }, eventKindVi(event.kind)),
    h('a', { href: href({ page: 'event', id: event.id }) }, event.title ?? eventKindVi(event.kind)),
    event.organizer ? h('span', { class: 'meta' }, event.organizer.name) : null,
    event.province
      ? h(
          'a',
          { class: 'meta province-link', href: href({ page: 'province', code: event.province.code }) },
          event.province.name,
        )
      : null,
  )
}

/**
 * The events a filter selects, newest first, 20 at a time: "Xem thêm" loads the next page.
 * `heading` gets the total count.
 */
export async function eventList(
  filter: EventListFilter,
  heading: (total: number) => HTMLElement,
): Promise<HTMLElement> {
  const first = await fetchPage(filter, null)
  const list = h(
    'ol',
    { class: 'timeline event-list' },
    first.edges.map((e) => eventItem(e.node)),
  )
  const shown = h('p', { class: 'meta shown' })
  const more = h('button', { type: 'button', class: 'load-more' }, 'Xem thêm')
  let page = first
  let count = first.edges.length
  const update = () => {
    shown.textContent = `Đang hiện ${count} trên ${first.totalCount} sự kiện`
    more.hidden = !page.pageInfo.hasNextPage
  }
  more.addEventListener('click', () => {
    more.setAttribute('disabled', '')
    void fetchPage(filter, page.pageInfo.endCursor ?? null)
      .then((next) => {
        page = next
        count += next.edges.length
        list.append(...next.edges.map((e) => eventItem(e.node)))
        update()
      })
      .finally(() => more.removeAttribute('disabled'))
  })
  update()
  return h(
    'section',
    { class: 'events' },
    heading(first.totalCount),
    first.totalCount === 0 ? h('p', { class: 'meta' }, 'Không có sự kiện nào.') : list,
    first.totalCount === 0 ? null : shown,
    more,
  )
}
