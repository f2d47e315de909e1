import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])

// A passage that starts inside a report (`Bước vào hội thi “Hành trình công tác Hội”, 4 đội thi ...
// đã cùng nhau tranh tài`), as one that opens `Kết thúc cuộc thi, ...`, tells that the event named
// after its first words took place, when nothing before reported an event.
describe('a passage that enters the event under way', () => {
  it.each([
    'Bước vào hội thi “Hành trình công tác Hội”, 4 đội thi đã cùng nhau tranh tài qua các phần thi.',
    'Bước vào Hội thi, các thí sinh đã thể hiện tốt phần thi kiến thức.',
  ])('“%s” is a contest', (text) => {
    expect(read(text)).toEqual([['contest', null, null]])
  })

  it.each([
    // No event's name after the words, or several events.
    'Bước vào năm học mới, nhà trường tập trung nâng cao chất lượng dạy học.',
    'Bước vào các hội thi, các đội đều chuẩn bị kỹ lưỡng.',
  ])('“%s” reports no event', (text) => {
    expect(read(text)).toEqual([])
  })

  it('after an event was reported it tells more of that one', () => {
    expect(
      read(
        'Sáng 20/10/2022, Hội Liên hiệp Phụ nữ huyện tổ chức hội thi “Hành trình công tác Hội”. Bước vào hội thi, 4 đội thi đã tranh tài.',
      ),
    ).toEqual([['contest', 'Hội Liên hiệp Phụ nữ huyện', '2022-10-20']])
  })
})
