import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

// Holding an event with a deadline set, and no day of its own, instructs; a dated report stays one.
describe('holding with a deadline', () => {
  it.each([
    'Sau hội nghị này, các cấp ủy tổ chức hội nghị quán triệt đến cán bộ, đảng viên, hoàn thành trước ngày 30/11/2024.',
    'Các chi bộ tổ chức sinh hoạt chuyên đề năm 2024, chậm nhất vào ngày 15/12/2024.',
  ])('“%s” reports no event', (text) => {
    expect(extractArticle(text).events).toEqual([])
  })

  it('reads a dated report whose request sets a deadline', () => {
    const text =
      'Ngày 5/3/2024, Huyện ủy Nam Đàn tổ chức Hội nghị quán triệt Nghị quyết số 57-NQ/TW, yêu cầu các chi bộ hoàn thành việc học tập trước ngày 30/3/2024.'
    expect(extractArticle(text).events.map((e) => [e.kind, e.date])).toEqual([['dissemination', '2024-03-05']])
  })

  it('reads a report of a meeting lately held whose request sets a deadline (Vừa qua)', () => {
    const text =
      'Vừa qua, Huyện ủy Tân Thạnh tổ chức hội nghị triển khai kế hoạch, yêu cầu các chi bộ hoàn thành trước ngày 30/4.'
    expect(extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])).toEqual([
      ['dissemination', 'Huyện ủy Tân Thạnh', null],
    ])
  })
})
