import { EXTRACTOR_VERSION, extractArticle } from '@vanban/extract'
import { extractHtml } from '@vanban/extract/html'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Database } from '../src/db/open.ts'
import { type ReextractOptions, reextractArticles } from '../src/ingest/reextract.ts'
import { ingestExtraction } from '../src/ingest/store.ts'
import { ingestText } from '../src/ingest/text.ts'
import { storeRawPage } from '../src/raw/raw-pages.ts'
import { TARGET_KINDS } from '../src/testing/index.ts'
import { emptyRecords, migratedDatabase } from './database.ts'

// Databases are slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

// A page with no date line: today's extractor dates its review from the text (a five-year
// review of a 2016 directive is in 2021); an older one left it undated.
const UNDATED_URL = 'https://tuyengiao.example/so-ket-5-nam-chi-thi-05'
const UNDATED = [
  'Sơ kết 5 năm thực hiện Chỉ thị 05',
  'Sáng 12/6, Ban Bí thư Trung ương Đảng tổ chức hội nghị trực tuyến toàn quốc sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.',
].join('\n\n')
const DATED_URL = 'https://huyenuy.example/hoi-nghi-bao-cao-vien'
const DATED = [
  'Hội nghị báo cáo viên',
  '14/06/2024',
  'Sáng 14/6, Ban Tuyên giáo Huyện ủy Phù Ninh tổ chức Hội nghị báo cáo viên quý II.',
].join('\n\n')

// What an extractor without year inference stored for the undated page.
function olderExtraction() {
  const extraction = extractArticle(UNDATED, { url: UNDATED_URL })
  extraction.events = extraction.events.map((e) => ({
    ...e,
    date: null,
    dateInferred: false,
    dateConfidence: null,
    partOfDay: null,
  }))
  return extraction
}

type StoredArticle = { id: number; extractionHash: string; extractorVersion: string | null }
type StoredEvent = { date: string | null; dateInferred: boolean; dateConfidence: number | null }

