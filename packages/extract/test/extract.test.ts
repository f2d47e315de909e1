import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/extract.ts'
import { GoldArticleSchema, toGold } from '../src/gold.ts'

describe('extractArticle: a whole article', () => {
  const text = [
    'Huyện ủy An Lão sơ kết Kết luận 01',
    '',
    '05/04/2024',
    '',
    'Sáng 4/4, tại Hội trường Huyện ủy, Ban Thường vụ Huyện ủy An Lão tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.',
    '',
    'Kết luận hội nghị, đồng chí Bí thư Huyện ủy yêu cầu tiếp tục quán triệt Quy định 144-QĐ/TW của Bộ Chính trị.',
    '',
    'Chiều cùng ngày, Huyện đoàn An Lão tổ chức Lễ ra mắt Câu lạc bộ “Thanh niên với pháp luật”.',
    '',
    'Trước đó, Ban Tuyên giáo Huyện ủy đã tổ chức lớp bồi dưỡng báo cáo viên.',
    '',
    'Tỉnh đoàn sẽ tổ chức Hội thi tìm hiểu lịch sử Đảng vào tháng 6.',
    '',
    'Minh Khang',
  ].join('\n')
  const x = extractArticle(text)

  it('reads each reported event with kind, date, part of day, organiser, location and directives', () => {
    expect(x.events.map((e) => [e.kind, e.date, e.partOfDay, e.organizer, e.location, e.directives])).toEqual([
      [
        'review',
        '2024-04-04',
        'morning',
        'Ban Thường vụ Huyện ủy An Lão',
        'Hội trường Huyện ủy',
        ['01-KL/TW', '05-CT/TW'],
      ],
      ['launch', '2024-04-04', 'afternoon', 'Huyện đoàn An Lão', null, []],
      ['training', null, null, 'Ban Tuyên giáo Huyện ủy', null, []],
    ])
  })

  it('reads the relation the text states and cites every directive once', () => {
    expect(x.relations.map((r) => [r.from, r.type, r.to])).toEqual([['01-KL/TW', 'implements', '05-CT/TW']])
    expect(x.directives.map((d) => d.code)).toEqual(['01-KL/TW', '05-CT/TW', '144-QĐ/TW'])
    expect(x.citations.filter((c) => c.event === null)).toHaveLength(3)
  })

  it('projects onto the gold shape, which validates', () => {
    const gold = toGold(x)
    expect(GoldArticleSchema.safeParse(gold).success).toBe(true)
    expect(gold).toMatchObject({
      title: 'Huyện ủy An Lão sơ kết Kết luận 01',
      publishedAt: '2024-04-05',
      byline: 'Minh Khang',
    })
  })
})

describe('extractArticle: the article record of a page', () => {
  it('takes the title past the site name and section, and a date line with a counter after a dash', () => {
    const x = extractArticle(
      [
        'TẠP CHÍ TUYÊN GIÁO',
        'Thực tiễn - Kinh nghiệm',
        '',
        'Hà Giang: Đưa Quy định 144-QĐ/TW vào cuộc sống bằng việc làm cụ thể',
        '',
        'Ngày đăng: 21/10/2024 - Lượt xem: 312',
        '',
        'Sáng 18/10, Huyện ủy Đồng Văn tổ chức hội nghị quán triệt Quy định 144-QĐ/TW.',
        '',
        'Bài và ảnh: NGỌC HÂN',
        '',
        'Chia sẻ Facebook Zalo Twitter',
      ].join('\n'),
    )
    expect([x.article.title, x.article.publishedAt, x.article.byline]).toEqual([
      'Hà Giang: Đưa Quy định 144-QĐ/TW vào cuộc sống bằng việc làm cụ thể',
      '2024-10-21',
      'NGỌC HÂN',
    ])
  })

  it('takes a source of two words before the lead, and dates the event after it', () => {
    const x = extractArticle(
      'Tin Lữ đoàn 297 sinh hoạt chuyên đề học tập\n\n05/11/2024\n\nQĐND Online - Sáng thứ Hai (4/11), Đảng ủy Lữ đoàn 297 tổ chức sinh hoạt chuyên đề.',
    )
    expect([x.article.source, x.events.map((e) => e.date)]).toEqual(['QĐND Online', ['2024-11-04']])
  })

  // The byline of a page that prints the author under the title.
  const byline = (line: string) =>
    extractArticle(
      [
        'Nâng cao hiệu quả bảo vệ nền tảng tư tưởng của Đảng từ chi bộ',
        '',
        line,
        '',
        'Thứ Sáu, 21/3/2025 10:05',
        '',
        'Sáng 20/3, Huyện ủy tổ chức hội nghị quán triệt.',
      ].join('\n'),
    ).article.byline
  it.each([
    { reading: 'with a degree', line: 'TS ĐẶNG THỊ MINH NGUYỆT - Học viện Chính trị khu vực III' },
    { reading: 'in capitals', line: 'HOÀNG LAN - MINH PHÚ - THANH TÂM' },
  ])('reads the author printed under the title, $reading', ({ line }) => {
    expect(byline(line)).toBe(line)
  })
})
