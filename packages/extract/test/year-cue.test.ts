import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])

// A year set off by its comma at a sentence's start (`Năm 2023, ...`, `Trong năm 2023, ...`) dates
// what the sentence reports to the year, and is no part of its organiser's name.
describe('a year opening a report', () => {
  it.each([
    [
      'Năm 2023, Huyện ủy Tân Châu tổ chức Hội nghị sơ kết 10 năm thực hiện Chỉ thị 05-CT/TW.',
      'review',
      'Huyện ủy Tân Châu',
    ],
    [
      'Trong năm 2023, Đảng ủy xã An Bình tổ chức Hội nghị quán triệt Nghị quyết 57-NQ/TW cho cán bộ, đảng viên.',
      'dissemination',
      'Đảng ủy xã An Bình',
    ],
  ])('“%s” is a %s of %s in 2023', (text, kind, organizer) => {
    expect(read(text)).toEqual([[kind, organizer, '2023']])
  })

  it('a day written after the year dates the event to the day', () => {
    expect(read('Năm 2024, sáng 5/3/2024, Huyện ủy Tân Châu tổ chức Hội nghị quán triệt Nghị quyết 57-NQ/TW.')).toEqual(
      [['dissemination', 'Huyện ủy Tân Châu', '2024-03-05']],
    )
  })

  it.each([
    // a year's tally of many events
    'Năm 2023, Huyện ủy Tân Châu tổ chức 12 hội nghị quán triệt các nghị quyết của Đảng.',
    // a year's results, no event
    'Năm 2023, Đảng bộ và Nhân dân xã Thạch Sơn đã đạt được nhiều kết quả nổi bật.',
    // the year is the subject, not a cue
    'Năm 2023 là năm Huyện ủy tổ chức nhiều hội nghị.',
  ])('“%s” reports no dated event', (text) => {
    expect(read(text).filter((e) => e[2] !== null)).toEqual([])
  })
})
