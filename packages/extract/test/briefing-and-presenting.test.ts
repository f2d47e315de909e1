import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const kinds = (text: string) => extractArticle(text).events.map((e) => e.kind)

// A briefing on one subject (`thông tin chuyên đề`) is a conference unless its report cites a
// directive; presenting a document's contents (`giới thiệu những nội dung cơ bản của ...`) disseminates it.
describe('subject briefings and presentations of contents', () => {
  it.each([
    ['Ngày 12/4/2024, Huyện ủy Tân Châu tổ chức Hội nghị thông tin chuyên đề về Nghị quyết 57-NQ/TW.', 'dissemination'],
    ['Ngày 12/4/2024, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị thông tin chuyên đề về biển đảo.', 'conference'],
    [
      'Ngày 12/4/2024, Huyện ủy Tân Châu tổ chức Hội nghị giới thiệu những nội dung cơ bản của Nghị quyết 57-NQ/TW.',
      'dissemination',
    ],
    ['Ngày 12/4/2024, Huyện ủy Tân Châu tổ chức Hội nghị giới thiệu nội dung Luật Đất đai năm 2024.', 'dissemination'],
    // presenting a person or a book is no dissemination
    ['Ngày 12/4/2024, Huyện ủy Tân Châu tổ chức Hội nghị giới thiệu nhân sự ứng cử đại biểu Quốc hội.', 'conference'],
    ['Ngày 12/4/2024, Thư viện tỉnh tổ chức Lễ giới thiệu sách về Chủ tịch Hồ Chí Minh.', 'ceremony'],
  ])('“%s” is a %s', (text, kind) => {
    expect(kinds(text)).toEqual([kind])
  })
})
