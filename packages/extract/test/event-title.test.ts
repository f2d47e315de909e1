import { describe, expect, it } from 'vitest'
import { eventTitle, TITLE_MAX } from '../src/event-title.ts'

type Case = { reading: string; phrase: string; title: string | null }

describe.each<{ feature: string; cases: Case[] }>([
  {
    feature: 'sentence case',
    cases: [
      { reading: 'a lower-case head', phrase: 'hội nghị báo cáo viên quý II', title: 'Hội nghị báo cáo viên quý II' },
      {
        reading: 'đ upper-cased as Vietnamese writes it',
        phrase: 'đại hội điểm cấp cơ sở',
        title: 'Đại hội điểm cấp cơ sở',
      },
      { reading: 'a precomposed vowel', phrase: 'ủy ban họp phiên thường kỳ', title: 'Ủy ban họp phiên thường kỳ' },
      {
        reading: 'the first letter inside a quote',
        phrase: '“ngày hội Chuyển đổi số”',
        title: '“Ngày hội Chuyển đổi số”',
      },
      {
        reading: 'a number first, as written',
        phrase: '3 đợt học tập Quy định 144',
        title: '3 đợt học tập Quy định 144',
      },
      { reading: 'the rest as written', phrase: 'lễ ra mắt CLB khiêu vũ', title: 'Lễ ra mắt CLB khiêu vũ' },
    ],
  },
  {
    feature: 'a predicate ends the name',
    cases: [
      {
        reading: 'the passive được',
        phrase: 'vòng sơ khảo Hội thi được tổ chức tại 11 phường',
        title: 'Vòng sơ khảo Hội thi',
      },
      { reading: 'the aspect marker đã', phrase: 'Hội nghị đã nghe Báo cáo của Ban Thường vụ', title: 'Hội nghị' },
      {
        reading: 'diễn ra',
        phrase: 'Hội nghị toàn quốc về Nghị quyết 79 diễn ra sáng nay',
        title: 'Hội nghị toàn quốc về Nghị quyết 79',
      },
      {
        reading: 'the agent do',
        phrase: 'phát động Cuộc thi viết do Huyện ủy tổ chức',
        title: 'Phát động Cuộc thi viết',
      },
      {
        reading: 'not the do of tự do',
        phrase: 'chương trình Độc lập, tự do và hạnh phúc',
        title: 'Chương trình Độc lập, tự do và hạnh phúc',
      },
      { reading: 'the copula là', phrase: 'Hội nghị là nơi tập trung đại biểu các tỉnh', title: 'Hội nghị' },
      {
        reading: 'khai mạc after the name',
        phrase: 'Hội nghị Trung ương 5 khai mạc tại Hà Nội',
        title: 'Hội nghị Trung ương 5',
      },
    ],
  },
  {
    feature: 'an adjunct of the occasion ends the name',
    cases: [
      {
        reading: 'the place',
        phrase: 'Lễ ra mắt Câu lạc bộ “Phụ nữ với pháp luật” tại xã Hòa Khánh Tây',
        title: 'Lễ ra mắt Câu lạc bộ “Phụ nữ với pháp luật”',
      },
      {
        reading: 'who attended',
        phrase: 'Hội nghị tổng kết năm 2024 với sự tham dự của 200 đại biểu',
        title: 'Hội nghị tổng kết năm 2024',
      },
      {
        reading: 'a counted audience',
        phrase: 'lớp tập huấn kỹ năng số cho hơn 200 cán bộ Đoàn',
        title: 'Lớp tập huấn kỹ năng số',
      },
      { reading: 'a counted field', phrase: 'vòng loại Hội thi với 46 thí sinh', title: 'Vòng loại Hội thi' },
      {
        reading: 'the form',
        phrase: 'Hội nghị báo cáo viên Quý II năm 2024 theo hình thức trực tuyến',
        title: 'Hội nghị báo cáo viên Quý II năm 2024',
      },
      { reading: 'the purpose', phrase: 'hội nghị để thảo luận các nội dung quan trọng', title: 'Hội nghị' },
      {
        reading: 'a time cue',
        phrase: 'Đại hội Đảng bộ tỉnh lần thứ XI từ ngày 12 đến ngày 15',
        title: 'Đại hội Đảng bộ tỉnh lần thứ XI',
      },
      {
        reading: 'a day not cited with a document',
        phrase: 'Hội nghị giao ban ngày 12/3 của Huyện ủy',
        title: 'Hội nghị giao ban',
      },
      {
        reading: 'a photo credit',
        phrase: 'Họp mặt Câu lạc bộ 20/10 - TPHCM - Ảnh: Phương Dung',
        title: 'Họp mặt Câu lạc bộ 20/10 - TPHCM',
      },
      {
        reading: 'a colon not opening a quote',
        phrase: 'Hội nghị bồi dưỡng đợt 1 năm 2023 với nội dung: Nghiên cứu, quán triệt',
        title: 'Hội nghị bồi dưỡng đợt 1 năm 2023',
      },
    ],
  },
  {
    feature: 'a comma',
    cases: [
      {
        reading: 'before a further item of the agenda',
        phrase: 'hội nghị sơ kết Nghị quyết về bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác',
        title: 'Hội nghị sơ kết Nghị quyết về bảo vệ nền tảng tư tưởng của Đảng',
      },
      { reading: 'before a person', phrase: 'Hội nghị, đồng chí Nguyễn Đăng Khoa, Phó Bí thư', title: 'Hội nghị' },
      {
        reading: 'after a verb that shares its object',
        phrase: 'Hội nghị quán triệt, triển khai Chỉ thị 35-CT/TW và các hướng dẫn',
        title: 'Hội nghị quán triệt, triển khai Chỉ thị 35-CT/TW và các hướng dẫn',
      },
      {
        reading: 'before a capitalised title of a person',
        phrase: 'lớp bồi dưỡng, Trưởng ban Tuyên giáo Huyện ủy nhấn mạnh',
        title: 'Lớp bồi dưỡng',
      },
      {
        reading: 'not before an office in lower case, in a list',
        phrase: 'làm việc với trưởng, phó các ban xây dựng Đảng Tỉnh ủy về kế hoạch hành động',
        title: 'Làm việc với trưởng, phó các ban xây dựng Đảng Tỉnh ủy về kế hoạch hành động',
      },
      {
        reading: 'before who took part',
        phrase: 'Hội thảo đào tạo với chủ đề “Chuyển đổi số”, thu hút sự tham gia của nhiều chuyên gia',
        title: 'Hội thảo đào tạo với chủ đề “Chuyển đổi số”',
      },
      {
        reading: 'in a list of verbs',
        phrase: 'Hội nghị học tập, quán triệt, triển khai các chỉ thị',
        title: 'Hội nghị học tập, quán triệt, triển khai các chỉ thị',
      },
      {
        reading: 'in a list of nouns',
        phrase: 'Lễ tuyên dương điển hình làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
        title: 'Lễ tuyên dương điển hình làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      },
      {
        reading: 'before a qualifier of the name',
        phrase: 'Hội nghị BCH Đảng bộ tỉnh lần thứ 18, khóa XVII (mở rộng)',
        title: 'Hội nghị BCH Đảng bộ tỉnh lần thứ 18, khóa XVII (mở rộng)',
      },
      {
        reading: 'before the date of a cited document',
        phrase: 'Hội nghị hướng dẫn Đề án số 27-ĐA/QU, ngày 9-7-2024 về thí điểm',
        title: 'Hội nghị hướng dẫn Đề án số 27-ĐA/QU, ngày 9-7-2024 về thí điểm',
      },
    ],
  },
  {
    feature: 'quotes and brackets',
    cases: [
      {
        reading: 'a quoted name kept whole, its commas too',
        phrase: 'Hội thảo khoa học “Vai trò, nhiệm vụ: đấu tranh tại cơ sở” tại Hà Nội',
        title: 'Hội thảo khoa học “Vai trò, nhiệm vụ: đấu tranh tại cơ sở”',
      },
      {
        reading: 'a dated anniversary in brackets',
        phrase: 'Lễ kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024)',
        title: 'Lễ kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024)',
      },
      {
        reading: 'a statement quoted after a colon, not a theme',
        phrase: 'Đại hội lần thứ XII (tháng 1/2016) khẳng định: “Tư tưởng Hồ Chí Minh”',
        title: 'Đại hội lần thứ XII (tháng 1/2016) khẳng định',
      },
      {
        reading: 'a theme after a colon that opens a quote',
        phrase: 'buổi sinh hoạt với chủ đề: “Tìm hiểu quy định” theo Quy định số 37',
        title: 'Buổi sinh hoạt với chủ đề: “Tìm hiểu quy định” theo Quy định số 37',
      },
    ],
  },
  {
    feature: 'nothing left',
    cases: [{ reading: 'an empty phrase', phrase: '  ', title: null }],
  },
])('an event title: $feature', ({ cases }) => {
  it.each(cases)('$reading', ({ phrase, title }) => {
    expect(eventTitle(phrase)).toBe(title)
  })
})

describe('a long event title', () => {
  const words = 'về tiếp tục đổi mới sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn hoạt động hiệu lực hiệu quả'
  const phrase = `hội nghị tổng kết Nghị quyết 18-NQ/TW ${words} ${words}`

  it('is cut at a word, not after a joining word, with …', () => {
    const title = eventTitle(phrase)!
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX)
    expect(title.endsWith('…')).toBe(true)
    const kept = title.slice(0, -1)
    expect(phrase.toLowerCase().startsWith(kept.toLowerCase())).toBe(true)
    expect(phrase[kept.length]).toBe(' ')
    expect(kept).not.toMatch(/\s(?:của|về|và)$/u)
  })

  it('keeps a quoted name whole', () => {
    const quoted = `Hội thảo khoa học quốc gia “${words} ${words}”`
    expect(eventTitle(`${quoted} tại Hà Nội`)).toBe(quoted)
  })
})
