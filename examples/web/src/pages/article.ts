import { articleSegments } from '../article-text.ts'
import { citedSpans } from '../cited-spans.ts'
import { h } from '../dom.ts'
import { formatDateVi } from '../format.ts'
import { graphql, lookup } from '../graphql.ts'
import { eventKindVi } from '../labels.ts'
import { href } from '../routes.ts'
import { notFoundPage } from './not-found.ts'

const ArticleQuery = graphql(`
  query ArticlePage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Article {
        id title publishedAt byline url source text
        directives { code title }
        events { id kind title date partOfDay }
      }
    }
  }
`)

/** An article's text with the directives it cites marked and linked, and the events it reports. */
export async function articlePage(id: string): Promise<HTMLElement> {
  const node = (await lookup(ArticleQuery, { id }, 'node'))?.node
  if (node === null || node === undefined || node.__typename !== 'Article') {
    return notFoundPage('Không tìm thấy bài báo', `Không có bài báo nào mang mã “${id}”.`)
  }
  const article = node
  const spans = citedSpans(
    article.text,
    article.directives.map((d) => d.code),
  )
  const text = articleSegments(article.text, spans).map((segment) =>
    segment.label === null
      ? segment.text
      : h(
          'mark',
          { title: segment.label, 'data-code': segment.label },
          h('a', { href: href({ page: 'directive', code: segment.label }) }, segment.text),
        ),
  )
  return h(
    'article',
    { class: 'article' },
    h('p', { class: 'kicker' }, [article.source, formatDateVi(article.publishedAt)].filter(Boolean).join(' · ')),
    h('h1', {}, article.title ?? '(bài không có tiêu đề)'),
    article.byline ? h('p', { class: 'meta' }, article.byline) : null,
    article.url
      ? h('p', { class: 'meta' }, h('a', { href: article.url, rel: 'noopener noreferrer' }, 'Bài gốc'))
      : null,
    h('h2', {}, 'Văn bản được nhắc đến'),
    article.directives.length === 0
      ? h('p', { class: 'meta' }, 'Bài báo không trích dẫn văn bản nào.')
      : h(
          'ul',
          { class: 'directives' },
          article.directives.map((d) =>
            h(
              'li',
              {},
              h('a', { href: href({ page: 'directive', code: d.code }) }, d.code),
              d.title ? ` — ${d.title}` : '',
            ),
          ),
        ),
    article.events.length === 0 ? null : h('h2', {}, 'Sự kiện được đưa tin'),
    article.events.length === 0
      ? null
      : h(
          'ul',
          { class: 'events' },
          article.events.map((e) =>
            h(
              'li',
              {},
              h('a', { href: href({ page: 'event', id: e.id }) }, e.title ?? eventKindVi(e.kind)),
              h('span', { class: 'meta' }, formatDateVi(e.date, e.partOfDay)),
            ),
          ),
        ),
    h('h2', {}, 'Nội dung'),
    h('div', { class: 'article-text', lang: 'vi' }, text),
  )
}
