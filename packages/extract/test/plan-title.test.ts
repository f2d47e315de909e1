import { describe, expect, it } from 'vitest'
import { extractArticle, toGold } from '../src/index.ts'

const read = (text: string) => (toGold(extractArticle(text)).events ?? []).map((e) => [e.kind, e.date])

// A plan's title may name the event it plans with no `về` before it (`ban hành Kế hoạch số
// 67/KH-SVHTTDL tổ chức Hội thi xe tuyên truyền lưu động ...`): the holding verb belongs to the
// title, and the sentence reports the plan, not the contest. A plan cited apart (a comma, `theo`)
// leaves the sentence's own report.
describe('a plan titled by the event it plans', () => {
  it.each([
    'Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 67/KH-SVHTTDL tổ chức Hội thi xe tuyên truyền lưu động.',
    'Ngày 02/11/2021, Huyện ủy ban hành Kế hoạch số 45-KH/HU triển khai Hội nghị học tập Nghị quyết Trung ương 4.',
  ])('“%s” reports no event', (text) => {
    expect(read(text)).toEqual([])
  })

  it.each([
    [
      'Thực hiện Kế hoạch số 67/KH-SVHTTDL, Sở Văn hóa, Thể thao và Du lịch đã tổ chức Hội thi xe tuyên truyền lưu động.',
      [['contest', null]],
    ],
    [
      'Sáng 05/11/2021, Sở Văn hóa, Thể thao và Du lịch tổ chức Hội thi xe tuyên truyền lưu động theo Kế hoạch số 67/KH-SVHTTDL.',
      [['contest', '2021-11-05']],
    ],
  ])('“%s” reports the contest', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })
})
