import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'
import { DONE_OVER_SPAN } from '../src/rules/expressions.ts'

const kinds = (text: string) => extractArticle(text).events.map((e) => e.kind)
const REVIEW = 'Ngày 19/12/2022, Hội Nông dân phường tổ chức Hội nghị tổng kết công tác Hội năm 2022.'

// A sentence that opens with a span of time (`Trong năm`, `Nhiệm kỳ qua`) tells what was done over that
// span, the summary a review reads out: a launch or a rite it names was no act of the event reported.
describe('acts done over a span', () => {
  it.each([
    ['Trong năm, Hội đã tổ chức 8 cuộc tuyên truyền', true],
    ['Trong năm 2022, Hội phát động phong trào thi đua', true],
    ['Năm qua, các chi hội đã ra mắt 3 câu lạc bộ', true],
    ['Nhiệm kỳ qua, Hội đã phát động nhiều phong trào', true],
    ['  Thời gian qua, Đoàn đã phát động', true],
    // counter-examples: a span that is no opening, or another word that starts alike
    ['Tại hội nghị, Hội phát động phong trào thi đua trong năm 2023', false],
    ['Trong nămm', false],
    ['Trong buổi lễ, Hội đã phát động phong trào', false],
  ])('“%s” opens with a span: %s', (text, expected) => {
    expect(DONE_OVER_SPAN.test(text)).toBe(expected)
  })

  it.each([
    [
      `${REVIEW} Trong năm, Hội đã tổ chức được 8 cuộc tuyên truyền; xây dựng kế hoạch và tổ chức phát động phong trào thi đua sản xuất kinh doanh giỏi.`,
      ['review'],
    ],
    [`${REVIEW} Năm qua, các chi hội đã ra mắt 3 câu lạc bộ nông dân.`, ['review']],
    // counter-examples: a launch done at the meeting is an event of its own
    [`${REVIEW} Tại hội nghị, Hội đã phát động phong trào thi đua sản xuất kinh doanh giỏi.`, ['review', 'launch']],
    [`${REVIEW} Dịp này, Hội phát động phong trào thi đua năm 2023.`, ['review', 'launch']],
  ])('“%s” reports %j', (text, expected) => {
    expect(kinds(text)).toEqual(expected)
  })
})
