import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

// A speaker's quotation that goes on past a sentence tells of a practice unless it gives a day.
describe('events inside a speaker’s quotation', () => {
  it('reads no event in quoted words about a practice', () => {
    const text =
      'Thầy giáo Nguyễn Văn B chia sẻ: "Chúng tôi quán triệt tinh thần Hội thi đến toàn thể giáo viên. Kết thúc năm học, đến gần dịp sinh nhật Bác, Trường tổ chức hội thi để trao giải cho các em."'
    expect(extractArticle(text).events).toEqual([])
  })

  it('reads a quoted sentence that gives its day', () => {
    const text =
      'Đồng chí Bí thư cho biết: “Chúng tôi đã chuẩn bị chu đáo. Ngày 12/3/2024, Huyện ủy Nam Đàn tổ chức hội nghị quán triệt Nghị quyết 57-NQ/TW cho 300 cán bộ.”'
    expect(extractArticle(text).events.map((e) => e.date)).toEqual(['2024-03-12'])
  })

  it('reads the next paragraph, after the quotation closed', () => {
    const text =
      'Ông B chia sẻ: “Chúng tôi luôn cố gắng. Các em rất hào hứng.”\n\nSáng 12/5/2024, Trường THPT Hồng Quang tổ chức hội thi kể chuyện về Bác.'
    expect(extractArticle(text).events.map((e) => e.kind)).toEqual(['contest'])
  })
})
