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

describe('segment: a date line printed below the head', () => {
  // Sites print widgets above the title, or the date under the lead paragraph.
  const widgets = ['VIDEOS', 'Liên kết website', 'Thống kê truy cập', 'Tổng truy cập', '1234567', 'Hôm nay', '89']
  it.each<[string, string[], string | null, string, string]>([
    [
      'a labelled line below widgets ends the head: the heading above it is the title',
      [...widgets, 'Xã Bình Minh học tập Nghị quyết 57 của Bộ Chính trị', 'Ngày đăng: 10/07/2025 - Lượt xem: 10'],
      'Xã Bình Minh học tập Nghị quyết 57 của Bộ Chính trị',
      '2025-07-10',
      'Sáng 9/7, Đảng ủy xã tổ chức hội nghị.',
    ],
    [
      'a labelled line under a section that ends with a colon',
      ['Tin nổi bật:', 'Tin tức', 'Cập nhật lúc : 16/10/2020', 'Đề cương tuyên truyền kỷ niệm ngày thành lập Hội'],
      'Đề cương tuyên truyền kỷ niệm ngày thành lập Hội',
      '2020-10-16',
      'Sáng 9/7, Đảng ủy xã tổ chức hội nghị.',
    ],
    [
      'a date line with its time right after the lead',
      ['Video Tin trong nước', 'Triển khai công tác mặt trận năm 2021'],
      'Triển khai công tác mặt trận năm 2021',
      '2021-03-02',
      'Sáng nay, tại Hà Nội, Ủy ban tổ chức hội nghị trực tuyến.\n16:57 - 02/03/2021',
    ],
  ])('%s', (_, head, title, date, body) => {
    const s = segment([...head, body, 'Đại biểu dự hội nghị đã thảo luận sôi nổi.'].join('\n'))
    expect(s.title?.text ?? null).toBe(title)
    const p = s.publishedAt
    expect(p === null ? null : `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`).toBe(
      date,
    )
    expect(s.body[0]?.text).toBe(body.split('\n')[0])
  })

  it('takes a labelled date line under a long article', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Đoạn ${i + 1}: các đại biểu thảo luận sôi nổi.`)
    const s = segment(
      [
        'Đảng ủy phường tổ chức hội nghị học tập',
        'Sáng 9/7, Đảng ủy phường tổ chức hội nghị.',
        ...paragraphs,
        'Ngày đăng: 10/07/2025',
        'Liên hệ',
      ].join('\n'),
    )
    expect(s.publishedAt).toEqual({ year: 2025, month: 7, day: 10, precision: 'day' })
  })

  it('takes no unlabelled date from the body', () => {
    const s = segment(
      'Tiêu đề bài viết về công tác tuyên giáo\nSáng 27/4, Huyện ủy tổ chức hội nghị.\n16/11/2023\nĐại biểu thảo luận.',
    )
    expect(s.publishedAt).toBeNull()
  })
})

describe('segment: a metadata date written month-first', () => {
  it('reads it the other way round when the report writes the swapped day with its year', () => {
    const s = segment(
      'date 2025-03-10 Đại hội Đảng bộ tỉnh khóa XX thông qua Nghị quyết. Đại hội diễn ra từ ngày 01/10/2025 đến ngày 03/10/2025.',
    )
    expect(s.publishedAt).toEqual({ year: 2025, month: 10, day: 3, precision: 'day' })
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

// The capitals under a page's first line are its author's name on a news page, the issuing
// body's on a page that prints an official document.
describe('the byline under the head', () => {
  it.each([
    {
      reading: "a news page's author in capitals under the title",
      lines: [
        'Huyện đoàn tổng kết công tác năm 2024',
        'HOÀNG LAN - MINH PHÚ',
        'Ngày 20/12, Huyện đoàn tổ chức Hội nghị tổng kết công tác năm 2024.',
        'Hội nghị đánh giá kết quả các phong trào.',
      ],
      byline: 'HOÀNG LAN - MINH PHÚ',
    },
    {
      reading: "a printed document's issuing body under its first line",
      lines: [
        'ỦY BAN NHÂN DÂN',
        'TỈNH LAI CHÂU',
        'Số: 1556/KH-UBND',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Lai Châu, ngày 12 tháng 5 năm 2023',
        'KẾ HOẠCH',
        'Thực hiện Chương trình mỗi xã một sản phẩm năm 2023',
        'Căn cứ Quyết định số 919/QĐ-TTg của Thủ tướng Chính phủ.',
      ],
      byline: null,
    },
    {
      reading: 'the author in capitals closing the article',
      lines: [
        'Huyện đoàn tổng kết công tác năm 2024',
        'Ngày 20/12, Huyện đoàn tổ chức Hội nghị tổng kết công tác năm 2024.',
        'Hội nghị đánh giá kết quả các phong trào.',
        'THANH HẢI',
      ],
      byline: 'THANH HẢI',
    },
    {
      reading: 'the author written in full under the title, cut short at the end',
      lines: [
        'Huyện đoàn tổng kết công tác năm 2024',
        'CHÂU TƯỜNG',
        'Ngày 20/12, Huyện đoàn tổ chức Hội nghị tổng kết công tác năm 2024.',
        'Hội nghị đánh giá kết quả các phong trào.',
        'CHÂU T',
      ],
      byline: 'CHÂU TƯỜNG',
    },
    {
      reading: "a teaser's author under a related-articles header is not the article's",
      lines: [
        'Huyện đoàn tổng kết công tác năm 2024',
        'Ngày 20/12, Huyện đoàn tổ chức Hội nghị tổng kết công tác năm 2024.',
        'Hội nghị đánh giá kết quả các phong trào.',
        'Minh Khang',
        'TIN LIÊN QUAN',
        'Phim mới đạt hơn 5 triệu vé bán ra',
        'Thúy Kiều |',
      ],
      byline: 'Minh Khang',
    },
    {
      reading: "a content system's credit above its back button",
      lines: [
        'Huyện đoàn tổng kết công tác năm 2024',
        'Ngày 20/12, Huyện đoàn tổ chức Hội nghị tổng kết công tác năm 2024.',
        'Hội nghị đánh giá kết quả các phong trào.',
        'Đăng bởi: Hân Nguyễn',
        '[Trở về]',
      ],
      byline: 'Hân Nguyễn',
    },
    {
      reading: "the byline above a photo's caption placed after the text",
      lines: [
        'Huyện đoàn tổng kết công tác năm 2024',
        'Ngày 20/12, Huyện đoàn tổ chức Hội nghị tổng kết công tác năm 2024.',
        'Hội nghị đánh giá kết quả các phong trào.',
        'Tin và ảnh: Kim Huỳnh',
        'Ảnh: Đồng chí Bí thư Huyện đoàn phát biểu kết luận hội nghị',
      ],
      byline: 'Kim Huỳnh',
    },
    {
      reading: "a photo's caption closing a text with no byline above it",
      lines: [
        'Huyện đoàn tổng kết công tác năm 2024',
        'Ngày 20/12, Huyện đoàn tổ chức Hội nghị tổng kết công tác năm 2024.',
        'Hội nghị đánh giá kết quả các phong trào.',
        'Ảnh: Đồng chí Bí thư Huyện đoàn phát biểu kết luận hội nghị',
      ],
      byline: null,
    },
    {
      reading: "a signer's office in capitals closing a text",
      lines: [
        'Huyện đoàn tổng kết công tác năm 2024',
        'Ngày 20/12, Huyện đoàn tổ chức Hội nghị tổng kết công tác năm 2024.',
        'Hội nghị đánh giá kết quả các phong trào.',
        'BÍ THƯ',
      ],
      byline: null,
    },
  ])('$reading', ({ lines, byline }) => {
    expect(segment(lines.join('\n')).byline).toBe(byline)
  })
})

// A site's clock heads its banner (the day the page was read), a date line heads the article.
describe('segment: a site clock over its motto', () => {
  it.each<[string, string[], string | null]>([
    [
      'a weekday date over the site’s motto in quotes and capitals: no publication date',
      [
        'Chủ Nhật, 21/7/2024',
        '“ĐOÀN KẾT – DÂN CHỦ - KỶ CƯƠNG – TRÁCH NHIỆM – HIỆU QUẢ”',
        'Công tác lý luận phục vụ đắc lực nhiệm vụ xây dựng, bảo vệ Tổ quốc',
        'Ngày 23/11, tại Hà Nội, Bộ Công an tổ chức Hội nghị tổng kết công tác lý luận.',
      ],
      null,
    ],
    // Counter-examples: a weekday date over the title; a quoted title in lower case.
    [
      'a weekday date over the title',
      [
        'Thứ ba, 06/06/2023',
        'Hội nghị báo cáo viên các tỉnh, thành phố phía nam',
        'Trong hai ngày 21 và 22-6, Ban Tuyên giáo Trung ương tổ chức Hội nghị báo cáo viên.',
      ],
      '2023-06-06',
    ],
    [
      'a weekday date over a quoted title',
      [
        'Thứ hai, 04/03/2019',
        '“Học tập và làm theo Bác” ở xã An Bình',
        'Sáng 2/3, Đảng ủy xã An Bình tổ chức hội nghị sơ kết.',
      ],
      '2019-03-04',
    ],
  ])('%s', (_, paragraphs, date) => {
    const p = segment(paragraphs.join('\n\n')).publishedAt
    expect(p === null ? null : `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`).toBe(
      date,
    )
  })
})
