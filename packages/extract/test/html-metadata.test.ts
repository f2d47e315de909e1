import { ExtractionSchema } from '@vanban/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractHtml, type FieldSource } from '../src/html/index.ts'

// A small article page: `head` goes into <head>, `top` above the article's heading, the article
// text reads a date line (`date`, when given) and a lead with a year-less date.
function page({ head = '', top = '', date = '', title = 'Tiêu đề trong trang' } = {}): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title} - Báo Mẫu</title>${head}</head>
<body><nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li></ul></nav>${top}
<article><h1>${title}</h1>${date === '' ? '' : `<div class="date">${date}</div>`}
<p>Sáng 13/5, Đảng ủy xã An Phú tổ chức Hội nghị quán triệt Quy định số 85-QĐ/TW ngày 08/9/2022 của Ban Bí thư về kiểm tra, giám sát đối với tổ chức đảng và đảng viên.</p>
<p>Dự hội nghị có đồng chí Nguyễn Văn An, Bí thư Đảng ủy xã; đồng chí Trần Thị Bình, Phó Bí thư Thường trực Đảng ủy xã cùng toàn thể cán bộ, đảng viên trong Đảng bộ xã.</p>
<p>Hội nghị đã nghe báo cáo viên truyền đạt những nội dung cơ bản, điểm mới của Quy định, đồng thời thảo luận các giải pháp thực hiện hiệu quả trong thời gian tới ở từng chi bộ.</p>
<p class="author">Minh Anh</p></article>
<aside class="sidebar"><h3>Đọc nhiều</h3><ul><li><a href="/a">Triển khai Nghị quyết số 57-NQ/TW</a> <time datetime="2020-01-01">01/01/2020</time></li><li><a href="/b">Sơ kết Chỉ thị 05-CT/TW</a> <time datetime="2021-01-01">01/01/2021</time></li></ul></aside>
</body></html>`
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`
const meta = (attr: string, key: string, content: string) => `<meta ${attr}="${key}" content="${content}">`

type Row = {
  name: string
  html: string
  url?: string
  title: [string | null, FieldSource | null]
  publishedAt: [string | null, FieldSource | null]
  byline?: [string | null, FieldSource | null]
  articleUrl?: [string | null, FieldSource | null]
}

const NEWS = { '@context': 'https://schema.org', '@type': 'NewsArticle' }

const rows: Row[] = [
  {
    name: 'JSON-LD NewsArticle: headline, datePublished with its zone, author',
    html: page({
      head: jsonLd({
        ...NEWS,
        headline: 'Tiêu đề JSON-LD',
        datePublished: '2024-05-12T18:30:00Z',
        author: { '@type': 'Person', name: 'Thu Hà' },
      }),
      date: '14/05/2024',
    }),
    title: ['Tiêu đề JSON-LD', 'json-ld'],
    publishedAt: ['2024-05-13', 'json-ld'],
    byline: ['Thu Hà', 'json-ld'],
  },
  {
    name: 'JSON-LD @graph with an Article among other nodes, several authors',
    html: page({
      head: jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Báo Mẫu' },
          {
            '@type': ['Article'],
            headline: 'Tiêu đề trong graph',
            datePublished: '2024-05-13',
            author: [{ name: 'An' }, 'Bình'],
          },
        ],
      }),
    }),
    title: ['Tiêu đề trong graph', 'json-ld'],
    publishedAt: ['2024-05-13', 'json-ld'],
    byline: ['An, Bình', 'json-ld'],
  },
  {
    name: 'JSON-LD top-level array; a broken block before it is passed over',
    html: page({
      head: `<script type="application/ld+json">{ broken</script>${jsonLd([{ '@type': 'BreadcrumbList' }, { ...NEWS, headline: 'Tiêu đề mảng', url: '/tin/1.html' }])}`,
    }),
    url: 'https://baomau.vn/chinh-tri/',
    title: ['Tiêu đề mảng', 'json-ld'],
    publishedAt: [null, null],
    articleUrl: ['https://baomau.vn/tin/1.html', 'json-ld'],
  },
  {
    name: 'Open Graph: og:title without the site name, article:published_time, og:url',
    html: page({
      head: [
        meta('property', 'og:site_name', 'Báo Mẫu'),
        meta('property', 'og:title', 'Tiêu đề OG - Báo Mẫu'),
        meta('property', 'article:published_time', '2024-05-13T07:00:00+07:00'),
        meta('property', 'og:url', 'https://baomau.vn/og.html'),
      ].join(''),
    }),
    title: ['Tiêu đề OG', 'open-graph'],
    publishedAt: ['2024-05-13', 'open-graph'],
    articleUrl: ['https://baomau.vn/og.html', 'open-graph'],
  },
  {
    name: 'JSON-LD wins over Open Graph, field by field',
    html: page({
      head:
        jsonLd({ ...NEWS, headline: 'Tiêu đề JSON-LD' }) +
        meta('property', 'og:title', 'Tiêu đề OG') +
        meta('property', 'article:published_time', '2024-05-13T07:00:00+07:00'),
    }),
    title: ['Tiêu đề JSON-LD', 'json-ld'],
    publishedAt: ['2024-05-13', 'open-graph'],
  },
  ...['pubdate', 'date', 'DC.date', 'dc.date.issued', 'dcterms.created'].map(
    (name): Row => ({
      name: `<meta name="${name}">`,
      html: page({ head: meta('name', name, '2024-05-13T10:00:00+07:00'), date: '20/05/2024' }),
      title: ['Tiêu đề trong trang', 'text'],
      publishedAt: ['2024-05-13', 'meta'],
    }),
  ),
  {
    name: '<meta itemprop="datePublished"> and <meta name="author">, <link rel="canonical">',
    html: page({
      head:
        meta('itemprop', 'datePublished', '13/05/2024') +
        meta('name', 'author', 'Quốc Việt') +
        '<link rel="canonical" href="https://baomau.vn/canonical.html">',
    }),
    title: ['Tiêu đề trong trang', 'text'],
    publishedAt: ['2024-05-13', 'meta'],
    byline: ['Quốc Việt', 'meta'],
    articleUrl: ['https://baomau.vn/canonical.html', 'meta'],
  },
  {
    name: '<time datetime> inside the article, not the sidebar teasers',
    html: page({ top: '', date: '<time datetime="2024-05-13T09:00:00+07:00">Thứ Hai, 13/5/2024</time>' }),
    title: ['Tiêu đề trong trang', 'text'],
    publishedAt: ['2024-05-13', 'time-element'],
  },
  {
    name: '<time pubdate> anywhere',
    html: page({ top: '<div class="meta"><time pubdate datetime="2024-05-13T09:00:00+07:00">13/5</time></div>' }),
    title: ['Tiêu đề trong trang', 'text'],
    publishedAt: ['2024-05-13', 'time-element'],
  },
  {
    name: 'no metadata: the text path reads the date line, the heading and the author line',
    html: page({ date: 'Thứ Hai, 13/05/2024, 09:12 [GMT+7]' }),
    title: ['Tiêu đề trong trang', 'text'],
    publishedAt: ['2024-05-13', 'text'],
    byline: ['Minh Anh', 'text'],
  },
  {
    name: 'no date anywhere; sidebar teasers’ times are not the page’s',
    html: page(),
    title: ['Tiêu đề trong trang', 'text'],
    publishedAt: [null, null],
  },
  {
    name: 'the address the page was fetched from when it names none',
    html: page(),
    url: 'https://baomau.vn/tin/2.html',
    title: ['Tiêu đề trong trang', 'text'],
    publishedAt: [null, null],
    articleUrl: ['https://baomau.vn/tin/2.html', 'request'],
  },
]

