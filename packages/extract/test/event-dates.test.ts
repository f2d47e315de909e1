import { ExtractionSchema } from '@vanban/core'
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/extract.ts'

// Events whose report gives no day of its own, dated from what the page says around them.
describe('event dates from the context of an undated report', () => {
  it.each<[string, string[], (string | null)[]]>([
    [
      'today against the date line',
      [
        'Hội nghị triển khai công tác năm 2024',
        '09:15 - 12/01/2024',
        'Sáng nay, tại Hà Nội, Ủy ban nhân dân thành phố tổ chức Hội nghị triển khai nhiệm vụ năm 2024.',
      ],
      ['2024-01-12'],
    ],
    [
      'yesterday against the date line',
      [
        'Hội nghị báo cáo viên',
        'Ngày đăng: 05/03/2024',
        'Chiều qua, Ban Tuyên giáo Huyện ủy tổ chức Hội nghị báo cáo viên quý I.',
      ],
      ['2024-03-04'],
    ],
    [
      'a later sentence tells of the meeting the lead dates',
      [
        'Chi bộ về nguồn',
        'Ngày 14/10/2023, đảng viên Chi bộ Trường Tiểu học An Bình về nguồn tại Khu di tích Tân Trào.',
        'Buổi sinh hoạt chuyên đề ôn lại lịch sử cách mạng đã đạt được mục đích, yêu cầu đề ra.',
      ],
      ['2023-10-14'],
    ],
    [
      'the lead’s day without its year, the year from the text',
      [
        'Chi bộ về nguồn',
        'Ngày 14/10, đảng viên Chi bộ Trường Tiểu học An Bình về nguồn tại Khu di tích Tân Trào nhân kỷ niệm 80 năm Ngày thành lập Đảng bộ huyện (1943 - 2023).',
        'Buổi sinh hoạt chuyên đề ôn lại lịch sử cách mạng đã đạt được mục đích, yêu cầu đề ra.',
      ],
      ['2023-10-14'],
    ],
    [
      'a monthly meeting named by its month in the title',
      [
        'Hội nghị báo cáo viên tháng 5/2023',
        'Tại hội nghị, các đại biểu được thông tin tình hình thời sự trong nước và quốc tế.',
      ],
      ['2023-05'],
    ],
    [
      'a quarterly briefing named by its quarter in the title',
      ['Giao ban công tác Mặt trận quý I/2023', 'Tại hội nghị, Ủy ban MTTQ huyện đã đánh giá kết quả công tác quý I.'],
      ['2023-Q1'],
    ],
    [
      'a day after the event’s verb, its year from the text',
      [
        'Hội nghị Trung ương',
        'Hội nghị Ban Chấp hành Trung ương lần thứ năm diễn ra từ ngày 4 đến 10-5, thảo luận Báo cáo kiểm điểm sự lãnh đạo của Bộ Chính trị năm 2021.',
      ],
      ['2022-05-04'],
    ],
    [
      'a day after the event’s name at the end of its sentence',
      [
        'Hội nghị Tỉnh ủy',
        'Đó là chỉ đạo của đồng chí Bí thư Tỉnh ủy tại Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 diễn ra vào ngày 10.10, nhằm hoàn thành kế hoạch năm 2023.',
      ],
      ['2022-10-10'],
    ],
    [
      'a year-less day after a document’s dated name, its year after the document',
      [
        'Ban Thường vụ làm việc với các đảng bộ',
        'Thực hiện Kết luận số 12-KL/TU ngày 3-3-2021 của Ban Thường vụ Tỉnh ủy, từ ngày 9 đến ngày 12-4, Ban Thường vụ Tỉnh ủy làm việc với các đảng bộ trực thuộc.',
      ],
      ['2021-04-09'],
    ],
    [
      'today against a page dated by its month',
      [
        'Hội nghị tổng kết công tác Mặt trận',
        ' date 2022-12 Chiều nay, Ủy ban MTTQ huyện tổ chức Hội nghị tổng kết công tác Mặt trận năm 2022.',
      ],
      ['2022-12'],
    ],
    [
      'no date where nothing dates it (a recent report, no date line)',
      ['Hội thi báo cáo viên', 'Vừa qua, Ban Tuyên giáo Huyện ủy tổ chức Hội thi báo cáo viên giỏi.'],
      [null],
    ],
    [
      'an anniversary’s bracketed span is history: the day after the event’s name dates it',
      [
        'Hội thi nhớ ơn thầy cô',
        'Để chào mừng kỷ niệm 36 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2018), Liên đội Trường Tiểu học Đông Ba đã tổ chức Hội thi “Nhớ ơn thầy cô” diễn ra từ ngày 1/11/2018 đến ngày 15/11/2018.',
      ],
      ['2018-11-01'],
    ],
    [
      'counter: with no day after the name, the span’s day stays the report’s',
      [
        'Hội thi nhớ ơn thầy cô',
        'Để chào mừng kỷ niệm 36 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2018), Liên đội Trường Tiểu học Đông Ba đã tổ chức Hội thi “Nhớ ơn thầy cô” cho học sinh toàn trường.',
      ],
      ['2018-11-20'],
    ],
  ])('%s', (_, paragraphs, expected) => {
    const x = extractArticle(paragraphs.join('\n\n'))
    expect(x.events.map((e) => e.date)).toEqual(expected)
    expect(ExtractionSchema.safeParse(x).success).toBe(true)
  })

  // A course or contest read from its closing ceremony's sentence began before it.
  it.each<[string, string[], (string | null)[]]>([
    [
      'a course from the first day of the span the text gives it',
      [
        'Bế giảng lớp bồi dưỡng',
        'Chiều 14/6/2024, Trường Chính trị tỉnh tổ chức lễ bế giảng lớp bồi dưỡng kiến thức quốc phòng cho cán bộ cấp xã.',
        'Trong 4 ngày, từ ngày 11 đến 14/6, các học viên được nghe 6 chuyên đề.',
      ],
      ['2024-06-11', '2024-06-14'],
    ],
    [
      'a contest with no span stays undated',
      ['Bế mạc Hội thi', 'Tối 20/4/2023, bế mạc Hội thi “Tuyên truyền viên giỏi” cấp huyện năm 2023.'],
      [null, '2023-04-20'],
    ],
    [
      'a span that ends long before the closing is another’s',
      [
        'Bế giảng lớp bồi dưỡng',
        'Chiều 14/6/2024, Trường Chính trị tỉnh tổ chức lễ bế giảng lớp bồi dưỡng kiến thức quốc phòng cho cán bộ cấp xã.',
        'Năm trước, từ ngày 3 đến 5/1, các học viên khóa cũ đã học 4 chuyên đề.',
      ],
      [null, '2024-06-14'],
    ],
  ])('%s', (_, paragraphs, expected) => {
    const x = extractArticle(paragraphs.join('\n\n'))
    expect(x.events.map((e) => e.date)).toEqual(expected)
  })

  it.each<[string, string[], (string | null)[]]>([
    [
      'a quarter’s session named again by a month of that quarter',
      [
        'Chi bộ Giáo viên tổ chức sinh hoạt chuyên đề quý III năm 2023',
        'Tại buổi sinh hoạt chuyên đề tháng 8/2023, các đảng viên thảo luận về nêu gương.',
      ],
      ['2023-08'],
    ],
    [
      'a month of another quarter is another session’s',
      [
        'Chi bộ Giáo viên tổ chức sinh hoạt chuyên đề quý III năm 2023',
        'Tại buổi sinh hoạt chuyên đề tháng 11/2023, chi bộ sẽ bàn về công tác phát triển đảng viên.',
      ],
      ['2023-Q3'],
    ],
  ])('%s', (_, paragraphs, expected) => {
    const x = extractArticle(paragraphs.join('\n\n'))
    expect(x.events.map((e) => e.date)).toEqual(expected)
  })

  it('never gives the lead’s day to a sentence that writes its own', () => {
    const x = extractArticle(
      [
        'Chi bộ về nguồn',
        'Ngày 14/10/2023, đảng viên Chi bộ Trường Tiểu học An Bình về nguồn tại Khu di tích Tân Trào.',
        'Buổi sinh hoạt chuyên đề ôn lại lịch sử cách mạng sáng 13/10 đã đạt được mục đích, yêu cầu đề ra.',
      ].join('\n\n'),
    )
    expect(x.events.map((e) => e.date)).not.toContain('2023-10-14')
  })
})

