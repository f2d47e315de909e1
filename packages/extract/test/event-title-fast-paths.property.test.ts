import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CITED_BEFORE,
  citedBefore,
  eventTitle,
  reportedClauseLength,
  shieldedRanges,
  withoutDangling,
} from '../src/event-title.ts'

// The words that end a name, their case variants and look-alikes, and what stands around them:
// marks, quotes, brackets, white space of several kinds, digits and days.
const WORDS = [
  ...['đã', 'Đã', 'ĐÃ', 'đang', 'sẽ', 'SẼ', 'ſẽ', 'vừa', 'được', 'là', 'nằm trong', 'diễn ra', 'do', 'tự do', 'DO'],
  ...['khai mạc', 'bế mạc', 'trọng thể', 'tại', 'TẠI', 'vào', 'từ', 'ngày', 'NGÀY', 'sáng', 'chiều', 'tối', 'trưa'],
  ...['lúc', 'dịp', 'nay', 'qua', 'hôm', 'thứ', 'theo', 'bằng', 'dưới', 'hình thức', 'nhằm', 'để', 'với', 'có', 'sự'],
  ...[
    'cho',
    'gồm',
    'hơn',
    'gần',
    'trên',
    'khoảng',
    'đồng chí',
    'ông',
    'bà',
    'đến',
    'toàn thể',
    'tất cả',
    'Ảnh:',
    'ảnh',
  ],
  ...['chủ đề', 'khẩu hiệu', 'tên gọi', 'tên', 'nội dung', 'về việc', 'và', 'của', 'cùng', 'trong', 'dành', 'việc'],
  ...['Hội nghị', 'sơ kết', 'Nghị quyết', 'số', '35-NQ/TW', '12/3', '9-7-2024', '20.10', '2025', 'İ', 'K', 'dO'],
  ...[':', ';', '.', ',', '-', '–', '“', '”', '"', '(', ')', '‘', '’', ' ', '  ', '\u00a0', '\t', '\n', '\u3000'],
]
const text = fc
  .array(fc.constantFrom(...WORDS), { maxLength: 30 })
  .chain((ws) =>
    fc
      .array(fc.constantFrom(' ', '', ' ', '\u00a0'), { minLength: ws.length, maxLength: ws.length })
      .map((gaps) => ws.map((w, i) => w + gaps[i]).join('')),
  )

describe('event title fast paths', () => {
  it('withoutDangling is the DANGLING replace', () => {
    const DANGLING =
      /(?:[\s,:–-]+(?:và|với|cùng|của|về|cho|đến|trong|theo|tại|về việc|với chủ đề|với nội dung|chủ đề|nội dung|ngày|dành))+[\s,:–-]*$|[\s,:;–-]+$/iu
    fc.assert(
      fc.property(text, (t) => {
        expect(withoutDangling(t)).toBe(t.replace(DANGLING, ''))
      }),
      { numRuns: 20000 },
    )
  })

  it('reportedClauseLength reads as before', () => {
    const CLAUSE_END = /;|\.\s|\s+nhằm\s|,\s+(?:với|thu hút|có sự)/u
    const before = (phrase: string) => {
      const clause = (phrase.split(CLAUSE_END, 1)[0] ?? '').trim().replace(/[,.]+$/u, '')
      return clause.length > 200 ? clause.slice(0, 199).trimEnd().length + 1 : clause.length
    }
    fc.assert(
      fc.property(text, fc.nat(300), (t, pad) => {
        const long = `${'Hội nghị '.repeat(pad % 40)}${t}`
        expect(reportedClauseLength(t)).toBe(before(t))
        expect(reportedClauseLength(long)).toBe(before(long))
      }),
      { numRuns: 5000 },
    )
  })

  it('titles are read from generated phrases without a throw', () => {
    fc.assert(
      fc.property(text, (t) => void eventTitle(t)),
      { numRuns: 2000 },
    )
  })
})

describe('citations before a day', () => {
  const CITING = [
    ...['Nghị quyết', 'NGHỊ QUYẾT', 'Quyết định', 'Kế hoạch', 'Đề án', 'Luật', 'Công văn', 'Chương trình', 'số', 'SỐ'],
    ...[
      '35-NQ/TW',
      '27-ĐA/QU',
      'NQ/TW',
      'của',
      'Của',
      'CỦA',
      'cua',
      'ủy',
      'Ủy',
      'Ban Bí thư',
      'từ',
      'TỪ',
      'đến',
      'Đến',
    ],
    ...['-', '–', '/', ',', ';', ' ', '  ', '\u00a0', '\n', '12', '2024', 'a', 'Hội nghị', 'tổ chức', 'ngày', 'x/y'],
  ]
  const before = fc
    .array(fc.constantFrom(...CITING), { maxLength: 20 })
    .chain((ws) =>
      fc
        .array(fc.constantFrom(' ', '', ' ', ', '), { minLength: ws.length, maxLength: ws.length })
        .map((gaps) => ws.map((w, i) => w + gaps[i]).join('')),
    )
  it('citedBefore is CITED_BEFORE', () => {
    fc.assert(
      fc.property(before, (t) => {
        expect(citedBefore(t)).toBe(CITED_BEFORE.test(t))
      }),
      { numRuns: 30000 },
    )
  })
  it('only `ủ` and `Ủ` are read as the `ủ` of `của`, only `/` as the slash', () => {
    for (let p = 0; p <= 0x10ffff; p++) {
      if (p >= 0xd800 && p <= 0xdfff) continue
      const c = String.fromCodePoint(p)
      if (/^ủ$/iu.test(c)) expect(['ủ', 'Ủ']).toContain(c)
      if (/^\/$/iu.test(c)) expect(c).toBe('/')
    }
  })
})

describe('quotes and brackets', () => {
  const PIECES = ['“', '”', '(', ')', '‘', '’', '"', 'Hội nghị ', 'a', ' ', 'x'.repeat(30), 'y'.repeat(7)]
  it('shieldedRanges within reach are those of the whole text that open before the clause ends', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.nat(250), (ps, reach) => {
        const t = ps.join('')
        const all = shieldedRanges(t)
        const open = all.find(([a, b]) => a < reach && b > reach)
        const end = (open?.[1] ?? reach - 40) + 40
        expect(shieldedRanges(t, reach)).toEqual(all.filter(([a]) => a < end))
      }),
      { numRuns: 20000 },
    )
  })
})
