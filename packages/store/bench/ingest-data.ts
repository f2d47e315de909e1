import { createHash } from 'node:crypto'
import type { Extraction } from '@vanban/core'
import { directiveRecord } from '../src/testing/directive-facts.ts'

const ORGANIZERS = [
  'Huyện ủy Phù Ninh',
  'Đảng ủy Khối Cơ quan tỉnh',
  'Thành ủy Việt Trì',
  'Sở Tư pháp',
  'Tỉnh đoàn Phú Thọ',
  'Hội Liên hiệp Phụ nữ huyện',
]
// The directives cited, dated in their keys (as by an article stating the date) but for 99-HD/BTGTW,
// which stays bare so that the bare-code path is measured too.
const DIRECTIVES = [
  directiveRecord('35-NQ/TW', ['issuedOn']),
  directiveRecord('85-QĐ/TW', ['issuedOn']),
  directiveRecord('99-HD/BTGTW', []),
  directiveRecord('05-CT/TW', ['issuedOn']),
  directiveRecord('13/2023/NĐ-CP', ['issuedOn']),
]
const KINDS = ['conference', 'review', 'dissemination', 'training', 'thematic_session'] as const
const PEOPLE = ['Nguyễn Văn Hùng', 'Trần Thị Lan', 'Lê Minh Đức', 'Phạm Quang Vinh', 'Hoàng Thu Hà']

/**
 * The `i`-th synthetic article: fixture-like text varied in organiser, date, directives and
 * people, so that events, organisations and directives are shared between articles as in news.
 */
export function syntheticExtraction(i: number): Extraction {
  const organizer = ORGANIZERS[i % ORGANIZERS.length]!
  const kind = KINDS[i % KINDS.length]!
  const main = DIRECTIVES[i % DIRECTIVES.length]!
  const cited = [main, DIRECTIVES[(i * 7 + 1) % DIRECTIVES.length]!]
  const person = PEOPLE[i % PEOPLE.length]!
  const day = (i % 28) + 1
  const month = ((i >> 5) % 12) + 1
  const date = `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const lead = `Sáng ${day}/${month}, ${organizer} tổ chức hội nghị quán triệt ${cited.map((d) => d.code).join(' và ')} (bài ${i}).`
  const body = [
    lead,
    `Đồng chí ${person} chủ trì hội nghị.`,
    `Các đại biểu đã thảo luận về việc triển khai thực hiện trong thời gian tới, mã bài ${i}.`,
  ]
  const text = [`${organizer} quán triệt ${main.code}`, ...body].join('\n\n')
  const span = (words: string) => {
    const start = Math.max(0, text.indexOf(words))
    return { span: { start, end: start + words.length }, sentence: lead, confidence: 0.9 }
  }
  const unique = [...new Map(cited.map((d) => [d.code, d])).values()]
  return {
    article: {
      title: `${organizer} quán triệt ${main.code}`,
      publishedAt: date,
      byline: 'Phóng viên',
      url: `https://bench.example/bai-${i}`,
      source: 'Báo mẫu',
      text,
      body,
      captions: [],
      contentHash: createHash('sha256').update(text).digest('hex'),
    },
    directives: unique,
    events: [
      {
        id: 'e1',
        kind,
        title: `Hội nghị quán triệt ${main.code}`,
        date,
        partOfDay: 'morning',
        organizer,
        location: null,
        province: null,
        directives: unique.map((d) => d.code),
        provenance: span('tổ chức hội nghị'),
      },
    ],
    organizations: [{ name: organizer, kind: 'party_committee', level: null, province: null }],
    people: [{ name: person, roles: ['Bí thư'] }],
    citations: unique.map((d) => ({
      directive: d.code,
      event: 'e1',
      verb: 'disseminates' as const,
      inferred: false,
      provenance: span(d.code),
    })),
    relations: [],
    participations: [{ person, event: 'e1', roles: ['Bí thư'], provenance: span(person) }],
  }
}
