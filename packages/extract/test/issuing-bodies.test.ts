import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'
import { countedBodies } from '../src/issuing-bodies.ts'

// Issuing bodies read from the document system where the mention's own tail names none.
describe('issuing bodies from the document system', () => {
  const bodyOf = (text: string, code: string) =>
    extractArticle(text).directives.find((d) => d.code === code)?.issuingBody ?? null
  it.each([
    {
      reading: 'the head of the document printed on the page names its body',
      text: 'ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 594/KH-UBND\n\nNghệ An, ngày 21 tháng 10 năm 2021\n\nKẾ HOẠCH\n\nTHỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG\n\nỦy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau.',
      code: '594/KH-UBND',
      body: 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN',
    },
    {
      reading: 'the Prime Minister, the subject of the sentence, issues a TTg letter',
      text: 'Thủ tướng yêu cầu đẩy mạnh chuyển đổi số\n\nNgày 14-1, Thủ tướng Chính phủ đã có Công văn (số 73/TTg-CN) chỉ đạo các Bộ, cơ quan ngang Bộ.',
      code: '73/TTg-CN',
      body: 'Thủ tướng Chính phủ',
    },
    {
      reading: 'signed on behalf of the Politburo, by a member whose positions are no subject',
      text: 'Kết luận về công tác kiểm tra\n\nThay mặt Bộ Chính trị, đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, vừa ký ban hành Kết luận số 34-KL/TW ngày 18/4/2022 về Chiến lược công tác kiểm tra.',
      code: '34-KL/TW',
      body: 'Bộ Chính trị',
    },
    {
      reading: 'a list of directives of one issuer names its body once, after the last',
      text: 'Phòng chống dịch\n\nTỉnh triển khai Công điện số 201/CĐ-TTg ngày 3 tháng 5 năm 2022, Công điện số 215/CĐ-TTg ngày 9 tháng 5 năm 2022 của Thủ tướng Chính phủ về phòng chống dịch.',
      code: '201/CĐ-TTg',
      body: 'Thủ tướng Chính phủ',
    },
    {
      reading: 'a body named after a directive of another issuer is not its body',
      text: 'Phòng chống dịch\n\nTỉnh triển khai Kế hoạch số 12/KH-UBND ngày 3 tháng 5 năm 2022, Công điện số 215/CĐ-TTg ngày 9 tháng 5 năm 2022 của Thủ tướng Chính phủ về phòng chống dịch.',
      code: '12/KH-UBND',
      body: null,
    },
    {
      reading: 'documents counted by type and given one body, then listed one by one',
      text: 'Học tập nghị quyết\n\nĐảng ủy xã quán triệt 2 nghị quyết và 1 chỉ thị của Bộ Chính trị. Cụ thể: Nghị quyết số 61-NQ/TW; Nghị quyết số 62-NQ/TW; Chỉ thị số 41-CT/TW.',
      code: '62-NQ/TW',
      body: 'Bộ Chính trị',
    },
    {
      reading: 'a count that does not match the documents listed gives no body',
      text: 'Học tập nghị quyết\n\nĐảng ủy xã quán triệt 3 nghị quyết của Bộ Chính trị. Cụ thể: Nghị quyết số 61-NQ/TW; Nghị quyết số 62-NQ/TW.',
      code: '62-NQ/TW',
      body: null,
    },
    {
      reading: 'a law passed by the National Assembly of its term',
      text: 'Tọa đàm về Luật Thủ đô\n\nLuật Thủ đô số 39/2024/QH15 đã được Quốc hội khóa XV thông qua tại Kỳ họp thứ 7 ngày 28/6/2024.',
      code: '39/2024/QH15',
      body: 'Quốc hội khóa XV',
    },
    {
      reading: 'a commune Party committee drafts its own plan',
      text: 'Học tập Nghị quyết Trung ương 6\n\nThực hiện Kế hoạch số 78-KH/HU của Ban Thường vụ Huyện ủy. Đảng ủy xã xây dựng Kế hoạch số 44-KH/ĐU ngày 19/12/2022 về tổ chức học tập.',
      code: '44-KH/ĐU',
      body: 'Đảng ủy xã',
    },
    {
      reading: 'a district committee named with its place',
      text: 'Mô hình hay cần nhân rộng\n\nTừ tháng 9/2024, Quận ủy Tây Hồ đã triển khai Đề án số 27-ĐA/QU về thí điểm tổ chức sinh hoạt theo tổ Đảng.',
      code: '27-ĐA/QU',
      body: 'Quận ủy Tây Hồ',
    },
    {
      reading: "by order of the chairman of the province's committee: the committee issues",
      text: 'Đề xuất của Sở\n\nNgày 23/11/2018, thừa lệnh Chủ tịch UBND tỉnh Tuyên Quang, Phó Chánh Văn phòng UBND tỉnh Tuyên Quang Nguyễn Thanh đã ký ban hành văn bản số 3653/UBND-TNMT về đề xuất của Sở.',
      code: '3653/UBND-TNMT',
      body: 'UBND tỉnh Tuyên Quang',
    },
    {
      reading: 'a line break between the code and its tail',
      text: 'KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH OCOP\nCăn cứ Quyết định số 919/QĐ-TTg\nngày 01 tháng 8 năm 2022 của Thủ tướng Chính phủ về việc phê duyệt Chương trình;',
      code: '919/QĐ-TTg',
      body: 'Thủ tướng Chính phủ',
    },
    {
      reading: "another directive's tail is not this one's body",
      text: 'Bảo vệ nền tảng tư tưởng\n\nTỉnh ủy gắn công tác bảo vệ nền tảng tư tưởng với thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị và Quy định 85-QĐ/TW.',
      code: '85-QĐ/TW',
      body: null,
    },
    {
      reading: 'a Party cell, which writes its documents /CB, named in lower case after của (its unit not read)',
      text: 'Sinh hoạt chuyên đề\n\nThực hiện kế hoạch số 124-KH/CB ngày 12 tháng 01 năm 2024 của chi bộ Trung tâm về việc tổ chức sinh hoạt chuyên đề.',
      code: '124-KH/CB',
      body: 'chi bộ',
    },
    {
      reading: 'a Party cell is no issuer of a Party committee code',
      text: 'Sinh hoạt chuyên đề\n\nThực hiện kế hoạch số 12-KH/ĐU ngày 12 tháng 01 năm 2024 của chi bộ Trung tâm về việc tổ chức sinh hoạt chuyên đề.',
      code: '12-KH/ĐU',
      body: null,
    },
    {
      reading: 'a body of another issuer code is not the issuer',
      text: 'Hội nghị quán triệt\n\nSáng 2/3, Huyện ủy tổ chức hội nghị quán triệt Quy định số 85-QĐ/TW về bảo vệ nền tảng tư tưởng.',
      code: '85-QĐ/TW',
      body: null,
    },
    {
      reading: "a place's name with a capitalised syllable that is also a stop word (huyện Năm Căn)",
      text: 'Tin huyện\n\nThực hiện Kế hoạch số 21/KH-UBND ngày 3/4/2024 của UBND huyện Năm Căn về phòng chống thiên tai.',
      code: '21/KH-UBND',
      body: 'UBND huyện Năm Căn',
    },
    {
      reading: 'counter: the stop word in lower case after the name ends it',
      text: 'Tin huyện\n\nThực hiện Kế hoạch số 21/KH-UBND ngày 3/4/2024 của UBND huyện Đầm Dơi từ năm 2024.',
      code: '21/KH-UBND',
      body: 'UBND huyện Đầm Dơi',
    },
    {
      reading: 'counter: a capitalised Về after a capitalised word (a heading in title case) ends the name',
      text: 'Tin huyện\n\nThực hiện Kế hoạch số 21/KH-UBND ngày 3/4/2024 của UBND Huyện Về Việc phòng chống thiên tai.',
      code: '21/KH-UBND',
      body: 'UBND Huyện',
    },
  ])('$reading', ({ text, code, body }) => {
    expect(bodyOf(text, code)).toBe(body)
  })
})

