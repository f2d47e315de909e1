import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.date])

// A dated report that someone chaired a ceremony (`chủ trì lễ ...`) reports the ceremony, as one
// that someone chaired a meeting (`chủ trì hội nghị`) reports the meeting.
describe('a ceremony reported by who chaired it', () => {
  it.each([
    [
      'Sáng 5/9/2023, Hiệu trưởng Trường Tiểu học Kim Đồng Nguyễn Văn An chủ trì lễ khai giảng năm học mới.',
      'ceremony',
    ],
    [
      'Sáng 3/2/2024, đồng chí Nguyễn Văn An, Bí thư Huyện ủy Tân Châu chủ trì Lễ kỷ niệm 94 năm Ngày thành lập Đảng.',
      'ceremony',
    ],
    ['Chiều 12/4/2024, đồng chí Trần Văn Bình, Bí thư Tỉnh ủy chủ trì Lễ ra mắt Câu lạc bộ Doanh nhân trẻ.', 'launch'],
  ])('“%s” is a %s', (text, kind) => {
    expect(read(text).map((e) => e[0])).toEqual([kind])
  })

  it.each([
    // no time cue: more of an event already reported
    'Đồng chí Nguyễn Văn An, Bí thư Huyện ủy chủ trì Lễ kỷ niệm 94 năm Ngày thành lập Đảng.',
    // `buổi lễ` refers back to the ceremony reported
    'Sáng 3/2/2024, đồng chí Nguyễn Văn An, Bí thư Huyện ủy chủ trì buổi lễ.',
  ])('“%s” reports no ceremony of its own', (text) => {
    expect(read(text)).toEqual([])
  })
})
