import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

// An opening clause of purpose or circumstance before a dated report: its plan-like words (`để`,
// `chỉ đạo`, `không`, `sự đồng ý`) are not the report's.
describe('a dated report after an aside', () => {
  it.each([
    'Được sự đồng ý của Ban Thường vụ Tỉnh ủy, ngày 12/3/2024, Huyện ủy Nam Đàn tổ chức Hội nghị học tập chuyên đề năm 2024.',
    'Được sự cho phép của Ban Thường vụ Tỉnh ủy, ngày 12/3/2024, Huyện ủy Nam Đàn tổ chức Hội nghị học tập chuyên đề năm 2024.',
    'Được sự quan tâm, chỉ đạo của Ban Thường vụ Tỉnh ủy, ngày 12/3/2024, Huyện ủy Nam Đàn tổ chức Hội nghị học tập chuyên đề năm 2024.',
    'Nhằm giúp cán bộ, đảng viên nắm vững nội dung để triển khai thực hiện có hiệu quả, ngày 12/3/2024, Huyện ủy Nam Đàn tổ chức Hội nghị học tập chuyên đề năm 2024.',
    'Với tinh thần khẩn trương, không để chậm trễ, sáng 12/3/2024, Huyện ủy Nam Đàn tổ chức Hội nghị học tập chuyên đề năm 2024.',
  ])('“%s” reports the meeting of 12/3', (text) => {
    const events = extractArticle(text).events
    expect(events.map((e) => [e.organizer, e.date])).toEqual([['Huyện ủy Nam Đàn', '2024-03-12']])
  })

  it.each([
    // a plan stays a plan, whatever comes before the date
    'Theo kế hoạch, ngày 20/3/2024, Huyện ủy Nam Đàn tổ chức Hội nghị học tập chuyên đề năm 2024.',
    'Dự kiến, ngày 20/3/2024, Huyện ủy Nam Đàn tổ chức Hội nghị học tập chuyên đề năm 2024.',
    'Nhằm chuẩn bị chu đáo, ngày 20/3/2024, Huyện ủy Nam Đàn sẽ tổ chức Hội nghị học tập chuyên đề năm 2024.',
    // consent to hold one is no report that it was held
    'Ban Thường vụ Tỉnh ủy đồng ý để Huyện ủy Nam Đàn tổ chức Hội nghị học tập chuyên đề năm 2024.',
  ])('“%s” reports no event', (text) => {
    expect(extractArticle(text).events).toEqual([])
  })
})
