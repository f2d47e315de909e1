import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer])

// `X tổ chức cho <those it was held for> <activity> ...`: the event is the activity they did.
describe('an event held for others, named by what they did', () => {
  it.each([
    ['Ngày 12/4/2024, Đảng ủy xã An Bình tổ chức cho cán bộ, đảng viên học tập Nghị quyết 57-NQ/TW.', 'dissemination'],
    [
      'Ngày 12/4/2024, Đảng ủy xã An Bình tổ chức cho hơn 200 cán bộ, đảng viên học tập, quán triệt Nghị quyết 57-NQ/TW.',
      'dissemination',
    ],
    [
      'Ngày 12/4/2024, Huyện đoàn Tân Châu tổ chức cho 150 đoàn viên, thanh niên ra quân Chiến dịch Thanh niên tình nguyện hè.',
      'launch',
    ],
    ['Ngày 12/4/2024, Công đoàn Sở Y tế tổ chức cho đoàn viên tập huấn kỹ năng sơ cấp cứu.', 'training'],
    // an outing they took (OUTINGS) is held as an event of its own
    ['Ngày 12/4/2024, Trường THPT Lê Lợi tổ chức cho học sinh tham quan khu di tích.', 'other'],
  ])('“%s” is a %s', (text, kind) => {
    expect(read(text).map((e) => e[0])).toEqual([kind])
  })

  it.each([
    // a grade, not a class held
    'Ngày 12/4/2024, Trường THPT Lê Lợi tổ chức cho học sinh lớp 12 ôn thi tốt nghiệp.',
    // no activity word after them
    'Ngày 12/4/2024, Trường THPT Lê Lợi tổ chức cho học sinh ăn bán trú tại trường.',
    // a sentence's end before any activity
    'Ngày 12/4/2024, Trường THPT Lê Lợi tổ chức cho học sinh. Học tập là nhiệm vụ hàng đầu.',
  ])('“%s” reports no event', (text) => {
    expect(read(text)).toEqual([])
  })
})