describe('documents a text counts by type under one body', () => {
  it.each([
    [
      'triển khai 3 nghị quyết và 1 kết luận của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII.',
      'Ban Chấp hành Trung ương Đảng khóa XII',
      { NQ: 3, KL: 1 },
    ],
    ['quán triệt bốn nghị quyết quan trọng của Bộ Chính trị đến cán bộ', 'Bộ Chính trị', { NQ: 4 }],
    ['có 2 chỉ thị, 1 quy định của Ban Bí thư; ...', 'Ban Bí thư', { CT: 2, QĐ: 1 }],
    ['nhiều nghị quyết của Bộ Chính trị', null, null],
    // The body's name may follow the types with no `của`; a word in lower case there is no body.
    [
      'những nội dung cốt lõi 03 Nghị quyết và 01 Kết luận Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XIII: Nghị quyết số 27-NQ/TW',
      'Ban Chấp hành Trung ương Đảng khóa XIII',
      { NQ: 3, KL: 1 },
    ],
    ['đã ban hành 3 nghị quyết quan trọng trong năm', null, null],
  ])('%s counts under %s: %o', (text, body, counts) => {
    const found = countedBodies(text)[0]
    expect(found?.body ?? null).toBe(body)
    expect(found === undefined ? null : Object.fromEntries(found.counts)).toEqual(counts)
  })
})