describe.each(TARGET_KINDS)('reextractArticles on %s', (kind) => {
  let db: Database
  const database = migratedDatabase(kind)
  beforeAll(() => {
    db = database()
  })
  beforeEach(async () => {
    await emptyRecords(db)
    expect((await ingestExtraction(db.prisma, olderExtraction())).status).toBe('new')
    expect((await ingestText(db.prisma, DATED, { url: DATED_URL })).status).toBe('new')
  })

  const article = async (url: string): Promise<StoredArticle> => {
    const [row] = await db.prisma.$queryRawUnsafe<StoredArticle[]>(
      `SELECT id, "extractionHash", "extractorVersion" FROM "Article" WHERE url = $1`,
      url,
    )
    if (row === undefined) throw new Error(`no article ${url}`)
    return row
  }
  const events = (url: string): Promise<StoredEvent[]> =>
    db.prisma.$queryRawUnsafe<StoredEvent[]>(
      `SELECT e.date, e."dateInferred", e."dateConfidence" FROM "Event" e
       JOIN "EventReport" r ON r."eventId" = e.id JOIN "Article" a ON a.id = r."articleId" WHERE a.url = $1`,
      url,
    )

  it('re-reads every article in batches: the changed one gets its inferred date, the others their version', async () => {
    const before = await article(UNDATED_URL)
    expect(before.extractorVersion).toBeNull()
    expect(await events(UNDATED_URL)).toEqual([{ date: null, dateInferred: false, dateConfidence: null }])
    expect((await article(DATED_URL)).extractorVersion).toBe(EXTRACTOR_VERSION)

    const seen: string[] = []
    const first = await reextractArticles(db.prisma, {
      batchSize: 1,
      onOutcome: (outcome) => seen.push(`${outcome.identity} ${outcome.status}`),
    })
    expect(first).toEqual({ counts: { changed: 1, unchanged: 1, failed: 0 }, fromRawPages: 0, interrupted: false })
    expect(seen).toEqual([`${UNDATED_URL} changed`, `${DATED_URL} unchanged`])
    expect(await events(UNDATED_URL)).toEqual([{ date: '2021-06-12', dateInferred: true, dateConfidence: 0.85 }])
    expect(await events(DATED_URL)).toEqual([{ date: '2024-06-14', dateInferred: false, dateConfidence: 1 }])
    const after = await article(UNDATED_URL)
    expect(after.id).toBe(before.id)
    expect(after.extractorVersion).toBe(EXTRACTOR_VERSION)
    expect(after.extractionHash).not.toBe(before.extractionHash)
    // The undated event the older extraction stored is gone with the article's old links.
    const counted = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Event"`)
    expect(counted).toEqual([{ n: 2 }])

    expect(await reextractArticles(db.prisma)).toEqual({
      counts: { changed: 0, unchanged: 2, failed: 0 },
      fromRawPages: 0,
      interrupted: false,
    })
    expect(await reextractArticles(db.prisma, { onlyOlder: true })).toEqual({
      counts: { changed: 0, unchanged: 0, failed: 0 },
      fromRawPages: 0,
      interrupted: false,
    })
  })

  it('with onlyOlder, reads only the articles no extractor or an older one read', async () => {
    const result = await reextractArticles(db.prisma, { onlyOlder: true })
    expect(result.counts).toEqual({ changed: 1, unchanged: 0, failed: 0 })
  })

  // Versions compare number by number: as text, `2026.12.08.10` would sort before `2026.12.08.9`.
  it.each<[string, string, number]>([
    ['2026.12.08.9', '2026.12.08.10', 2],
    ['2026.12.08.10', '2026.12.08.9', 0],
    ['2026.12.08.10', '2026.12.08.10', 0],
    ['2026.12.07', '2026.12.07.1', 2],
    ['beta-2', 'beta-10', 0],
  ])('with onlyOlder, an article read by %s is older than %s: %i of 2 read', async (stored, current, read) => {
    await db.prisma.$executeRawUnsafe(`UPDATE "Article" SET "extractorVersion" = $1`, stored)
    const { counts } = await reextractArticles(db.prisma, { onlyOlder: true, version: current })
    expect(counts.changed + counts.unchanged + counts.failed).toBe(read)
  })

  it.each<[string, ReextractOptions]>([
    [
      'the extractor throws',
      {
        extract: (text, hints) => {
          if (text.includes('Sơ kết 5 năm')) throw new Error('rule crashed')
          return extractArticle(text, hints)
        },
      },
    ],
    [
      'the store fails half-way through the article',
      {
        ingest: {
          afterStep: (step) => {
            if (step === 'events') throw new Error('disk full')
          },
        },
      },
    ],
  ])('a failure (%s) leaves the article as stored and the run goes on', async (_, options) => {
    const before = await article(UNDATED_URL)
    const reasons: string[] = []
    const result = await reextractArticles(db.prisma, {
      ...options,
      onOutcome: (outcome) => {
        if (outcome.status === 'failed') reasons.push(outcome.reason)
      },
    })
    expect(result).toEqual({ counts: { changed: 0, unchanged: 1, failed: 1 }, fromRawPages: 0, interrupted: false })
    expect(reasons).toHaveLength(1)
    expect(reasons[0]).toMatch(/rule crashed|disk full/)
    expect(await article(UNDATED_URL)).toEqual(before)
    expect(await events(UNDATED_URL)).toEqual([{ date: null, dateInferred: false, dateConfidence: null }])
  })

  it('stops between articles when its signal is aborted', async () => {
    const stop = new AbortController()
    const result = await reextractArticles(db.prisma, { signal: stop.signal, onOutcome: () => stop.abort() })
    expect(result).toEqual({ counts: { changed: 1, unchanged: 0, failed: 0 }, fromRawPages: 0, interrupted: true })
    expect((await article(DATED_URL)).extractorVersion).toBe(EXTRACTOR_VERSION)
  })
})

