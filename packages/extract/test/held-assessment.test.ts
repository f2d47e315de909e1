import { describe, expect, it } from 'vitest'
import { classifyEvent } from '../src/event-kinds.ts'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])

// `X tổ chức đánh giá kết quả thực hiện ... năm 2016`: holding the assessment of a period's
// results reviews it. The words decide only where they open the event's name; later in it they
// tell what a meeting did (`phiên họp thường kỳ ... nhằm đánh giá kết quả công tác tháng 12`).
describe('an assessment of results held', () => {
  it.each([
    [
      'Sáng 1/3/2017, Ban Chỉ đạo Cuộc vận động thành phố tổ chức đánh giá kết quả thực hiện cuộc vận động năm 2016 và triển khai nhiệm vụ năm 2017.',
      'Ban Chỉ đạo Cuộc vận động thành phố',
      '2017-03-01',
    ],
    [
      'Ngày 12/1/2024, Hội Nông dân huyện tổ chức đánh giá kết quả công tác Hội năm 2023.',
      'Hội Nông dân huyện',
      '2024-01-12',
    ],
  ])('“%s” is a review', (text, organizer, date) => {
    expect(read(text)).toEqual([['review', organizer, date]])
  })

  it.each([
    ['đánh giá kết quả thực hiện cuộc vận động năm 2016', 'review'],
    ['Hội nghị đánh giá kết quả 2 năm thực hiện Đề án', 'review'],
    ['phiên họp thường kỳ tháng 12 nhằm đánh giá kết quả công tác tháng 12', 'conference'],
    ['Hội nghị lần thứ 8 (mở rộng), đánh giá kết quả công tác Hội', 'conference'],
  ])('“%s” names a %s', (name, kind) => {
    expect(classifyEvent(name)).toBe(kind)
  })

  it.each([
    'Hằng năm, Ban Chỉ đạo Cuộc vận động thành phố tổ chức đánh giá kết quả thực hiện cuộc vận động.',
    'Các chi bộ cần tổ chức đánh giá kết quả thực hiện nghị quyết.',
    'Ngày 12/1/2024, các xã đã tổ chức đánh giá kết quả công tác Hội năm 2023.',
  ])('“%s” reports no event', (text) => {
    expect(read(text)).toEqual([])
  })
})