// An active report with no cue before its verb may write its day at the clause's end; a
// document's issue date, a deadline or a plan's day is not the event's.
describe('the day written after what a report reports', () => {
  it.each<[string, string, string | null]>([
    [
      'at the end, after `vào`',
      'Vừa qua, Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW vào ngày 22/4.',
      '2024-04-22',
    ],
    [
      'after a comma, with its part of the day',
      'Huyện ủy Tân Thạnh tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW, sáng 22/4.',
      '2024-04-22',
    ],
    [
      'after a document’s issue date',
      'Huyện ủy Tân Thạnh tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị vào sáng 22/4.',
      '2024-04-22',
    ],
    [
      'with its year',
      'Đảng ủy xã An Bình vừa tổ chức hội nghị học tập Chỉ thị số 35-CT/TW vào ngày 22/4/2024.',
      '2024-04-22',
    ],
    [
      'a weekday lately past, before the verb (25/4/2024 is a Thursday)',
      'Sáng thứ Hai vừa qua, Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW.',
      '2024-04-22',
    ],
    [
      'a document’s issue date alone is no day of the event',
      'Huyện ủy Tân Thạnh tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.',
      null,
    ],
    [
      'a deadline is no day of the event',
      'Vừa qua, Huyện ủy Tân Thạnh tổ chức hội nghị triển khai kế hoạch, yêu cầu các chi bộ hoàn thành trước ngày 30/4.',
      null,
    ],
    [
      'a planned day is no day of the event',
      'Vừa qua, Huyện ủy Tân Thạnh tổ chức hội nghị bàn công tác chuẩn bị Đại hội, dự kiến diễn ra vào ngày 15/5.',
      null,
    ],
  ])('%s', (_, sentence, expected) => {
    const x = extractArticle(['Hội nghị', 'Ngày đăng: 25/04/2024', sentence].join('\n\n'))
    expect(x.events.map((e) => e.date)).toEqual([expected])
  })
})

