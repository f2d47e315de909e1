import { readRawPage } from '@vanban/store'
import { TARGET_KINDS } from '@vanban/store/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { crawl, manualClock, openFrontier } from '../src/index.ts'
import { type CrawledSite, crawlSite } from './crawl-site.ts'
import { linkReader } from './link-reader.ts'
import { LEGACY_TEXT, type TestSite } from './site.ts'

const OPTIONS = {
  // /private/ is included so that only robots.txt keeps it out
  include: ['/thoi-su/*', '/private/*'],
  timeoutMs: 400,
  retries: 1,
  backoffMs: 1000,
  maxBodyBytes: 1024 * 1024,
  contact: 'luu-tru@example.vn',
}

describe.each(TARGET_KINDS)('a crawl on %s', (kind) => {
  const reader = linkReader()
  const clock = manualClock()
  const notes: string[] = []
  let crawled: CrawledSite
  let site: TestSite
  let database: CrawledSite['database']
  let first: CrawledSite['result']

  beforeAll(async () => {
    crawled = await crawlSite(kind, ['/thoi-su/bai-1.html'], {
      readPage: reader,
      options: OPTIONS,
      clock,
      onNote: (note) => notes.push(note),
      idleMs: 50,
    })
    ;({ site, database, result: first } = crawled)
  })
  afterAll(async () => {
    await crawled?.close()
  })

  const storedPaths = async () =>
    (await database.db.prisma.rawPage.findMany({ select: { url: true, fetches: true }, orderBy: { url: 'asc' } })).map(
      (row) => ({
        path: new URL(row.url).pathname,
        fetches: row.fetches,
      }),
    )

  it('stores the pages the seed leads to through included links, each once, and nothing else', async () => {
    expect(await storedPaths()).toEqual(
      [
        '/thoi-su/bai-1.html',
        '/thoi-su/bai-1258.html',
        '/thoi-su/bai-2.html',
        '/thoi-su/bai-429.html',
        '/thoi-su/bai-503.html',
        '/thoi-su/tcvn3-hoa.html',
        '/thoi-su/tcvn3.html',
        '/thoi-su/vni.html',
      ].map((path) => ({ path, fetches: 1 })),
    )
    expect(first.end).toBe('done')
    // /private/noi-bo.html is linked from the four news pages' sidebars: four links not queued
    expect(first.counts).toMatchObject({ stored: 8, disallowed: 4, queued: 0, active: 0 })
  })

  it('never requests what robots.txt disallows, and reads robots.txt once', () => {
    expect([...site.hits.keys()].filter((path) => path.startsWith('/private/'))).toEqual([])
    expect(site.hits.get('/robots.txt')).toBe(1)
  })

  it('does not follow links outside --include or off the site', () => {
    expect(site.hits.has('/xay-dung-dang/bai-doc-nhieu.html')).toBe(false)
    expect(site.hits.has('/lien-he')).toBe(false)
  })

  it('waits out a 429 for its Retry-After and retries a 503 after a backoff', () => {
    expect(site.hits.get('/thoi-su/bai-429.html')).toBe(2)
    expect(site.hits.get('/thoi-su/bai-503.html')).toBe(2)
    expect(clock.slept).toContain(7000)
  })

  it('gives up on a redirect loop, a body over the limit and a page slower than the timeout, storing none', () => {
    expect(notes.find((note) => note.includes('vong-a'))).toMatch(
      /redirect loop: .*vong-a\.html → .*vong-b\.html → .*vong-a\.html/,
    )
    expect(notes.find((note) => note.includes('rat-lon'))).toMatch(/larger than the 1048576-byte limit/)
    expect(notes.find((note) => note.includes('cham'))).toMatch(/no complete answer within 400 ms/)
    // the slow page: the first attempt and one retry
    expect(site.hits.get('/thoi-su/cham.html')).toBe(2)
  })

  it('reads Windows-1258 and TCVN3 pages as Unicode, and refuses TCVN3 capital fonts and VNI with a reason', () => {
    expect(reader.texts.get(`${site.url}/thoi-su/bai-1258.html`)).toContain(LEGACY_TEXT)
    expect(reader.texts.get(`${site.url}/thoi-su/tcvn3.html`)).toContain(LEGACY_TEXT)
    expect(notes.find((note) => note.includes('tcvn3-hoa'))).toMatch(/TCVN3 font encoding .* capital-letter fonts/)
    expect(notes.find((note) => note.includes('vni.html'))).toMatch(/legacy VNI font encoding/)
  })

  it('names vanban and the contact in its User-Agent', () => {
    const agents = new Set(site.requests.map((request) => request.headers['user-agent']))
    expect([...agents]).toEqual([expect.stringMatching(/^vanban\/[\d.]+ \(\+https:\/\/\S+; luu-tru@example\.vn\)$/)])
  })

  it('keeps the body and headers as received', async () => {
    const page = await readRawPage(database.db.prisma, `${site.url}/thoi-su/bai-1.html`)
    expect(new TextDecoder().decode(page?.body)).toContain('<h1 class="title">Bài /thoi-su/bai-1.html</h1>')
    expect(page?.headers).toMatchObject({ etag: '"bai-1-v1"', 'content-type': 'text/html; charset=utf-8' })
  })

  it('skips a page fetched within the freshness window, and fetches it conditionally past it (304)', async () => {
    const seed = `${site.url}/thoi-su/bai-1.html`
    const before = site.hits.get('/thoi-su/bai-1.html')
    const again = async (options: object) => {
      const frontier = await openFrontier(database.db)
      try {
        return await crawl({ db: database.db, frontier, readPage: reader, seeds: [seed], options, clock, idleMs: 50 })
      } finally {
        await frontier.close()
      }
    }
    const fresh = await again({})
    expect(fresh.counts).toMatchObject({ fresh: 1, stored: 0 })
    expect(site.hits.get('/thoi-su/bai-1.html')).toBe(before)

    const stale = await again({ freshForMs: 0 })
    expect(stale.counts).toMatchObject({ notModified: 1, stored: 0 })
    const conditional = site.requests.filter((request) => request.path === '/thoi-su/bai-1.html').at(-1)
    expect(conditional?.headers['if-none-match']).toBe('"bai-1-v1"')
    expect(await database.db.prisma.rawPage.findUnique({ where: { url: seed } })).toMatchObject({
      fetches: 1,
      notModified: 1,
    })
  })
})
