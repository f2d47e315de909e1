import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Database } from '../src/db/open.ts'
import { directiveSearchKey, eventSearchKey } from '../src/ingest/keys.ts'
import { ingestExtraction } from '../src/ingest/store.ts'
import { ingestText } from '../src/ingest/text.ts'
import { reviewArticle, secondReportArticle, TARGET_KINDS } from '../src/testing/index.ts'
import { emptyRecords, migratedDatabase, RECORD_TABLES } from './database.ts'

// Databases, child processes and the WebAssembly schema engine are slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

// The review article under a URL of its own, knowing only some facts of its directive and event.
function partialFacts(facts: { title: string; issuingBody: string | null; location: string; event?: string }) {
  const extraction = reviewArticle({
    url: `https://baophutho.example/${encodeURIComponent(facts.location)}`,
    extraSentence: facts.location,
  })
  extraction.directives = extraction.directives.map((d) => ({
    ...d,
    title: facts.title,
    issuingBody: facts.issuingBody,
  }))
  extraction.events = extraction.events.map((e) => ({ ...e, title: facts.event ?? null, location: facts.location }))
  return extraction
}

async function rowCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of RECORD_TABLES) {
    const [row] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`)
    counts[table] = row?.n ?? -1
  }
  return counts
}

describe.each(TARGET_KINDS)('ingestExtraction on %s', (kind) => {
  let db: Database
  const database = migratedDatabase(kind)
  beforeAll(() => {
    db = database()
  })
  beforeEach(async () => {
    await emptyRecords(db)
  })

  it('stores an article with its directive, event, organiser, person and links', async () => {
    const result = await ingestExtraction(db.prisma, reviewArticle())
    expect(result.status).toBe('new')
    expect(await rowCounts(db)).toEqual({
      Article: 1,
      Directive: 1,
      Organization: 1,
      Person: 1,
      Event: 1,
      EventReport: 1,
      Citation: 1,
      DirectiveRelation: 0,
      Participation: 1,
    })
    const directive = await db.prisma.directive.findUniqueOrThrow({ where: { key: 'party:TW:NQ:35@2018-10-22' } })
    expect(directive.searchKey).toContain('35-nq/tw')
    expect(directive.searchKey).toContain('bao ve nen tang tu tuong')
    expect(directive.issuedStart?.toISOString().slice(0, 10)).toBe('2018-10-22')
    const event = await db.prisma.event.findFirstOrThrow({ include: { organizer: true } })
    expect(event.organizer?.name).toBe('Huyện ủy Phù Ninh')
    expect(event.dateStart?.toISOString().slice(0, 10)).toBe('2023-12-08')
    expect(event.partOfDay).toBe('morning')
    const article = await db.prisma.article.findFirstOrThrow()
    expect(article.identity).toBe('https://baophutho.example/huyen-uy-phu-ninh-so-ket-35')
    expect(article.searchKey).toContain('huyen uy phu ninh so ket')
  })

  it('stores the province an event was held in and the level and province of its organiser', async () => {
    await ingestExtraction(db.prisma, secondReportArticle())
    const unplaced = await db.prisma.event.findFirstOrThrow()
    expect([unplaced.provinceCode, unplaced.provinceSource, unplaced.provinceConfidence]).toEqual([null, null, null])
    const bare = await db.prisma.organization.findFirstOrThrow()
    expect([bare.level, bare.provinceCode]).toEqual(['district', null])

    // The same event reported again, placed this time: the province fills in; one placed already stays.
    const placed = reviewArticle()
    placed.organizations = [
      {
        name: 'Huyện ủy Phù Ninh',
        kind: 'party_committee',
        level: 'district',
        province: { code: '25', name: 'Phú Thọ', source: 'name', confidence: 0.95 },
      },
    ]
    await ingestExtraction(db.prisma, placed)
    const event = await db.prisma.event.findFirstOrThrow()
    expect([event.provinceCode, event.provinceSource, event.provinceConfidence]).toEqual(['25', 'article', 0.7])
    const organization = await db.prisma.organization.findFirstOrThrow()
    expect([organization.level, organization.provinceCode, organization.provinceConfidence]).toEqual([
      'district',
      '25',
      0.95,
    ])

    const elsewhere = reviewArticle({ url: 'https://other.example/phu-ninh' })
    elsewhere.events = elsewhere.events.map((e) => ({
      ...e,
      province: { code: '01', name: 'Hà Nội', source: 'site', confidence: 0.6 },
    }))
    await ingestExtraction(db.prisma, elsewhere)
    expect((await db.prisma.event.findFirstOrThrow()).provinceCode).toBe('25')
  })

  it('changes nothing when the same extraction comes again', async () => {
    await ingestExtraction(db.prisma, reviewArticle())
    const before = await db.prisma.article.findFirstOrThrow()
    const again = await ingestExtraction(db.prisma, reviewArticle())
    expect(again.status).toBe('unchanged')
    const after = await db.prisma.article.findFirstOrThrow()
    expect(after.updatedAt).toEqual(before.updatedAt)
    expect((await rowCounts(db)).Citation).toBe(1)
  })

  it('identifies an article without URL by the hash of its text', async () => {
    const first = await ingestExtraction(db.prisma, reviewArticle({ url: null }))
    expect(first.status === 'failed' ? first.reason : first.identity).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect((await ingestExtraction(db.prisma, reviewArticle({ url: null }))).status).toBe('unchanged')
    expect((await ingestExtraction(db.prisma, reviewArticle({ url: null, extraSentence: ' Thêm.' }))).status).toBe(
      'new',
    )
  })

  it('updates a changed article in place, replacing its links', async () => {
    await ingestExtraction(db.prisma, reviewArticle())
    const changed = reviewArticle({ extraSentence: ' Hội nghị đã đánh giá kết quả.' })
    changed.participations = []
    const result = await ingestExtraction(db.prisma, changed)
    expect(result.status === 'failed' ? result.reason : result.status).toBe('updated')
    const counts = await rowCounts(db)
    expect(counts.Article).toBe(1)
    expect(counts.Participation).toBe(0)
    expect(counts.Citation).toBe(1)
    const article = await db.prisma.article.findFirstOrThrow()
    expect(article.text).toContain('đã đánh giá kết quả')
  })

  it('merges an event several articles report and keeps every report', async () => {
    await ingestExtraction(db.prisma, reviewArticle())
    const second = await ingestExtraction(db.prisma, secondReportArticle())
    expect(second.status).toBe('new')
    const counts = await rowCounts(db)
    expect(counts.Event).toBe(1)
    expect(counts.EventReport).toBe(2)
    expect(counts.Organization).toBe(1)
    const event = await db.prisma.event.findFirstOrThrow()
    expect(event.location).toBe('Hội trường Huyện ủy')
    expect(event.title).toBe('Hội nghị sơ kết 5 năm thực hiện Nghị quyết 35-NQ/TW')
  })

  it('attaches a bare code to the one directive with that code, and links relations', async () => {
    await ingestExtraction(db.prisma, reviewArticle())
    await ingestExtraction(db.prisma, secondReportArticle())
    const directives = await db.prisma.directive.findMany({ orderBy: { code: 'asc' } })
    expect(directives.map((d) => d.key)).toEqual([
      'party:TW:NQ:35@2018-10-22',
      'party:TW:QĐ:85@2022-10-07',
      'party:BTGTW:HD:99',
    ])
    const citations = await db.prisma.citation.findMany({ where: { directive: { code: '35-NQ/TW' } } })
    expect(citations).toHaveLength(2)
    expect(citations.every((c) => !c.ambiguous)).toBe(true)
    const relation = await db.prisma.directiveRelation.findFirstOrThrow({ include: { from: true, to: true } })
    expect([relation.from.code, relation.type, relation.to.code]).toEqual(['99-HD/BTGTW', 'guides', '85-QĐ/TW'])
  })

  it('attaches a code that one extracted article writes bare to the dated directive another stores, in either order', async () => {
    const dated =
      'Sáng 8/12/2023, Huyện ủy Yên Lập tổ chức Hội nghị quán triệt Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng.'
    const bare =
      'Chiều 15/12/2023, Đảng ủy xã Mỹ Lung tổ chức Hội nghị tuyên truyền Nghị quyết số 35-NQ/TW về bảo vệ nền tảng tư tưởng của Đảng.'
    for (const texts of [
      [dated, bare],
      [bare, dated],
    ]) {
      await emptyRecords(db)
      for (const text of texts) expect((await ingestText(db.prisma, text)).status).toBe('new')
      const directives = await db.prisma.directive.findMany({
        where: { code: '35-NQ/TW' },
        include: { citations: true },
      })
      expect(directives).toHaveLength(1)
      expect(directives[0]?.issuedOn).toBe('2018-10-22')
      expect([...new Set(directives[0]?.citations.map((c) => c.articleId))].sort()).toEqual([1, 2])
    }
  })

  it('gives the same rows whichever order the articles come in', async () => {
    await ingestExtraction(db.prisma, secondReportArticle())
    await ingestExtraction(db.prisma, reviewArticle())
    const directives = await db.prisma.directive.findMany({ orderBy: { code: 'asc' } })
    expect(directives.map((d) => d.key)).toEqual([
      'party:TW:NQ:35@2018-10-22',
      'party:TW:QĐ:85@2022-10-07',
      'party:BTGTW:HD:99',
    ])
    expect(await rowCounts(db)).toMatchObject({ Event: 1, EventReport: 2, Citation: 4, DirectiveRelation: 1 })
  })

  // Two articles on one directive and one event, each knowing some of their facts: the first
  // names neither the resolution's issuing body nor the event's title, the second both, and each
  // gives the hall a different name. A search key spells out the stored facts, whoever gave them.
  it.each([
    {
      order: 'title first',
      first: partialFacts({
        title: 'về tăng cường bảo vệ nền tảng tư tưởng',
        issuingBody: null,
        location: 'Hội trường A',
      }),
      second: partialFacts({
        title: 'về công tác tư tưởng',
        issuingBody: 'Bộ Chính trị',
        location: 'Hội trường B',
        event: 'Hội nghị sơ kết',
      }),
      directive: '35-nq/tw ve tang cuong bao ve nen tang tu tuong bo chinh tri',
      event: 'hoi nghi so ket huyen uy phu ninh hoi truong a',
    },
    {
      order: 'issuing body first',
      first: partialFacts({
        title: 'về công tác tư tưởng',
        issuingBody: 'Bộ Chính trị',
        location: 'Hội trường B',
        event: 'Hội nghị sơ kết',
      }),
      second: partialFacts({
        title: 'về tăng cường bảo vệ nền tảng tư tưởng',
        issuingBody: null,
        location: 'Hội trường A',
      }),
      directive: '35-nq/tw ve cong tac tu tuong bo chinh tri',
      event: 'hoi nghi so ket huyen uy phu ninh hoi truong b',
    },
  ])('derives the search keys from the stored facts whichever article comes first ($order)', async (c) => {
    for (const extraction of [c.first, c.second])
      expect((await ingestExtraction(db.prisma, extraction)).status).toBe('new')
    const directive = await db.prisma.directive.findFirstOrThrow({ where: { code: '35-NQ/TW' } })
    const event = await db.prisma.event.findFirstOrThrow({ include: { organizer: true } })
    expect(directive.searchKey).toBe(c.directive)
    expect(directive.searchKey).toBe(directiveSearchKey(directive))
    expect(event.searchKey).toBe(c.event)
    expect(event.searchKey).toBe(eventSearchKey({ ...event, organizer: event.organizer?.name ?? null }))
  })

  it('marks the citation ambiguous when a bare code matches several directives', async () => {
    await ingestExtraction(db.prisma, reviewArticle())
    const other = reviewArticle({ url: 'https://baophutho.example/nghi-quyet-35-khoa-khac' })
    other.directives = [{ ...other.directives[0]!, key: 'party:TW:NQ:35@2030-01-01', issuedOn: '2030-01-01' }]
    await ingestExtraction(db.prisma, other)
    const bare = secondReportArticle()
    await ingestExtraction(db.prisma, bare)
    const citation = await db.prisma.citation.findFirstOrThrow({
      where: { article: { identity: bare.article.url! }, directive: { code: '35-NQ/TW' } },
      include: { directive: true },
    })
    expect(citation.ambiguous).toBe(true)
    expect(citation.directive.key).toBe('party:TW:NQ:35@2030-01-01')
  })

  it('rolls the whole article back when a step fails half-way, and says why', async () => {
    const result = await ingestExtraction(db.prisma, reviewArticle(), {
      afterStep: (step) => {
        if (step === 'directives') throw new Error('injected failure after the directives were written')
      },
    })
    expect(result).toMatchObject({ status: 'failed', reason: 'injected failure after the directives were written' })
    expect(Object.values(await rowCounts(db)).every((n) => n === 0)).toBe(true)
    expect((await ingestExtraction(db.prisma, reviewArticle())).status).toBe('new')
  })

  it('rolls an update back too, keeping the article as it was', async () => {
    await ingestExtraction(db.prisma, reviewArticle())
    const result = await ingestExtraction(db.prisma, reviewArticle({ extraSentence: ' Sửa.' }), {
      afterStep: (step) => {
        if (step === 'events') throw new Error('injected')
      },
    })
    expect(result.status).toBe('failed')
    const article = await db.prisma.article.findFirstOrThrow()
    expect(article.text).not.toContain('Sửa.')
    expect((await rowCounts(db)).Participation).toBe(1)
  })

  it('refuses an invalid extraction with the field and the reason', async () => {
    const broken = reviewArticle()
    broken.article.contentHash = 'NOT-HEX'
    const result = await ingestExtraction(db.prisma, broken)
    expect(result.status).toBe('failed')
    expect(result.status === 'failed' && result.reason).toMatch(
      /article\.contentHash: a content hash is lower-case hex/,
    )
    expect((await rowCounts(db)).Article).toBe(0)
  })
})
