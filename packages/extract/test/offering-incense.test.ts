import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])

// `Sáng 19/5/2024, Đoàn đại biểu Tỉnh ủy dâng hương tưởng niệm Chủ tịch Hồ Chí Minh`: a delegation
// offering incense or flowers on a dated day (or, `đã`, done) holds the rite's ceremony, reported
// with no other event. A habit or a plan is none.
describe('a rite reported by its verb', () => {
  it.each([
    [
      'Sáng 19/5/2024, Đoàn đại biểu Tỉnh ủy dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại Khu di tích Kim Liên.',
      '2024-05-19',
    ],
    ['Ngày 27/7/2024, Đoàn đại biểu Huyện ủy dâng hoa tại Nghĩa trang liệt sĩ huyện.', '2024-07-27'],
    ['Đoàn đại biểu Tỉnh ủy đã dâng hương tưởng niệm Chủ tịch Hồ Chí Minh.', null],
  ])('“%s” is a ceremony', (text, date) => {
    expect(read(text)).toEqual([
      ['ceremony', text.includes('Huyện ủy') ? 'Đoàn đại biểu Huyện ủy' : 'Đoàn đại biểu Tỉnh ủy', date],
    ])
  })

  it.each([
    'Hằng năm, Đoàn đại biểu Tỉnh ủy dâng hương tưởng niệm Chủ tịch Hồ Chí Minh.',
    'Sáng 19/5/2024, Đoàn đại biểu Tỉnh ủy sẽ dâng hương tưởng niệm Chủ tịch Hồ Chí Minh.',
    'Sáng 19/5/2024, các đại biểu dâng hương tưởng niệm Chủ tịch Hồ Chí Minh.',
  ])('“%s” reports no event', (text) => {
    expect(read(text)).toEqual([])
  })
})

// `X tổ chức Đoàn đại biểu ..., ... tới dâng hương tại ...`: the body that sends the delegation
// holds the rite's ceremony, whoever the delegation counts.
describe('a delegation sent to offer incense or flowers', () => {
  it.each([
    [
      'Sáng 12/3/2024, Đảng ủy Công ty tổ chức Đoàn đại biểu lãnh đạo Công ty, các phòng ban và đảng viên mới tới dâng hương tại Đền thờ liệt sĩ.',
      [['ceremony', 'Đảng ủy Công ty', '2024-03-12']],
    ],
    [
      'Sáng 12/3/2024, Huyện đoàn tổ chức đoàn công tác về dâng hoa tại Nghĩa trang liệt sĩ xã.',
      [['ceremony', 'Huyện đoàn', '2024-03-12']],
    ],
    // a delegation sent for something else is no rite (counter-example)
    ['Sáng 12/3/2024, Đảng ủy Công ty tổ chức Đoàn đại biểu tới thăm gia đình chính sách.', []],
  ])('“%s” reads %j', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })
})
