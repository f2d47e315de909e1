import fs from 'node:fs'
import path from 'node:path'
import type { Directive } from '@vanban/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { FoundEvent } from '../src/events.ts'
import {
  eventCitations,
  extractArticle,
  locate,
  relationRecords,
  selfDocument,
  verbsOfMentions,
} from '../src/extract.ts'
import { COUNTED_LETTERS, countedBodies } from '../src/issuing-bodies.ts'
import { splitSentences } from '../src/sentences.ts'

// Words of sentences that state relations, issue documents, count them and report events, so
// that the readings the gates skip meet what they look for.
const word = fc.constantFrom(
  ...['Thực hiện', 'thực hiện', 'Triển khai', 'ban hành', 'đã ban hành', 'xây dựng', 'thay thế', 'sửa đổi', 'này'],
  ...['Quyết định', 'Nghị quyết', 'Chỉ thị', 'Kế hoạch', 'Hướng dẫn', 'Kết luận', 'Văn bản', 'số', 'toàn văn'],
  ...['35-NQ/TW', '13/2023/NĐ-CP', '44-KH/ĐU', '78-KH/HU', 'Số:', 'nguyên văn', 'trích nguyên', 'của', 'Bộ'],
  ...['Chính trị', 'Ban Thường vụ', 'Tỉnh ủy', 'Đảng ủy xã', 'tổ chức', 'Hội nghị', 'quán triệt', 'và', 'cùng'],
  ...['3', 'ba', '2', 'hai', '01', 'nghị quyết', 'chỉ thị', 'kết luận', 'quy định', 'hướng dẫn', 'quan trọng', 'về'],
  ...['Ngày 03/5/2021', 'ngày 24/11/2022', 'Trung ương', 'khóa XIII', 'lần thứ sáu'],
)
const gap = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '; ', ': ', '\n')
const text = fc
  .array(fc.tuple(word, gap), { minLength: 1, maxLength: 60 })
  .map((parts) => parts.flat().join('').trim())
  .filter((t) => t.length > 0)
const code = fc.constantFrom('35-NQ/TW', '13/2023/NĐ-CP', '44-KH/ĐU', '78-KH/HU', '05-CT/TW')
const directive = fc.record({
  code,
  issuedOn: fc.constantFrom(null, '2021-05-03', '2022-11-24'),
  issuingBody: fc.constantFrom(null, 'Bộ Chính trị', 'Ban Thường vụ Tỉnh ủy'),
})

const sentencesOf = (t: string) => splitSentences({ start: 0, end: t.length, text: t })

describe('the records of a text that cites nothing', () => {
  it('hold no relation: every reading of relationRecords needs a mention', () => {
    fc.assert(
      fc.property(text, fc.array(directive, { maxLength: 4 }), fc.boolean(), (t, directives, titled) => {
        const sentences = sentencesOf(t)
        const title = titled ? (sentences[0] ?? null) : null
        const at = locate(t, sentences, sentences)
        const self = selfDocument(t, title, [])
        expect(self).toBeNull()
        const records = relationRecords(
          sentences,
          sentences.map(() => []),
          [],
          directives as unknown as Directive[],
          self,
          at,
          [],
        )
        expect(records).toEqual([])
      }),
      { numRuns: 500 },
    )
  })

  it('hold no event citation: an event cites a directive only at a mention of it', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.record({ directives: fc.array(code, { maxLength: 3 }), sentence: fc.nat(20) }), { maxLength: 5 }),
        (t, events) => {
          const sentences = sentencesOf(t)
          const at = locate(t, sentences, sentences)
          const found = events.map((e) => ({ ...e, kind: 'meeting' }) as unknown as FoundEvent)
          expect(eventCitations(found, [], new Map(), at, verbsOfMentions(at))).toEqual([])
        },
      ),
      { numRuns: 500 },
    )
  })
})

// Documents counted by type and given a body (`3 nghị quyết và 1 hướng dẫn của Bộ Chính trị`), in prose.
const count = fc.constantFrom('1', '3', '02', 'một', 'hai', 'ba', 'Năm')
const countedType = fc.constantFrom('nghị quyết', 'Chỉ thị', 'kết luận', 'quy định', 'Hướng dẫn', 'kế hoạch')
const counted = fc
  .tuple(
    text,
    fc.array(fc.tuple(count, countedType), { minLength: 1, maxLength: 3 }),
    fc.constantFrom(' của Bộ Chính trị', ' Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII', ' về'),
    text,
  )
  .map(([before, counts, body, after]) => `${before} ${counts.map((c) => c.join(' ')).join(' và ')}${body}. ${after}`)

describe('counted bodies', () => {
  it('count only the types fillCountedBodies asks a body-less directive for', () => {
    fc.assert(
      fc.property(fc.oneof(text, counted), (t) => {
        for (const { counts } of countedBodies(t))
          for (const type of counts.keys()) expect(COUNTED_LETTERS).toContain(type)
      }),
      { numRuns: 1000 },
    )
  })
})

describe('the records of a text with events and citations', () => {
  // A report of one event (`Huyện ủy sơ kết Nghị quyết 35`): the gates pass it to every reading.
  const fixture = path.join(
    path.dirname(import.meta.dirname),
    'fixtures/articles/f03_huyen-uy-so-ket-nghi-quyet-35.txt',
  )
  it('keep its one event citation and its participations', () => {
    const x = extractArticle(fs.readFileSync(fixture, 'utf8'))
    expect(x.events).toHaveLength(1)
    expect(x.citations.filter((c) => c.event === 'e1')).toHaveLength(1)
    expect(x.participations.length).toBeGreaterThan(0)
  })
})
