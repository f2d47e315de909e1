import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])

// `Phường Phổ Thạnh tổ chức kỷ niệm 95 năm Ngày thành lập Đảng`: holding an anniversary is its
// ceremony. The words name the event only right after the holding verb: opening a sentence they
// head an outline or name the occasion (`Kỷ niệm 90 năm Ngày thành lập Hội ...`), and after a
// round (`Qua đợt tổ chức kỷ niệm ...`) the holding verb is a noun's.
describe('an anniversary held', () => {
  it.each([
    [
      'Ngày 03/02/2025, Phường Phổ Thạnh tổ chức kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam.',
      'Phường Phổ Thạnh',
    ],
    [
      'Đêm 26/3/2015, Đoàn trường Đại học Bạc Liêu tổ chức kỷ niệm 84 năm Ngày thành lập Đoàn.',
      'Đoàn trường Đại học Bạc Liêu',
    ],
  ])('“%s” is a ceremony', (text, organizer) => {
    expect(read(text).map(([kind, org]) => [kind, org])).toEqual([['ceremony', organizer]])
  })

  it('a briefing held at the same time is a second event', () => {
    expect(
      read(
        'Ngày 03/02/2025, Phường Phổ Thạnh tổ chức kỷ niệm 95 năm Ngày thành lập Đảng, đồng thời tổ chức họp giao ban đầu năm.',
      ).map(([kind]) => kind),
    ).toEqual(['ceremony', 'conference'])
  })

  it.each([
    'Kỷ niệm 90 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2020)',
    'Qua đợt tổ chức kỷ niệm 93 năm Ngày thành lập Hội, Ban chấp hành Hội Phụ nữ xã đã vận động được 20 suất quà.',
    'Hằng năm, Phường Phổ Thạnh tổ chức kỷ niệm Ngày thành lập Đảng.',
  ])('“%s” reports no event', (text) => {
    expect(read(text)).toEqual([])
  })
})
