import { describe, expect, it } from 'vitest'
import { readDocumentHead } from '../src/document-head.ts'
import { isRepeatedPhrase } from '../src/head-lines.ts'
import { segment } from '../src/segment.ts'

// Each reading of a page's head that decides its title, on a page of its own.
describe('the title of a page, read from its head', () => {
  it.each([
    {
      reading: 'a metadata fragment on the title line leaves the title',
      lines: [
        'date 2025-08-18 Trao giải Cuộc thi Sáng tạo lần thứ 21',
        '',
        'Sáng 17/8, Thành đoàn tổ chức lễ trao giải.',
      ],
      title: 'Trao giải Cuộc thi Sáng tạo lần thứ 21',
    },
    {
      reading: 'a metadata fragment before the section, the title on the next line',
      lines: [
        'date 2025-10-03 Chính trị',
        '',
        'Tiếp cận các giải pháp nâng cao chất lượng sinh hoạt chi bộ',
        '',
        'Ngày 3-10, Chi bộ họp.',
      ],
      title: 'Tiếp cận các giải pháp nâng cao chất lượng sinh hoạt chi bộ',
    },
    {
      reading: "a site's greeting in capitals above the title",
      lines: [
        'CHÀO MỪNG CÁC BẠN ĐẾN VỚI TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ĐẠI LỘC',
        'Hôm nay:19/09/2024',
        'Hội nghị trực tuyến triển khai chuyên đề năm 2020',
        'Sáng qua, ngày 17/12, Ban Tuyên giáo Trung ương tổ chức Hội nghị.',
      ],
      title: 'Hội nghị trực tuyến triển khai chuyên đề năm 2020',
    },
    {
      reading: "a site's slogan of the year above the title",
      lines: [
        'Chủ đề công tác năm 2020: "Huyện Đầm Hà tự hào tiến bước dưới cờ Đảng" - Chào mừng kỷ niệm 90 năm',
        '',
        'Thực hành “kỹ năng tổ chức sinh hoạt chi bộ”',
        '',
        'Sáng ngày 20/8/2020, Ban Tuyên giáo Huyện ủy tổ chức buổi thực hành.',
      ],
      title: 'Thực hành “kỹ năng tổ chức sinh hoạt chi bộ”',
    },
    {
      reading: 'a breadcrumb from the home page glued to the title, the title again below',
      lines: [
        'Trang chủ Đào tạo - Bồi dưỡng Cải cách hành chính góp phần xây dựng nhà trường',
        'Thứ hai, 11 Tháng 12 2023 16:03',
        'Cải cách hành chính góp phần xây dựng nhà trường',
        '(LLCT) - Cải cách hành chính là khâu đột phá.',
      ],
      title: 'Cải cách hành chính góp phần xây dựng nhà trường',
    },
    {
      reading: "a template's `null` before the title and a footnote star after it",
      lines: ['null Những vấn đề đặt ra đối với tổ chức bộ máy "*"', '', 'Sau Đại hội, đội ngũ cán bộ có biến động.'],
      title: 'Những vấn đề đặt ra đối với tổ chức bộ máy',
    },
    {
      reading: "the source's tag before the title",
      lines: ['(TTV) Hội thi Báo cáo viên giỏi Cụm thi số 3', '', 'Sáng 17/8, Ban Tuyên giáo Tỉnh ủy tổ chức hội thi.'],
      title: 'Hội thi Báo cáo viên giỏi Cụm thi số 3',
    },
    {
      reading: "a domain's tag before the title",
      lines: [
        '(Chinhphu.vn) Thủ tướng chủ trì hội nghị trực tuyến toàn quốc',
        '',
        'Sáng 17/8, Thủ tướng chủ trì hội nghị.',
      ],
      title: 'Thủ tướng chủ trì hội nghị trực tuyến toàn quốc',
    },
    {
      reading: 'a word in brackets that opens the title is its own',
      lines: ['(Dự thảo) Quy chế làm việc của Ban Chấp hành', '', 'Sáng 17/8, Ban Chấp hành họp phiên thứ nhất.'],
      title: '(Dự thảo) Quy chế làm việc của Ban Chấp hành',
    },
    {
      reading: 'a tag heading over a bulleted list of teasers',
      lines: [
        'Bảo vệ nền tảng tư tưởng',
        '  • Khai giảng Lớp tập huấn bảo vệ nền tảng tư tưởng của Đảng',
        '  Chiều 9/5, Học viện tổ chức khai giảng.',
      ],
      title: 'Bảo vệ nền tảng tư tưởng',
    },
    {
      reading: 'an image in markup above the title',
      lines: [
        '<image>data:image/s3,"s3://crabby-images/a66d1/a66d1c0ac4bbc09c4af5a68f1692802ac86d73ca" alt="Bộ Chính trị làm việc"</image>',
        'Bộ Chính trị làm việc với 11 đảng bộ',
        'Từ ngày 17 đến 22-8, Bộ Chính trị làm việc.',
      ],
      title: 'Bộ Chính trị làm việc với 11 đảng bộ',
    },
    {
      reading: 'a loading notice above the title',
      lines: [
        'Chờ...',
        '',
        'Câu lạc bộ 20/10 TPHCM kỷ niệm ngày Phụ nữ Việt Nam',
        '',
        '(VOH) - Sáng 16/10, Câu lạc bộ họp mặt.',
      ],
      title: 'Câu lạc bộ 20/10 TPHCM kỷ niệm ngày Phụ nữ Việt Nam',
    },
    {
      reading: "a wrapped line's lower-case continuation is no title",
      lines: [
        'THÔNG TIN THỜI SỰ TUẦN THỨ 02 THÁNG 03/2024',
        '(Các sự kiện thời',
        'sự nổi bật diễn ra từ ngày 04-10/3/2024)',
        'I.',
        'Hội nghị Cấp cao được tổ chức.',
      ],
      title: 'THÔNG TIN THỜI SỰ TUẦN THỨ 02 THÁNG 03/2024',
    },
    {
      reading: "a portal's skip link, a widget's label said twice, a site's hotline above the title",
      lines: [
        'Truy cập nội dung luôn',
        'Thông báo Thông báo',
        'Slideshow Image 1 Slideshow Image 1 Slideshow Image 1',
        'Hotline: 024.355.63.010',
        'Chi tiết tin',
        '',
        'Gò Quao: Lãnh đạo đại hội chi bộ trực thuộc',
        '28/04/2022',
        'Thực hiện Điều lệ Đảng, Ban Thường vụ Huyện ủy ban hành kế hoạch.',
      ],
      title: 'Gò Quao: Lãnh đạo đại hội chi bộ trực thuộc',
    },
    {
      reading: "a site's contact block above the title, which closes with a full stop",
      lines: [
        'Bệnh viện Đa khoa huyện - Địa chỉ: số 5 đường Lê Lợi - Điện thoại: (0211) 3 711 489, Email: bv@gmail.com',
        '',
        'BUỔI NÓI CHUYỆN CHUYÊN ĐỀ VỀ CUỘC ĐỜI CỦA CHỦ TỊCH HỒ CHÍ MINH.',
        '',
        '(Ngày đăng: 19/05/2022, số lượt xem: 293)',
        '',
        'Ngày 12/05/2022, Bệnh viện đã tổ chức buổi nói chuyện chuyên đề về cuộc đời của Chủ tịch Hồ Chí Minh.',
      ],
      title: 'BUỔI NÓI CHUYỆN CHUYÊN ĐỀ VỀ CUỘC ĐỜI CỦA CHỦ TỊCH HỒ CHÍ MINH.',
    },
    {
      reading: "the title above the date line, a photo's fuller caption under it",
      lines: [
        'Đảng bộ xã Tân Long tổng kết công tác năm 2023',
        '2023-12-13 15:16:00.0',
        'Đồng chí Phó Bí thư Thường trực Huyện ủy trao Huy hiệu Đảng cho các đảng viên cao tuổi',
        'Tại buổi lễ, Đảng bộ xã có 03 đảng viên nhận Huy hiệu Đảng.',
      ],
      title: 'Đảng bộ xã Tân Long tổng kết công tác năm 2023',
    },
    {
      reading: "a site's section above the date line, the title under it",
      lines: [
        'Đoàn thể và các Hội',
        'Đăng ngày: 24/07/2025 - Lượt xem: 27',
        '"Dân vận khéo" ở xã Tân Long - cách làm sáng tạo, việc khó hóa dễ',
        'Mô hình "Dân vận khéo" có nội dung cốt lõi là vận động nhân dân.',
      ],
      title: '"Dân vận khéo" ở xã Tân Long - cách làm sáng tạo, việc khó hóa dễ',
    },
    {
      reading: 'a language bar above the date line, a caption and the title under it',
      lines: [
        'Tiếng Việt | English',
        '16/10/2015 - 16:39',
        'Bí thư Tỉnh ủy Long An',
        'Để Long An xứng tầm là tỉnh nằm trong vùng kinh tế trọng điểm phía Nam',
        'Sáng nay, 16-10-2015, Đại hội đại biểu Đảng bộ tỉnh bế mạc.',
      ],
      title: 'Để Long An xứng tầm là tỉnh nằm trong vùng kinh tế trọng điểm phía Nam',
    },
    {
      reading: 'a title wrapped over two lines, the second in lower case',
      lines: [
        'Bệnh viện đa khoa tỉnh quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng các cấp',
        'tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.',
        'Về dự Hội nghị có đồng chí Phó trưởng Ban Tuyên giáo Tỉnh ủy.',
      ],
      title:
        'Bệnh viện đa khoa tỉnh quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.',
    },
    {
      reading: 'a title, a blank line, and a line in lower case that is no part of it',
      lines: [
        'Bệnh viện đa khoa tỉnh quán triệt Chỉ thị 35-CT/TW',
        '',
        'tin và ảnh do phòng Công tác xã hội cung cấp',
        'Sáng 5/6, Đảng ủy Bệnh viện tổ chức hội nghị.',
      ],
      title: 'Bệnh viện đa khoa tỉnh quán triệt Chỉ thị 35-CT/TW',
    },
    {
      reading: 'a ticker of bulleted items above the date and the title',
      lines: [
        '♦ HỘI THAO MỪNG XUÂN (31/12)   ♦ SINH HOẠT ĐỐI THOẠI QUÝ IV (26/12)   ♦ LỄ PHÁT ĐỘNG THI ĐUA (20/12)',
        'Bởi Ban biên tập - Đăng tải ngày 30/04/2024',
        'THÔNG BÁO THỜI SỰ TUẦN (TỪ NGÀY 22/4 - 28/4/2024)',
        'I. TÌNH HÌNH TRONG NƯỚC',
        'Ngày 24/4, Quốc hội họp phiên bất thường.',
      ],
      title: 'THÔNG BÁO THỜI SỰ TUẦN (TỪ NGÀY 22/4 - 28/4/2024)',
    },
    {
      reading: 'a photo caption numbered as a photo',
      lines: ['Tọa đàm “Luật Thủ đô 2024” - Ảnh 1', ' ', 'Ngày 23/7, Văn phòng công bố Lệnh.'],
      title: null,
    },
    {
      reading: 'a caption of the whole hall',
      lines: ['Toàn cảnh Hội nghị', 'Tại hội nghị, Đảng ủy xã công bố quyết định.'],
      title: null,
    },
    {
      reading: 'a caption of a speaker',
      lines: ['Đồng chí Lý Hồng Quang - Bí thư Đảng ủy xã phát biểu tại Hội nghị', 'Hội nghị được tổ chức trực tuyến.'],
      title: null,
    },
    {
      reading: "a content system's byline",
      lines: ['Submitted by Ban biên tập on 18 October 2019', '', 'Ngày 17/10/2019, Sở tổ chức Hội nghị.'],
      title: null,
    },
    {
      reading: 'a lead that opens with its part of day and `ngày`',
      lines: [
        'Sáng ngày 08/12, Ban Tuyên giáo Trung ương tổ chức hội nghị báo cáo viên tháng 12…',
        '',
        'Tại hội nghị, các đại biểu nghe báo cáo.',
      ],
      title: null,
    },
    {
      reading: 'a title ending with a stop, which the lead under it restates',
      lines: [
        'Đảng bộ xã Duy Phước tổ chức Lễ kỷ niệm 133 năm sinh Chủ tịch Hồ Chí Minh.',
        '',
        'Sáng ngày 18/5, Đảng bộ xã Duy Phước tổ chức long trọng Lễ kỷ niệm 133 năm sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023).',
      ],
      title: 'Đảng bộ xã Duy Phước tổ chức Lễ kỷ niệm 133 năm sinh Chủ tịch Hồ Chí Minh.',
    },
    {
      reading: 'the same in capitals, a caption of the hall between title and lead',
      lines: [
        'HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ THÀNH PHỐ LẦN THỨ XI.',
        '',
        'Toàn cảnh hội nghị.',
        '',
        'Sáng ngày 15/01/2021, Đảng bộ Bệnh viện tổ chức học tập, quán triệt Nghị quyết Đại hội Đảng bộ thành phố lần thứ XI.',
      ],
      title: 'HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ THÀNH PHỐ LẦN THỨ XI.',
    },
    {
      reading: 'a lead followed by another paragraph is no title',
      lines: [
        'Sáng 18/5, Đảng bộ xã Duy Phước tổ chức Lễ kỷ niệm 133 năm sinh Chủ tịch Hồ Chí Minh.',
        '',
        'Dự lễ có lãnh đạo huyện và đông đảo đảng viên, nhân dân trong xã.',
      ],
      title: null,
    },
    {
      reading: 'a first sentence that the next paragraph does not restate is no title',
      lines: [
        'Đảng bộ xã tổ chức Lễ kỷ niệm 133 năm sinh Chủ tịch Hồ Chí Minh.',
        '',
        'Trong buổi lễ, các đại biểu đã ôn lại cuộc đời, sự nghiệp cách mạng vẻ vang của Người.',
      ],
      title: null,
    },
    {
      reading: "a site's dateline of a place and a date",
      lines: ['Đà Nẵng 07/06/2023', '', 'Để có tư liệu tuyên truyền, Ban biên tập xin trích nguyên Hướng dẫn.'],
      title: null,
    },
    {
      reading: 'a place and date line in words',
      lines: ['Hà Tĩnh, ngày 15 tháng 6 năm 2021', '', 'Ban Tuyên giáo Tỉnh ủy đề nghị các đơn vị thực hiện.'],
      title: null,
    },
    {
      reading: 'a title that names a place and ends with a date is still a title',
      lines: ['Hội nghị Ban Chấp hành Đảng bộ tỉnh Đà Nẵng 07/06/2023', '', 'Sáng 7/6, Tỉnh ủy tổ chức hội nghị.'],
      title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh Đà Nẵng 07/06/2023',
    },
    {
      reading: "a numbered item of a book's preview",
      lines: ['Xem mẫu', '', '  1. HỘI ĐỒNG CHỈ ĐẠO XUẤT BẢN Chủ tịch Hội đồng', '  2. TẬP THỂ TÁC GIẢ'],
      title: null,
    },
  ])('$reading', ({ lines, title }) => {
    expect(segment(lines.join('\n')).title?.text.replace(/\s+/gu, ' ') ?? null).toBe(title)
  })
})

