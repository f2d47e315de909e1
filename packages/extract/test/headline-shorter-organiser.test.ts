import { describe, expect, it } from 'vitest'
import { findEvents } from '../src/events.ts'
import { paragraphs } from './piece.ts'

// Sentences one paragraph each, as the body of a page that prints its headline in its text.
function read(...texts: string[]) {
  const pieces = paragraphs(...texts)
  return findEvents(
    pieces,
    pieces.map(() => []),
    '2023-06-20',
  ).map((e) => [e.kind, e.date === null ? null : `${e.date.year}-${e.date.month}-${e.date.day}`, e.organizer])
}

// A headline names its organiser shorter than its lead (`Đảng bộ phường Mỹ Quý` over `Ban Thường
// vụ Đảng ủy phường Mỹ Quý`), or its lead names none (a passive report): the undated headline is
// the dated lead's, not an event of its own. Another place's body is another event.
describe('a headline over its dated lead', () => {
  const headline = 'Đảng bộ phường Mỹ Quý tổ chức hội nghị sơ kết 6 tháng đầu năm 2023'

  it.each([
    [
      'Ngày 09/6/2023, Ban Thường vụ Đảng ủy phường Mỹ Quý tổ chức Hội nghị sơ kết 6 tháng đầu năm 2023.',
      'Ban Thường vụ Đảng ủy phường Mỹ Quý',
    ],
    ['Ngày 09/6/2023, Hội nghị sơ kết 6 tháng đầu năm 2023 được tổ chức tại hội trường phường.', null],
  ])('“%s” is the one review', (lead, organizer) => {
    expect(read(headline, lead)).toEqual([['review', '2023-6-9', organizer]])
  })

  it('a body of another place is another event', () => {
    expect(
      read(
        headline,
        'Ngày 09/6/2023, Ban Thường vụ Đảng ủy phường Mỹ Phước tổ chức Hội nghị sơ kết 6 tháng đầu năm 2023.',
      ),
    ).toEqual([
      ['review', null, 'Đảng bộ phường Mỹ Quý'],
      ['review', '2023-6-9', 'Ban Thường vụ Đảng ủy phường Mỹ Phước'],
    ])
  })
})
