import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer])

// A body's dated report that it received an honour (`đón nhận Huân chương`) holds that ceremony; one
// that it deployed or made known a directive (`triển khai Nghị quyết ...`, `phổ biến Chỉ thị ...`)
// disseminated it.
describe('honours received and directives deployed, reported by their verb', () => {
  it.each([
    ['Ngày 12/4/2024, Đảng bộ xã An Bình đón nhận Huân chương Lao động hạng Ba.', 'ceremony', 'Đảng bộ xã An Bình'],
    ['Sáng 2/9/2024, Công an tỉnh đón nhận Cờ thi đua của Chính phủ.', 'ceremony', 'Công an tỉnh'],
    [
      'Sáng 12/4/2024, Tỉnh ủy Long An triển khai Nghị quyết 57-NQ/TW đến cán bộ chủ chốt.',
      'dissemination',
      'Tỉnh ủy Long An',
    ],
    [
      'Sáng 12/4/2024, Đảng ủy Khối cơ quan tỉnh triển khai, quán triệt Chỉ thị 35-CT/TW đến các chi bộ.',
      'dissemination',
      'Đảng ủy Khối cơ quan tỉnh',
    ],
    [
      'Sáng 12/4/2024, Huyện ủy Tân Châu phổ biến Quy định 144-QĐ/TW đến đảng viên.',
      'dissemination',
      'Huyện ủy Tân Châu',
    ],
  ])('“%s” is a %s of %s', (text, kind, organizer) => {
    expect(read(text)).toEqual([[kind, organizer]])
  })

  it.each([
    // a plan deployed: no event
    'Sáng 12/4/2024, UBND tỉnh triển khai kế hoạch thực hiện Nghị quyết 57-NQ/TW.',
    // no time cue: a habit or a summary
    'Huyện ủy Tân Châu đã triển khai Nghị quyết 57-NQ/TW đến 100% chi bộ.',
    'Đảng bộ xã An Bình nhiều lần đón nhận Huân chương Lao động.',
  ])('“%s” reports no event', (text) => {
    expect(read(text)).toEqual([])
  })
})
