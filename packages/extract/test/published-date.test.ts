import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'
import { parseSourcePrefix } from '../src/published-date.ts'

// Date lines and metadata fragments are read by @vanban/core (its publication-date tests); the extractor keeps
// the source prefix of a lead.
describe('parseSourcePrefix', () => {
  it('reads the source in brackets before the lead', () => {
    expect(parseSourcePrefix('(Chinhphu.vn) - Chiều 2/3, ...')?.source).toBe('Chinhphu.vn')
  })
  it('takes parts of day joined by a dash for no source', () => {
    expect(parseSourcePrefix('Sáng - Chiều')).toBeNull()
  })
  // With no dash: a newsroom's initials or a domain in brackets before a capital.
  it.each([
    ['(CTG) Sáng ngày 12/10, tại Cung Thiếu nhi Hà Nội, ...', 'CTG'],
    ['(TTXVN) Chiều 3/2, ...', 'TTXVN'],
    ['(Chinhphu.vn) Chiều 2/3, ...', 'Chinhphu.vn'],
  ])('reads the source in brackets with no dash: %s', (text, source) => {
    expect(parseSourcePrefix(text)?.source).toBe(source)
  })
  it.each([
    '(1) Hội nghị quán triệt Nghị quyết ...',
    '(Ảnh minh họa) Sáng 12/10, ...',
    '(UBND) tỉnh đã ban hành ...',
    '(HĐND tỉnh) Sáng 12/10, ...',
  ])('reads no source in “%s”', (text) => {
    expect(parseSourcePrefix(text)).toBeNull()
  })
})

// A lead opened by a bracketed source with no dash is read from its time cue.
describe('a lead after a bracketed source', () => {
  it('reports its dated event', () => {
    const x = extractArticle(
      '(CTG) Sáng 12/10/2024, Thành Đoàn Hà Nội triển khai Ngày hội Thầy thuốc trẻ làm theo lời Bác 2024.',
    )
    expect(x.events.map((e) => [e.kind, e.date, e.organizer])).toEqual([['other', '2024-10-12', 'Thành Đoàn Hà Nội']])
  })
})
