import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const events = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.date, e.organizer])

// A trip a body held (`tổ chức chuyến thăm`), and an outing it held for its members (`tổ chức cho
// cán bộ, đảng viên tham gia lao động ...`): held events of kind other.
describe('trips and outings held for members', () => {
  it.each([
    [
      'Sáng ngày 23/3/2025 Chi đoàn đã tổ chức chuyến thăm và tặng quà cho các em nhỏ ở Làng Hy Vọng.',
      [['other', '2025-03-23', 'Chi đoàn']],
    ],
    [
      'Ngày 12/5/2024, Huyện đoàn tổ chức chuyến tham quan Khu di tích Kim Liên.',
      [['other', '2024-05-12', 'Huyện đoàn']],
    ],
    [
      'Ngày 12/5/2024, Huyện đoàn tổ chức cho đoàn viên tham quan Khu di tích Kim Liên.',
      [['other', '2024-05-12', 'Huyện đoàn']],
    ],
    // those it was held for, named at length
    [
      'Sáng 01/3/2025, Chi bộ Liên đoàn Lao động tỉnh tổ chức cho cán bộ, đảng viên, công chức của cơ quan, đơn vị tham gia lao động hỗ trợ gia đình ông A.',
      [['other', '2025-03-01', 'Chi bộ Liên đoàn Lao động tỉnh']],
    ],
    // an activity word after those it was held for still gives its kind
    [
      'Sáng 12/5/2024, Đảng ủy xã tổ chức cho cán bộ, đảng viên học tập Nghị quyết số 57-NQ/TW.',
      [['dissemination', '2024-05-12', 'Đảng ủy xã']],
    ],
  ])('“%s”', (text, expected) => {
    expect(events(text)).toEqual(expected)
  })

  it.each([
    // planned, habitual
    'Huyện đoàn sẽ tổ chức chuyến tham quan cho đoàn viên vào tháng 6.',
    'Nhà trường dự kiến tổ chức cho học sinh trải nghiệm tại Làng Sen vào tháng 11.',
    'Hằng năm, Công đoàn tổ chức cho đoàn viên tham quan, nghỉ mát.',
    // the organising of work, the organising board, a trip spoken of
    'Ngày 12/5/2024, Công ty tổ chức lao động sản xuất theo ca.',
    'Ngày 12/5/2024, Ban tổ chức chuyến đi đã chuẩn bị chu đáo.',
    'Chuyến thăm của đồng chí Bí thư để lại nhiều ấn tượng.',
    // a grade, not a class held
    'Ngày 12/5/2024, Nhà trường tổ chức cho học sinh lớp 12 ôn thi.',
  ])('“%s” reports no event', (text) => {
    expect(extractArticle(text).events).toEqual([])
  })
})
