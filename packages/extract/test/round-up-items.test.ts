import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])

// A newspaper's round-up prints each body's item after a star or a bullet (`* Hội CCB quận ... vừa
// tổ chức lễ kỷ niệm ...`): the item is a report of its own, read after the mark. A dash or a plus
// opens an item of a document's list (tasks, decisions), which stays no report without a date.
describe('an item of a round-up, after its star or bullet', () => {
  it.each([
    '* Hội Cựu chiến binh quận Thanh Khê vừa tổ chức lễ kỷ niệm 30 năm Ngày thành lập Hội.',
    '• Hội Cựu chiến binh quận Thanh Khê vừa tổ chức lễ kỷ niệm 30 năm Ngày thành lập Hội.',
    '*  Hội Cựu chiến binh quận Thanh Khê đã tổ chức lễ kỷ niệm 30 năm Ngày thành lập Hội.',
  ])('“%s” is a ceremony of Hội Cựu chiến binh quận Thanh Khê', (text) => {
    expect(read(text)).toEqual([['ceremony', 'Hội Cựu chiến binh quận Thanh Khê', null]])
  })

  it('a date after the mark dates the item', () => {
    expect(
      read('* Chiều 5-12-2019, Hội Cựu chiến binh huyện Hòa Vang tổ chức lễ kỷ niệm 30 năm Ngày thành lập Hội.'),
    ).toEqual([['ceremony', 'Hội Cựu chiến binh huyện Hòa Vang', '2019-12-05']])
  })

  it.each([
    // A decision or a task listed in a document, after a plus or a dash.
    '+ Quyết định sớm tổ chức Đại hội Phụ nữ toàn quốc để xác định phương hướng.',
    '- Huyện ủy tổ chức hội nghị quán triệt nghị quyết đến cán bộ chủ chốt.',
    // A star that marks no item (a footnote).
    '*Hội Cựu chiến binh quận Thanh Khê vừa tổ chức lễ kỷ niệm 30 năm Ngày thành lập Hội.',
    // A round-up item that tallies many bodies' events.
    '* Các chi hội cựu chiến binh đã tổ chức nhiều buổi gặp mặt.',
  ])('“%s” reports no event', (text) => {
    expect(read(text)).toEqual([])
  })
})
