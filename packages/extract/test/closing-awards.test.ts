import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

// Closing a contest with its awards handed is read as closing it: its closing ceremony that day,
// and the contest it closes.
describe('closing a contest and handing its awards', () => {
  it.each([
    'Chiều 14/5/2024, Ban Tuyên giáo Tỉnh ủy Nghệ An tổ chức bế mạc và trao giải Hội thi Báo cáo viên giỏi năm 2024.',
    'Tối 14/5/2024, Ban Tuyên giáo Tỉnh ủy Nghệ An bế mạc, trao giải Hội thi Báo cáo viên giỏi năm 2024.',
    'Chiều 14/5/2024, Ban Tuyên giáo Tỉnh ủy Nghệ An bế mạc Hội thi Báo cáo viên giỏi năm 2024.',
  ])('“%s” closes the contest', (text) => {
    const events = extractArticle(text).events.map((e) => [e.kind, e.date])
    expect(events).toEqual([
      ['contest', null],
      ['ceremony', '2024-05-14'],
    ])
  })
})
