import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date, e.directives])

// `Vào ngày 9/7/2024, Đảng ủy Tổng công ty ... đã tham gia nghiên cứu, học tập, quán triệt Quy định
// số 144-QĐ/TW`: a body that took part in studying a document on a day held its sitting of it, a
// dissemination; research may open the list of what was done, as after a holding verb.
describe('a body taking part in studying a document', () => {
  it.each([
    'Vào ngày 9/7/2024, Đảng ủy Tổng công ty Phân bón và Hóa chất Dầu khí đã tham gia nghiên cứu, học tập, quán triệt Quy định số 144-QĐ/TW của Bộ Chính trị.',
    'Ngày 9/7/2024, Đảng ủy Tổng công ty Phân bón và Hóa chất Dầu khí tham gia học tập, quán triệt Quy định số 144-QĐ/TW của Bộ Chính trị.',
    'Ngày 9/7/2024, Đảng ủy Tổng công ty Phân bón và Hóa chất Dầu khí nghiên cứu, học tập, quán triệt Quy định số 144-QĐ/TW của Bộ Chính trị.',
  ])('“%s” is a dissemination', (text) => {
    expect(read(text)).toEqual([
      ['dissemination', 'Đảng ủy Tổng công ty Phân bón và Hóa chất Dầu khí', '2024-07-09', ['144-QĐ/TW']],
    ])
  })

  it.each([
    // No day, members taking part, a duty.
    'Đảng ủy Tổng công ty Phân bón và Hóa chất Dầu khí tham gia nghiên cứu, học tập, quán triệt Quy định số 144-QĐ/TW của Bộ Chính trị.',
    'Ngày 9/7/2024, Đảng ủy Tổng công ty yêu cầu các chi bộ tham gia nghiên cứu, học tập, quán triệt Quy định số 144-QĐ/TW của Bộ Chính trị.',
  ])('“%s” reports no event', (text) => {
    expect(read(text)).toEqual([])
  })

  // Members taking part on a dated day: the study took place that day, held by no body written.
  it('members taking part on a dated day report it with no organiser', () => {
    expect(
      read(
        'Ngày 9/7/2024, các cán bộ, đảng viên đã tham gia nghiên cứu, học tập, quán triệt Quy định số 144-QĐ/TW của Bộ Chính trị.',
      ),
    ).toEqual([['dissemination', null, '2024-07-09', ['144-QĐ/TW']]])
  })
})
