import { describe, expect, it } from 'vitest'
import { segment } from '../src/segment.ts'

describe('segment', () => {
  it('keeps title, date, body, captions and byline apart and drops what follows the byline', () => {
    const text = [
      'Xã An Phú quán triệt Nghị quyết 35',
      '',
      '02/03/2024',
      '',
      'Sáng 2/3, Đảng ủy xã An Phú tổ chức hội nghị quán triệt Nghị quyết số 35-NQ/TW.',
      '',
      '20240302-hoi-nghi.jpg',
      'Quang cảnh hội nghị.',
      '',
      'Minh Khang',
      '',
      'Tin liên quan',
      'Huyện B triển khai Chỉ thị 09/CT-UBND (01/03/2024)',
    ].join('\n')
    const s = segment(text)
    expect(s.title?.text).toBe('Xã An Phú quán triệt Nghị quyết 35')
    expect(s.publishedAt).toMatchObject({ year: 2024, month: 3, day: 2 })
    expect(s.body.map((p) => p.text)).toEqual([
      'Sáng 2/3, Đảng ủy xã An Phú tổ chức hội nghị quán triệt Nghị quyết số 35-NQ/TW.',
    ])
    expect(s.captions.map((p) => p.text)).toEqual(['Quang cảnh hội nghị.'])
    expect(s.byline).toBe('Minh Khang')
  })
  it('reads no title from a page that starts mid-article', () => {
    expect(segment('Hội nghị đã nghe báo cáo viên quán triệt Quy định 85-QĐ/TW.\nMinh Khang').title).toBeNull()
  })
  it('reads the publication date from a date line beside a counter, not from the lead', () => {
    expect(
      segment(
        'Tiêu đề bài viết về công tác tuyên giáo\n\nNgày đăng: 28-04-2023 | Lượt xem: 312\n\nSáng 27/4, Huyện ủy tổ chức hội nghị.',
      ).publishedAt,
    ).toEqual({
      year: 2023,
      month: 4,
      day: 28,
      precision: 'day',
    })
  })

  it.each([
    {
      reading: "a site's clock above the title gives way to the article's date line under it",
      lines: [
        'Thứ Sáu, 22/11/2024 10:42 (GMT +7)',
        '',
        'Đông Triều phát huy vai trò các chi bộ thôn',
        '',
        'Thứ 4, 24/05/2023 | 16:55:26 (GMT +7)',
        'Chi bộ thôn Đông họp.',
      ],
      title: 'Đông Triều phát huy vai trò các chi bộ thôn',
      date: { year: 2023, month: 5, day: 24 },
    },
    {
      reading: 'a second date line under the first is no replacement when both are under the title',
      lines: ['Tiêu đề bài viết về công tác tuyên giáo', '02/03/2024', '01/03/2024', 'Sáng 1/3, Huyện ủy họp.'],
      title: 'Tiêu đề bài viết về công tác tuyên giáo',
      date: { year: 2024, month: 3, day: 2 },
    },
    {
      reading: 'a line of punctuation before the title is skipped',
      lines: [
        '.',
        '',
        'Tập trung sự lãnh đạo của cấp ủy cho đại hội',
        '',
        'Thứ Tư, 08/04/2015, 08:11 [GMT+7]',
        '',
        'Sáng 7/4, Tỉnh ủy họp.',
      ],
      title: 'Tập trung sự lãnh đạo của cấp ủy cho đại hội',
      date: { year: 2015, month: 4, day: 8 },
    },
    {
      reading: 'a one-word section slug with digits is skipped',
      lines: [
        'Tin-covid19',
        '',
        'Bộ Nội vụ thực hiện Thông báo kết luận của Thủ tướng',
        '',
        '17:06 26/03/2020 | Lượt xem : 2994',
        '',
        'Ngày 25/3, Bộ Nội vụ ban hành Công văn.',
      ],
      title: 'Bộ Nội vụ thực hiện Thông báo kết luận của Thủ tướng',
      date: { year: 2020, month: 3, day: 26 },
    },
  ])('$reading', ({ lines, title, date }) => {
    const s = segment(lines.join('\n'))
    expect(s.title?.text).toBe(title)
    expect(s.publishedAt).toMatchObject(date)
  })
})

describe('the last line of an excerpt', () => {
  const page = (last: string) =>
    segment(
      [
        'Xã An Phú quán triệt Nghị quyết 35',
        '',
        '02/03/2024',
        '',
        'Sáng 2/3, Đảng ủy xã An Phú tổ chức hội nghị.',
        '',
        last,
      ].join('\n'),
    )
  it.each([
    {
      reading: 'a long line cut mid-sentence at the end of the text is a paragraph cut short',
      last: 'Dịp này, Đảng ủy xã An Phú cũng tổ chức tọa đàm chuyên đề về công tác phát triển đảng viên mới, góp phần xây dựng đảng bộ xã ngày càng',
      body: true,
    },
    { reading: 'a short line without a stop stays a caption', last: 'Quang cảnh hội nghị', body: false },
    {
      reading: 'a long line with no clause break stays a caption',
      last: 'Đồng chí Bí thư Đảng ủy xã An Phú trao giấy khen cho các chi bộ có thành tích xuất sắc trong công tác xây dựng Đảng năm 2023',
      body: false,
    },
  ])('$reading', ({ last, body }) => {
    expect(page(last).body.some((p) => p.text === last)).toBe(body)
  })
})
