import { describe, expect, it } from 'vitest'
import { findEvents } from '../src/events.ts'

const kinds = (text: string) => findEvents([{ start: 0, end: text.length, text }], [[]], undefined).map((e) => e.kind)

// `Hội nghị đã đánh giá công tác Đoàn và phong trào thanh niên ...` (a passage that opens with the
// meeting): a meeting that assessed a body's work reviewed it. Praise (`đánh giá cao`) or an
// assessment of something else leaves the meeting a meeting.
describe('a meeting that assessed a body’s work', () => {
  it.each([
    'Hội nghị đã đánh giá công tác Đoàn và phong trào thanh niên công nhân trong toàn tỉnh.',
    'Hội nghị đánh giá kết quả công tác Hội năm 2023 và triển khai nhiệm vụ năm 2024.',
    'Cuộc họp đã đánh giá công tác phòng chống dịch trong quý I.',
  ])('“%s” is a review', (text) => {
    expect(kinds(text)).toEqual(['review'])
  })

  it.each([
    'Hội nghị đã đánh giá cao những đóng góp của đoàn viên thanh niên công nhân.',
    'Hội nghị đã thảo luận về công tác Đoàn và phong trào thanh niên công nhân.',
  ])('“%s” is a conference', (text) => {
    expect(kinds(text)).toEqual(['conference'])
  })
})
