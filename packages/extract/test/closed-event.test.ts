import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.date])

// `Hội thao công nhân viên chức năm 2024 đã khép lại vào chiều 20/5`: an event brought to its
// close took place, as one that `bế mạc`; only where the clause ends there or its time follows
// (`khép lại một chặng đường 10 năm` closes a span, not an event).
describe('an event brought to its close', () => {
  const launch = 'Sáng 18/5/2024, Huyện đoàn tổ chức Lễ ra quân Tháng Thanh niên.'

  it.each([
    'Hội thao công nhân viên chức lao động năm 2024 đã khép lại vào chiều 20/5/2024.',
    'Chiều 20/5/2024, Hội thao công nhân viên chức lao động năm 2024 đã khép lại.',
    'Chiều 20/5/2024, Hội thao công nhân viên chức lao động năm 2024 khép lại sau 3 ngày tranh tài.',
  ])('“%s” reports the event', (text) => {
    expect(read(`${launch} ${text}`)).toEqual([
      ['launch', '2024-05-18'],
      ['other', '2024-05-20'],
    ])
  })

  it.each([
    'Hội thao công nhân viên chức lao động đã khép lại một chặng đường 10 năm xây dựng và phát triển.',
    'Hội thao công nhân viên chức lao động năm 2024 đã khép lại.',
  ])('“%s” adds no event', (text) => {
    expect(read(`${launch} ${text}`)).toEqual([['launch', '2024-05-18']])
  })
})
