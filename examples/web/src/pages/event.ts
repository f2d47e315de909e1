import { h } from '../dom.ts'
import { formatDateVi } from '../format.ts'
import { graphql, lookup } from '../graphql.ts'
import { eventKindVi } from '../labels.ts'
import { rolesText } from '../roles.ts'
import { href } from '../routes.ts'
import { notFoundPage } from './not-found.ts'

const EventQuery = graphql(`
  query EventPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Event {
        id kind title date partOfDay location
        province { code name }
        organizer { name }
        participants { roles person { name } }
        directives { code title }
        articles { id title publishedAt source }
      }
    }
  }
`)

/** An event: who organised it, when and where, who took part, which directives it served, and who reported it. */
export async function eventPage(id: string): Promise<HTMLElement> {
  const node = (await lookup(EventQuery, { id }, 'node'))?.node
  if (node === null || node === undefined || node.__typename !== 'Event') {
    return notFoundPage('Không tìm thấy sự kiện', `Không có sự kiện nào mang mã “${id}”.`)
  }
  const event = node
  return h(
    'article',
    { class: 'event' },
    h('p', { class: 'kicker' }, eventKindVi(event.kind)),
    h('h1', {}, event.title ?? eventKindVi(event.kind)),
    h(
      'dl',
      { class: 'facts' },
      h('div', { class: 'row' }, h('dt', {}, 'Thời gian'), h('dd', {}, formatDateVi(event.date, event.partOfDay))),
      h(
        'div',
        { class: 'row' },
        h('dt', {}, 'Đơn vị tổ chức'),
        h('dd', { class: 'organizer' }, event.organizer?.name ?? 'chưa rõ'),
      ),
      event.location ? h('div', { class: 'row' }, h('dt', {}, 'Địa điểm'), h('dd', {}, event.location)) : null,
      event.province
        ? h(
            'div',
            { class: 'row' },
            h('dt', {}, 'Tỉnh, thành phố'),
            h(
              'dd',
              { class: 'province' },
              h('a', { href: href({ page: 'province', code: event.province.code }) }, event.province.name),
            ),
          )
        : null,
    ),
    h('h2', {}, 'Thành phần tham dự'),
    event.participants.length === 0
      ? h('p', { class: 'meta' }, 'Bài báo không nêu tên người tham dự.')
      : h(
          'ul',
          { class: 'participants' },
          event.participants.map((p) => {
            const roles = rolesText(p.roles)
            return h('li', {}, h('strong', {}, p.person.name), roles === '' ? '' : `, ${roles}`)
          }),
        ),
    h('h2', {}, 'Văn bản được quán triệt, triển khai'),
    event.directives.length === 0
      ? h('p', { class: 'meta' }, 'Chưa gắn với văn bản nào.')
      : h(
          'ul',
          { class: 'directives' },
          event.directives.map((d) =>
            h(
              'li',
              {},
              h('a', { href: href({ page: 'directive', code: d.code }) }, d.code),
              d.title ? ` — ${d.title}` : '',
            ),
          ),
        ),
    h('h2', {}, 'Bài báo đưa tin'),
    h(
      'ul',
      { class: 'articles' },
      event.articles.map((a) =>
        h(
          'li',
          {},
          h('a', { href: href({ page: 'article', id: a.id }) }, a.title ?? '(bài không có tiêu đề)'),
          h('span', { class: 'meta' }, [a.source, formatDateVi(a.publishedAt)].filter(Boolean).join(' · ')),
        ),
      ),
    ),
  )
}
