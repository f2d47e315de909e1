import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

// A first line whose sentence after a full stop opens with a time cue is the lead, not a title:
// `Thực hiện Kế hoạch số ... ngày 01/10/2020. Từ ngày 19-22/10/2020, tại trường ... đã diễn ra
// Hội thi ...`. Its event is read as the body's.
describe('a lead printed on the first line', () => {
  it('is no title, and reports its event', () => {
    const x = extractArticle(
      [
        'Thực hiện Kế hoạch số 112/KH-THCSHT ngày 01/10/2020. Từ ngày 19-22/10/2020, tại trường THCS Hợp Tiến đã diễn ra Hội thi giáo viên dạy giỏi cấp trường năm học 2020 - 2021',
        '',
        'Năm học 2020-2021 là năm học đầu tiên ngành thực hiện đổi mới công tác tổ chức Hội thi.',
      ].join('\n'),
    )
    expect(x.article.title).toBeNull()
    expect(x.events.map((e) => [e.kind, e.date])).toEqual([['contest', '2020-10-19']])
  })

  it.each([
    // a full stop with no time cue after it; a cue within the first sentence
    'Hội nghị quán triệt Nghị quyết 57-NQ/TW. Nhiều cách làm mới ở cơ sở',
    'Tổng kết năm học 2023-2024. Hướng tới năm học mới',
    'Huyện ủy Gio Linh: Ngày 9/12 tổ chức hội nghị quán triệt Nghị quyết',
  ])('“%s” stays the title', (title) => {
    const x = extractArticle([title, '', 'Nội dung bài viết về công tác tuyên giáo ở cơ sở.'].join('\n'))
    expect(x.article.title).toBe(title)
  })
})
