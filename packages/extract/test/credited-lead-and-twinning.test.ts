import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])

// Bodies twinning (`ký kết nghĩa với`, `đã kết nghĩa với`) do it at a ceremony, dated or not; a
// report credited to the paper it is copied from (`Theo báo ..., `) tells what was lately done, as
// `Mới đây` does; and a later report told as earlier (`Trước đó, ngày ...`) is an event of its own,
// not the one an undated first report headlines.
describe('a twinning, a credited lead, and an earlier event after it', () => {
  it.each([
    [
      'Tin biên giới\nĐồn Biên phòng Cửa Sông đã ký kết nghĩa với Đại đội 12 của nước bạn.',
      [['ceremony', 'Đồn Biên phòng Cửa Sông', null]],
    ],
    [
      'Tin biên giới\nSáng 12/3/2024, Chi đoàn Trường Tiểu học Bình Minh kết nghĩa với Chi đoàn Công ty May Sông Hồng.',
      [['ceremony', 'Chi đoàn Trường Tiểu học Bình Minh', '2024-03-12']],
    ],
    [
      'Tin biên giới\nTheo báo Quảng Bình, Đồn Biên phòng Cửa Sông ký kết nghĩa với Đại đội 12 của nước bạn.',
      [['ceremony', 'Đồn Biên phòng Cửa Sông', null]],
    ],
    [
      'Tin địa phương\nTheo Báo Nghệ Tĩnh, sáng 12/3/2024, Huyện đoàn Sơn Hà tổ chức Hội nghị tổng kết công tác Đoàn năm 2023.',
      [['review', 'Huyện đoàn Sơn Hà', '2024-03-12']],
    ],
  ])('%s', (text, events) => {
    expect(read(text)).toEqual(events)
  })

  it('an earlier report after an undated credited lead is a second event', () => {
    expect(
      read(
        'Tin biên giới\nTheo báo Quảng Bình, Đồn Biên phòng Cửa Sông ký kết nghĩa với Đại đội 12 của nước bạn.\nTrước đó, ngày 12/3/2024, tại xã Tân Lập đã diễn ra Lễ kết nghĩa giữa các đồn biên phòng của tỉnh.',
      ).map(([kind, , date]) => [kind, date]),
    ).toEqual([
      ['ceremony', null],
      ['ceremony', '2024-03-12'],
    ])
  })

  it.each([
    // a bond told of, not made: no subject acting, or no cue
    'Tin biên giới\nĐồn Biên phòng Cửa Sông là đơn vị kết nghĩa với Đại đội 12 của nước bạn.',
    'Tin biên giới\nHai đơn vị kết nghĩa với nhau và thường xuyên trao đổi thông tin.',
    'Tin biên giới\nNăm 2010, Đồn Biên phòng Cửa Sông kết nghĩa với Đại đội 12 của nước bạn.',
    // a report's findings or a plan's words are no credit
    'Tin biên giới\nTheo báo cáo, Đồn Biên phòng Cửa Sông ký kết nghĩa với Đại đội 12 của nước bạn.',
    'Tin biên giới\nTheo kế hoạch, Đồn Biên phòng Cửa Sông ký kết nghĩa với Đại đội 12 của nước bạn.',
  ])('“%s” reports no event', (text) => {
    expect(read(text)).toEqual([])
  })
})
