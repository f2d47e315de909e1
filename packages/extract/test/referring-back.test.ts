import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const kinds = (text: string) => extractArticle(text).events.map((e) => e.kind)

// After an event is reported, a sentence that opens with its bare head and a passive verb (`Hội
// nghị diễn ra trong 2 ngày 12 và 13/4`) tells more of it, whatever kind the event was.
describe('a bare head after a report refers back to its event', () => {
  it.each([
    [
      'Ngày 12/4/2024, Tỉnh ủy Bắc Ninh tổ chức Hội nghị quán triệt Nghị quyết 57-NQ/TW. Hội nghị được tổ chức từ ngày 12 đến 13/4 theo hình thức trực tiếp kết hợp trực tuyến.',
      ['dissemination'],
    ],
    [
      'Sáng 12/4/2024, Huyện ủy Tân Châu tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW. Hội nghị diễn ra vào sáng 12/4 tại Hội trường Huyện ủy.',
      ['review'],
    ],
    [
      'Sáng 3/2/2024, Huyện ủy Tân Châu tổ chức Lễ kỷ niệm 94 năm Ngày thành lập Đảng. Buổi lễ diễn ra vào sáng 3/2 tại Nhà văn hóa huyện.',
      ['ceremony'],
    ],
  ])('“%s” reports %j', (text, expected) => {
    expect(kinds(text)).toEqual(expected)
  })

  it.each([
    // a contest opened before its closing ceremony is reported: an event of its own
    [
      'Chiều 18/3/2022, Hội thi Báo cáo viên giỏi toàn quốc đã tiến hành lễ bế mạc, trao giải cho các thí sinh. Hội thi khai mạc từ sáng 17/3.',
      ['ceremony', 'contest'],
    ],
    // a named event after another: its own
    [
      'Sáng 12/4/2024, Huyện ủy Tân Châu tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW. Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 20 diễn ra vào chiều 12/4.',
      ['review', 'conference'],
    ],
  ])('“%s” reports %j', (text, expected) => {
    expect(kinds(text)).toEqual(expected)
  })
})