// On a page with no date line, a day written with its year after the report's words is the
// event's as well; a document's date, a deadline or a plan is not.
describe('the day with its year after what a report reports, on a page with no date line', () => {
  it.each<[string, string, string | null]>([
    ['after `vào`', 'Đảng ủy xã Tân Lập tổ chức lễ mít tinh vào sáng 1/2/2025.', '2025-02-01'],
    [
      'after an occasion and a comma',
      'Kỷ niệm 95 năm Ngày thành lập Đảng, Đảng ủy xã Tân Lập tổ chức lễ mít tinh, sáng 1/2/2025.',
      '2025-02-01',
    ],
    [
      'a document’s issue date alone is no day of the event',
      'Huyện ủy Tân Thạnh tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.',
      null,
    ],
    [
      'a deadline is no day of the event',
      'Vừa qua, Huyện ủy Tân Thạnh tổ chức hội nghị triển khai đợt tuyên truyền kéo dài đến ngày 30/4/2024.',
      null,
    ],
    [
      'a planned day is no day of the event',
      'Vừa qua, Huyện ủy Tân Thạnh tổ chức hội nghị bàn công tác chuẩn bị Đại hội, dự kiến diễn ra vào ngày 15/5/2025.',
      null,
    ],
  ])('%s', (_, sentence, expected) => {
    const x = extractArticle(['Hội nghị', sentence].join('\n\n'))
    expect(x.article.publishedAt).toBeNull()
    expect(x.events.map((e) => e.date)).toEqual([expected])
  })
})

// An occasion opening the report (`Kỷ niệm 114 năm Ngày Quốc tế Phụ nữ (8.3.1910 - 8.3.2024), chiều
// 1.3, ...`): the report's day is the cue after its comma, not the occasion's dates.
describe('the day after an occasion that opens the report', () => {
  it.each<[string, string[], (string | null)[]]>([
    [
      'a day without its year, the year from the anniversary span',
      [
        'Hội thi',
        'Kỷ niệm 114 năm Ngày Quốc tế Phụ nữ (8.3.1910 - 8.3.2024), chiều 1.3, Hội LHPN xã Mỹ Hiệp tổ chức hội thi ẩm thực.',
      ],
      ['2024-03-01'],
    ],
    [
      'after `Chào mừng`',
      [
        'Mít tinh',
        'Chào mừng 94 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2024), sáng 1/2, Đoàn xã Tân Lập tổ chức lễ mít tinh.',
      ],
      ['2024-02-01'],
    ],
    [
      'after `Nhân dịp kỷ niệm`',
      [
        'Tri ân',
        'Nhân dịp kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2025), ngày 25/7, Huyện đoàn Tân Thạnh tổ chức lễ thắp nến tri ân.',
      ],
      ['2025-07-25'],
    ],
    [
      'on a dated page',
      [
        'Hội thi',
        'Ngày đăng: 05/03/2024',
        'Kỷ niệm 114 năm Ngày Quốc tế Phụ nữ (8.3.1910 - 8.3.2024), chiều 1.3, Hội LHPN xã Mỹ Hiệp tổ chức hội thi ẩm thực.',
      ],
      ['2024-03-01'],
    ],
    [
      'no day after the occasion: none taken from it',
      ['Mít tinh', 'Kỷ niệm 95 năm Ngày thành lập Đảng, Đảng ủy xã Tân Lập tổ chức lễ mít tinh.'],
      [null],
    ],
  ])('%s', (_, paragraphs, expected) => {
    const x = extractArticle(paragraphs.join('\n\n'))
    expect(x.events.map((e) => e.date?.slice(0, 10) ?? null)).toEqual(expected)
    expect(x.events.map((e) => e.organizer)).not.toContain(null)
  })
})

