import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])

// A body's dated report that it admitted members (`kết nạp`) or handed honours (`trao Huy hiệu`,
// `trao tặng Huân chương`) reports the ceremony held that day.
describe('admissions and honours reported by their verb', () => {
  it.each([
    ['Ngày 12/4/2024, Đảng ủy xã An Bình kết nạp 3 đảng viên mới.', 'Đảng ủy xã An Bình'],
    [
      'Ngày 12/4/2024, Đảng ủy Khối cơ quan tỉnh trao Huy hiệu 50 năm tuổi Đảng cho 5 đảng viên.',
      'Đảng ủy Khối cơ quan tỉnh',
    ],
    ['Sáng 2/9/2024, Huyện ủy Tân Châu trao tặng Huân chương Lao động hạng Ba cho 2 tập thể.', 'Huyện ủy Tân Châu'],
  ])('“%s” is a ceremony of %s', (text, organizer) => {
    const [event] = read(text)
    expect(event?.slice(0, 2)).toEqual(['ceremony', organizer])
  })

  it.each([
    // done at the event told before
    [
      'Sáng 12/4/2024, Huyện ủy Tân Châu tổ chức Hội nghị tổng kết công tác năm 2023. Tại hội nghị, Ban Thường vụ Huyện ủy trao Huy hiệu 30 năm tuổi Đảng cho 5 đồng chí.',
      ['review'],
    ],
    // a year's tally
    ['Năm 2023, Đảng ủy xã An Bình kết nạp 15 đảng viên mới.', []],
    // no time cue: a habit or a tally
    ['Đảng ủy xã An Bình đã kết nạp được 15 đảng viên mới.', []],
  ])('“%s” reports %j', (text, kinds) => {
    expect(read(text).map((e) => e[0])).toEqual(kinds)
  })
})
