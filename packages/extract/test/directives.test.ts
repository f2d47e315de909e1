import { describe, expect, it } from 'vitest'
import { findDirectiveMentions } from '../src/directive-mentions.ts'
import { resolveDirectives } from '../src/directives.ts'
import { extractArticle } from '../src/index.ts'
import { piece } from './piece.ts'

// The directives one sentence cites, each once.
const directivesOf = (text: string) => resolveDirectives(findDirectiveMentions(piece(text))).directives

describe('a mention with its tail', () => {
  it.each([
    {
      reading: 'code, issue date and issuing body, however spaced',
      text: 'Quán triệt Quy định số 144 - QĐ/TW, ngày 9/5/2024 của Bộ Chính trị về chuẩn mực đạo đức.',
      directive: { code: '144-QĐ/TW', issuedOn: '2024-05-09', issuingBody: 'Bộ Chính trị', inferred: false },
    },
    {
      reading: 'the passive issuing body of a law',
      text: 'Luật Thủ đô số 39/2024/QH15 được Quốc hội thông qua ngày 28/6/2024.',
      directive: { code: '39/2024/QH15', issuingBody: 'Quốc hội', issuedOn: '2024-06-28' },
    },
    {
      reading: 'the passive issuing body with its term before the verb',
      text: 'Nghị quyết số 29-NQ/TW được Ban Chấp hành Trung ương Đảng khóa XI ban hành ngày 4/11/2013.',
      directive: {
        code: '29-NQ/TW',
        issuingBody: 'Ban Chấp hành Trung ương Đảng khóa XI',
        issuedOn: '2013-11-04',
      },
    },
    {
      reading: 'a body and term with no verb of issuing after them, which is no issuer',
      text: 'Nghị quyết số 29-NQ/TW được Ban Chấp hành Trung ương Đảng khóa XI quan tâm chỉ đạo.',
      directive: { code: '29-NQ/TW', issuingBody: null },
    },
    {
      reading: 'an official letter, coded by its issuer and drafting unit',
      text: 'Ngày 25/3, Bộ Nội vụ ban hành Công văn số 1542/BNV-VP thông báo ý kiến chỉ đạo của Bộ trưởng.',
      directive: { code: '1542/BNV-VP', type: 'CV' },
    },
    {
      reading: 'a notice of conclusions',
      text: 'Thực hiện Thông báo kết luận số 47-TB/TW của Bộ Chính trị.',
      directive: { code: '47-TB/TW', type: 'TB', issuingBody: 'Bộ Chính trị' },
    },
    {
      reading: 'the body that issued it, before ban hành, whose inner words are not all capitalised',
      text: 'Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường sự lãnh đạo.',
      directive: { code: '17-CT/TU', issuingBody: 'Ban Thường vụ Tỉnh ủy Yên Bái', inferred: true },
    },
    {
      reading: 'the body before cũng đã ban hành (also issued)',
      text: 'Trung ương đã chỉ đạo, Tỉnh ủy Hà Tĩnh cũng đã ban hành Thông tri số 08 về bầu cử.',
      directive: { code: '08-TT/TU', issuingBody: 'Tỉnh ủy Hà Tĩnh', inferred: true },
    },
  ])('reads $reading', ({ text, directive }) => {
    const [d] = directivesOf(text)
    expect(d).toMatchObject(directive)
  })

  it.each([
    ['cũng with another verb', 'Tỉnh ủy Hà Tĩnh cũng đã quán triệt Thông tri số 08 về bầu cử.'],
    ['cũng in a clause of no body', 'Nhiều nơi cũng đã ban hành Thông tri số 08 về bầu cử.'],
  ])('names no issuer of a short form: %s', (_what, text) => {
    expect(directivesOf(text)).toEqual([])
  })

  // A State document whose code never carries a year is named by its short form and body; one
  // whose code may carry a year, or whose issuer is body-specific, is not.
  it.each([
    ['Nghị quyết 27 của Chính phủ về tái cơ cấu nền kinh tế', ['27/NQ-CP']],
    ['Thực hiện Chỉ thị số 16 của Thủ tướng Chính phủ về giãn cách xã hội', ['16/CT-TTg']],
    ['Công điện số 1099 của Thủ tướng Chính phủ về phòng chống dịch', ['1099/CĐ-TTg']],
    ['Quyết định 150 của Thủ tướng Chính phủ phê duyệt Chiến lược', []],
    ['Nghị định 13 của Chính phủ về bảo vệ dữ liệu', []],
    ['Kế hoạch 12 của Ủy ban nhân dân tỉnh', []],
  ])('a State short form with its body: %s', (text, codes) => {
    expect(directivesOf(text).map((d) => [d.code, d.inferred])).toEqual(codes.map((c) => [c, true]))
  })

  it('gives the body after the last of two dated short forms joined by và to both', () => {
    const ds = directivesOf(
      'Những điểm mới so với Quy định số 102 ngày 15/11/2017 và Quy định số 85 ngày 28/8/2018 của Bộ Chính trị.',
    )
    expect(ds.map((d) => [d.code, d.issuedOn])).toEqual([
      ['102-QĐ/TW', '2017-11-15'],
      ['85-QĐ/TW', '2018-08-28'],
    ])
  })

  it.each([
    [
      'thay thế',
      'Quy định số 368 thay thế Kết luận số 35 ngày 5/5/2022 của Bộ Chính trị về danh mục chức danh. Quy định số 368 có hiệu lực.',
      '368-QĐ/TW',
    ],
    ['sửa đổi, bổ sung', 'Quy định số 22 sửa đổi, bổ sung Quy định số 69-QĐ/TW về kỷ luật đảng viên.', '22-QĐ/TW'],
  ])(
    'gives a short form with no issuer the issuer of the Party document it replaces or amends (%s)',
    (_verb, text, code) => {
      const ds = directivesOf(text)
      expect(ds[0]).toMatchObject({ code, inferred: true })
      expect(ds.map((d) => d.code)).toHaveLength(2)
    },
  )

  it.each([
    [
      'a central body disseminating',
      'Sáng 25/2, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Nghị quyết số 79 về phát triển kinh tế Nhà nước.',
      ['79-NQ/TW'],
    ],
    [
      'a provincial body, whose resolution may be its own',
      'Sáng 25/2, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 12 về phát triển kinh tế.',
      [],
    ],
  ])('a short form with no issuer after %s', (_what, text, codes) => {
    expect(directivesOf(text).map((d) => d.code)).toEqual(codes)
  })

  it('leaves out submissions and reports, which direct nothing', () => {
    expect(
      directivesOf(
        'Xét Tờ trình số 515/TTr-UBND và Báo cáo số 3681/BC-TCT, ban hành Nghị quyết số 08/2015/NQ-HĐND.',
      ).map((d) => d.code),
    ).toEqual(['08/2015/NQ-HĐND'])
  })

  it('gives the date and body after cùng to both directives joined by và', () => {
    const ds = directivesOf(
      'Sơ kết Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW cùng ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII.',
    )
    expect(ds.map((d) => [d.code, d.issuedOn, d.issuingBody])).toEqual([
      ['18-NQ/TW', '2017-10-25', 'Ban Chấp hành Trung ương Đảng'],
      ['19-NQ/TW', '2017-10-25', 'Ban Chấp hành Trung ương Đảng'],
    ])
  })

  // The issue date may stand in brackets right after the code; a bracket holding other words
  // before the date, or a date of another precision, gives none.
  it.each([
    [
      'Quyết định số 150/QĐ-TTg (ngày 26/01/2022) của Thủ tướng Chính phủ phê duyệt',
      '2022-01-26',
      'Thủ tướng Chính phủ',
    ],
    ['Nghị quyết số 35-NQ/TW (22/10/2018) của Bộ Chính trị', '2018-10-22', 'Bộ Chính trị'],
    ['Quyết định số 150/QĐ-TTg ngày 26/01/2022 của Thủ tướng phê duyệt Chiến lược', '2022-01-26', 'Thủ tướng'],
    ['Nghị quyết số 35-NQ/TW (ban hành năm 2018)', null, null],
    ['Nghị quyết số 35-NQ/TW (tháng 10/2018)', null, null],
    ['Nghị quyết số 35-NQ/TW (gọi tắt là Nghị quyết 35) ngày 22/10/2018', null, null],
  ])('a date in brackets after the code: %s', (text, issuedOn, body) => {
    const [d] = directivesOf(text)
    expect([d?.issuedOn, d?.issuingBody]).toEqual([issuedOn, body])
  })

  // `A và B của C`: C is A's too when A's own code names C; otherwise A's body stays unread.
  it.each([
    [
      'Nghị quyết 15/NQ-CP ngày 06/3/2014 và Quyết định 37/2014/QĐ-TTg của Chính phủ.',
      [
        ['15/NQ-CP', 'Chính phủ'],
        ['37/2014/QĐ-TTg', 'Chính phủ'],
      ],
    ],
    [
      'Thực hiện Kết luận số 01-KL/TW và Chỉ thị số 05-CT/TW của Bộ Chính trị.',
      [
        ['01-KL/TW', 'Bộ Chính trị'],
        ['05-CT/TW', 'Bộ Chính trị'],
      ],
    ],
    [
      'Thực hiện Nghị quyết số 12-NQ/TU và Chỉ thị số 05-CT/TW của Bộ Chính trị.',
      [
        ['12-NQ/TU', null],
        ['05-CT/TW', 'Bộ Chính trị'],
      ],
    ],
    [
      'Theo Kế hoạch số 12/KH-UBND và Nghị định 13/2023/NĐ-CP của Chính phủ.',
      [
        ['12/KH-UBND', null],
        ['13/2023/NĐ-CP', 'Chính phủ'],
      ],
    ],
  ])('the body after the last of two joined by và: %s', (text, bodies) => {
    expect(directivesOf(text).map((d) => [d.code, d.issuingBody])).toEqual(bodies)
  })

  it.each([
    {
      reading: 'at the verb ban hành',
      text: 'Theo Nghị quyết 03/NQ-CP của Chính phủ ban hành Chương trình hành động.',
      bodies: ['Chính phủ'],
    },
    {
      reading: 'not at the ban of Ủy ban',
      text: 'Thực hiện Chỉ thị số 14/CT-UBND của Ủy ban nhân dân tỉnh về phòng chống thiên tai.',
      bodies: ['Ủy ban nhân dân tỉnh'],
    },
  ])('ends an issuing body $reading', ({ text, bodies }) => {
    expect(directivesOf(text).map((d) => d.issuingBody)).toEqual(bodies)
  })
})

