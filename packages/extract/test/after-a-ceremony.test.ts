import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const kinds = (text: string) => extractArticle(text).events.map((e) => e.kind)

// `Ngay sau lễ phát động, đoàn viên ... đã tổ chức buổi chăm sóc tuyến đường hoa`: what follows a
// ceremony named by what it did tells that the ceremony took place; a launch of its own when none
// was reported. A ceremony already reported, or a bare `Sau buổi lễ,`, is that one.
describe('a sentence that opens after a ceremony', () => {
  it.each([
    ['Ngay sau lễ phát động, Đoàn xã đã tổ chức buổi chăm sóc tuyến đường hoa.', ['launch', 'other']],
    ['Sau lễ ra quân, các đoàn viên đã dọn vệ sinh tuyến đường.', ['launch']],
    ['Sau lễ kỷ niệm, các hội viên cùng thăm khu di tích.', ['ceremony']],
  ])('“%s” reads %o', (text, expected) => {
    expect(kinds(text).sort()).toEqual([...expected].sort())
  })

  it.each([
    // The ceremony was reported before.
    [
      'Sáng 5/6/2024, Đoàn xã Vĩnh Thạnh tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè. Ngay sau lễ ra quân, các đoàn viên đã dọn vệ sinh tuyến đường.',
      ['launch'],
    ],
    // A bare ceremony, or words after `sau` that name none.
    ['Sau buổi lễ, các đoàn viên đã dọn vệ sinh tuyến đường.', []],
    ['Sau lễ, các đoàn viên đã dọn vệ sinh tuyến đường.', []],
    ['Sau khi kết thúc, các đoàn viên đã dọn vệ sinh tuyến đường.', []],
  ])('“%s” reads %o', (text, expected) => {
    expect(kinds(text)).toEqual(expected)
  })
})