// A crawled news page whose headline is only in its metadata: the text's first line (a kicker)
// is what the text path takes for its title.
const OG_TITLE = 'Phú Thọ sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW'
const KICKER = 'Thời sự - Chính trị'
const pageHtml = (url: string): string => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<title>Tin tức | Báo Phú Thọ</title>
<link rel="canonical" href="${url}">
<meta property="og:url" content="${url}">
<meta property="og:title" content="${OG_TITLE}">
<meta property="article:published_time" content="2021-06-12T08:00:00+07:00">
</head><body>
<nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav>
<article>
<p>${KICKER}</p>
<p>Sáng 12/6, Ban Thường vụ Tỉnh ủy Phú Thọ tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.</p>
<p>Hội nghị đánh giá việc thực hiện Chỉ thị đã đi vào nền nếp, trở thành việc làm thường xuyên của các cấp ủy, tổ chức đảng, cán bộ, đảng viên trong toàn tỉnh; nhiều mô hình hay, cách làm sáng tạo được nhân rộng.</p>
<p>Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy tiếp tục quán triệt sâu sắc nội dung Chỉ thị, gắn với việc thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng.</p>
</article>
<footer>Báo Phú Thọ điện tử</footer>
</body></html>`

const PAGE_URL = 'https://baophutho.example/so-ket-chi-thi-05.html'
const CORRUPT_URL = 'https://baophutho.example/hoi-nghi-bao-cao-vien.html'

describe.each(TARGET_KINDS)('reextractArticles of crawled pages on %s', (kind) => {
  let db: Database
  const database = migratedDatabase(kind)
  beforeAll(() => {
    db = database()
  })

  // Crawled as the crawler does (the page kept raw, its `extractHtml` extraction ingested), then
  // stored again from a text whose headline line is another's (as an extractor that read no
  // metadata could leave it): only the saved page's og:title gives the headline back.
  const crawlThenStoreAsText = async (url: string): Promise<string> => {
    const html = pageHtml(url)
    await storeRawPage(db.prisma, {
      url,
      finalUrl: url,
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: new TextEncoder().encode(html),
      fetchedAt: new Date('2026-12-01T00:00:00Z'),
    })
    const crawled = extractHtml(html, { url }).extraction
    expect(crawled.article.title).toBe(OG_TITLE)
    expect((await ingestExtraction(db.prisma, crawled)).status).toBe('new')
    const asText = extractArticle(crawled.article.text.replace(OG_TITLE, KICKER), { url })
    expect(asText.article.title).not.toBe(OG_TITLE)
    expect((await ingestExtraction(db.prisma, asText, { extractorVersion: '0' })).status).toBe('updated')
    return asText.article.title ?? ''
  }
  const title = async (url: string): Promise<string | null> => {
    const [row] = await db.prisma.$queryRawUnsafe<{ title: string | null }[]>(
      `SELECT title FROM "Article" WHERE url = $1`,
      url,
    )
    return row?.title ?? null
  }

  beforeEach(async () => {
    await emptyRecords(db, ['RawPage'])
  })

  it('reads an article from its saved page again, metadata and all, not from its stored text', async () => {
    const textTitle = await crawlThenStoreAsText(PAGE_URL)
    expect(await title(PAGE_URL)).toBe(textTitle)
    // An article with no saved page beside it still goes by its text.
    expect((await ingestText(db.prisma, DATED, { url: DATED_URL })).status).toBe('new')

    const seen: string[] = []
    const result = await reextractArticles(db.prisma, {
      onOutcome: (outcome) => seen.push(`${outcome.identity} ${outcome.status} ${outcome.fromRawPage}`),
    })
    expect(result).toEqual({ counts: { changed: 1, unchanged: 1, failed: 0 }, fromRawPages: 1, interrupted: false })
    expect(seen).toEqual([`${PAGE_URL} changed true`, `${DATED_URL} unchanged false`])
    expect(await title(PAGE_URL)).toBe(OG_TITLE)
  })

  it('a saved page whose body is corrupt fails its article only, which stays as stored', async () => {
    const textTitle = await crawlThenStoreAsText(CORRUPT_URL)
    await crawlThenStoreAsText(PAGE_URL)
    await db.prisma.$executeRawUnsafe(
      `UPDATE "RawPage" SET body = $1 WHERE url = $2`,
      Buffer.from('not gzip'),
      CORRUPT_URL,
    )
    const stored = () =>
      db.prisma.$queryRawUnsafe(
        `SELECT id, title, text, "extractionHash", "extractorVersion" FROM "Article" WHERE url = $1`,
        CORRUPT_URL,
      )
    const before = await stored()

    const reasons: string[] = []
    const result = await reextractArticles(db.prisma, {
      onOutcome: (outcome) => {
        if (outcome.status === 'failed') reasons.push(outcome.reason)
      },
    })
    expect(result).toEqual({ counts: { changed: 1, unchanged: 0, failed: 1 }, fromRawPages: 2, interrupted: false })
    expect(reasons).toEqual([expect.stringContaining(`the saved page ${CORRUPT_URL} cannot be read`)])
    expect(await stored()).toEqual(before)
    expect(await title(CORRUPT_URL)).toBe(textTitle)
    expect(await title(PAGE_URL)).toBe(OG_TITLE)
  })
})