describe('a code after a word that ends as a specimen word does is no specimen', () => {
  it.each([
    ['Kết luận số 05-KL/TW của Bộ Chính trị.', '05-KL/TW'],
    ['Hướng dẫn 99-HD/BTGTW về công tác tuyên giáo.', '99-HD/BTGTW'],
    ['Thực hiện theo kiểu mẫu, Chỉ thị 05-CT/TW được quán triệt.', '05-CT/TW'],
  ])('%s', (text, code) => {
    expect(directivesOf(text).map((d) => d.code)).toEqual([code])
  })
})

describe('what no directive is', () => {
  it.each([
    {
      reading: 'a code given as a specimen of a form',
      text: 'Còn văn bản đặt số, ký hiệu kiểu “Số: 15/UBND-VP” cho văn bản có tên loại.',
    },
    { reading: 'a specimen after ví dụ', text: 'Ví dụ: 27-CV/ĐU là số của một công văn.' },
    { reading: 'a specimen after chẳng hạn and a quote', text: 'Ghi số, chẳng hạn "Số: 12/KH-UBND" ở đầu văn bản.' },
    { reading: 'a specimen word in capitals', text: 'KIỂU SỐ: 15/UBND-VP là cách ghi sai.' },
    { reading: 'a code whose issuer is cut short', text: 'Quán triệt Chỉ thị số 12-CT/T của Tỉnh ủy.' },
  ])('$reading', ({ text }) => {
    expect(directivesOf(text).filter((d) => d.code !== null)).toEqual([])
  })
})

