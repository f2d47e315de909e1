import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

// Events held under a noun of their own (a heritage trip, a camp, an exchange, a display).
describe('held events named by a noun of their own', () => {
  it.each([
    [
      'Ngày 12/5/2024, Đoàn Thanh niên xã Nam Anh tổ chức hành trình về nguồn tại Khu di tích Kim Liên.',
      'Hành trình về nguồn',
    ],
    ['Ngày 12/5/2024, Huyện đoàn Nam Đàn tổ chức hội trại tòng quân năm 2024.', 'Hội trại tòng quân năm 2024'],
    [
      'Ngày 12/5/2024, Huyện đoàn Nam Đàn tổ chức giao lưu “Tuổi trẻ học tập và làm theo lời Bác”.',
      'Giao lưu “Tuổi trẻ học tập và làm theo lời Bác”',
    ],
    [
      'Ngày 12/5/2024, Trường THCS Nam Anh tổ chức trưng bày tư liệu về Chủ tịch Hồ Chí Minh.',
      'Trưng bày tư liệu về Chủ tịch Hồ Chí Minh',
    ],
    [
      'Sáng 12/3/2024, Hội Nông dân tỉnh tổ chức Hội chợ nông sản an toàn năm 2024.',
      'Hội chợ nông sản an toàn năm 2024',
    ],
    [
      'Tối 12/3/2024, Huyện đoàn Nam Đàn tổ chức đêm văn nghệ chào mừng Ngày thành lập Đoàn.',
      'Đêm văn nghệ chào mừng Ngày thành lập Đoàn',
    ],
    [
      'Sáng 5/3/2024, Tỉnh đoàn Nghệ An tổ chức sự kiện “Ngày hội việc làm thanh niên”.',
      'Sự kiện “Ngày hội việc làm thanh niên”',
    ],
  ])('“%s” holds %s', (text, title) => {
    expect(extractArticle(text).events.map((e) => [e.kind, e.title])).toEqual([['other', title]])
  })

  it.each([
    // the organising board, a plan, a habit
    'Ban tổ chức hành trình về nguồn đã chuẩn bị chu đáo.',
    'Huyện đoàn sẽ tổ chức hội trại tòng quân vào tháng 6.',
    'Hằng năm, Huyện đoàn tổ chức giao lưu văn nghệ.',
    // a night as a time cue, a fair planned
    'Đêm 26/3/2024, trời mưa to.',
    'Hội Nông dân tỉnh dự kiến tổ chức Hội chợ nông sản vào tháng 10.',
    // an event spoken of, not held
    'Đây là sự kiện chính trị quan trọng của tỉnh.',
    'Sự kiện chính trị trọng đại của Đảng đã thành công tốt đẹp.',
  ])('“%s” reports no event', (text) => {
    expect(extractArticle(text).events).toEqual([])
  })
})

// An event held under `sự kiện` takes the kind its activity words give, and its organiser is the
// body that held it, not `X tổ chức sự kiện` read before a launch verb.
describe('an event named as such', () => {
  it('a launch held as an event', () => {
    expect(
      extractArticle('Sáng 5/3/2024, Công ty Cổ phần Sữa tổ chức sự kiện ra mắt sản phẩm mới.').events.map((e) => [
        e.kind,
        e.organizer,
      ]),
    ).toEqual([['launch', 'Công ty Cổ phần Sữa']])
  })
})
