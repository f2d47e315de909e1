import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

// The documents a plenum of the Central Committee issued, listed after the plenum's name: the
// Central Committee is their body, and a bare number their code `N-NQ/TW`, `N-KL/TW`.
describe("a Central Committee plenum's documents", () => {
  const directivesOf = (text: string) =>
    extractArticle(text).directives.map((d) => [d.code, d.issuingBody] as [string, string | null])
  it.each([
    {
      reading: 'numbers listed in a later paragraph than the plenum named',
      text: 'Học viện học tập nghị quyết\n\nSáng 14-12, Thường vụ Đảng ủy Học viện tổ chức Hội nghị quán triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII cho cán bộ.\n\nHội nghị được nghe giới thiệu 04 chuyên đề: Nghị quyết số 27 về xây dựng Nhà nước pháp quyền; Nghị quyết số 28 về phương thức lãnh đạo; và Kết luận số 45 về quy hoạch tổng thể quốc gia.',
      directives: [
        ['27-NQ/TW', 'Ban Chấp hành Trung ương Đảng khóa XIII'],
        ['28-NQ/TW', 'Ban Chấp hành Trung ương Đảng khóa XIII'],
        ['45-KL/TW', 'Ban Chấp hành Trung ương Đảng khóa XIII'],
      ],
    },
    {
      reading: "a resolution's two digits that end the stored text are whole (the centre's never reach three)",
      text: 'Hội nghị học tập\n\nBáo cáo viên quán triệt Hội nghị lần thứ 7 Ban Chấp hành Trung ương khóa XII: Nghị quyết số 26-NQ/TW về cán bộ; Nghị quyết số 27',
      directives: [
        ['26-NQ/TW', 'Ban Chấp hành Trung ương khóa XII'],
        ['27-NQ/TW', 'Ban Chấp hành Trung ương khóa XII'],
      ],
    },
    {
      reading: '`Hội nghị TW 6 của Ban Chấp hành ...`, the body written after the plenum',
      text: 'Hội nghị học tập nghị quyết\n\nĐồng chí báo cáo viên quán triệt các Nghị quyết Hội nghị TW 6 của Ban Chấp hành Trung ương Đảng khóa XII, trong đó đi sâu về Nghị quyết số 18 về tổ chức bộ máy; Nghị quyết số 19 về đơn vị sự nghiệp công lập.',
      directives: [
        ['18-NQ/TW', 'Ban Chấp hành Trung ương Đảng khóa XII'],
        ['19-NQ/TW', 'Ban Chấp hành Trung ương Đảng khóa XII'],
      ],
    },
    {
      reading: 'codes with no body after `nghị quyết Hội nghị Trung ương 6 (khóa XII), gồm:`',
      text: 'Đảng ủy khối học tập nghị quyết\n\nĐồng chí Trưởng ban truyền đạt nội dung của 4 nghị quyết Hội nghị Trung ương 6 (khóa XII), gồm: Nghị quyết số 18-NQ/TW về tổ chức bộ máy; Nghị quyết số 19-NQ/TW về đơn vị sự nghiệp.',
      directives: [
        ['18-NQ/TW', 'Ban Chấp hành Trung ương'],
        ['19-NQ/TW', 'Ban Chấp hành Trung ương'],
      ],
    },
    {
      reading: 'a code with its own body keeps it',
      text: 'Hội nghị học tập\n\nSau Hội nghị Trung ương 8, Đảng ủy triển khai Nghị quyết số 35-NQ/TW của Bộ Chính trị về bảo vệ nền tảng tư tưởng.',
      directives: [['35-NQ/TW', 'Bộ Chính trị']],
    },
  ])('$reading', ({ text, directives }) => {
    expect(directivesOf(text)).toEqual(directives)
  })

  it.each([
    {
      reading: 'no plenum named: a bare number names nothing',
      text: 'Hội nghị học tập\n\nĐảng bộ tổ chức hội nghị học tập Nghị quyết số 27 về xây dựng Nhà nước pháp quyền.',
    },
    {
      reading: 'the number before the plenum is named',
      text: 'Hội nghị học tập\n\nĐảng bộ tổ chức triển khai Nghị quyết số 12 về nhiệm vụ năm 2023.\n\nTiếp đó, hội nghị quán triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII.',
    },
    {
      reading: "a province's plenum (Ban Chấp hành Đảng bộ tỉnh) is not the centre's",
      text: 'Hội nghị Tỉnh ủy\n\nHội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh khóa XX ban hành Nghị quyết số 27 về phát triển du lịch.',
    },
    {
      reading: 'a plan (Kế hoạch) is not a plenum document',
      text: 'Hội nghị học tập\n\nQuán triệt Nghị quyết Hội nghị Trung ương 6 khóa XIII, Đảng ủy ban hành Kế hoạch số 27 về thực hiện.',
    },
    {
      reading: 'a number that ends the stored text is cut short',
      text: 'Hội nghị học tập\n\nBáo cáo viên quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XII: Nghị quyết số 2',
    },
    {
      reading: "a conclusion's two digits that end the stored text may be cut from three",
      text: 'Hội nghị học tập\n\nBáo cáo viên quán triệt Hội nghị Trung ương 10 khóa XIII: Kết luận số 12',
    },
  ])('not read: $reading', ({ text }) => {
    expect(directivesOf(text).filter(([code, body]) => code.endsWith('/TW') || body?.includes('Trung ương'))).toEqual(
      [],
    )
  })
})

