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
