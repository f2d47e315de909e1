import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.date])

// A listing of teasers, or a day's second sitting: after an event was reported, `Ngày 12/12,
// phát biểu chỉ đạo Hội nghị triển khai ..., Phó Thủ tướng ... yêu cầu ...` (a speech on a day of
// its own at an event of a kind not yet reported) tells that this event took place too.
describe('a dated speech at an event of another kind', () => {
  const first = 'Ngày 13/12/2025, Bộ Tư pháp tổ chức Hội nghị toàn quốc tổng kết công tác tư pháp năm 2025.'

  it('reports the second event', () => {
    expect(
      read(
        `${first}\n\nNgày 12/12/2025, phát biểu chỉ đạo Hội nghị triển khai thực hiện nhiệm vụ công tác thi hành án dân sự, Phó Thủ tướng yêu cầu Bộ Tư pháp quyết liệt hơn.`,
      ),
    ).toEqual([
      ['review', '2025-12-13'],
      ['dissemination', '2025-12-12'],
    ])
  })

  it.each([
    // The same kind as the event reported: the same event spoken of again.
    'Ngày 13/12/2025, phát biểu chỉ đạo Hội nghị tổng kết, Phó Thủ tướng yêu cầu Bộ Tư pháp quyết liệt hơn.',
    // No day of its own.
    'Phát biểu chỉ đạo Hội nghị triển khai thực hiện nhiệm vụ công tác thi hành án dân sự, Phó Thủ tướng yêu cầu Bộ Tư pháp quyết liệt hơn.',
  ])('“%s” adds no event', (text) => {
    expect(read(`${first}\n\n${text}`)).toEqual([['review', '2025-12-13']])
  })
})
