/**
 * Seed records for the GraphQL tests and benchmark, written for them (no corpus text): three
 * articles about real directive codes and dates, and generated bulk articles, as extractions in
 * core's shape so that the storage layer's ingestExtraction stores them exactly.
 */
import { createHash } from 'node:crypto'
import {
  directiveIdentity,
  type Extraction,
  normalizeText,
  type OrganizationLevel,
  parseDirectiveCode,
  provinceByCode,
} from '@vanban/core'
import {
  ALL_FACTS,
  DIRECTIVE_FACTS,
  type DirectiveFact,
  directiveRecord,
  fullCitation,
  type KnownCode,
} from '@vanban/store/testing'

type SeedEvent = {
  kind: Extraction['events'][number]['kind']
  title: string
  date: string | null
  organizer: string | null
  location?: string
  /** Where it was held (a code of the 34 units) and the level of its organiser, as the extractor reads them. */
  province?: string
  level?: OrganizationLevel
  directives: string[]
  people?: { name: string; roles: string[] }[]
}

/** A seed article: what an extractor would read from it. */
export type SeedArticle = {
  url: string
  title: string
  publishedAt: string
  source: string
  body: string[]
  /** The directives the article cites, with the facts (of DIRECTIVE_FACTS) its text states. */
  directives: { code: KnownCode; states?: readonly DirectiveFact[] }[]
  events: SeedEvent[]
  relations?: {
    from: string
    type: 'guides' | 'implements' | 'amends' | 'replaces' | 'corrects' | 'cites'
    to: string
  }[]
}

function provenance(text: string, needle: string) {
  const start = Math.max(0, text.indexOf(needle))
  return { span: { start, end: start + needle.length }, sentence: needle, confidence: 0.9 }
}

/** An extraction in core's shape for a seed article, with provenance pointing into its text. */
export function extractionOf(seed: SeedArticle): Extraction {
  const text = normalizeText([seed.title, ...seed.body].join('\n\n'))
  // Every seed article citing a code names the same document, so its key carries the issue date
  // even where the article does not state it: one directive whichever article is stored first.
  const directives = seed.directives.map((d) => ({
    ...directiveRecord(d.code, d.states ?? []),
    ...directiveIdentity(parsedCode(d.code), DIRECTIVE_FACTS[d.code].issuedOn),
  }))
  const code = (c: string) => parseDirectiveCode(c)?.code ?? c
  const events = seed.events.map((e, i) => ({
    id: `e${i + 1}`,
    kind: e.kind,
    title: e.title,
    date: e.date,
    dateInferred: false,
    dateConfidence: e.date === null ? null : 1,
    partOfDay: null,
    organizer: e.organizer,
    location: e.location ?? null,
    province: placed(e.province),
    directives: e.directives.map(code),
    provenance: provenance(text, e.title),
  }))
  const organizations = [...new Map(seed.events.flatMap((e) => (e.organizer ? [[e.organizer, e] as const] : [])))].map(
    ([name, e]) => ({ name, kind: 'party_committee' as const, level: e.level ?? null, province: null }),
  )
  const people = seed.events.flatMap((e) => e.people ?? [])
  return {
    article: {
      title: seed.title,
      publishedAt: seed.publishedAt,
      byline: null,
      url: seed.url,
      source: seed.source,
      text,
      body: seed.body,
      captions: [],
      contentHash: createHash('sha256').update(text).digest('hex'),
    },
    directives,
    events,
    organizations,
    people,
    citations: [
      ...events.flatMap((e) =>
        e.directives.map((d) => ({
          directive: d,
          event: e.id,
          verb: 'implements' as const,
          inferred: false,
          provenance: provenance(text, d),
        })),
      ),
      ...directives.map((d) => ({
        directive: d.code,
        event: null,
        verb: 'mentions' as const,
        inferred: false,
        provenance: provenance(text, d.code),
      })),
    ],
    relations: (seed.relations ?? []).map((r) => ({
      from: code(r.from),
      type: r.type,
      to: code(r.to),
      provenance: null,
    })),
    participations: seed.events.flatMap((e, i) =>
      (e.people ?? []).map((p) => ({ person: p.name, event: `e${i + 1}`, roles: p.roles, provenance: null })),
    ),
  }
}

// A seed event's province as the extractor places it: read from the publishing site.
function placed(code: string | undefined): Extraction['events'][number]['province'] {
  const province = code === undefined ? undefined : provinceByCode(code)
  return province === undefined ? null : { ...province, source: 'site', confidence: 0.6 }
}

function parsedCode(code: string) {
  const parsed = parseDirectiveCode(code)
  if (parsed === null) throw new Error(`seed code ${code} does not parse`)
  return parsed
}

/**
 * Three articles written for these tests: a Party committee's conference implementing
 * Quy định 85-QĐ/TW in 2023 (and the guidance 99-HD/BTGTW that guides it), a thematic session on
 * Nghị quyết 35-NQ/TW in 2024, and a report that cites both.
 */
