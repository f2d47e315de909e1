import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])

// A briefing (a reporters' conference, a news briefing) that announces a congress's or a plenum's
// results (`thông báo nhanh kết quả Đại hội ...`) disseminates them, as one that cites a
// directive does. A briefing that announces nothing of the kind stays a conference.
describe('a briefing that announces the results of a congress or a plenum', () => {
  it.each([
    'Sáng 28/1/2026, tại Hà Nội, Ban Tuyên giáo và Dân vận Trung ương tổ chức Hội nghị Báo cáo viên Trung ương toàn quốc theo hình thức trực tiếp kết hợp trực tuyến thông báo nhanh kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.',
    'Sáng 28/1/2026, Ban Tuyên giáo và Dân vận Trung ương tổ chức Hội nghị báo cáo viên thông báo kết quả Hội nghị Trung ương 5.',
    'Sáng 28/1/2026, Ban Tuyên giáo và Dân vận Trung ương tổ chức hội nghị thông tin thời sự, thông báo nhanh kết quả của Đại hội Đảng bộ tỉnh.',
  ])('“%s” is a dissemination', (text) => {
    expect(read(text)).toEqual([['dissemination', 'Ban Tuyên giáo và Dân vận Trung ương', '2026-01-28']])
  })

  it.each([
    'Sáng 28/1/2026, Ban Tuyên giáo và Dân vận Trung ương tổ chức Hội nghị Báo cáo viên Trung ương toàn quốc tháng 1.',
    // Results announced of something else than a congress or a plenum, or in a later clause.
    'Sáng 28/1/2026, Ban Tuyên giáo và Dân vận Trung ương tổ chức Hội nghị báo cáo viên thông báo kết quả công tác tháng 12.',
    'Sáng 28/1/2026, Ban Tuyên giáo và Dân vận Trung ương tổ chức Hội nghị báo cáo viên tháng 1; các tỉnh sẽ thông báo kết quả Đại hội sau.',
  ])('“%s” is a conference', (text) => {
    expect(read(text)).toEqual([['conference', 'Ban Tuyên giáo và Dân vận Trung ương', '2026-01-28']])
  })
})
