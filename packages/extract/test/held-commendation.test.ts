import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])

// `X tổ chức biểu dương, khen thưởng 62 điển hình ...`: commending examples is held as praising
// them (`tổ chức tuyên dương`) is, their ceremony. `tổ chức khen thưởng` alone is the duty of
// rewarding, not read.
describe('a commendation held', () => {
  it.each([
    [
      'Ngày 8/6/2023, tại thành phố Rạch Giá, Ủy ban nhân dân tỉnh Kiên Giang tổ chức biểu dương, khen thưởng 62 điển hình tiêu biểu.',
      '2023-06-08',
    ],
    ['Sáng 8/6/2023, Ủy ban nhân dân tỉnh Kiên Giang tổ chức biểu dương 62 điển hình tiêu biểu.', '2023-06-08'],
    ['Ủy ban nhân dân tỉnh Kiên Giang vừa tổ chức biểu dương 62 điển hình tiêu biểu.', null],
  ])('“%s” is a ceremony', (text, date) => {
    expect(read(text)).toEqual([['ceremony', 'Ủy ban nhân dân tỉnh Kiên Giang', date]])
  })

  it.each([
    // A habit, a duty, bodies taken together.
    'Hằng năm, Ủy ban nhân dân tỉnh Kiên Giang tổ chức biểu dương các tập thể tiêu biểu.',
    'Các cấp ủy cần tổ chức biểu dương kịp thời các tập thể, cá nhân tiêu biểu.',
    'Ngày 8/6/2023, các xã đã tổ chức biểu dương 62 điển hình tiêu biểu.',
    // Rewarding alone after the holding verb.
    'Sáng 8/6/2023, Ủy ban nhân dân tỉnh Kiên Giang tổ chức khen thưởng 62 điển hình tiêu biểu.',
  ])('“%s” reports no event', (text) => {
    expect(read(text)).toEqual([])
  })
})