// An official document printed as a page: its issuing body, its code, and its title (trích yếu).
describe('readDocumentHead', () => {
  const lines = (text: string) => {
    const out: { start: number; end: number; text: string; blankBefore: boolean }[] = []
    let start = 0
    let blank = true
    for (const line of text.split('\n')) {
      if (line.length > 0) out.push({ start, end: start + line.length, text: line, blankBefore: blank })
      blank = line.length === 0
      start += line.length + 1
    }
    return out
  }
  it.each([
    {
      reading: 'two columns as lines: body over its place, motto, number line, type, summary up to a blank line',
      text: 'ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 594/KH-UBND\n\nNghệ An, ngày 21 tháng 10 năm 2021\n\nKẾ HOẠCH\n\nTHỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021\n\nThực hiện Chỉ thị số 19/CT-TTg, Ủy ban nhân dân tỉnh ban hành Kế hoạch.',
      code: '594/KH-UBND',
      body: 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN',
      title: 'THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021',
    },
    {
      reading: 'a summary wrapped over lines ends at the line of who decides',
      text: 'BỘ NÔNG NGHIỆP\nVÀ PHÁT TRIỂN NÔNG THÔN\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM\n|\nSố:\n3298/QĐ-BNN-HTQT\n|\nHà Nội, ngày 16\ntháng 11 năm 2009\n|\nQUYẾT ĐỊNH\nBAN\nHÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA\nGIAI ĐOẠN 2010-2012\nBỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN\nNÔNG THÔN\nCăn cứ Nghị định số 01/2008/NĐ-CP;',
      code: '3298/QĐ-BNN-HTQT',
      body: 'BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN',
      title: 'BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA GIAI ĐOẠN 2010-2012',
    },
    {
      reading: 'both columns on one line between bars; no type line, so no summary',
      text: 'BỘ THÔNG TIN VÀ TRUYỀN THÔNG -------- Số: 09/2015/TT-BTTTT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\nCăn cứ Luật Viễn thông ngày 23 tháng 11 năm 2009;',
      code: '09/2015/TT-BTTTT',
      body: 'BỘ THÔNG TIN VÀ TRUYỀN THÔNG',
      title: null,
    },
    {
      reading: 'the columns interleaved line by line, with markup',
      text: 'BỘ THÔNG TIN VÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />\nTRUYỀN THÔNG Độc lập Tự do Hạnh phúc <br />\n<br />\nSố: 06/2019/TT-BTTTT Hà Nội, ngày 19 tháng 7 năm 2019<br />',
      code: '06/2019/TT-BTTTT',
      body: 'BỘ THÔNG TIN VÀ TRUYỀN THÔNG',
      title: null,
    },
    {
      reading: 'a Party head: the superior committee above the issuing one is left',
      text: 'ĐẢNG BỘ TỈNH QUẢNG NAM\nHUYỆN ỦY HIỆP ĐỨC\n*\nSố 12-CT/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n\nHiệp Đức, ngày 9 tháng 3 năm 2024\n',
      code: '12-CT/HU',
      body: 'HUYỆN ỦY HIỆP ĐỨC',
      title: null,
    },
    {
      reading: 'a Party head flattened right column first: the place and date line above the number is passed over',
      text: 'TỈNH UỶ HÀ TĨNH\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nBAN TUYÊN GIÁO\n\n*\n\n     Hà Tĩnh, ngày 15 tháng 6 năm 2021\n\nSố 369 - CV/BTGTU\n\nGửi Đề cương tuyên truyền\n',
      code: '369-CV/BTGTU',
      body: 'BAN TUYÊN GIÁO',
      title: null,
    },
    {
      reading: "an official letter's subject: the lines between its number line and Kính gửi",
      text: 'TỈNH UỶ HÀ TĨNH\nBAN TUYÊN GIÁO\n*\nHà Tĩnh, ngày 15 tháng 6 năm 2021\nSố 369 - CV/BTGTU\nGửi Đề cương tuyên truyền kỷ niệm\n 190 năm thành lập tỉnh Hà Tĩnh\n \nKính gửi:\n- Các ban, sở, ngành,\n',
      code: '369-CV/BTGTU',
      body: 'BAN TUYÊN GIÁO',
      title: 'Gửi Đề cương tuyên truyền kỷ niệm 190 năm thành lập tỉnh Hà Tĩnh',
    },
    {
      reading: 'a State letter with its place and date under the number line',
      text: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 6202/UBND-KT\nV/v triển khai thực hiện Kế hoạch\nQuảng Trị, ngày 23 tháng 11 năm 2023\nKính gửi: Các sở, ban, ngành\n',
      code: '6202/UBND-KT',
      body: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
      title: 'V/v triển khai thực hiện Kế hoạch',
    },
    {
      reading: 'a plan with no type line gives no subject, Kính gửi or not',
      text: 'HUYỆN ỦY HIỆP ĐỨC\nSố 12-KH/HU\nTriển khai Nghị quyết\nKính gửi: Các chi bộ\n',
      code: '12-KH/HU',
      body: 'HUYỆN ỦY HIỆP ĐỨC',
      title: null,
    },
    {
      reading: 'a letter with no Kính gửi under its subject gives none',
      text: 'HUYỆN ỦY HIỆP ĐỨC\nSố 12-CV/HU\nVề việc triển khai Nghị quyết\nNgày 3/3, Huyện ủy đã họp.\nCác chi bộ thực hiện.\nBáo cáo kết quả.\n',
      code: '12-CV/HU',
      body: 'HUYỆN ỦY HIỆP ĐỨC',
      title: null,
    },
    {
      reading: 'a sentence in lower case above the number line ends the body, dated or not',
      text: 'HUYỆN ỦY HIỆP ĐỨC\nHôm nay, ngày 15 tháng 6 năm 2021 có văn bản\nSố 12-CT/HU\n',
      code: '12-CT/HU',
      body: null,
      title: null,
    },
  ])('$reading', ({ text, code, body, title }) => {
    const head = readDocumentHead(text, lines(text))
    expect(head?.code.code).toBe(code)
    expect(head?.body ?? null).toBe(body)
    expect(head?.title?.text.replace(/\s+/gu, ' ') ?? null).toBe(title)
  })
  it('reads no head from a news article', () => {
    const text =
      'Huyện ủy quán triệt Nghị quyết\n\nSáng 2/3, Huyện ủy tổ chức hội nghị quán triệt Nghị quyết số 35-NQ/TW.'
    expect(readDocumentHead(text, lines(text))).toBeNull()
  })
})

describe('isRepeatedPhrase', () => {
  it.each([
    { line: 'Từ khóa tìm kiếm Từ khóa tìm kiếm', expected: true },
    { line: 'Slideshow Image 1 Slideshow Image 1 Slideshow Image 1', expected: true },
    { line: 'Thông báo Thông báo', expected: true },
    // A title that says a word again, or a phrase and more, is none.
    { line: 'Đoàn kết, đoàn kết, đại đoàn kết', expected: false },
    { line: 'Hà Nội - Hà Nội mến yêu', expected: false },
    { line: 'Tin tức', expected: false },
  ])('reads $line as a repeated phrase: $expected', ({ line, expected }) => {
    expect(isRepeatedPhrase(line)).toBe(expected)
  })
})