export const SEED_ARTICLES: readonly SeedArticle[] = [
  {
    url: 'https://tuyengiao.example.vn/hoi-nghi-quan-triet-quy-dinh-85',
    title: 'Đảng ủy Khối Cơ quan tỉnh quán triệt Quy định 85-QĐ/TW',
    publishedAt: '2023-03-15',
    source: 'Ban Tuyên giáo Tỉnh ủy',
    body: [
      `Sáng 14/3/2023, Đảng ủy Khối Cơ quan tỉnh tổ chức hội nghị quán triệt, triển khai thực hiện ${fullCitation('85-QĐ/TW')}.`,
      'Hội nghị triển khai Hướng dẫn số 99-HD/BTGTW của Ban Tuyên giáo Trung ương hướng dẫn thực hiện Quy định 85-QĐ/TW.',
      'Đồng chí Nguyễn Văn An, Bí thư Đảng ủy Khối chủ trì hội nghị.',
    ],
    directives: [
      { code: '85-QĐ/TW', states: ALL_FACTS },
      { code: '99-HD/BTGTW', states: ['issuingBody'] },
    ],
    events: [
      {
        kind: 'conference',
        title: 'Hội nghị quán triệt, triển khai thực hiện Quy định số 85-QĐ/TW',
        date: '2023-03-14',
        organizer: 'Đảng ủy Khối Cơ quan tỉnh',
        location: 'Hội trường Tỉnh ủy',
        province: '25',
        level: 'bloc',
        directives: ['85-QĐ/TW', '99-HD/BTGTW'],
        people: [{ name: 'Nguyễn Văn An', roles: ['Bí thư Đảng ủy Khối'] }],
      },
    ],
    relations: [{ from: '99-HD/BTGTW', type: 'guides', to: '85-QĐ/TW' }],
  },
  {
    url: 'https://baodang.example.vn/sinh-hoat-chuyen-de-nghi-quyet-35',
    title: 'Chi bộ sinh hoạt chuyên đề về bảo vệ nền tảng tư tưởng của Đảng',
    publishedAt: '2024-05-20',
    source: 'Báo Đảng bộ',
    body: [`Chiều 18/5/2024, Chi bộ Sở Tư pháp tổ chức sinh hoạt chuyên đề học tập ${fullCitation('35-NQ/TW')}.`],
    directives: [{ code: '35-NQ/TW', states: ALL_FACTS }],
    events: [
      {
        kind: 'thematic_session',
        title: 'Sinh hoạt chuyên đề học tập Nghị quyết số 35-NQ/TW',
        date: '2024-05-18',
        organizer: 'Chi bộ Sở Tư pháp',
        province: '01',
        level: 'grassroots',
        directives: ['35-NQ/TW'],
      },
    ],
  },
  {
    url: 'https://tuyengiao.example.vn/so-ket-quy-dinh-85',
    title: 'Sơ kết một năm thực hiện Quy định 85-QĐ/TW',
    publishedAt: '2023-12',
    source: 'Ban Tuyên giáo Tỉnh ủy',
    body: [
      'Tháng 12/2023, Đảng ủy Khối Cơ quan tỉnh sơ kết một năm thực hiện Quy định 85-QĐ/TW, gắn với Nghị quyết 35-NQ/TW.',
    ],
    directives: [{ code: '85-QĐ/TW' }, { code: '35-NQ/TW' }],
    events: [
      {
        kind: 'review',
        title: 'Sơ kết một năm thực hiện Quy định 85-QĐ/TW',
        date: '2023-12',
        organizer: 'Đảng ủy Khối Cơ quan tỉnh',
        province: '25',
        level: 'bloc',
        directives: ['85-QĐ/TW'],
      },
    ],
  },
]

// The bulk event i's province (three in four placed) and its organiser's level.
function bulkPlace(i: number): Pick<SeedEvent, 'province' | 'level'> {
  const province = ['01', '79', '48', undefined][i % 4]
  return { level: 'grassroots', ...(province === undefined ? {} : { province }) }
}

/**
 * `count` generated articles, each reporting one event that implements 85-QĐ/TW with its own
 * organiser (a party cell), held in Hà Nội, Hồ Chí Minh or Đà Nẵng, or placed nowhere, in turn:
 * the bulk data for page-size, N+1 and statistics tests.
 */
export function bulkArticles(count: number): SeedArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0')
    const month = String((i % 12) + 1).padStart(2, '0')
    const unit = `Chi bộ số ${i + 1} Sở Nội vụ`
    return {
      url: `https://bulk.example.vn/bai-${i + 1}`,
      title: `${unit} học tập Quy định 85-QĐ/TW (bài ${i + 1})`,
      publishedAt: `2023-${month}-${day}`,
      source: 'Trang tin bulk',
      body: [`Ngày ${day}/${month}/2023, ${unit} tổ chức học tập Quy định số 85-QĐ/TW và Nghị quyết 35-NQ/TW.`],
      directives: [{ code: '85-QĐ/TW' }, { code: '35-NQ/TW' }],
      events: [
        {
          kind: 'dissemination',
          title: `${unit} học tập Quy định 85-QĐ/TW`,
          date: `2023-${month}-${day}`,
          organizer: unit,
          ...bulkPlace(i),
          directives: ['85-QĐ/TW', '35-NQ/TW'],
        },
      ],
    }
  })
}

/** bench:graphql's nested page of events. */
export const PAGE_QUERY = `query Page($first: Int!, $code: String!) {
  events(first: $first, filter: { directive: $code }) {
    totalCount
    edges { node { id kind date title organizer { name } directives { code title } articles { title url publishedAt }
      participants { roles person { name } } } } } }`

/** bench:graphql's point lookup. */
export const LOOKUP = `query Lookup($code: String!, $first: Int!) {
  directive(code: $code) { code title events(first: $first) { edges { node { id kind date title } } } } }`

// The bulk events, each with a person taking part, so that the page reads participants too.
export function benchArticles(count: number): SeedArticle[] {
  return bulkArticles(count).map((a, i) => ({
    ...a,
    events: a.events.map((e) => ({
      ...e,
      people: [
        { name: `Nguyễn Văn ${['An', 'Bình', 'Cường', 'Dũng', 'Hùng'][i % 5]}`, roles: [`Bí thư ${e.organizer}`] },
      ],
    })),
  }))
}
