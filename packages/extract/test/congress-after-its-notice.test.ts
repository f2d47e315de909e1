import { describe, expect, it } from 'vitest'
import { findEvents } from '../src/events.ts'
import { paragraphs } from './piece.ts'

function read(...texts: string[]) {
  const pieces = paragraphs(...texts)
  return findEvents(
    pieces,
    pieces.map(() => []),
    '2026-01-28',
  ).map((e) => [e.kind, e.date === null ? null : `${e.date.year}-${e.date.month}-${e.date.day}`])
}

// After a briefing that announced a congress's results, `Theo “Thông báo nhanh kết quả Đại hội
// ...”, Đại hội diễn ra từ ngày 19/01/2026 ...` reports the congress: the quick notice is its
// source (issued once it is over), and a bare `Đại hội` refers back only to a congress reported.
describe('a congress reported after the briefing on its results', () => {
  const briefing =
    'Sáng 28/1, Ban Tuyên giáo và Dân vận Trung ương tổ chức Hội nghị Báo cáo viên toàn quốc thông báo nhanh kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.'

  it('the congress is a second event', () => {
    expect(
      read(
        briefing,
        'Theo “Thông báo nhanh kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng”, Đại hội diễn ra từ ngày 19/01/2026 đến ngày 23/01/2026 tại Thủ đô Hà Nội.',
      ),
    ).toEqual([
      ['dissemination', '2026-1-28'],
      ['conference', '2026-1-19'],
    ])
  })

  it.each([
    // After a congress reported, the bare head is that congress.
    [
      'Sáng 19/1, Đại hội đại biểu toàn quốc lần thứ XIV của Đảng khai mạc tại Hà Nội.',
      'Theo đó, Đại hội diễn ra từ ngày 19/01/2026 đến ngày 23/01/2026 tại Thủ đô Hà Nội.',
      [['conference', '2026-1-19']],
    ],
    // Another source than the quick notice opens no report.
    [
      briefing,
      'Theo kế hoạch, Đại hội diễn ra từ ngày 19/01/2026 đến ngày 23/01/2026 tại Thủ đô Hà Nội.',
      [['dissemination', '2026-1-28']],
    ],
  ])('“%s” then “%s”', (first, second, expected) => {
    expect(read(first, second)).toEqual(expected)
  })
})
