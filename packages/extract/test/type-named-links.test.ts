import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const codes = (text: string) => extractArticle(text).events.map((e) => e.directives)

// An event's name that calls the document by its type alone, after the headline named it in full.
describe('a document named again by its type in an event’s name', () => {
  it.each([
    [
      'Quán triệt Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ\n\nNgày 20/3/2025, Đảng ủy xã Hương Trà tổ chức hội nghị quán triệt Nghị quyết cho cán bộ, đảng viên.',
      ['57-NQ/TW'],
    ],
    [
      'Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW\n\nSáng 12/5/2021, Huyện ủy Nam Đàn tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị.',
      ['05-CT/TW'],
    ],
  ])('links %#', (text, linked) => {
    expect(codes(text)).toEqual([linked])
  })

  it.each([
    // two resolutions named before: which one is not said
    'Quán triệt Nghị quyết 57-NQ/TW và Nghị quyết 66-NQ/TW\n\nNgày 20/3/2025, Đảng ủy xã Hương Trà tổ chức hội nghị quán triệt Nghị quyết cho cán bộ, đảng viên.',
    // the name goes on to another resolution (a plenum's)
    'Quán triệt Nghị quyết 57-NQ/TW\n\nNgày 20/10/2024, Đảng ủy xã Hương Trà tổ chức hội nghị quán triệt Nghị quyết Hội nghị Trung ương 10 khóa XIII.',
    // a directive of another type
    'Sơ kết Chỉ thị 05-CT/TW\n\nNgày 20/3/2025, Đảng ủy xã Hương Trà tổ chức hội nghị quán triệt Nghị quyết cho cán bộ, đảng viên.',
  ])('links nothing in %#', (text) => {
    expect(codes(text)).toEqual([[]])
  })
})
