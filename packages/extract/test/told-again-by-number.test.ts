import { describe, expect, it } from 'vitest'
import { findEvents } from '../src/events.ts'
import { extractArticle } from '../src/index.ts'
import { paragraphs } from './piece.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])

// A page that reports a congress and later, undated, reports it again in its own words (`hôm nay,
// Đảng bộ tỉnh ... long trọng khai mạc Đại hội đại biểu lần thứ XI`): the same head and number name
// the same event, told again. Another number, another head or a day of its own is another event.
describe('an event told again under the same head and number', () => {
  const lead =
    'Sáng nay (16/10/2020), Đại hội đại biểu Đảng bộ tỉnh Kiên Giang lần thứ XI, nhiệm kỳ 2020-2025 chính thức khai mạc.'

  it.each([
    'Sau thời gian chuẩn bị tích cực, Đảng bộ tỉnh Kiên Giang long trọng khai mạc Đại hội đại biểu lần thứ XI, nhiệm kỳ 2020-2025.',
    'Đảng bộ tỉnh Kiên Giang đã tổ chức Đại hội đại biểu Đảng bộ tỉnh lần thứ XI.',
  ])('“%s” is the congress told again', (again) => {
    expect(read(`${lead}\n\n${again}`)).toEqual([['conference', 'Đảng bộ tỉnh Kiên Giang', '2020-10-16']])
  })

  it.each([
    // Another number, another head.
    [
      'Trước đó, Đảng bộ tỉnh Kiên Giang đã tổ chức Hội nghị Ban Chấp hành lần thứ XI.',
      [
        ['conference', 'Đảng bộ tỉnh Kiên Giang', '2020-10-16'],
        ['conference', 'Đảng bộ tỉnh Kiên Giang', null],
      ],
    ],
    [
      'Đảng ủy Quân sự tỉnh đã tổ chức Đại hội đại biểu lần thứ XII.',
      [
        ['conference', 'Đảng bộ tỉnh Kiên Giang', '2020-10-16'],
        ['conference', 'Đảng ủy Quân sự tỉnh', null],
      ],
    ],
  ])('“%s” is another event', (other, expected) => {
    expect(read(`${lead}\n\n${other}`)).toEqual(expected)
  })
})

// Told again with its organiser after a passive report that named none: the event's organiser.
describe('an event told again names its organiser', () => {
  it('the first report takes the organiser of the second', () => {
    const texts = [
      'Sáng nay (16/10/2020), Đại hội đại biểu đảng bộ tỉnh lần thứ XI chính thức khai mạc.',
      'Với sự chấp thuận của Bộ Chính trị, Đảng bộ tỉnh Kiên Giang long trọng khai mạc Đại hội đại biểu lần thứ XI.',
    ]
    const pieces = paragraphs(...texts)
    const events = findEvents(
      pieces,
      pieces.map(() => []),
      '2020-10-16',
    )
    expect(events.map((e) => [e.kind, e.organizer, e.sentence])).toEqual([['conference', 'Đảng bộ tỉnh Kiên Giang', 0]])
  })
})
