import { describe, expect, it } from 'vitest'
import { classifyEvent } from '../src/event-kinds.ts'
import { extractArticle } from '../src/index.ts'

const kinds = (text: string) => extractArticle(text).events.map((e) => e.kind)

// A congress presents the bodies it elected for its term (`ra mắt Ban Chấp hành khóa VI`): a step of
// the congress, not a launch. Presenting anything else (a club, a model, a book) launches it.
describe('presenting an elected body', () => {
  it.each([
    ['phiên bế mạc và ra mắt Ban Chấp hành Trung ương Hội khóa VI', 'conference'],
    ['Đại hội và ra mắt BCH khóa mới', 'conference'],
    ['phiên họp ra mắt Ban Thường vụ nhiệm kỳ 2025-2030', 'conference'],
    // counter-examples: what is presented is no elected body
    ['Lễ ra mắt Câu lạc bộ nông dân sản xuất giỏi', 'launch'],
    ['ra mắt mô hình “Dân vận khéo”', 'launch'],
    ['Lễ ra mắt Ban chủ nhiệm Câu lạc bộ', 'launch'],
  ])('the name “%s” is a %s', (phrase, kind) => {
    expect(classifyEvent(phrase)).toBe(kind)
  })

  it.each([
    [
      'Sáng 15/12/2017, Đại hội Hội Cựu chiến binh tỉnh đã họp phiên bế mạc và ra mắt Ban Chấp hành khóa VI. Đại hội đã ra mắt Ban Chấp hành khóa VI gồm 35 đồng chí.',
      ['conference'],
    ],
    ['Ngày 20/5/2023, Đại hội Đoàn xã bế mạc. Đại hội đã ra mắt Ban Chấp hành khóa mới.', ['conference']],
    // counter-examples: a club presented at a meeting, or on its own day, is launched
    [
      'Ngày 20/5/2023, Hội Phụ nữ xã tổ chức hội nghị tổng kết. Tại hội nghị, Hội ra mắt Câu lạc bộ phụ nữ.',
      ['review', 'launch'],
    ],
    ['Ngày 15/12/2017, Hội Nông dân xã ra mắt Câu lạc bộ nông dân.', ['launch']],
  ])('“%s” reports %j', (text, expected) => {
    expect(kinds(text)).toEqual(expected)
  })
})

// A closing sitting's name closes what follows the closing verb (`bế giảng lớp bồi dưỡng`, `bế mạc
// Hội thi`); what is joined to it by `và` (`phiên bế mạc và bầu Ban Chấp hành khóa VI`) is another
// act of the sitting, not a course or a contest it closes.
describe('what a closing sitting closes', () => {
  it.each([
    ['Sáng 15/12/2017, Đại hội Hội Cựu chiến binh đã họp phiên bế mạc và bầu Ban Chấp hành khóa VI.', ['conference']],
    // counter-examples: the course or the contest named right after the closing verb is closed
    [
      'Sáng 20/11/2019, Trường Chính trị tỉnh tổ chức lễ bế giảng lớp bồi dưỡng kết nạp Đảng.',
      ['training', 'ceremony'],
    ],
    ['Sáng 20/11/2019, Trường THCS A tổ chức bế mạc và trao giải Hội thi giáo viên dạy giỏi.', ['contest', 'ceremony']],
  ])('“%s” reports %j', (text, expected) => {
    expect(kinds(text)).toEqual(expected)
  })
})
