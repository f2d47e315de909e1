import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])

// A recent week opening a report (`Tuần qua,`, `Cuối tuần qua,`) says, as `Vừa qua,` does, that
// something was lately done: an undated event, the words no part of its organiser's name.
describe('a recent week opening a report', () => {
  it.each([
    'Tuần qua, Huyện ủy Tân Châu tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW.',
    'Cuối tuần qua, Huyện ủy Tân Châu tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW.',
    'Tuần trước, Huyện ủy Tân Châu đã tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW.',
  ])('“%s” is a review of Huyện ủy Tân Châu', (text) => {
    expect(read(text)).toEqual([['review', 'Huyện ủy Tân Châu', null]])
  })

  it('a day after the week dates the event', () => {
    expect(read('Tuần qua, sáng 12/4/2024, Huyện ủy Tân Châu tổ chức Hội nghị sơ kết công tác quý I.')).toEqual([
      ['review', 'Huyện ủy Tân Châu', '2024-04-12'],
    ])
  })

  it('a tally of the week is no event', () => {
    expect(read('Tuần qua, các chi bộ đã tổ chức nhiều hội nghị quán triệt nghị quyết.')).toEqual([])
  })
})
