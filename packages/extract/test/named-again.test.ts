import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const kinds = (text: string) => extractArticle(text).events.map((e) => e.kind)
const HELD = 'Sáng 26/12/2023, Liên đoàn Lao động tỉnh tổ chức Hội nghị trực tuyến.'

// A meeting reported by its head alone, then named again in full (`Tại Hội nghị quán triệt Nghị
// quyết ..., đại biểu nghe ...`): the activity word right after the head is what it did.
describe('a meeting named again with its activity', () => {
  it.each([
    [
      `${HELD} Tại Hội nghị quán triệt Nghị quyết Đại hội XIII Công đoàn Việt Nam, đại biểu nghe lãnh đạo Tổng Liên đoàn trình bày các chuyên đề.`,
      ['dissemination'],
    ],
    [
      `${HELD} Tại hội nghị học tập, quán triệt Nghị quyết Trung ương 8, các đại biểu nghe báo cáo viên trình bày.`,
      ['dissemination'],
    ],
    // counter-examples: a speaker who disseminates something at the meeting, no name again; other business
    [
      `${HELD} Tại hội nghị đồng chí Chủ tịch Liên đoàn Lao động tỉnh đã quán triệt một số nội dung của Nghị quyết.`,
      ['conference'],
    ],
    [`${HELD} Tại Hội nghị Ban Chấp hành, các đại biểu thảo luận chương trình công tác năm 2024.`, ['conference']],
    [`${HELD} Tại hội nghị này các đại biểu đã thông qua quy chế phối hợp.`, ['conference']],
  ])('“%s” reports %j', (text, expected) => {
    expect(kinds(text)).toEqual(expected)
  })
})
