import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.date])

// `A chỉ đạo B ... đã tổ chức ...`: the body directed held the event (a report, not a plan); and an
// event's name may stand apart from its opening quotation mark (`“ Hội thi ...”`).
describe('an event held by the body directed, and a quoted name set apart', () => {
  it.each([
    [
      'Ngày 1/11/2018, Nhà trường chỉ đạo Chi đoàn cùng Liên đội Trường Tiểu học Đông Ba đã tổ chức Hội thi nhớ ơn thầy cô.',
      'contest',
    ],
    ['Ngày 1/11/2018, Chi đoàn Trường Tiểu học Đông Ba đã tổ chức “ Hội thi nhớ ơn thầy cô” cho học sinh.', 'contest'],
    ['Sáng 12/4/2024, Huyện ủy Tân Châu tổ chức “ Hội nghị học tập, quán triệt Nghị quyết 57-NQ/TW”.', 'dissemination'],
  ])('“%s” is a %s', (text, kind) => {
    expect(read(text).map((e) => e[0])).toEqual([kind])
  })

  it.each([
    // directed to hold: an instruction
    'Ngày 12/4/2024, Ban Thường vụ Huyện ủy chỉ đạo các chi bộ tổ chức Hội nghị quán triệt Nghị quyết 57-NQ/TW.',
    'Ngày 12/4/2024, Ban Thường vụ Huyện ủy chỉ đạo Đảng ủy xã An Bình tổ chức Hội nghị quán triệt Nghị quyết 57-NQ/TW.',
  ])('“%s” reports no event', (text) => {
    expect(read(text)).toEqual([])
  })
})
