import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const kinds = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.date])

// `Quán triệt Nghị quyết của Đảng về ..., ngày 09 tháng 01 năm 2013, Thủ tướng Chính phủ ban hành
// quyết định ...`: an activity verb opening a sentence, a dated clause after one of its commas, is
// a clause of purpose (as `Thực hiện ...` is), not the name of an event held. An event's head
// opening the sentence still names one.
describe('an activity verb opening a clause of purpose', () => {
  it.each([
    'Quán triệt Nghị quyết của Đảng về xây dựng xã hội học tập, ngày 09 tháng 01 năm 2013, Thủ tướng Chính phủ ban hành quyết định phê duyệt Đề án.',
    'Học tập và làm theo lời Bác, ngày 19/5/2023, Đoàn viên thanh niên xã ra quân dọn vệ sinh.',
  ])('“%s” reports no event of its opening words', (text) => {
    expect(kinds(text).filter(([kind]) => kind === 'dissemination')).toEqual([])
  })

  it.each([
    ['Hội nghị quán triệt Nghị quyết, ngày 09/01/2013, có 200 đại biểu dự.', 'dissemination'],
    ['Quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị đến cán bộ chủ chốt toàn huyện.', 'dissemination'],
  ])('“%s” opens with the event it reports', (text, kind) => {
    expect(kinds(text).map(([k]) => k)).toEqual([kind])
  })
})
