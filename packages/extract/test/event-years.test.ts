import { ExtractionSchema } from '@vanban/core'
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/extract.ts'
import { GoldArticleSchema, toGold } from '../src/gold.ts'

// Pages without a date line: the events' days are written without their year, which the text's
// own evidence gives, marked inferred and less sure than a written one.
describe('event years from the text, on a page with no publication date', () => {
  it.each<[string, string[], [string | null, boolean, number | null][]]>([
    [
      'a five-year review of a 2016 directive',
      [
        'Sơ kết 5 năm thực hiện Chỉ thị 05',
        'Sáng 12/6, Ban Bí thư Trung ương Đảng tổ chức hội nghị trực tuyến toàn quốc sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.',
      ],
      [['2021-06-12', true, 0.85]],
    ],
    [
      'an anniversary of a national occasion, counted from its known year, which the text agrees with',
      [
        'Kỷ niệm ngày thành lập Đoàn',
        'Sáng 25/3, Đoàn xã Tân Lập tổ chức lễ kỷ niệm 90 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh.',
        'Dịp này, Đoàn xã trao 10 suất học bổng cho đoàn viên vượt khó năm 2021.',
      ],
      [['2021-03-25', true, 0.85]],
    ],
    [
      'two national occasions’ counts agree',
      [
        'Kỷ niệm ngày thành lập Hội',
        'Chiều 18/10, tại Hội trường xã, Hội Liên hiệp Phụ nữ xã Đông Hòa tổ chức Lễ kỷ niệm 93 năm Ngày thành lập Hội LHPN Việt Nam và 13 năm Ngày Phụ nữ Việt Nam.',
      ],
      [['2023-10-18', true, 0.85]],
    ],
    [
      'a national occasion’s count alone is outside knowledge: no year',
      [
        'Kỷ niệm ngày thành lập Đoàn',
        'Sáng 25/3, Đoàn xã Tân Lập tổ chức lễ kỷ niệm 90 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh.',
      ],
      [[null, false, null]],
    ],
    [
      'after the directives it carries out',
      [
        'Đảng ủy phường quán triệt các văn bản mới',
        'Sáng 12/8, Đảng ủy phường Hòa Cường tổ chức hội nghị quán triệt Chỉ thị số 45-CT/TW ngày 3/6/2025 và Quy định số 368-QĐ/TW ngày 20/7/2025 của Bộ Chính trị.',
      ],
      [['2025-08-12', true, 0.6]],
    ],
    [
      'a year in the event’s name, then the same day',
      [
        'Tập huấn nghiệp vụ',
        'Ngày 26/10, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị tập huấn nghiệp vụ công tác tuyên giáo năm 2023.',
        'Chiều cùng ngày, Ban Tuyên giáo Tỉnh ủy tổ chức lễ bế giảng lớp bồi dưỡng.',
      ],
      [
        ['2023-10-26', true, 0.8],
        ['2023-10-26', true, 0.8],
      ],
    ],
    [
      'a year-end review held in January',
      [
        'Tổng kết công tác dân vận',
        'Ngày 9/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2019, triển khai nhiệm vụ năm 2020.',
      ],
      [['2020-01-09', true, 0.8]],
    ],
    [
      'a drive launched for a period opens it',
      [
        'Xây dựng chi bộ bốn tốt',
        'Sáng 3/8, Đảng ủy phường tổ chức phát động phong trào thi đua xây dựng “Chi bộ bốn tốt” giai đoạn 2023-2025.',
        'Năm 2022, Đảng bộ phường có 39 đảng viên hoàn thành xuất sắc nhiệm vụ.',
      ],
      [['2023-08-03', true, 0.5]],
    ],
    [
      'a review of a period comes at its end',
      [
        'Tổng kết phong trào',
        'Sáng 20/12, Đảng ủy phường tổ chức hội nghị tổng kết phong trào thi đua giai đoạn 2021-2025.',
      ],
      [['2025-12-20', true, 0.5]],
    ],
    [
      'an anniversary counted from a date in brackets',
      [
        'Kỷ niệm lời kêu gọi thi đua ái quốc',
        'Sáng 3/6, tại Hà Nội, Trung ương tổ chức lễ kỷ niệm 70 năm ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc (11/6/1948).',
      ],
      [['2018-06-03', true, 0.85]],
    ],
    [
      'a dateline before the day',
      [
        'Gặp mặt kỷ niệm',
        'Kinhtedothi - Ngày 15/6, Huyện ủy Thạch Thất đã tổ chức Hội nghị gặp mặt kỷ niệm 75 năm Ngày thành lập Đảng bộ huyện (15/6/1945 - 15/6/2020).',
      ],
      [['2020-06-15', true, 0.85]],
    ],
    [
      'a meeting working on the review of a document comes an unknown span after it',
      [
        'Họp Ban Chỉ đạo',
        'Sáng ngày 20/11, tại Huyện ủy, Ban Chỉ đạo tổng kết thực hiện Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương họp bàn dự thảo báo cáo.',
      ],
      [[null, false, null]],
    ],
    [
      'a directive issued eleven months before does not fix the year',
      [
        'Giao ban Chỉ thị 05',
        'Ngày 17-4, tại tỉnh Bắc Giang, Ban Tuyên giáo Trung ương đã tổ chức Hội nghị giao ban việc thực hiện Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị.',
      ],
      [[null, false, null]],
    ],
    [
      'an event in the same meeting takes its day (Cũng trong hội nghị này)',
      [
        'Triển khai chuyên đề',
        'Sáng ngày 12/02/2020, Đảng ủy xã Đại Hiệp đã tổ chức Hội nghị triển khai chuyên đề Chỉ thị 05-CT/TW năm 2020.',
        'Cũng trong hội nghị này, Đảng ủy xã đã phát động Cuộc thi viết “Đảng, Bác Hồ với quê hương, đất nước”.',
      ],
      [
        ['2020-02-12', false, 1],
        ['2020-02-12', false, 1],
      ],
    ],
    [
      'a recent report whose event names its year',
      [
        'Chung kết Hội thi tuyên truyền viên',
        'Vừa qua, Thị ủy Ninh Hòa đã tổ chức Vòng thi chung kết Hội thi tuyên truyền viên cơ sở giỏi năm 2023.',
      ],
      [['2023', true, 0.8]],
    ],
    [
      'a recent gathering dated by the anniversary it celebrates',
      [
        'Họp mặt kỷ niệm',
        'Sáng nay, Huyện ủy tổ chức buổi họp mặt kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2024).',
      ],
      [['2024', true, 0.85]],
    ],
    [
      'an anniversary at a meeting reported before without a day dates both',
      [
        'Sơ kết 6 tháng',
        'Tại hội nghị, Hội Liên hiệp Phụ nữ huyện đánh giá kết quả công tác 6 tháng qua.',
        'Tại hội nghị này, Hội Liên hiệp Phụ nữ huyện tổ chức họp mặt kỷ niệm 20 năm Ngày Gia đình Việt Nam (28/6/2001 - 28/6/2021).',
      ],
      [
        ['2021', true, 0.85],
        ['2021', true, 0.85],
      ],
    ],
    [
      'a year of history in an undated report is no date',
      [
        'Sinh hoạt chuyên đề',
        'Vừa qua, Chi bộ tổ chức buổi sinh hoạt chuyên đề ôn lại Cách mạng Tháng Tám năm 1945.',
        'Năm học 2022 - 2023 là năm học đầu tiên thực hiện chương trình; kết quả năm 2022 tốt.',
      ],
      [[null, false, null]],
    ],
    [
      'a congress opens the latest term the text names, closing the one before',
      [
        'Đại hội Hội Sinh viên',
        'Đại hội đại biểu Hội Sinh viên tỉnh lần thứ V diễn ra từ ngày 18 đến 20-12.',
        'Đại hội tổng kết công tác Hội nhiệm kỳ 2018-2023 và bầu Ban Chấp hành nhiệm kỳ 2023-2028.',
      ],
      [['2023-12-18', true, 0.4]],
    ],
    [
      'counter: a meeting that is no congress may fall in any year of a term: the term gives none',
      [
        'Hội nghị Ban Chấp hành',
        'Sáng 18/12, Ban Chấp hành Hội Sinh viên tỉnh tổ chức hội nghị lần thứ 3.',
        'Hội nghị đánh giá công tác Hội và bàn nhiệm vụ nhiệm kỳ 2023-2028.',
      ],
      [[null, false, null]],
    ],
    [
      'counter: the dissemination of a congress’s resolution follows it; its term in the event’s words gives no year',
      [
        'Học tập Nghị quyết Đại hội',
        'Sáng 7.4, Thành Đoàn tổ chức Hội nghị học tập, quán triệt Nghị quyết Đại hội Hội Sinh viên thành phố lần thứ X, nhiệm kỳ 2018 – 2023.',
      ],
      [[null, false, null]],
    ],
    [
      'a period that is no term still dates the event',
      [
        'Phát động thi đua',
        'Sáng 7/4, Ủy ban nhân dân huyện tổ chức lễ phát động phong trào thi đua giai đoạn 2023 - 2025.',
      ],
      [['2023-04-07', true, 0.5]],
    ],
    [
      'nothing bounds the year',
      ['Hội nghị báo cáo viên', 'Sáng 8/9, Ban Tuyên giáo Huyện ủy tổ chức Hội nghị báo cáo viên.'],
      [[null, false, null]],
    ],
  ])('%s', (_, paragraphs, expected) => {
    const x = extractArticle(paragraphs.join('\n\n'))
    expect(x.article.publishedAt).toBeNull()
    expect(x.events.map((e) => [e.date, e.dateInferred, e.dateConfidence])).toEqual(expected)
    expect(ExtractionSchema.safeParse(x).success).toBe(true)
  })

  // A school year runs from August to July; a review of N years of a dated document falls in the
  // months around the day they end.
  it.each<[string, string[], (string | null)[]]>([
    [
      'a school year’s spring is in its second year',
      ['Hội thi', 'Sáng 12/3, Trường THCS An Bình tổ chức hội thi giáo viên dạy giỏi năm học 2023 - 2024.'],
      ['2024-03-12'],
    ],
    [
      'its autumn in its first',
      ['Khai giảng', 'Sáng 5/9, Trường THCS An Bình long trọng tổ chức lễ khai giảng năm học mới 2023 - 2024.'],
      ['2023-09-05'],
    ],
    [
      'a school year after an occasion’s name is no anniversary span',
      [
        'Kỷ niệm Ngày Nhà giáo',
        'Ngày 18/11, Trường THCS An Bình tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam, năm học 2023-2024.',
      ],
      ['2023-11-18'],
    ],
    [
      'the school year written elsewhere on the page',
      [
        'Tổng kết năm học',
        'Sáng 25/5, Trường THCS An Bình tổ chức lễ tổng kết, trao thưởng cho học sinh.',
        'Trong năm học 2023-2024, nhà trường có 45 học sinh giỏi cấp huyện.',
      ],
      ['2024-05-25'],
    ],
    [
      'a review of three years held months after they end',
      [
        'Sơ kết',
        'Sáng 9/1, Huyện ủy Tân Thạnh tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 05-NQ/HU ngày 10/12/2020 của Huyện ủy.',
      ],
      ['2024-01-09'],
    ],
    [
      'a review told by its results',
      [
        'Sơ kết',
        'Sáng 22/8, Huyện ủy Tân Thạnh tổ chức hội nghị đánh giá kết quả 3 năm thực hiện Nghị quyết số 05-NQ/TU ngày 30/7/2020 của Tỉnh ủy.',
      ],
      ['2023-08-22'],
    ],
    [
      'a month cue with no year takes the year the event names',
      ['Tháng Thanh niên', 'Trong tháng 3, Đoàn xã An Bình tổ chức lễ ra quân Tháng Thanh niên năm 2023.'],
      ['2023-03'],
    ],
    [
      'a range of days with `ngày` left out',
      ['Lớp bồi dưỡng', 'Từ 23-25/10, Huyện ủy Tân Thạnh tổ chức lớp bồi dưỡng lý luận chính trị năm 2023.'],
      ['2023-10-23'],
    ],
    [
      'the title names the year of the event the page reports first, with no day',
      [
        'Hội thi tuyên truyền viên giỏi năm 2023',
        'Vừa qua, Huyện đoàn Tân Thạnh tổ chức Hội thi tuyên truyền viên giỏi.',
      ],
      ['2023'],
    ],
    [
      'not of a second event',
      [
        'Hội thi tuyên truyền viên giỏi năm 2023',
        'Vừa qua, Huyện đoàn Tân Thạnh tổ chức Hội thi tuyên truyền viên giỏi.',
        'Trước đó, Huyện đoàn Tân Thạnh tổ chức lễ ra mắt Câu lạc bộ Lý luận trẻ.',
      ],
      ['2023', null],
    ],
    [
      'a congress with no day opens its term: the term’s first year',
      ['Đại hội', 'Vừa qua, Chi bộ Trường THCS An Bình tổ chức Đại hội Chi bộ nhiệm kỳ 2025 - 2027.'],
      ['2025'],
    ],
    [
      'a launch with no day opens its period',
      ['Phát động', 'Vừa qua, Huyện đoàn Tân Thạnh phát động phong trào thi đua giai đoạn 2023 - 2025.'],
      ['2023'],
    ],
    [
      'a course opened with no day',
      [
        'Khai giảng',
        'Vừa qua, Trung tâm Chính trị huyện tổ chức lễ khai giảng lớp Trung cấp lý luận chính trị khóa 2023 - 2025.',
      ],
      ['2023'],
    ],
    [
      'a school year opened with no day',
      ['Khai giảng', 'Vừa qua, Trường THCS An Bình tổ chức lễ khai giảng năm học 2023 - 2024.'],
      ['2023'],
    ],
    [
      'a school year closed with no day',
      ['Tổng kết năm học', 'Vừa qua, Trường THCS An Bình tổ chức lễ tổng kết năm học 2023 - 2024.'],
      ['2024'],
    ],
    [
      'a review of a congress follows the congress that opens the term: the term’s first year',
      [
        'Tổng kết',
        'Vừa qua, Đảng ủy xã An Bình tổ chức hội nghị tổng kết công tác tổ chức Đại hội Đảng bộ xã lần thứ X, nhiệm kỳ 2020 - 2025.',
      ],
      ['2020'],
    ],
    [
      'training for the congresses that open a term readies them: the term’s first year',
      [
        'Tập huấn',
        'Thực hiện kế hoạch của Đảng ủy Công ty về việc tổ chức Đại hội chi bộ nhiệm kỳ 2022-2025, Đảng ủy Công ty tổ chức tập huấn công tác tổ chức đại hội chi bộ cho các đồng chí bí thư chi bộ.',
      ],
      ['2022'],
    ],
    [
      'counter: training on another matter under a term has no year from it',
      [
        'Tập huấn',
        'Thực hiện Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2022-2025, Đảng ủy Công ty tổ chức tập huấn nghiệp vụ công tác kiểm tra cho các đồng chí bí thư chi bộ.',
      ],
      [null],
    ],
    [
      'counter: a review of the term, not of its congress, closes it',
      ['Tổng kết', 'Vừa qua, Đảng ủy xã An Bình tổ chức tổng kết nhiệm kỳ 2020 - 2025.'],
      ['2025'],
    ],
    [
      'a meeting that neither opens nor closes the term it names has no year from it',
      [
        'Quán triệt',
        'Vừa qua, Đảng ủy xã An Bình tổ chức hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025.',
      ],
      [null],
    ],
    [
      'greetings for the Lunar New Year in the December before it',
      [
        'Chúc Tết',
        'Sáng 28/12, Huyện ủy Tân Thạnh tổ chức gặp mặt, chúc Tết các đảng viên cao tuổi nhân dịp Tết Nguyên đán Giáp Thìn 2024.',
      ],
      ['2023-12-28'],
    ],
    [
      'a gathering early in the spring, its year told by its stem and branch',
      ['Gặp mặt đầu xuân', 'Sáng 20/2, Huyện ủy Tân Thạnh tổ chức gặp mặt đầu xuân Ất Tỵ.'],
      ['2025-02-20'],
    ],
    [
      'a council votes the next year’s budget in December',
      [
        'Kỳ họp thứ 15 HĐND tỉnh',
        'Sáng 8/12, HĐND tỉnh khai mạc Kỳ họp thứ 15 để xem xét, thông qua dự toán ngân sách nhà nước năm 2024.',
      ],
      ['2023-12-08'],
    ],
    // One day, two events; the period is the second's (a programme signed for 2021-2026), not the
    // first review's span.
    [
      'a review and a signing on one day share the year the signing’s period gives',
      [
        'Tổng kết công tác lý luận',
        'Ngày 23/11, tại Hà Nội, Bộ Công an tổ chức Hội nghị Tổng kết 10 năm công tác lý luận trong tình hình mới và Lễ ký Chương trình phối hợp với Hội đồng Lý luận Trung ương giai đoạn 2021-2026.',
      ],
      ['2021-11-23', '2021-11-23'],
    ],
    [
      'a term is no school year: a congress opens its term',
      ['Đại hội', 'Ngày 12/4, Chi bộ Trường THCS An Bình tổ chức Đại hội Chi bộ nhiệm kỳ 2022 - 2025.'],
      ['2022-04-12'],
    ],
  ])('%s', (_, paragraphs, expected) => {
    const x = extractArticle(paragraphs.join('\n\n'))
    expect(x.article.publishedAt).toBeNull()
    expect(x.events.map((e) => (e.date === null ? null : e.date.slice(0, 10)))).toEqual(expected)
    expect(x.events.every((e) => e.date === null || (e.dateInferred && (e.dateConfidence ?? 1) < 1))).toBe(true)
  })

  // A meeting that reviews a year and plans the next, with no day: the year it plans.
  it.each<[string, string[], (string | null)[]]>([
    [
      'a year reviewed and the next planned',
      [
        'Triển khai nhiệm vụ quân sự',
        'Vừa qua, UBND huyện Nông Sơn tổ chức Hội nghị tổng kết nhiệm vụ quốc phòng, quân sự địa phương năm 2017, triển khai phương hướng, nhiệm vụ năm 2018.',
      ],
      ['2018'],
    ],
    [
      'a signing to carry out a year’s targets',
      [
        'Ký kết giao nhiệm vụ',
        'Vừa qua, Tổng công ty tổ chức Lễ ký kết thỏa thuận giao nhiệm vụ, quyết tâm hoàn thành các chỉ tiêu, nhiệm vụ năm 2021.',
      ],
      ['2021'],
    ],
    [
      'a later year written in the text: no year',
      [
        'Tổng kết năm',
        'Vừa qua, Đảng ủy xã tổ chức Hội nghị tổng kết công tác năm 2017, triển khai nhiệm vụ năm 2018.',
        'Đến năm 2020, xã phấn đấu đạt chuẩn nông thôn mới.',
        'Năm 2019, xã đã hoàn thành 15 tiêu chí.',
      ],
      [null],
    ],
    [
      'a year reviewed whole and the first months of the next: the latest',
      [
        'Sơ kết phong trào',
        'Vừa qua, Công an huyện tổ chức Hội nghị sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2018 và 8 tháng đầu năm 2019.',
      ],
      ['2019'],
    ],
    [
      'two years reviewed whole: no year',
      [
        'Sơ kết phong trào',
        'Vừa qua, Công an huyện tổ chức Hội nghị sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2018 và năm 2019.',
      ],
      [null],
    ],
    [
      'a year reviewed alone, no plan: no year',
      ['Tổng kết năm', 'Vừa qua, Đảng ủy xã tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2017.'],
      [null],
    ],
  ])('%s', (_, paragraphs, expected) => {
    const x = extractArticle(paragraphs.join('\n\n'))
    expect(x.events.map((e) => e.date)).toEqual(expected)
    expect(x.events.every((e) => e.date === null || (e.dateInferred && (e.dateConfidence ?? 1) < 1))).toBe(true)
  })

  // A review of a year that plans the next, dated early in the year it reviews: the next year's.
  it.each<[string, string, string]>([
    [
      'the year reviewed typed at the turn of the year',
      'Sáng ngày 06/01/2017, Đảng ủy xã Nam Hương tổ chức Hội nghị tổng kết tình hình thực hiện nhiệm vụ công tác xây dựng Đảng năm 2017, triển khai phương hướng nhiệm vụ năm 2018.',
      '2018-01-06',
    ],
    [
      'counter: held in the year after the one reviewed, as written',
      'Sáng ngày 06/01/2018, Đảng ủy xã Nam Hương tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2017, triển khai phương hướng nhiệm vụ năm 2018.',
      '2018-01-06',
    ],
    [
      'counter: held late in the year reviewed, as written',
      'Sáng ngày 28/12/2017, Đảng ủy xã Nam Hương tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2017, triển khai phương hướng nhiệm vụ năm 2018.',
      '2017-12-28',
    ],
    [
      'counter: a year reviewed, no plan: as written',
      'Sáng ngày 06/01/2017, Đảng ủy xã Nam Hương tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2017.',
      '2017-01-06',
    ],
  ])('%s', (_, report, date) => {
    const x = extractArticle(['Tổng kết công tác năm', report].join('\n\n'))
    expect(x.events.map((e) => e.date?.slice(0, 10))).toEqual([date])
  })

  it('projects an event dated to its year alone onto the gold shape as the contract writes it', () => {
    const gold = toGold(
      extractArticle('Hội thi\n\nVừa qua, Thị ủy Ninh Hòa đã tổ chức Hội thi tuyên truyền viên cơ sở giỏi năm 2023.'),
    )
    expect(gold.events.map((e) => e.date)).toEqual(['2023'])
    expect(GoldArticleSchema.safeParse(gold).success).toBe(true)
  })

  it.each<[string, string, (string | null)[]]>([
    [
      'a day-less event named with its year, on a dated page',
      'Tôn vinh thanh niên\n\nNgày đăng: 05/12/2022\n\nTại Hà Nội, Trung ương Đoàn tổ chức lễ trao danh hiệu “Thanh niên tiêu biểu 2022”.',
      ['2022'],
    ],
    [
      'never a year after the page’s',
      'Tôn vinh thanh niên\n\nNgày đăng: 05/12/2021\n\nTại Hà Nội, Trung ương Đoàn tổ chức lễ trao danh hiệu “Thanh niên tiêu biểu 2022”.',
      [null],
    ],
  ])('%s', (_, text, expected) => {
    expect(extractArticle(text).events.map((e) => e.date)).toEqual(expected)
  })

  it('keeps a written year, and the publication date’s year, as stated (not inferred)', () => {
    const written = extractArticle(
      'Tập huấn\n\nSáng 12/8/2019, Ban Tuyên giáo Huyện ủy tổ chức Hội nghị tập huấn nghiệp vụ năm 2023.',
    )
    expect(written.events.map((e) => [e.date, e.dateInferred, e.dateConfidence])).toEqual([['2019-08-12', false, 1]])
    const published = extractArticle(
      'Tập huấn\n\n13/08/2024\n\nSáng 12/8, Ban Tuyên giáo Huyện ủy tổ chức Hội nghị tập huấn nghiệp vụ năm 2023.',
    )
    expect(published.events.map((e) => [e.date, e.dateInferred, e.dateConfidence])).toEqual([['2024-08-12', false, 1]])
  })
})
