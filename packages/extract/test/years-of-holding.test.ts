import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const kinds = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer])

// `Tổng kết 20 năm tổ chức Ngày hội Đại đoàn kết toàn dân tộc`: after a span of years (or a round,
// `đợt`) the holding verb is a noun's (the years of holding the festival), so the event reported
// is the review held, not a festival.
describe('years of holding an event', () => {
  it('the review of the years is read, not the festival', () => {
    expect(
      kinds(
        'Chiều 16/6/2023, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hải Dương tổ chức Hội nghị tổng kết 20 năm tổ chức Ngày hội Đại đoàn kết toàn dân tộc.',
      ),
    ).toEqual([['review', 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hải Dương']])
  })

  it.each([
    'Sau 10 năm tổ chức Hội thi, phong trào đã lan rộng khắp các xã.',
    'Qua đợt tổ chức kỷ niệm 93 năm Ngày thành lập Hội, Hội Phụ nữ xã vận động được 20 suất quà.',
  ])('“%s” reports no event', (text) => {
    expect(kinds(text)).toEqual([])
  })

  it('a year opening the sentence still dates the report', () => {
    expect(kinds('Năm 2023, Ủy ban MTTQ tỉnh tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại thôn Đông.')).toEqual([
      ['other', 'Ủy ban MTTQ tỉnh'],
    ])
  })
})
