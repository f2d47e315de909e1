import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])

// Bodies signing a programme on a dated day hold its signing ceremony; an event told as having
// succeeded (`đã thành công tốt đẹp`) took place. `tổ chức ký kết thi đua` (pledges signed at a
// launch) and a wish (`Chúc Đại hội thành công tốt đẹp`) report none.
describe('a signing, and an event told as a success', () => {
  it('a dated signing is a ceremony', () => {
    expect(
      read('Sáng 12/3/2024, Công ty Điện lực tỉnh và Tỉnh đoàn ký kết chương trình phối hợp giai đoạn 2024-2027.'),
    ).toEqual([['ceremony', 'Công ty Điện lực tỉnh và Tỉnh đoàn', '2024-03-12']])
  })

  it('a dated congress told as a success took place', () => {
    expect(
      read(
        'Sáng 12/3/2024, tại Trụ sở Công ty, Đại hội Công đoàn Công ty lần thứ III, nhiệm kỳ 2023-2028 đã thành công tốt đẹp.',
      ),
    ).toEqual([['conference', 'Công đoàn Công ty', '2024-03-12']])
  })

  it.each([
    'Công ty Điện lực tỉnh và Tỉnh đoàn ký kết chương trình phối hợp giai đoạn 2024-2027.',
    'Đảng ủy phường Mỹ Quý phát động và tổ chức ký kết thi đua giữa các chi bộ.',
    'Chúc Đại hội Công đoàn Công ty lần thứ III thành công tốt đẹp.',
  ])('“%s” reports no event', (text) => {
    expect(read(text).filter(([kind]) => kind !== 'launch')).toEqual([])
  })
})
