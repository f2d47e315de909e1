import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const kinds = (text: string) => extractArticle(text).events.map((e) => e.kind)

// `Hội nghị do Ban Bí thư chủ trì, dự kiến tổ chức ngày 7/2/2026. ... Hội nghị cũng được phát trực
// tiếp trên các kênh ...`: after a sentence that opens with an event's head and tells it as
// planned, a sentence that opens with the same head describes the plan, not a report.
describe('an event told as planned, then described', () => {
  const plan = 'Hội nghị do Ban Bí thư Trung ương Đảng chủ trì, chỉ đạo, dự kiến tổ chức ngày 7/2/2026.'

  it.each([
    'Hội nghị cũng được phát trực tiếp trên các kênh của Đài Truyền hình Việt Nam.',
    'Hội nghị nghe chuyên đề về Chương trình hành động thực hiện Nghị quyết.',
  ])('“%s” reports nothing', (text) => {
    expect(kinds(`${plan}\n\n${text}`)).toEqual([])
  })

  it('alone, the sentence reports the event', () => {
    expect(kinds('Hội nghị nghe chuyên đề về Chương trình hành động thực hiện Nghị quyết.')).toEqual(['conference'])
  })

  it('a report of another head after the plan is read', () => {
    expect(kinds(`${plan}\n\nLễ phát động thi đua được tổ chức vào sáng 20/1/2026.`)).toEqual(['launch'])
  })
})