describe('resolution', () => {
  it('merges short forms with the written code and infers a Party code from its issuer', () => {
    const ds = directivesOf(
      'Thực hiện Nghị quyết số 57-NQ/TW, tỉnh ban hành kế hoạch; Nghị quyết 57 được quán triệt cùng Chỉ thị 35 của Bộ Chính trị.',
    )
    expect(ds.map((d) => [d.code, d.inferred])).toEqual([
      ['57-NQ/TW', false],
      ['35-CT/TW', true],
    ])
  })
  it('does not take steering committees, plenums or unnumbered decisions for directives', () => {
    expect(
      directivesOf(
        'Ban Chỉ đạo 35 tỉnh họp; Nghị quyết Trung ương 4 khóa XII; trao Quyết định kết nạp đảng viên; Nghị quyết 12 được nhắc lại.',
      ),
    ).toEqual([])
  })
})

// The document printed on the page is named by its number line: a mention that adds the year it
// was issued to that code is the same document.
describe('the code of the document printed on the page', () => {
  const HEAD =
    'ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 1961/QĐ-UBND\n\nKiên Giang, ngày 28 tháng 8 năm 2019\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\n\nCăn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;\n'
  const codes = (text: string) => extractArticle(text).directives.map((d) => d.code)
  it.each([
    [
      'the year it was issued added',
      `Quyết định số 1961/2019/QĐ-UBND tỉnh Kiên Giang\n\n${HEAD}`,
      ['1961/QĐ-UBND', '61/2018/NĐ-CP'],
    ],
    [
      'another year: another document',
      `Quyết định số 1961/2018/QĐ-UBND tỉnh Kiên Giang\n\n${HEAD}`,
      ['1961/2018/QĐ-UBND', '1961/QĐ-UBND', '61/2018/NĐ-CP'],
    ],
    [
      'another issuer',
      `Quyết định số 1961/2019/QĐ-TTg\n\n${HEAD}`,
      ['1961/2019/QĐ-TTg', '1961/QĐ-UBND', '61/2018/NĐ-CP'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(codes(text)).toEqual(expected)
  })
})
