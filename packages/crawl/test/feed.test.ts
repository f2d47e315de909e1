import { TARGET_KINDS } from '@vanban/store/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manualClock, readPage } from '../src/index.ts'
import { type CrawledSite, crawlSite } from './crawl-site.ts'

describe.each(TARGET_KINDS)('crawling a feed on %s', (kind) => {
  let crawled: CrawledSite
  let site: CrawledSite['site']
  let database: CrawledSite['database']
  let result: CrawledSite['result']

  beforeAll(async () => {
    crawled = await crawlSite(kind, ['/rss.xml'], { readPage, clock: manualClock(), idleMs: 50 })
    ;({ site, database, result } = crawled)
  })
  afterAll(async () => {
    await crawled?.close()
  })

  it("fetches the feed and its items robots.txt allows, and no page's links without --include", async () => {
    const stored = await database.db.prisma.rawPage.findMany({ select: { url: true }, orderBy: { url: 'asc' } })
    expect(stored.map((row) => new URL(row.url).pathname)).toEqual([
      '/rss.xml',
      '/thoi-su/bai-1.html',
      '/xay-dung-dang/bai-doc-nhieu.html',
    ])
    expect(result.counts).toMatchObject({ stored: 3, disallowed: 1, articles: 2, errors: 0 })
    expect(site.hits.has('/private/noi-bo.html')).toBe(false)
  })

  it("stores each item's article with the page's metadata over the feed's", async () => {
    const articles = await database.db.prisma.article.findMany({
      select: { url: true, title: true, publishedAt: true },
      orderBy: { url: 'asc' },
    })
    expect(articles).toEqual([
      { url: `${site.url}/thoi-su/bai-1.html`, title: 'Bài /thoi-su/bai-1.html', publishedAt: '2026-12-05' },
      {
        url: `${site.url}/xay-dung-dang/bai-doc-nhieu.html`,
        title: 'Bài /xay-dung-dang/bai-doc-nhieu.html',
        publishedAt: '2026-12-05',
      },
    ])
  })
})
