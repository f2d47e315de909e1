import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const events = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.date, e.organizer])

// A body's dated discussion (`Chiều 20/5, ..., Ban Thường vụ Tỉnh ủy thảo luận về đề cương ...`):
// the meeting held that day, a conference.
describe('a body that discussed on a dated day', () => {
  it.each([
    [
      'Chiều ngày 20/5/2024, dưới sự chủ trì của đồng chí Ngô Đông Hải, Phó Bí thư thường trực Tỉnh ủy, Ban Thường vụ Tỉnh ủy thảo luận về đề cương nghiên cứu lịch sử.',
      [['conference', '2024-05-20', 'Ban Thường vụ Tỉnh ủy']],
    ],
    [
      'Sáng 12/5/2024, Ban Chấp hành Đảng bộ tỉnh thảo luận, cho ý kiến vào dự thảo Báo cáo chính trị.',
      [['conference', '2024-05-12', 'Ban Chấp hành Đảng bộ tỉnh']],
    ],
  ])('“%s”', (text, expected) => {
    expect(events(text)).toEqual(expected)
  })

  it.each([
    // delegates are no body; a plan
    'Sáng 12/5/2024, các đại biểu thảo luận về dự thảo Báo cáo chính trị.',
    'Ban Thường vụ Tỉnh ủy sẽ thảo luận về đề cương vào tháng 6.',
  ])('“%s” reports no event', (text) => {
    expect(extractArticle(text).events).toEqual([])
  })

  it('the discussion at a meeting reported before is that meeting', () => {
    expect(
      events('Sáng 12/5/2024, Huyện ủy tổ chức hội nghị. Các đại biểu đã thảo luận về dự thảo Báo cáo chính trị.'),
    ).toEqual([['conference', '2024-05-12', 'Huyện ủy']])
  })
})
