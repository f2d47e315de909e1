import { describe, expect, it } from 'vitest'
import { classifyEvent } from '../src/event-kinds.ts'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])

// A talk on a set subject given to a body's staff (`buổi nói chuyện chuyên đề thân thế, sự nghiệp
// cách mạng của Chủ tịch Hồ Chí Minh`) is propaganda work: a dissemination. A bare talk is not.
describe('a thematic talk', () => {
  it.each([
    ['buổi nói chuyện chuyên đề thân thế, sự nghiệp cách mạng của Chủ tịch Hồ Chí Minh', 'dissemination'],
    ['nói chuyện chuyên đề về chủ quyền biển đảo', 'dissemination'],
    ['buổi nói chuyện với học sinh', null],
  ])('“%s” names %s', (name, kind) => {
    expect(classifyEvent(name)).toBe(kind)
  })

  it('held on a day, it is reported', () => {
    expect(
      read('Ngày 12/05/2022, Bệnh viện Sản Nhi tỉnh tổ chức nói chuyện chuyên đề về Chủ tịch Hồ Chí Minh.'),
    ).toEqual([['dissemination', 'Bệnh viện Sản Nhi tỉnh', '2022-05-12']])
  })
})

// A line in capitals is a heading wherever the page prints it (after a site's footer or menu, not
// only first): naming an event with no date, it is the headline of the dated report after it.
describe('a heading in capitals after site chrome', () => {
  const chrome = 'Bệnh viện Sản Nhi - Địa chỉ: Km 9 quốc lộ 2 - Điện thoại: 0211 3711489.\n\nTừ khóa tìm kiếm\n\n'

  it('is the headline of the dated report', () => {
    expect(
      read(
        `${chrome}BUỔI NÓI CHUYỆN CHUYÊN ĐỀ VỀ CHỦ TỊCH HỒ CHÍ MINH.\n\nNgày 12/05/2022, Bệnh viện Sản Nhi tỉnh đã tổ chức buổi nói chuyện chuyên đề về Chủ tịch Hồ Chí Minh.`,
      ),
    ).toEqual([['dissemination', 'Bệnh viện Sản Nhi tỉnh', '2022-05-12']])
  })

  it('a line with lower-case letters after the chrome is a report of its own', () => {
    expect(
      read(
        `${chrome}Ngày 12/05/2022, Bệnh viện Sản Nhi tỉnh đã tổ chức buổi nói chuyện chuyên đề về Chủ tịch Hồ Chí Minh.\n\nTrước đó, Chi bộ Khoa Nhi đã tổ chức hội nghị quán triệt nghị quyết.`,
      ),
    ).toEqual([
      ['dissemination', 'Bệnh viện Sản Nhi tỉnh', '2022-05-12'],
      ['dissemination', 'Chi bộ Khoa Nhi', null],
    ])
  })
})