// A document whose title names a plenum's resolutions relates to those of them the text names.
describe("a document about a plenum's resolutions", () => {
  const relationsOf = (text: string) => extractArticle(text).relations.map((r) => `${r.from} ${r.type} ${r.to}`)
  const GUIDE =
    'Thực hiện Hướng dẫn số 51-HD/BTGTW, ngày 13/11/2017 của Ban Tuyên giáo Trung ương về việc “Học tập, quán triệt, triển khai thực hiện các Nghị quyết Hội nghị Trung ương 6, khóa XII của Đảng”.'
  it.each([
    {
      reading: 'a guidance guides the resolutions listed later',
      text: `Hội nghị học tập\n\n${GUIDE}\n\nBáo cáo viên quán triệt các Nghị quyết Hội nghị TW 6 của Ban Chấp hành Trung ương Đảng khóa XII: Nghị quyết số 18 về tổ chức bộ máy; Nghị quyết số 19 về đơn vị sự nghiệp.`,
      relations: ['51-HD/BTGTW guides 18-NQ/TW', '51-HD/BTGTW guides 19-NQ/TW'],
    },
    {
      reading: 'a plan carries them out',
      text: 'Hội nghị học tập\n\nĐảng ủy ban hành Kế hoạch số 12-KH/ĐU về học tập các nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII. Báo cáo viên giới thiệu Nghị quyết số 18 về tổ chức bộ máy.',
      relations: ['12-KH/ĐU implements 18-NQ/TW'],
    },
    {
      reading: 'plans listed before the titled one, with no title of their own, share its title',
      text: 'Hội nghị học tập\n\nThực hiện Kế hoạch số 45-KH/HU, ngày 3/5/2018 của Ban Thường vụ Huyện ủy; Kế hoạch số 9-KH/ĐU của Đảng ủy xã về học tập các nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII. Báo cáo viên giới thiệu Nghị quyết số 18 về tổ chức bộ máy.',
      relations: ['9-KH/ĐU implements 18-NQ/TW', '45-KH/HU implements 18-NQ/TW'],
    },
    {
      reading: 'counter: a plan listed before with a title of its own keeps it',
      text: 'Hội nghị học tập\n\nThực hiện Kế hoạch số 45-KH/HU của Ban Thường vụ Huyện ủy về công tác dân vận; Kế hoạch số 9-KH/ĐU của Đảng ủy xã về học tập các nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII. Báo cáo viên giới thiệu Nghị quyết số 18 về tổ chức bộ máy.',
      relations: ['9-KH/ĐU implements 18-NQ/TW'],
    },
    {
      reading: 'counter: a document of another type listed before is not one of the plans',
      text: 'Hội nghị học tập\n\nThực hiện Chỉ thị số 12-CT/HU của Ban Thường vụ Huyện ủy; Kế hoạch số 9-KH/ĐU của Đảng ủy xã về học tập các nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII. Báo cáo viên giới thiệu Nghị quyết số 18 về tổ chức bộ máy.',
      relations: ['9-KH/ĐU implements 18-NQ/TW'],
    },
  ])('$reading', ({ text, relations }) => {
    expect(relationsOf(text)).toEqual(relations)
  })

  it.each([
    {
      reading: 'another plenum than the title names',
      text: `Hội nghị học tập\n\n${GUIDE}\n\nBáo cáo viên quán triệt Nghị quyết Hội nghị Trung ương 7 khóa XII: Nghị quyết số 26 về cán bộ.`,
    },
    {
      reading: 'a plenum named outside any title',
      text: 'Hội nghị học tập\n\nThực hiện Hướng dẫn số 51-HD/BTGTW của Ban Tuyên giáo Trung ương, Đảng ủy tổ chức quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XII: Nghị quyết số 18 về tổ chức bộ máy.',
    },
  ])('not read: $reading', ({ text }) => {
    expect(relationsOf(text)).toEqual([])
  })
})
