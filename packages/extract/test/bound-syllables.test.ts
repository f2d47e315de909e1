import { describe, expect, it } from 'vitest'
import { classifyEvent } from '../src/event-kinds.ts'

// The `hội` that closes `đại hội` opens no phrase of its own: `Đại hội thi đua yêu nước` is a
// congress (of emulation), not a `hội thi`. A `hội` that stands first still opens one.
describe('a syllable bound into a word of two', () => {
  it.each([
    ['Đại hội thi đua yêu nước của Hội Cựu chiến binh Việt Nam', 'conference'],
    ['Đại hội Thi đua yêu nước toàn quốc lần thứ XI', 'conference'],
    ['đại hội thi đua quyết thắng lực lượng vũ trang tỉnh', 'conference'],
    // counter-examples: `hội thi` written as the event's own head, or after another word
    ['Hội thi cán bộ Đoàn giỏi năm 2024', 'contest'],
    ['tổ chức Hội thi Bí thư chi bộ giỏi', 'contest'],
    ['Ngày hội thi tài năng nhí', 'contest'],
    ['Lễ tổng kết Hội thi giáo viên dạy giỏi', 'ceremony'],
  ])('“%s” is a %s', (phrase, kind) => {
    expect(classifyEvent(phrase)).toBe(kind)
  })
})
