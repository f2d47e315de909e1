import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

// A body's dated report that it met (`X họp ...`) is its sitting: a conference.
describe('a body’s meeting reported by `họp`', () => {
  it.each([
    [
      'Sáng 7/12/2024, Ban Thường vụ Thành ủy Cần Thơ họp cho ý kiến về công tác chuẩn bị Đại hội.',
      'Ban Thường vụ Thành ủy Cần Thơ',
      '2024-12-07',
    ],
    [
      'Ngày 18/9/2017, Bộ Chính trị họp cho ý kiến về các đề án trình Hội nghị Trung ương 8.',
      'Bộ Chính trị',
      '2017-09-18',
    ],
    [
      'Chiều 12/1/2024, UBND tỉnh họp rà soát công tác chuẩn bị Hội nghị công bố Quy hoạch tỉnh.',
      'UBND tỉnh',
      '2024-01-12',
    ],
  ])('“%s” is a conference of %s on %s', (text, organizer, date) => {
    const events = extractArticle(text).events
    expect(events.map((e) => [e.kind, e.organizer, e.date])).toEqual([['conference', organizer, date]])
  })

  it.each([
    // a get-together, a meeting to discuss, one with an event's board: other kinds
    ['Ngày 3/2/2024, Hội Cựu chiến binh xã họp mặt kỷ niệm 94 năm Ngày thành lập Đảng.', 'ceremony'],
    ['Ngày 10/5/2024, UBND tỉnh họp Ban Tổ chức hội thảo quốc tế.', 'other'],
  ])('“%s” is of kind %s', (text, kind) => {
    expect(extractArticle(text).events.map((e) => e.kind)).toEqual([kind])
  })

  it.each([
    // no day: a body's habit
    'Ban Thường vụ Tỉnh ủy họp định kỳ mỗi tháng một lần.',
    // a duty, not a report
    'Ngày 7/12/2024, Thường trực Tỉnh ủy yêu cầu các sở họp bàn giải pháp.',
  ])('“%s” reports no meeting', (text) => {
    expect(extractArticle(text).events).toEqual([])
  })
})
