import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type FeedResult, FeedSchema, parseFeed } from '../src/html/index.ts'

const rss = (items: string, channel = '<link>https://baomau.vn/</link>') =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Báo Mẫu - Chính trị</title>${channel}${items}</channel></rss>`
const atom = (entries: string, feedLink = '<link href="https://tinhuy.vn/"/>') =>
  `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tỉnh ủy</title>${feedLink}<id>urn:x</id><updated>2024-05-13T00:00:00Z</updated>${entries}</feed>`

const feed = (result: FeedResult) => {
  if (!result.ok) throw new Error(result.reason)
  return FeedSchema.parse(result.feed)
}

type Row = {
  name: string
  xml: string
  baseUrl?: string
  items: { link: string; title: string | null; publishedAt: string | null; summary?: string | null }[]
  skipped?: number
}

const rows: Row[] = [
  {
    name: 'RSS 2.0: pubDate in RFC 822 with a zone, read as the day in Vietnam',
    xml: rss(
      `<item><title>Hội nghị quán triệt Quy định 85</title><link>https://baomau.vn/tin/1.html</link><pubDate>Sun, 12 May 2024 20:30:00 GMT</pubDate><description>Sáng 13/5...</description></item>`,
    ),
    items: [
      {
        link: 'https://baomau.vn/tin/1.html',
        title: 'Hội nghị quán triệt Quy định 85',
        publishedAt: '2024-05-13',
        summary: 'Sáng 13/5...',
      },
    ],
  },
  {
    name: 'RSS 2.0: CDATA title and HTML description as plain text',
    xml: rss(
      `<item><title><![CDATA[Sơ kết Nghị quyết 35 & Chỉ thị 05]]></title><link>https://baomau.vn/tin/2.html</link><pubDate>Mon, 13 May 2024 09:00:00 +0700</pubDate><description><![CDATA[<p><img src="a.jpg"> Chiều 12/5, <b>Huyện ủy</b> tổ chức&nbsp;sơ kết.</p>]]></description></item>`,
    ),
    items: [
      {
        link: 'https://baomau.vn/tin/2.html',
        title: 'Sơ kết Nghị quyết 35 & Chỉ thị 05',
        publishedAt: '2024-05-13',
        summary: 'Chiều 12/5, Huyện ủy tổ chức sơ kết.',
      },
    ],
  },
  {
    name: 'RSS 2.0: relative links against the base URL, then the channel link',
    xml: rss(
      `<item><title>A</title><link>/tin/3.html</link></item><item><title>B</title><link>tin/4.html</link></item>`,
      '<link>https://kenh.vn/rss/</link>',
    ),
    baseUrl: 'https://baomau.vn/rss/chinh-tri.rss',
    items: [
      { link: 'https://baomau.vn/tin/3.html', title: 'A', publishedAt: null },
      { link: 'https://baomau.vn/rss/tin/4.html', title: 'B', publishedAt: null },
    ],
  },
  {
    name: 'RSS 2.0: without a base URL, links read against the channel link',
    xml: rss(`<item><title>A</title><link>/tin/3.html</link></item>`, '<link>https://kenh.vn/rss/</link>'),
    items: [{ link: 'https://kenh.vn/tin/3.html', title: 'A', publishedAt: null }],
  },
  {
    name: 'RSS 2.0: missing and unreadable dates are null; a permalink guid stands for a missing link; items without a link are skipped',
    xml: rss(
      `<item><title>Không ngày</title><link>https://baomau.vn/5.html</link></item>` +
        `<item><title>Ngày hỏng</title><link>https://baomau.vn/6.html</link><pubDate>hôm qua</pubDate></item>` +
        `<item><title>Guid</title><guid isPermaLink="true">https://baomau.vn/7.html</guid><dc:date>2024-05-13T08:00:00+07:00</dc:date></item>` +
        `<item><title>Không link</title></item>` +
        `<item><title>Javascript</title><link>javascript:alert(1)</link></item>`,
    ),
    items: [
      { link: 'https://baomau.vn/5.html', title: 'Không ngày', publishedAt: null },
      { link: 'https://baomau.vn/6.html', title: 'Ngày hỏng', publishedAt: null },
      { link: 'https://baomau.vn/7.html', title: 'Guid', publishedAt: '2024-05-13' },
    ],
    skipped: 2,
  },
  {
    name: 'Atom: published before updated, the alternate link, relative to the feed link',
    xml: atom(
      `<entry><title>Hội nghị Ban Chấp hành</title><id>1</id><link rel="self" href="/api/1"/><link rel="alternate" href="/tin/1.html"/><published>2024-05-12T17:30:00Z</published><updated>2024-05-20T00:00:00Z</updated><summary>Tóm tắt</summary></entry>` +
        `<entry><title type="html">Lễ ra mắt &lt;b&gt;mô hình&lt;/b&gt;</title><id>2</id><link href="https://tinhuy.vn/tin/2.html"/><updated>2024-05-13T10:00:00+07:00</updated><summary type="html">&lt;p&gt;Sáng 13/5&lt;/p&gt;</summary></entry>` +
        `<entry><title>Không ngày</title><id>3</id><link href="tin/3.html"/></entry>`,
    ),
    items: [
      {
        link: 'https://tinhuy.vn/tin/1.html',
        title: 'Hội nghị Ban Chấp hành',
        publishedAt: '2024-05-13',
        summary: 'Tóm tắt',
      },
      {
        link: 'https://tinhuy.vn/tin/2.html',
        title: 'Lễ ra mắt mô hình',
        publishedAt: '2024-05-13',
        summary: 'Sáng 13/5',
      },
      { link: 'https://tinhuy.vn/tin/3.html', title: 'Không ngày', publishedAt: null, summary: null },
    ],
  },
  {
    name: 'RSS 1.0 (RDF) with dc:date',
    xml: `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://a.vn/"><title>A</title><link>https://a.vn/</link></channel><item rdf:about="https://a.vn/1"><title>Một</title><link>https://a.vn/1.html</link><dc:date>2024-05-13</dc:date></item></rdf:RDF>`,
    items: [{ link: 'https://a.vn/1.html', title: 'Một', publishedAt: '2024-05-13' }],
  },
]