// A meeting held monthly or quarterly, reported with no day but named by its month or quarter.
describe('the month or quarter a report names its meeting by', () => {
  it.each<[string, string[], string | null]>([
    [
      'a quarter, with `năm`',
      ['Sinh hoạt chuyên đề', 'Vừa qua, Chi bộ Trường THCS An Bình tổ chức sinh hoạt chuyên đề quý II năm 2024.'],
      '2024-Q2',
    ],
    [
      'a quarter after a slash, on a page with a date line',
      [
        'Sinh hoạt chuyên đề',
        'Ngày đăng: 20/06/2024',
        'Mới đây, Chi bộ Trường THCS An Bình tổ chức sinh hoạt chuyên đề quý II/2024.',
      ],
      '2024-Q2',
    ],
    [
      'a month',
      ['Sinh hoạt', 'Vừa qua, Chi bộ Trường THCS An Bình tổ chức sinh hoạt chi bộ thường kỳ tháng 5/2024.'],
      '2024-05',
    ],
    [
      'a review of a quarter is held when it ends or after: only the year it names',
      [
        'Sơ kết quý I',
        'Ngày đăng: 20/04/2024',
        'Vừa qua, Đảng ủy xã An Bình tổ chức hội nghị sơ kết công tác quý I/2024.',
      ],
      '2024',
    ],
  ])('%s', (_, paragraphs, expected) => {
    const x = extractArticle(paragraphs.join('\n\n'))
    expect(x.events.map((e) => e.date)).toEqual([expected])
  })
})

// A contest told only by its closing (`Tối 25.11, bế mạc Hội thi ...`) ran up to that day: with no
// span of its own, on a page published that month, the closing's month (with no date line it
// stays undated, see above). A course may run for months: it is not dated so.
describe('a contest dated by the month of its closing', () => {
  it.each<[string, string[], (string | null)[][]]>([
    [
      'a closing on a dated page',
      [
        'Hội thi',
        'Ngày đăng: 26/11/2021',
        'Tối 25.11, bế mạc Hội thi “Báo cáo viên, tuyên truyền viên giỏi cấp tỉnh” năm 2021, Ban tổ chức trao 1 giải Nhất, 2 giải Nhì.',
      ],
      [
        ['contest', '2021-11'],
        ['ceremony', '2021-11-25'],
      ],
    ],
    [
      'a page of a later month: when the contest began is unknown',
      [
        'Hội thi',
        'Ngày đăng: 02/12/2021',
        'Tối 25.11, bế mạc Hội thi “Báo cáo viên, tuyên truyền viên giỏi cấp tỉnh” năm 2021, Ban tổ chức trao 1 giải Nhất.',
      ],
      [
        ['contest', null],
        ['ceremony', '2021-11-25'],
      ],
    ],
    [
      'a span of its own gives its first day',
      [
        'Hội thi',
        'Ngày đăng: 26/11/2021',
        'Hội thi diễn ra từ ngày 23 đến 25/11 với 22 thí sinh.',
        'Tối 25.11, bế mạc Hội thi “Báo cáo viên giỏi” năm 2021, Ban tổ chức trao 1 giải Nhất.',
      ],
      [
        ['contest', '2021-11-23'],
        ['ceremony', '2021-11-25'],
      ],
    ],
    [
      'a course is not dated by its closing',
      [
        'Lớp bồi dưỡng',
        'Ngày đăng: 26/11/2021',
        'Chiều 25/11, Trường Chính trị tỉnh tổ chức lễ bế giảng lớp bồi dưỡng kết nạp đảng viên.',
      ],
      [
        ['training', null],
        ['ceremony', '2021-11-25'],
      ],
    ],
  ])('%s', (_, paragraphs, expected) => {
    const x = extractArticle(paragraphs.join('\n\n'))
    expect(x.events.map((e) => [e.kind, e.date?.slice(0, 10) ?? null])).toEqual(expected)
  })
})

