import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])

// `Trong khuôn khổ Đại hội, X ra mắt ...`: what a body does within the frame of an event told
// before is done, and is an event of its own; the frame may span days, so it gives no day.
describe('an act done within the frame of an event', () => {
  const congress = 'Sáng 18/12/2023, Đại hội đại biểu toàn quốc Hội Sinh viên Việt Nam lần thứ XI khai mạc tại Hà Nội.'

  it.each([
    'Trong khuôn khổ Đại hội, Trung ương Hội Sinh viên Việt Nam ra mắt Hội đồng tư vấn nhiệm kỳ 2023-2028.',
    'Nằm trong khuôn khổ Đại hội, Trung ương Hội Sinh viên Việt Nam đã ra mắt Hội đồng tư vấn nhiệm kỳ 2023-2028.',
    'Trong khuôn khổ Hội nghị, Trung ương Hội Sinh viên Việt Nam ra mắt Hội đồng tư vấn nhiệm kỳ 2023-2028.',
  ])('“%s” is a launch with no day of its own', (text) => {
    expect(read(`${congress} ${text}`)).toEqual([
      ['conference', null, '2023-12-18'],
      ['launch', 'Trung ương Hội Sinh viên Việt Nam', null],
    ])
  })

  it('the frame alone tells that the act was done', () => {
    expect(read('Trong khuôn khổ Đại hội, Trung ương Hội Sinh viên Việt Nam ra mắt Hội đồng tư vấn.')).toEqual([
      ['launch', 'Trung ương Hội Sinh viên Việt Nam', null],
    ])
  })

  it.each([
    // A frame that names no event: a cooperation, a programme.
    'Trong khuôn khổ hợp tác giữa hai trường, Trung ương Hội Sinh viên Việt Nam ra mắt Hội đồng tư vấn.',
    'Trong khuôn khổ chương trình hợp tác, Trung ương Hội Sinh viên Việt Nam ra mắt Hội đồng tư vấn.',
    // A plan within the frame.
    'Trong khuôn khổ Đại hội, Trung ương Hội Sinh viên Việt Nam sẽ ra mắt Hội đồng tư vấn.',
  ])('“%s” reports no event', (text) => {
    expect(read(text)).toEqual([])
  })
})
