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
})
