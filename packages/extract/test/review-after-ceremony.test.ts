import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])

// `X tổ chức lễ kỷ niệm ... và tổng kết công tác năm 2019`: a ceremony does not sum up a year's
// work, so the review joined to it is a second sitting of the same day and body. A meeting's
// `và tổng kết ...` is its own business, and a ceremony's `và tổng kết, trao giải` hands awards.
describe('a review joined to a ceremony', () => {
  it.each([
    'Chiều 5/12/2019, Hội Cựu chiến binh huyện Hòa Vang tổ chức lễ kỷ niệm 30 năm Ngày thành lập Hội và tổng kết công tác năm 2019.',
    'Chiều 5/12/2019, Hội Cựu chiến binh huyện Hòa Vang tổ chức họp mặt kỷ niệm 30 năm Ngày thành lập Hội và sơ kết 6 tháng thực hiện phong trào thi đua.',
  ])('“%s” is a ceremony and a review', (text) => {
    expect(read(text)).toEqual([
      ['ceremony', 'Hội Cựu chiến binh huyện Hòa Vang', '2019-12-05'],
      ['review', 'Hội Cựu chiến binh huyện Hòa Vang', '2019-12-05'],
    ])
  })

  it.each([
    [
      'Sáng 8/12/2023, Ban Tuyên giáo Trung ương tổ chức hội nghị Báo cáo viên tháng 12 và tổng kết công tác truyền miệng năm 2023.',
      'conference',
      'Ban Tuyên giáo Trung ương',
    ],
    [
      'Sáng 8/12/2023, Huyện đoàn Xuân Lộc tổ chức lễ kỷ niệm 92 năm Ngày thành lập Đoàn và tổng kết, trao giải Hội thi tìm hiểu lịch sử Đoàn.',
      'ceremony',
      'Huyện đoàn Xuân Lộc',
    ],
  ])('“%s” is one event', (text, kind, organizer) => {
    expect(read(text)).toEqual([[kind, organizer, '2023-12-08']])
  })
})
