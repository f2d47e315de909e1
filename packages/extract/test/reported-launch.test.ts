import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

// A body's dated report that it sent a campaign's forces out (`ra quân`) is the campaign's launch.
describe('a launch reported by `ra quân`', () => {
  it.each([
    [
      'Sáng 5/6/2024, Đoàn Thanh niên xã Nam Anh ra quân chiến dịch Thanh niên tình nguyện hè 2024.',
      'Đoàn Thanh niên xã Nam Anh',
    ],
    ['Ngày 9/3/2025, Huyện đoàn Hương Sơn đã ra quân Tháng Thanh niên năm 2025.', 'Huyện đoàn Hương Sơn'],
  ])('“%s” is a launch by %s', (text, organizer) => {
    expect(extractArticle(text).events.map((e) => [e.kind, e.organizer])).toEqual([['launch', organizer]])
  })

  it.each([
    // no day: a habit
    'Hằng năm, Đoàn Thanh niên xã ra quân làm sạch môi trường.',
    // a campaign launched before, named again
    'Chiến dịch do Tỉnh đoàn ra quân từ năm 2020 tiếp tục được duy trì.',
  ])('“%s” reports no launch', (text) => {
    expect(extractArticle(text).events).toEqual([])
  })

  it('reads two launch verbs joined by `và` as one launch', () => {
    const text =
      'Ngày 12/3/2025, Tỉnh đoàn Quảng Trị đã phát động phong trào “Bình dân học vụ số” và ra quân Đội hình thanh niên tình nguyện hỗ trợ người dân.'
    expect(extractArticle(text).events.map((e) => e.kind)).toEqual(['launch'])
  })
})
