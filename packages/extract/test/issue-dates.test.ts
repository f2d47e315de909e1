import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

// The issue date of each directive an article cites, by code.
const issueDates = (text: string, publishedAt?: string) =>
  Object.fromEntries(
    extractArticle(text, publishedAt === undefined ? {} : { publishedAt }).directives.map((d) => [d.code, d.issuedOn]),
  )

describe('issue dates written away from the mention', () => {
  it.each([
    {
      reading: 'the tail on the next line of a hard-wrapped text',
      text: 'Căn cứ Quyết định số 919/QĐ-TTg\nngày 01 tháng 8 năm 2022 của Thủ tướng Chính phủ về việc phê duyệt Chương trình\n',
      dates: { '919/QĐ-TTg': '2022-08-01' },
    },
    {
      reading: 'a tail broken inside the date and by a tag',
      text: 'Căn cứ Nghị định số 27/2018/NĐ-CP ngày 01 <br />\ntháng 3 năm 2018 của Chính phủ;\n',
      dates: { '27/2018/NĐ-CP': '2018-03-01' },
    },
    {
      reading: 'the tail after a tag and a line break',
      text: 'Căn cứ Quyết định số 919/QĐ-TTg, <BR/>\nngày 01 tháng 8 năm 2022 của Thủ tướng Chính phủ;\n',
      dates: { '919/QĐ-TTg': '2022-08-01' },
    },
    {
      reading: "a State document's header: number, then place and date",
      text: 'ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: 594/KH-UBND\n\nNghệ An, ngày 21 tháng 10 năm 2021\n\nKẾ HOẠCH\n',
      dates: { '594/KH-UBND': '2021-10-21' },
    },
    {
      reading: 'a header with the national motto between number and date',
      text: 'BỘ THÔNG TIN VÀ TRUYỀN THÔNG -------- Số: 09/2015/TT-BTTTT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Hà Nội, ngày 24 tháng 4 năm 2015 |\n',
      dates: { '09/2015/TT-BTTTT': '2015-04-24' },
    },
    {
      reading: "a Party head's number line, then place and date",
      text: 'HUYỆN ỦY HIỆP ĐỨC\n*\nSố 12-CT/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n\nHiệp Đức, ngày 9 tháng 3 năm 2024\n\nCHỈ THỊ\n',
      dates: { '12-CT/HU': '2024-03-09' },
    },
    {
      reading: 'a head flattened right column first: place and date above the number line',
      text: 'TỈNH UỶ HÀ TĨNH\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nBAN TUYÊN GIÁO\n\n*\n\n     Hà Tĩnh, ngày 15 tháng 6 năm 2021\n\nSố 369 - CV/BTGTU\n\nGửi Đề cương tuyên truyền\n',
      dates: { '369-CV/BTGTU': '2021-06-15' },
    },
    {
      reading: 'a State head flattened the same way',
      text: 'ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\nNghệ An, ngày 21 tháng 10 năm 2021\n-------\nSố: 594/KH-UBND\n\nKẾ HOẠCH\n',
      dates: { '594/KH-UBND': '2021-10-21' },
    },
    {
      reading: 'the clause that reports the issuing',
      text: 'Ngày 06/7/2022, Bộ Chính trị ban hành Quy định số 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm.\n',
      dates: { '69-QĐ/TW': '2022-07-06' },
    },
    {
      reading: 'an issuing clause with no comma between the date and the body',
      text: 'Ngày 16/4/2020 Ủy ban nhân dân tỉnh ban hành Chỉ thị số 11/CT-UBND về phòng, chống dịch.\n',
      dates: { '11/CT-UBND': '2020-04-16' },
    },
    {
      reading: 'the date a body sent or signed the document, right before it',
      text: 'Để công tác tuyên truyền đạt hiệu quả, ngày 07/01/2020 Đảng ủy Tổng công ty đã gửi hướng dẫn số 984/HD-ĐU về tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng. Ngày 5/3/2021, Chủ tịch UBND tỉnh đã ký Quyết định số 45/QĐ-UBND về thành lập Ban Chỉ đạo.\n',
      dates: { '984-HD/ĐU': '2020-01-07', '45/QĐ-UBND': '2021-03-05' },
    },
    {
      reading: 'the issuing clause of a letter signed on behalf of a body',
      text: 'Ngày 23/11/2018, thừa lệnh Chủ tịch UBND tỉnh, Phó Chánh Văn phòng đã ký ban hành văn bản số 3653/UBND-TNMT về đề xuất của Sở.\n',
      dates: { '3653/UBND-TNMT': '2018-11-23' },
    },
    {
      reading: 'a yearless issuing clause, against the publication date',
      text: 'Ngày 25/3, Bộ Nội vụ ban hành Công văn số 1542/BNV-VP thông báo ý kiến chỉ đạo của Bộ trưởng.\n',
      publishedAt: '2020-03-26',
      dates: { '1542/BNV-VP': '2020-03-25' },
    },
    {
      reading: 'the issuing date over the date of an older document with the same code',
      text: 'Sau khi tổng kết việc thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 từ Trung ương đến cơ sở, ngày 14/6/2024 vừa qua, Bộ Chính trị đã ban hành Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp.\n',
      dates: { '35-CT/TW': '2024-06-14' },
    },
    {
      reading: '`ban hành ngày` after the title',
      text: 'Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia ban hành ngày 22/12/2024 đã thu hút sự quan tâm.\n',
      dates: { '57-NQ/TW': '2024-12-22' },
    },
    {
      reading: 'the body and verb after the title',
      text: 'Quy định 69-QĐ/TW năm 2022 về kỷ luật tổ chức đảng, đảng viên vi phạm do Ban Chấp hành Trung ương ban hành ngày 06/7/2022.\n',
      dates: { '69-QĐ/TW': '2022-07-06' },
    },
    {
      reading: 'a law passed at a session',
      text: 'Luật Thủ đô số 39/2024/QH15 đã được Quốc hội khóa XV thông qua tại Kỳ họp thứ 7 ngày 28/6/2024.\n',
      dates: { '39/2024/QH15': '2024-06-28' },
    },
  ])('reads $reading', ({ text, publishedAt, dates }) => {
    expect(issueDates(text, publishedAt)).toMatchObject(dates)
  })

  it.each([
    {
      reading: 'a dated sentence above a number line, which is no place and date line',
      text: 'Sáng nay, ngày 3 tháng 5 năm 2024 hội nghị đã diễn ra.\nSố 12-CT/HU được quán triệt.\n',
      dates: { '12-CT/HU': null },
    },
    {
      reading: 'a place and date line with a line of words between it and the number',
      text: 'Hà Tĩnh, ngày 15 tháng 6 năm 2021\nGửi các đơn vị\nSố 369-CV/BTGTU\n',
      dates: { '369-CV/BTGTU': null },
    },
    {
      reading: 'a code in a sentence under a place and date line',
      text: 'Hà Tĩnh, ngày 15 tháng 6 năm 2021\nThực hiện Công văn số 369-CV/BTGTU của Ban Tuyên giáo.\n',
      dates: { '369-CV/BTGTU': null },
    },
    {
      reading: 'a date that is not the issuing: the meeting that disseminates it',
      text: 'Ngày 12/6, Ban Bí thư tổ chức hội nghị quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị.\n',
      dates: { '05-CT/TW': null },
    },
    {
      reading: 'a day named `Ngày` with no date, before the body',
      text: 'Ngày hội Đại đoàn kết, Ủy ban nhân dân tỉnh ban hành Chỉ thị số 12/CT-UBND về an ninh.\n',
      dates: { '12/CT-UBND': null },
    },
    {
      reading: 'a date, no comma and a lower-case word: the date of something else',
      text: 'Ngày 12/6/2020 tại hội nghị Ủy ban nhân dân tỉnh ban hành Chỉ thị số 13/CT-UBND về an ninh.\n',
      dates: { '13/CT-UBND': null },
    },
    {
      reading: 'something else sent under the document',
      text: 'Ngày 12/6/2020, Đảng ủy xã gửi báo cáo theo Hướng dẫn số 12-HD/BTGTU về tuyên truyền.\n',
      dates: { '12-HD/BTGTU': null },
    },
    {
      reading: 'a date after another document in between',
      text: 'Kế hoạch số 12-KH/TU về thực hiện Chỉ thị số 05-CT/TW ban hành ngày 3/3/2020.\n',
      dates: { '12-KH/TU': null },
    },
  ])('does not read $reading', ({ text, dates }) => {
    expect(issueDates(text, '2021-06-13')).toMatchObject(dates)
  })
})
