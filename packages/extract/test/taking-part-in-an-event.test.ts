import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.date])

// `Sáng 15/6/2024, hơn 200 đoàn viên thanh niên tham gia lễ ra quân Chiến dịch ...`: taking part in
// an event on a dated day tells that it took place, as attending it (`dự`) does. Those called,
// invited or planned to take part report no event held.
describe('taking part in an event on a dated day', () => {
  it.each([
    [
      'Sáng 15/6/2024, hơn 200 đoàn viên thanh niên tham gia lễ ra quân Chiến dịch Thanh niên tình nguyện hè.',
      'launch',
    ],
    ['Ngày 20/3/2024, 12 đội thi đã tham gia Hội thi tìm hiểu lịch sử Đoàn.', 'contest'],
  ])('“%s” reports a %s', (text, kind) => {
    expect(read(text)).toEqual([[kind, text.startsWith('Sáng 15/6') ? '2024-06-15' : '2024-03-20']])
  })

  it.each([
    'Ngày 1/7/2024, Tỉnh đoàn kêu gọi đoàn viên tham gia Hội thi tìm hiểu lịch sử Đoàn.',
    'Ngày 1/7/2024, Tỉnh đoàn ban hành kế hoạch tham gia Hội thi tìm hiểu lịch sử Đoàn.',
    'Ngày 1/7/2024, Ban Tổ chức mời đại biểu dự Hội nghị tổng kết.',
    'Ngày 1/7/2024, 500 đoàn viên đã tham gia các buổi sinh hoạt chuyên đề.',
    'Hơn 200 đoàn viên thanh niên tham gia lễ ra quân Chiến dịch Thanh niên tình nguyện hè.',
  ])('“%s” reports no event', (text) => {
    expect(read(text)).toEqual([])
  })
})
