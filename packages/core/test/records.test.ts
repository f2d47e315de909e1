import {
  type Article,
  ArticleSchema,
  type Directive,
  DirectiveRelationSchema,
  DirectiveSchema,
  type Event,
  EventSchema,
  ExtractionSchema,
  inverseRelationType,
  OrganizationSchema,
  PersonSchema,
  RECORD_NAMES,
  toJSONSchema,
  toJsonLd,
} from '@vanban/core'
import { describe, expect, test } from 'vitest'

const resolution35: Directive = {
  key: 'party:TW:NQ:35@2018-10-22',
  code: '35-NQ/TW',
  system: 'party',
  type: 'NQ',
  number: '35',
  year: null,
  issuerCode: 'TW',
  issuedOn: '2018-10-22',
  issuingBody: 'Bộ Chính trị',
  title:
    'Về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới',
  inferred: false,
}

const training: Event = {
  kind: 'training',
  title: 'Hội nghị tập huấn nghiệp vụ công tác bảo vệ nền tảng tư tưởng của Đảng',
  date: '2023-12-08',
  partOfDay: 'morning',
  organizer: 'Đảng ủy Khối Doanh nghiệp tỉnh',
  location: 'Hội trường Tỉnh ủy',
  province: null,
  directives: ['85-QĐ/TW', '99-HD/BTGTW'],
  provenance: {
    span: { start: 0, end: 42 },
    sentence: 'Sáng 8/12, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức Hội nghị tập huấn.',
    confidence: 0.9,
  },
}

const article: Article = {
  title: 'Tập huấn công tác bảo vệ nền tảng tư tưởng của Đảng',
  publishedAt: '2023-12',
  byline: 'Minh Anh',
  url: 'https://baomoi.example/tap-huan.html',
  source: 'Báo Tỉnh',
  text: 'Sáng 8/12, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức Hội nghị tập huấn.',
  body: ['Sáng 8/12, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức Hội nghị tập huấn.'],
  captions: [],
  contentHash: 'a3f1c2d4e5b6a7980a1b2c3d4e5f6071',
}

describe('record schemas', () => {
  test('accept well-formed records', () => {
    expect(DirectiveSchema.parse(resolution35)).toEqual(resolution35)
    expect(EventSchema.parse(training)).toEqual(training)
    expect(ArticleSchema.parse(article)).toEqual(article)
    expect(
      OrganizationSchema.parse({ name: 'Chi bộ Vụ Pháp chế', kind: 'party_cell', level: 'grassroots', province: null })
        .kind,
    ).toBe('party_cell')
    expect(
      OrganizationSchema.parse({
        name: 'Tỉnh ủy Nghệ An',
        kind: 'party_committee',
        level: 'provincial',
        province: { code: '40', name: 'Nghệ An', source: 'name', confidence: 0.95 },
      }).province?.code,
    ).toBe('40')
    expect(PersonSchema.parse({ name: 'Nguyễn Văn An', roles: ['Bí thư Chi bộ'] }).roles).toHaveLength(1)
  })

  test.each([
    'javascript:alert(document.cookie)',
    'JavaScript://baomoi.example/%0Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://baomoi.example/tap-huan.html',
    'baomoi.example/tap-huan.html',
  ])('reject the article URL %s, saying what is accepted', (url) => {
    const result = ArticleSchema.safeParse({ ...article, url })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['url'])
    expect(result.error?.issues[0]?.message).toBe('an article URL is an absolute http:// or https:// address')
  })

  test.each(['http://baomoi.example/a', 'HTTPS://BAOMOI.EXAMPLE/a?b=c#d', 'https://báo.vn/bài'])(
    'accept the article URL %s',
    (url) => {
      expect(ArticleSchema.safeParse({ ...article, url }).success).toBe(true)
    },
  )

  test('reject an impossible issue date with the field named', () => {
    const result = DirectiveSchema.safeParse({ ...resolution35, issuedOn: '2018-02-31' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['issuedOn'])
  })

  test('reject an unknown event kind and list the accepted ones', () => {
    const result = EventSchema.safeParse({ ...training, kind: 'party' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toContain('thematic_session')
  })

  test('reject a span that ends before it starts', () => {
    const result = EventSchema.safeParse({
      ...training,
      provenance: { span: { start: 10, end: 2 }, sentence: 'x', confidence: 1 },
    })
    expect(result.success).toBe(false)
  })

  test('an extraction links events by id', () => {
    const extraction = ExtractionSchema.parse({
      article,
      directives: [resolution35],
      events: [{ ...training, id: 'e1' }],
      organizations: [
        { name: 'Đảng ủy Khối Doanh nghiệp tỉnh', kind: 'party_committee', level: 'bloc', province: null },
      ],
      people: [],
      citations: [
        {
          directive: '35-NQ/TW',
          event: 'e1',
          verb: 'disseminates',
          inferred: false,
          provenance: { span: { start: 0, end: 8 }, sentence: 'Sáng 8/12', confidence: 0.8 },
        },
      ],
      relations: [],
      participations: [],
    })
    expect(extraction.events[0]?.id).toBe('e1')
  })
})

describe('directive relations', () => {
  test('each relation type has its inverse', () => {
    expect(inverseRelationType('guides')).toBe('guidedBy')
    expect(inverseRelationType('replaces')).toBe('replacedBy')
    expect(
      DirectiveRelationSchema.safeParse({ from: '99-HD/BTGTW', type: 'explains', to: '85-QĐ/TW', provenance: null })
        .success,
    ).toBe(false)
  })
})

describe('JSON Schema', () => {
  test('every record has one, with its required fields', () => {
    expect(RECORD_NAMES).toContain('Directive')
    for (const name of RECORD_NAMES) {
      const schema = toJSONSchema(name)
      expect(schema.type).toBe('object')
      expect(schema.title).toBe(name)
    }
    expect(toJSONSchema('Directive').required).toEqual(expect.arrayContaining(['code', 'issuerCode', 'issuingBody']))
  })
})

describe('JSON-LD', () => {
  test('a directive is schema.org Legislation', () => {
    const ld = toJsonLd(resolution35)
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      legislationIdentifier: '35-NQ/TW',
      legislationDate: '2018-10-22',
      legislationPassedBy: { '@type': 'Organization', name: 'Bộ Chính trị' },
    })
  })

  test('an event is schema.org Event about its directives', () => {
    const ld = toJsonLd(training, { id: 'https://vanban.example/events/1' })
    expect(ld['@type']).toBe('Event')
    expect(ld['@id']).toBe('https://vanban.example/events/1')
    expect(ld.startDate).toBe('2023-12-08')
    expect(ld.about).toEqual([
      { '@type': 'Legislation', legislationIdentifier: '85-QĐ/TW' },
      { '@type': 'Legislation', legislationIdentifier: '99-HD/BTGTW' },
    ])
  })

  test('an article is schema.org NewsArticle and leaves out what it lacks', () => {
    const ld = toJsonLd({ ...article, byline: null })
    expect(ld['@type']).toBe('NewsArticle')
    expect(ld.headline).toBe(article.title)
    expect('author' in ld).toBe(false)
  })
})