describe('parseFeed', () => {
  it.each(rows)('$name', (row) => {
    const f = feed(parseFeed(row.xml, row.baseUrl === undefined ? {} : { baseUrl: row.baseUrl }))
    expect(f.items.map(({ link, title, publishedAt }) => ({ link, title, publishedAt }))).toEqual(
      row.items.map(({ link, title, publishedAt }) => ({ link, title, publishedAt })),
    )
    row.items.forEach((want, i) => {
      if ('summary' in want) expect(f.items[i]?.summary).toBe(want.summary)
    })
    expect(f.skipped).toBe(row.skipped ?? 0)
  })

  it('gives each item the hints extractHtml takes', () => {
    const f = feed(parseFeed(rows[0]!.xml))
    expect(f.format).toBe('rss')
    expect(f.title).toBe('Báo Mẫu - Chính trị')
    expect(f.items[0]?.hints).toEqual({
      url: 'https://baomau.vn/tin/1.html',
      title: 'Hội nghị quán triệt Quy định 85',
      publishedAt: '2024-05-13',
    })
  })

  it.each([
    ['an HTML page', '<!doctype html><html><body><p>Trang</p></body></html>'],
    ['broken XML', '<rss><channel><item>'],
    ['empty text', ''],
    ['a JSON Feed', '{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[]}'],
  ])('refuses %s, saying what it accepts', (_, text) => {
    const result = parseFeed(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(/RSS 2\.0, RSS 1\.0 or Atom/)
  })

  it('never throws, and what it reads has absolute http(s) links', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string(), fc.string()), { maxLength: 5 }), (items) => {
        const xml = rss(
          items.map(([t, l, d]) => `<item><title>${t}</title><link>${l}</link><pubDate>${d}</pubDate></item>`).join(''),
        )
        const result = parseFeed(xml)
        if (result.ok) for (const item of result.feed.items) expect(item.link).toMatch(/^https?:\/\//)
      }),
      { numRuns: 300 },
    )
  })
})