// A headline or heading that tells of an event with no day, and a sentence after it that names the
// event again by the head of its name with the day written.
describe('the day of an event named again after its headline', () => {
  const HEADLINE = 'Hội Nông dân huyện Tân Lập tổ chức Hội thi tuyên truyền viên giỏi'
  it.each<[string, string[], string | null]>([
    [
      'the next sentence names the contest with its day',
      ['Sau 01 ngày tranh tài sôi nổi, ngày 20/8/2024, Hội thi tuyên truyền viên giỏi đã kết thúc tốt đẹp.'],
      '2024-08-20',
    ],
    [
      'a later sentence gives the span of the contest: its first day',
      [
        'Nội dung của hội thi là tuyên truyền chủ trương của Đảng.',
        'Các thí sinh tranh tài ba phần thi.',
        'Thời gian diễn ra hội thi 2 ngày, từ ngày 27 đến ngày 28/9/2017.',
      ],
      '2017-09-27',
    ],
    [
      'a sentence past the lead with a day that does not name the event',
      [
        'Các thí sinh tranh tài ba phần thi.',
        'Nội dung tập trung vào chủ trương của Đảng.',
        'Ban Tổ chức trao giải cho các đội.',
        'Ngày 20/8/2024 là ngày Ban Thường vụ về thăm các xã.',
      ],
      null,
    ],
    [
      'a planned day is no day of the event',
      ['Vòng chung kết Hội thi tuyên truyền viên giỏi dự kiến diễn ra vào ngày 20/9/2024.'],
      null,
    ],
    [
      'a document’s issue date is no day of the event',
      ['Hội thi nhằm tuyên truyền Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.'],
      null,
    ],
  ])('%s', (_, body, expected) => {
    const x = extractArticle([HEADLINE, ...body].join('\n\n'))
    expect(x.events[0]?.date ?? null).toEqual(expected)
  })
  // The page's lead writes a day (the document's issue date), read only once a later sentence names
  // its event again: the later sentence's day is not taken.
  it('counter: the event’s own sentence writes a day, and a later one naming it again does not date it', () => {
    const x = extractArticle(
      [
        'CÁC ĐỊA PHƯƠNG ĐƯA NGHỊ QUYẾT 57 VÀO CUỘC SỐNG',
        'NHỮNG NGÀY QUA, NHIỀU ĐỊA PHƯƠNG ĐÃ TỔ CHỨC HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ.',
        'TRƯỚC ĐÓ, SÁNG 12/2/2025, BAN THƯỜNG VỤ THÀNH ỦY BẾN TRE TỔ CHỨC HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT 57.',
      ].join('\n\n'),
    )
    expect(x.events.map((e) => e.date)).toEqual([null, '2025-02-12'])
  })
})

// A report told first that opens `Dịp này, ...` refers to the occasion the sentence before tells
// of with no event read: that sentence's day.
describe('the day of the occasion a report told first refers to', () => {
  const LEAD = 'Tuổi trẻ cả nước tổ chức các hoạt động hưởng ứng Tháng Thanh niên.'
  const REPORT = 'Dịp này, Thành đoàn Cần Thơ cũng tổ chức ra quân Chương trình tình nguyện mùa xuân.'
  it.each<[string, string, string | null]>([
    [
      'the day after an anniversary’s span in the sentence before',
      'Hướng đến kỷ niệm 93 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2024), ngày 24/02/2024, tại nhiều tỉnh, thành trên cả nước đã diễn ra Lễ khởi động Tháng Thanh niên.',
      '2024-02-24',
    ],
    [
      'counter: the anniversary’s span alone is no day of the occasion',
      'Hướng đến kỷ niệm 93 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2024), tại nhiều tỉnh, thành trên cả nước đã diễn ra Lễ khởi động Tháng Thanh niên.',
      null,
    ],
    [
      'counter: a plan’s issue date is no day of the occasion',
      'Tuổi trẻ cả nước hưởng ứng Tháng Thanh niên theo Kế hoạch số 12-KH/TĐTN ngày 10/01/2024 của Tỉnh đoàn.',
      null,
    ],
  ])('%s', (_, before, expected) => {
    const x = extractArticle(['Khởi động Tháng Thanh niên', LEAD, before, REPORT].join('\n\n'))
    // The report's date; a dated kick-off in the sentence before is an event of its own.
    expect(x.events.at(-1)?.date ?? null).toBe(expected)
  })
})
