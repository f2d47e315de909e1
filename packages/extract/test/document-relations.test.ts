import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

// The relations an article states, as `from type to`.
const relationsOf = (text: string) => extractArticle(text).relations.map((r) => `${r.from} ${r.type} ${r.to}`)

describe('relations an article states beyond one sentence', () => {
  it.each([
    {
      reading: "a document's text: the opening it implements, the document named by its header's number",
      text: 'ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: 594/KH-UBND\n\nNghệ An, ngày 21 tháng 10 năm 2021\n\nKẾ HOẠCH\n\nThực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua và Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương, Ủy ban nhân dân tỉnh Nghệ An ban hành Kế hoạch tổ chức thực hiện như sau:\n',
      relations: ['594/KH-UBND implements 19/CT-TTg', '594/KH-UBND implements 16/KH-HĐTĐKT'],
    },
    {
      reading: 'a sentence whose subject is the document its title names',
      text: 'Thông tư 06/2019/TT-BTTTT\n\nThông tư sửa đổi, bổ sung một số điều của Thông tư số 24/2015/TT-BTTTT ngày 18 tháng 8 năm 2015 của Bộ trưởng Bộ Thông tin và Truyền thông.\n',
      relations: ['06/2019/TT-BTTTT amends 24/2015/TT-BTTTT'],
    },
    {
      reading: 'a last paragraph cut short, taken for a caption',
      text: 'Quy định về kỷ luật đảng viên\n\nNgày 06/7/2022, Bộ Chính trị ban hành Quy định số 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm.\n\nQuy định có hiệu lực kể từ ngày 06/7/2022 và thay thế Quy định số 102-QĐ/TW ngày 15/11/2017 của Bộ Chính trị kh',
      relations: ['69-QĐ/TW replaces 102-QĐ/TW'],
    },
    {
      reading: "the document's own text: Quyết định này is the document, not the last one cited",
      text: 'ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n\nSố: 25/2024/QĐ-UBND\n\nAn Giang, ngày 10 tháng 5 năm 2024\n\nQUYẾT ĐỊNH\n\nCăn cứ Quyết định số 12/2020/QĐ-UBND ngày 02/3/2020 của Ủy ban nhân dân tỉnh ban hành Quy chế làm việc;\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n\nĐiều 2. Quyết định này thay thế Quyết định số 07/2019/QĐ-UBND ngày 15/4/2019 của Ủy ban nhân dân tỉnh.\n',
      relations: ['25/2024/QĐ-UBND replaces 07/2019/QĐ-UBND'],
    },
    {
      reading: 'counter: a news story has no own document; Quyết định này is the one cited before',
      text: 'Tỉnh thay quy chế làm việc\n\nNgày 10/5/2024, UBND tỉnh ban hành Quyết định số 25/2024/QĐ-UBND về quy chế làm việc.\n\nQuyết định này thay thế Quyết định số 07/2019/QĐ-UBND ngày 15/4/2019 của UBND tỉnh.\n',
      relations: ['25/2024/QĐ-UBND replaces 07/2019/QĐ-UBND'],
    },
    {
      reading: 'the body doing what its document does, up to what it lists (hướng dẫn ... như sau)',
      text: 'BAN TUYÊN GIÁO TỈNH ỦY\n\nSố: 15-HD/BTGTU\n\nHà Tĩnh, ngày 5 tháng 1 năm 2024\n\nHƯỚNG DẪN\n\nThực hiện Chỉ thị số 45-CT/TW ngày 22/7/2010 của Bộ Chính trị về tổ chức các ngày kỷ niệm, Ban Tuyên giáo Tỉnh ủy hướng dẫn công tác tuyên truyền các ngày lễ lớn năm 2024 như sau:\n',
      relations: ['15-HD/BTGTU implements 45-CT/TW'],
    },
    {
      reading: 'counter: the body doing something else after the opening is no issuing of the document',
      text: 'BAN TUYÊN GIÁO TỈNH ỦY\n\nSố: 15-HD/BTGTU\n\nHà Tĩnh, ngày 5 tháng 1 năm 2024\n\nHƯỚNG DẪN\n\nThực hiện Chỉ thị số 45-CT/TW ngày 22/7/2010 của Bộ Chính trị về tổ chức các ngày kỷ niệm, Ban Tuyên giáo Tỉnh ủy đã tổ chức nhiều hoạt động trong năm 2023.\n',
      relations: [],
    },
    {
      reading:
        'an opening of its own, then the body doing what its document does in the next sentence (hướng dẫn ... sau đây:)',
      text: 'BỘ Y TẾ\n\nSố: 07/HD-BYT- V2\n\nHà Nội, ngày 3 tháng 2 năm 2015\n\nHƯỚNG DẪN\n\nThực hiện Chỉ thị số 02/2015/CT-BYT ngày 5 tháng 1 năm 2015 của Bộ trưởng Bộ Y tế về công tác năm 2015.\n\nCăn cứ tình hình thực tế năm 2014, Bộ Y tế - Vụ 2 - hướng dẫn công tác khám chữa bệnh năm 2015 với các nội dung sau đây:\n',
      relations: ['07/HD-BYT-V2 implements 02/2015/CT-BYT'],
    },
    {
      reading: 'counter: the next sentence lists what the body did, not what its document directs',
      text: 'BỘ Y TẾ\n\nSố: 07/HD-BYT- V2\n\nHà Nội, ngày 3 tháng 2 năm 2015\n\nHƯỚNG DẪN\n\nThực hiện Chỉ thị số 02/2015/CT-BYT ngày 5 tháng 1 năm 2015 của Bộ trưởng Bộ Y tế về công tác năm 2015.\n\nNăm 2014, Bộ Y tế đã đạt được các kết quả sau đây:\n',
      relations: [],
    },
    {
      reading: 'a page that reprints a document in full: the document it names is the text that follows',
      text: 'Công đoàn thành phố\n\nBan biên tập xin trích nguyên Hướng dẫn số 12-HD/BTGTW ngày 7/12/2011 của Ban Tuyên giáo Trung ương. Toàn văn như sau:\n\nThực hiện Chỉ thị số 45-CT/TW ngày 22/7/2010 của Bộ Chính trị về tổ chức các ngày kỷ niệm, Ban Tuyên giáo Trung ương hướng dẫn công tác tuyên truyền các ngày lễ lớn năm 2012 như sau:\n',
      relations: ['12-HD/BTGTW implements 45-CT/TW'],
    },
    {
      reading: 'counter: a page that only points to a document is no reprint of it',
      text: 'Công đoàn thành phố\n\nBan biên tập giới thiệu Hướng dẫn số 12-HD/BTGTW ngày 7/12/2011 của Ban Tuyên giáo Trung ương.\n\nThực hiện Chỉ thị số 45-CT/TW ngày 22/7/2010 của Bộ Chính trị về tổ chức các ngày kỷ niệm, Ban Tuyên giáo Trung ương hướng dẫn công tác tuyên truyền các ngày lễ lớn năm 2012 như sau:\n',
      relations: [],
    },
  ])('$reading', ({ text, relations }) => {
    expect(relationsOf(text)).toEqual(relations)
  })

  it('drops a relation to a directive issued after the one said to implement it', () => {
    expect(
      relationsOf(
        'Tiêu đề\n\nQuán triệt Kết luận số 100-KL/TW ngày 18/8/2014 của Ban Bí thư, Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 100-KL/TW của Ban Bí thư và Kết luận số 111-KL/TU ngày 14/8/2017 của Ban Thường vụ Tỉnh ủy về công tác tư tưởng.\n',
      ),
    ).toEqual(['25-KH/TU implements 100-KL/TW'])
  })
})
