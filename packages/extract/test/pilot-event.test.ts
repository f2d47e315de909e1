import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const events = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.date, e.organizer])

// A pilot held for others to follow (`tổ chức điểm ...`): `điểm` stands between the holding verb
// and the event's name as a manner does, before a quotation mark or not.
describe('an event held as a pilot', () => {
  it.each([
    [
      'Chiều ngày 09/11/2014 tại thôn Vĩnh Đại, xã Đức Vĩnh, Ủy ban MTTQ Việt Nam huyện Đức Thọ tổ chức điểm “Ngày hội Đại đoàn kết toàn dân tộc”.',
      [['other', '2014-11-09', 'Ủy ban MTTQ Việt Nam huyện Đức Thọ']],
    ],
    [
      'Sáng 12/5/2024, Huyện ủy tổ chức điểm hội nghị quán triệt Nghị quyết số 57-NQ/TW.',
      [['dissemination', '2024-05-12', 'Huyện ủy']],
    ],
    // a manner before a quotation mark
    [
      'Sáng 12/5/2024, Huyện đoàn tổ chức long trọng “Lễ kỷ niệm 50 năm ngày thành lập”.',
      [['ceremony', '2024-05-12', 'Huyện đoàn']],
    ],
  ])('“%s”', (text, expected) => {
    expect(events(text)).toEqual(expected)
  })

  it.each([
    // a place, a roll call, a pilot planned
    'Sáng 12/5/2024, Trạm Y tế xã tổ chức điểm tiêm vắc xin cho trẻ em.',
    'Sáng 12/5/2024, Nhà trường tổ chức điểm danh học sinh.',
    'Huyện ủy sẽ tổ chức điểm hội nghị quán triệt Nghị quyết vào tháng 6.',
  ])('“%s” reports no event', (text) => {
    expect(extractArticle(text).events).toEqual([])
  })
})
