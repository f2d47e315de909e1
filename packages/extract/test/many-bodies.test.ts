import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const kinds = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer])

// Bodies counted or taken together as the subject of holding: a tally of their events, not one event.
describe('holding by bodies counted or taken together', () => {
  it.each([
    'Ngày 5/3/2024, Huyện ủy Nam Đàn tổ chức hội nghị quán triệt Nghị quyết 57-NQ/TW. Sau hội nghị, 100% đảng bộ, chi bộ trực thuộc đã tổ chức quán triệt, với hơn 31.000 lượt đảng viên tham gia.',
    'Ngày 5/3/2024, Huyện ủy Nam Đàn tổ chức hội nghị quán triệt Nghị quyết 57-NQ/TW. Sau đó, các chi bộ đã tổ chức quán triệt đến 100% đảng viên.',
    'Ngày 5/3/2024, Huyện ủy Nam Đàn tổ chức hội nghị quán triệt Nghị quyết 57-NQ/TW. Đến nay, 45/45 tổ chức cơ sở đảng đã tổ chức học tập, quán triệt Nghị quyết.',
  ])('%s reports the one meeting', (text) => {
    expect(kinds(text)).toEqual([['dissemination', 'Huyện ủy Nam Đàn']])
  })

  it.each([
    // a time cue of the same words is no count of bodies
    ['Những ngày qua, Huyện ủy Nam Đàn tổ chức hội nghị quán triệt Nghị quyết 57-NQ/TW.', 'Huyện ủy Nam Đàn'],
    // one body of a place counted in its name
    ['Ngày 5/3/2024, Chi hội Phụ nữ thôn 3 tổ chức lễ kỷ niệm Ngày Quốc tế Phụ nữ.', 'Chi hội Phụ nữ thôn 3'],
  ])('%s is one event of %s', (text, organizer) => {
    expect(kinds(text).map(([, o]) => o)).toEqual([organizer])
  })
})