describe('extractHtml: metadata first, each field with its source', () => {
  it.each(rows)('$name', (row) => {
    const { extraction, sources } = extractHtml(row.html, row.url === undefined ? {} : { url: row.url })
    expect(ExtractionSchema.safeParse(extraction).success).toBe(true)
    expect([extraction.article.title, sources.title]).toEqual(row.title)
    expect([extraction.article.publishedAt, sources.publishedAt]).toEqual(row.publishedAt)
    if (row.byline !== undefined) expect([extraction.article.byline, sources.byline]).toEqual(row.byline)
    if (row.articleUrl !== undefined) expect([extraction.article.url, sources.url]).toEqual(row.articleUrl)
    // The main content went through the text path: its directive, and none of the sidebar's.
    expect(extraction.directives.map((d) => d.code)).toEqual(['85-QĐ/TW'])
  })

  it('reads year-less dates in the text against the metadata date, not the date line', () => {
    const html = page({
      head: meta('property', 'article:published_time', '2023-05-14T08:00:00+07:00'),
      date: '14/05/2024',
    })
    const { extraction } = extractHtml(html)
    expect(extraction.article.publishedAt).toBe('2023-05-14')
    expect(extraction.events[0]?.date).toBe('2023-05-13')
  })
})

describe('extractHtml: feed hints', () => {
  const hints = {
    url: 'https://baomau.vn/feed-item.html',
    title: 'Tiêu đề từ RSS',
    publishedAt: 'Mon, 13 May 2024 01:00:00 GMT',
  }

  it('beat the text’s guesses', () => {
    const { extraction, sources } = extractHtml(page({ date: '20/05/2024' }), { hints })
    expect([extraction.article.title, sources.title]).toEqual(['Tiêu đề từ RSS', 'feed'])
    expect([extraction.article.publishedAt, sources.publishedAt]).toEqual(['2024-05-13', 'feed'])
    expect([extraction.article.url, sources.url]).toEqual(['https://baomau.vn/feed-item.html', 'feed'])
  })

  it('lose to the page’s own metadata', () => {
    const html = page({ head: jsonLd({ ...NEWS, headline: 'Tiêu đề JSON-LD', datePublished: '2024-05-12' }) })
    const { extraction, sources } = extractHtml(html, { hints })
    expect([extraction.article.title, sources.title]).toEqual(['Tiêu đề JSON-LD', 'json-ld'])
    expect([extraction.article.publishedAt, sources.publishedAt]).toEqual(['2024-05-12', 'json-ld'])
  })
})

describe('extractHtml on anything', () => {
  it.each([
    [''],
    ['plain words, no markup'],
    ['<html><body></body></html>'],
    ['<div><div><div>'.repeat(2000)],
    ['<script>alert(1)</script>'],
  ])('gives a valid extraction for %j', (html) => {
    expect(ExtractionSchema.safeParse(extractHtml(html.slice(0, 20000)).extraction).success).toBe(true)
  })

  it('never throws and always satisfies the schema', () => {
    const tag = fc.constantFrom('p', 'div', 'h1', 'time', 'script', 'meta', 'article', 'br', 'img', 'figure')
    const fragment = fc.oneof(
      fc.string(),
      fc.tuple(tag, fc.string()).map(([t, s]) => `<${t}>${s}</${t}>`),
      fc.string().map((s) => `<meta property="article:published_time" content="${s}">`),
      fc.string().map((s) => `<script type="application/ld+json">${s}</script>`),
    )
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 20 }), (parts) => {
        const { extraction } = extractHtml(parts.join(''))
        expect(ExtractionSchema.safeParse(extraction).success).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})
