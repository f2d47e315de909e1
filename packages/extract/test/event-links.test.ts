import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/extract.ts'

// The directives each event of an article made of `paragraphs` carries out, under a title and a
// date line (12/12/2024).
const linksOf = (...paragraphs: string[]) =>
  extractArticle(
    [
      'Tiêu đề bài viết về công tác tuyên giáo',
      '',
      '12/12/2024',
      '',
      ...paragraphs.flatMap((p) => [p, '']),
      'Thanh Trà',
    ].join('\n'),
  ).events.map((e) => e.directives)

describe('the directives an event carries out', () => {
  it.each([
    {
      reading: 'the plans a sentence of its own says it is held under, before the event',
      paragraphs: [
        'Thực hiện Kế hoạch số 183-KH/TU ngày 28/11/2023 của Tỉnh ủy về học tập Nghị quyết Hội nghị lần thứ 8; Kế hoạch số 126-KH/HU ngày 01/12/2023 của Huyện ủy;',
        'Ngày 21/12/2023, Ban Chấp hành Đảng bộ xã Ninh Hải tổ chức Hội nghị quán triệt Nghị quyết Hội nghị lần thứ 8 đến toàn thể đảng viên.',
      ],
      links: [['183-KH/TU', '126-KH/HU']],
    },
    {
      reading: 'the plan a sentence of its own gives as the ground, before the event',
      paragraphs: [
        'Căn cứ Kế hoạch số 19-KH/ĐTN ngày 20/02/2024 của Ban Thường vụ Huyện đoàn về tổ chức Cuộc thi “Chi đoàn kiểu mẫu”.',
        'Chiều 6/10, Chi đoàn Trường Tiểu học Kim Đồng tổ chức Sinh hoạt Chi đoàn tháng 10.',
      ],
      links: [['19-KH/ĐTN']],
    },
    {
      reading: 'the directive of a purpose clause before the event',
      paragraphs: [
        'Nhằm nâng cao hiệu quả việc thực hiện Nghị quyết số 17/NQ-CP của Chính phủ, mới đây, các thành viên Ủy ban đã báo cáo kết quả. Ngày 5/12, Ủy ban Quốc gia tổ chức phiên họp thường kỳ.',
      ],
      links: [['17/NQ-CP']],
    },
    {
      reading: 'directives a later sentence names after `đáp ứng yêu cầu` in a title (a noun, no speech)',
      paragraphs: [
        'Ngày 10/12, Đảng ủy xã tổ chức hội nghị quán triệt các nghị quyết Trung ương 8.',
        'Hội nghị nghe truyền đạt Nghị quyết số 42-NQ/TW về chính sách xã hội, đáp ứng yêu cầu sự nghiệp xây dựng đất nước; Nghị quyết số 43-NQ/TW về đại đoàn kết toàn dân tộc.',
      ],
      links: [['42-NQ/TW', '43-NQ/TW']],
    },
    {
      reading: 'not those compared with',
      paragraphs: [
        'Ngày 19/8, Đảng ủy Bệnh viện tổ chức Hội nghị quán triệt Quy định số 69-QĐ/TW của Bộ Chính trị.',
        'Báo cáo viên phân tích những điểm mới của Quy định số 69-QĐ/TW so với Quy định số 102-QĐ/TW của Bộ Chính trị.',
      ],
      links: [['69-QĐ/TW']],
    },
    {
      reading: 'not those replaced',
      paragraphs: [
        'Sáng 10/12, Sở Nội vụ tổ chức hội nghị tập huấn công tác văn thư theo Nghị định số 30/2020/NĐ-CP.',
        'Nghị định thay thế Nghị định số 110/2004/NĐ-CP và Nghị định số 09/2010/NĐ-CP.',
      ],
      links: [['30/2020/NĐ-CP']],
    },
    {
      reading:
        'a plan whose title is about holding study sessions reports none: the next sentence tells more of the event',
      paragraphs: [
        'Sáng 10/12, Đảng ủy xã Tân Lập tổ chức học tập, quán triệt Nghị quyết Hội nghị Trung ương 8.',
        'Đảng ủy xã đã ban hành Kế hoạch số 21-KH/ĐU ngày 1/12/2024 về tổ chức học tập, quán triệt Nghị quyết số 41-NQ/TW cho cán bộ, đảng viên.',
      ],
      links: [['21-KH/ĐU', '41-NQ/TW']],
    },
    {
      reading: 'a rite performed at the event carries none of what the next sentences cite',
      paragraphs: [
        'Ngày 5/11, Chi bộ Trường Tiểu học Kim Đồng tổ chức sinh hoạt chuyên đề về tấm gương đạo đức của Bác.',
        'Trước buổi sinh hoạt, các đảng viên đã dâng hương tại Đền thờ liệt sĩ của xã.',
        'Các đảng viên thảo luận việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.',
      ],
      links: [['05-CT/TW'], []],
    },
    {
      reading: "not those a ministry's account cites",
      paragraphs: [
        'Sáng 6/12, Ban Chỉ đạo tỉnh tổ chức phiên họp thứ nhất.',
        'Theo Bộ Tài chính, việc rà soát các dự án được thực hiện theo Quyết định số 1568/QĐ-TTg của Thủ tướng Chính phủ.',
      ],
      links: [[]],
    },
    {
      reading: 'a list of what the delegates were given at the event, in a report referring back to it',
      paragraphs: [
        'Sáng 10/12, Huyện ủy Tân Lạc tổ chức Hội nghị quán triệt các văn bản của Trung ương.',
        'Tại Hội nghị, các đại biểu nghe triển khai các nội dung quan trọng, gồm: Chỉ thị số 41-CT/TW của Ban Bí thư về công tác lễ hội, Chỉ thị số 42-CT/TW của Ban Bí thư về giáo dục thế hệ trẻ.',
      ],
      links: [['41-CT/TW', '42-CT/TW']],
    },
    {
      reading: 'a list of what a speaker conveyed at the event',
      paragraphs: [
        'Sáng 10/12, Đảng ủy Trường Cao đẳng Sư phạm tổ chức Hội nghị học tập Nghị quyết Trung ương 8.',
        'Trong buổi sáng, đồng chí Phó Bí thư đã truyền đạt 2 nghị quyết, gồm: Nghị quyết số 44-NQ/TW về chiến lược bảo vệ Tổ quốc, Nghị quyết số 45-NQ/TW về đội ngũ trí thức.',
      ],
      links: [['44-NQ/TW', '45-NQ/TW']],
    },
    {
      reading: 'not a list in another sentence',
      paragraphs: [
        'Sáng 10/12, Huyện ủy Tân Lạc tổ chức Hội nghị quán triệt các văn bản của Trung ương.',
        'Trong năm, Huyện ủy ban hành nhiều văn bản, gồm: Kế hoạch số 15-KH/HU về chuyển đổi số, Kế hoạch số 16-KH/HU về cải cách hành chính.',
      ],
      links: [[]],
    },
    {
      reading: 'a directive named in the title of the one before (`về tổng kết việc thực hiện`) is not carried out',
      paragraphs: [
        'Ngày 8/10/2020, Đảng ủy Bệnh viện tổ chức Hội nghị học tập, quán triệt Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị về phát triển tỉnh; Kết luận số 83-KL/TW, ngày 29/7/2020 của Bộ Chính trị về tổng kết việc thực hiện Nghị quyết số 48-NQ/TW của Bộ Chính trị (khóa IX) về chiến lược pháp luật.',
      ],
      links: [['58-NQ/TW', '83-KL/TW']],
    },
    {
      reading: 'a second directive after `và` is carried out too',
      paragraphs: [
        'Ngày 8/10/2020, Đảng ủy Bệnh viện tổ chức Hội nghị quán triệt Kết luận số 83-KL/TW của Bộ Chính trị về tổng kết công tác pháp luật và Nghị quyết số 48-NQ/TW của Bộ Chính trị.',
      ],
      links: [['83-KL/TW', '48-NQ/TW']],
    },
  ])('$reading', ({ paragraphs, links }) => {
    expect(linksOf(...paragraphs)).toEqual(links)
  })
})
