import { describe, expect, it } from 'vitest'
import {
  cellBefore,
  chairedAfter,
  chairsBody,
  dashListedBodies,
  delegationLed,
  firstOfLongList,
  fullNameBefore,
  heldBefore,
  heldByAfterName,
  hostNamed,
  isPerson,
  listedBody,
  meetingBody,
  mendBracketSplit,
  opensLowerCaseBody,
  titleSubject,
  withoutHeadName,
  withoutMembers,
  withoutPredicate,
  withoutTimeInWords,
  withTitleSubject,
} from '../src/event-organizer.ts'
import { extractArticle } from '../src/index.ts'

describe('organisers the subject of a report does not give as a body', () => {
  it.each([
    ['Hội nghị lần thứ 5 Ban Chấp hành Trung ương Đảng khóa XIII', 'Ban Chấp hành Trung ương Đảng khóa XIII'],
    ['hội nghị Ban Thường vụ Tỉnh ủy để cho ý kiến vào một số nội dung', 'Ban Thường vụ Tỉnh ủy'],
    [
      'Họp Ban Chỉ đạo xây dựng Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành',
      'Ban Chỉ đạo xây dựng Báo cáo kiểm điểm sự lãnh đạo',
    ],
    ['Phiên họp thường kỳ của Ủy ban Quốc gia về chuyển đổi số', 'Ủy ban Quốc gia về chuyển đổi số'],
    ['Hội nghị Ban Chấp hành Đảng bộ huyện Thạch Hà lần thứ 24', 'Ban Chấp hành Đảng bộ huyện Thạch Hà'],
    ['Hội nghị báo cáo viên tháng 12', null],
    ['Hội nghị quán triệt Nghị quyết số 57-NQ/TW', null],
    // the meeting's modifiers after the body, a spaced dash, a name in capitals
    ['Phiên họp Chính phủ thường kỳ tháng 5 năm 2023', 'Chính phủ'],
    ['Hội nghị Ban Chấp hành Đảng bộ xã mở rộng', 'Ban Chấp hành Đảng bộ xã'],
    ['PHIÊN HỌP ỦY BAN NHÂN DÂN TỈNH THƯỜNG KỲ THÁNG 3', 'ỦY BAN NHÂN DÂN TỈNH'],
    ['HỘI NGHỊ HỌC TẬP CHUYÊN ĐỀ NĂM 2024', null],
    // a gathering of an association or a club by its proper name
    ['Họp mặt Câu lạc bộ Hưu trí - Quận 3', 'Câu lạc bộ Hưu trí'],
    ['Hội nghị Hội Cựu chiến binh huyện lần thứ 3', 'Hội Cựu chiến binh huyện'],
    ['Họp mặt Hội viên cao tuổi', null],
    ['Họp mặt kỷ niệm ngày Nhà giáo Việt Nam', null],
    // a Party organisation's congress, `đảng bộ` in lower case or not
    ['Đại hội Đại biểu đảng bộ tỉnh Kiên Giang lần thứ XI nhiệm kỳ 2020-2025', 'đảng bộ tỉnh Kiên Giang'],
    ['Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ XV, nhiệm kỳ 2020 - 2025', 'Đảng bộ xã Tân Phú'],
    ['Đại hội Đảng bộ Công ty A', 'Đảng bộ Công ty A'],
    ['Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', null],
    ['Đại hội đảng bộ các cấp', null],
    ['Đại hội đảng bộ cấp cơ sở', null],
  ])('the meeting %s is held by %s', (name, body) => {
    expect(meetingBody(name)).toBe(body)
  })
  it.each([
    [', do Hội Phụ nữ huyện tổ chức chiều 8/3', 'Hội Phụ nữ huyện'],
    [' năm 2024 do Sở Tư pháp chủ trì', 'Sở Tư pháp'],
    [', do đồng chí Bí thư Huyện ủy chủ trì', null],
    [', do Trần Văn An tổ chức', null],
    ['. Sau đó, do Hội Nông dân tổ chức', null],
  ])('after an event’s name, %s names its holder %s', (after, body) => {
    expect(heldByAfterName(after)).toBe(body)
  })
  it.each([
    [
      'Phiên họp cũng thống nhất lộ trình',
      ['Tại Phiên họp thường kỳ của Hội đồng Quốc gia Giáo dục, các thành viên báo cáo.'],
      'Hội đồng Quốc gia Giáo dục',
    ],
    ['Cuộc họp', ['Chiều 5/3, UBND huyện họp bàn kế hoạch phòng chống lụt bão.', 'Các ngành báo cáo.'], 'UBND huyện'],
    [
      'Buổi sinh hoạt ôn lại truyền thống',
      ['Ngày 2/9, Chi bộ Khu phố 4 tổ chức sinh hoạt về nguồn.'],
      'Chi bộ Khu phố 4',
    ],
    ['Cuộc họp', ['Các đồng chí đảng viên họp bàn.'], null],
    ['Hội nghị Ban Thường vụ Tỉnh ủy', ['Ngày 2/9, Chi bộ Khu phố 4 tổ chức sinh hoạt về nguồn.'], null],
    ['Cuộc thi viết', ['Ngày 2/9, Huyện đoàn tổ chức cuộc thi viết.'], 'Huyện đoàn'],
    ['Cuộc thi “Tuổi trẻ sáng tạo”', ['Ngày 2/9, Huyện đoàn tổ chức cuộc thi viết.'], null],
    ['Vòng sơ khảo', ['Sáng 8/3, Hội Phụ nữ huyện tổ chức vòng chung kết hội thi.'], 'Hội Phụ nữ huyện'],
    ['Vòng sơ khảo', ['Hội thi do Sở Tư pháp phối hợp với Hội Luật gia, Tỉnh đoàn tổ chức.'], 'Sở Tư pháp'],
  ])('%s, named again, was held by %s', (title, before, body) => {
    expect(heldBefore(title, before)).toBe(body)
  })
  it.each([
    ['Ủy ban MTTQ huyện giao ban công tác quý II', 'Ủy ban MTTQ huyện'],
    ['Đảng ủy phường xây dựng Kế hoạch số 12-KH/ĐU', 'Đảng ủy phường'],
    ['Phó Chủ tịch Thường trực UBND tỉnh Lê Văn A đồng ý', 'Phó Chủ tịch Thường trực UBND tỉnh Lê Văn A'],
    ['Ban Chỉ đạo xây dựng Báo cáo chính trị', 'Ban Chỉ đạo xây dựng Báo cáo chính trị'],
    ['Ban tổ chức hội thi cấp huyện', 'Ban tổ chức hội thi cấp huyện'],
    // the preposition of a time written before the verb
    ['Chi bộ Khu phố 3 vào', 'Chi bộ Khu phố 3'],
    ['Hội Nông dân xã vào sáng', 'Hội Nông dân xã'],
    ['Đảng ủy phường trong', 'Đảng ủy phường'],
    ['Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy'],
    ['Hội Thanh niên Vận động Hiến máu tỉnh', 'Hội Thanh niên Vận động Hiến máu tỉnh'],
  ])('the organiser %s without its predicate is %s', (organizer, body) => {
    expect(withoutPredicate(organizer)).toBe(body)
  })
  it.each([
    [
      'đồng chí Lê Văn A, Phó Chủ tịch tỉnh, làm trưởng đoàn Đoàn kiểm tra của Ban Chỉ đạo 35 tỉnh tại xã B',
      'Đoàn kiểm tra của Ban Chỉ đạo 35 tỉnh',
    ],
    [
      'đồng chí Trần Thị C dẫn đầu Đoàn công tác của Ban Dân vận Trung ương đến làm việc',
      'Đoàn công tác của Ban Dân vận Trung ương',
    ],
    ['đồng chí Lê Văn A, Trưởng ban Dân vận Tỉnh ủy', null],
  ])('the subject %s leads the delegation %s', (subject, delegation) => {
    expect(delegationLed(subject)).toBe(delegation)
  })
  it.each([
    ['Đảng bộ xã Yên Hòa', 'Tối 5/3, Chi bộ thôn Đông, ', 'Chi bộ thôn Đông'],
    ['Đảng bộ xã Yên Hòa', 'Tối 5/3, Ban Thường vụ Huyện ủy, ', null],
    ['Ban Tuyên giáo Huyện ủy', 'Tối 5/3, Chi bộ thôn Đông, ', null],
  ])('%s written after “%s” stands for the cell %s', (organizer, before, cell) => {
    expect(cellBefore(organizer, before)).toBe(cell)
  })
  it.each([
    [
      'Học viện',
      'Ngày 3/4, trong khuôn khổ hợp tác giữa Học viện Ngoại giao và Đào tạo với Đại học Tokyo, ',
      'Học viện Ngoại giao và Đào tạo',
    ],
    ['Trường', 'Thầy Lê Văn Hai, Hiệu trưởng Trường THPT Lê Lợi chia sẻ kinh nghiệm. Cuối năm, ', 'Trường THPT Lê Lợi'],
    ['Trường', 'Trường THCS Kim Đồng có 15 lớp. Cuối năm, ', 'Trường THCS Kim Đồng'],
    ['Học viện', 'Không có tên nào trước đó. ', null],
    ['Ban Tổ chức', 'Ban Tổ chức Tỉnh ủy họp. ', null],
  ])('the body written %s is the one named in full before in “%s”: %s', (kind, before, name) => {
    expect(fullNameBefore(kind, before)).toBe(name)
  })
  it.each([
    [
      { organizer: 'Hà Tĩnh), Huyện đoàn Can Lộc', location: 'nhà văn hóa xã Kim Song Trường (Can Lộc' },
      { organizer: 'Huyện đoàn Can Lộc', location: 'nhà văn hóa xã Kim Song Trường (Can Lộc, Hà Tĩnh)' },
    ],
    [
      { organizer: 'Ban Tuyên giáo (BTG) Huyện ủy', location: 'Hội trường A' },
      { organizer: 'Ban Tuyên giáo (BTG) Huyện ủy', location: 'Hội trường A' },
    ],
    [
      { organizer: 'Hội Nông dân) tỉnh', location: 'Hội trường B' },
      { organizer: 'Hội Nông dân) tỉnh', location: 'Hội trường B' },
    ],
  ])('a subject split inside a bracket %o is mended to %o', (event, mended) => {
    const e = { ...event }
    mendBracketSplit(e)
    expect(e).toEqual(mended)
  })
  it.each([
    ['Trưởng đoàn ĐBQH tỉnh', true],
    ['Thường trực Ban Bí thư Trần Cẩm Tú', true],
    ['Đồng chí Tổng Bí thư Nguyễn Phú Trọng', true],
    ['Thường trực Tỉnh ủy', false],
    ['Ban Thường vụ Huyện ủy', false],
  ])('%s is a person: %s', (organizer, person) => {
    expect(isPerson(organizer)).toBe(person)
  })
  it.each([
    ['đồng chí Nguyễn Văn Lợi - Ủy viên TW Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH Tỉnh', 'Tỉnh ủy'],
    [
      'Thủ tướng Phạm Minh Chính, Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương',
      'Hội đồng Thi đua - Khen thưởng Trung ương',
    ],
    ['Phó Chủ tịch UBND tỉnh Trần Tuyết Minh', 'UBND tỉnh'],
    ['Bí thư Huyện ủy Cẩm Giàng', 'Huyện ủy Cẩm Giàng'],
    ['đồng chí Lê Văn A, Trưởng Ban Dân vận Tỉnh ủy chủ trì', 'Ban Dân vận Tỉnh ủy'],
    ['đồng chí Lê Thị B, Phó Trưởng Ban Thường trực Ban Tổ chức Huyện ủy', 'Ban Tổ chức Huyện ủy'],
    ['Thượng tá Nguyễn Văn A', null],
  ])('a chair who is %s heads %s', (subject, body) => {
    expect(chairsBody(subject)).toBe(body)
  })
  it.each([
    [
      'Ban Chỉ đạo (BCĐ) thực hiện Quy chế dân chủ (QCDC) ở cơ sở tỉnh và BCĐ phong trào thi đua "Dân vận khéo" tỉnh',
      'Ban Chỉ đạo (BCĐ) thực hiện Quy chế dân chủ (QCDC) ở cơ sở tỉnh',
    ],
    [
      'Chi bộ Ban Tuyên giáo và Dân vận - Cơ quan Đoàn Thanh niên thuộc Đảng bộ cơ quan Đảng ủy các cơ quan Đảng TPHCM',
      'Chi bộ Ban Tuyên giáo và Dân vận - Cơ quan Đoàn Thanh niên',
    ],
    ['Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
  ])('the long subject %s is organised by %s', (subject, organizer) => {
    expect(firstOfLongList(subject)).toBe(organizer)
  })
  it.each([
    ['trường THCS Lê Quý Đôn', true],
    ['chi bộ Trung tâm', true],
    ['các đồng chí đảng viên', false],
    ['trường học trên địa bàn', false],
    ['chi bộ trường mầm non Hoa Mai', true],
    ['đảng bộ trường Tiểu học Kim Đồng', true],
    ['chi bộ các trường học', false],
    ['trường đại học Mỏ - Địa chất', true],
    ['bệnh viện Chợ Rẫy', true],
    ['bệnh viện đa khoa Đồng Nai', true],
    ['công ty cổ phần ACC', true],
    ['bệnh viện tuyến huyện', false],
  ])('%s opens with a body in lower case: %s', (subject, body) => {
    expect(opensLowerCaseBody(subject)).toBe(body)
  })
  it.each([
    {
      reading: 'a school named in lower case holds a launch',
      text: 'RA MẮT CÂU LẠC BỘ\n\nNgày 23/11/2023, trường THCS Lê Quý Đôn tổ chức lễ ra mắt CLB “Thủ lĩnh của sự thay đổi”.',
      organizer: 'trường THCS Lê Quý Đôn',
    },
    {
      reading: 'a cell of a school named in lower case, after the directive it carries out',
      text: 'Sinh hoạt chuyên đề\n\nThực hiện Công văn số 12-CV/ĐU ngày 10/2/2024 của Đảng ủy phường, chi bộ trường mầm non Hoa Mai tổ chức sinh hoạt chuyên đề quý I năm 2024.',
      organizer: 'chi bộ trường mầm non Hoa Mai',
    },
    {
      reading: 'a person chairs the meeting of a body',
      text: 'Hội nghị Ban Thường vụ Tỉnh ủy\nChiều ngày 6/8/2024, đồng chí Nguyễn Thị Thanh, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh chủ trì hội nghị Ban Thường vụ Tỉnh ủy để cho ý kiến vào một số nội dung.',
      organizer: 'Ban Thường vụ Tỉnh ủy',
    },
    {
      reading: 'a person chairs a meeting named for its subject: the body the chair heads',
      text: 'Tỉnh ủy quán triệt các văn bản mới\nSáng 28/3/2025, đồng chí Nguyễn Văn Lợi - Ủy viên TW Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH Tỉnh chủ trì Hội nghị quán triệt, triển khai các văn bản chỉ đạo mới của Trung ương.',
      organizer: 'Tỉnh ủy',
    },
    {
      reading: 'a plenum named as the subject of its own opening',
      text: 'Khai mạc Hội nghị Trung ương 5\nSáng 4/5/2022, Hội nghị lần thứ 5 Ban Chấp hành Trung ương Đảng khóa XIII khai mạc tại Trụ sở Trung ương Đảng.',
      organizer: 'Ban Chấp hành Trung ương Đảng khóa XIII',
    },
  ])('$reading', ({ text, organizer }) => {
    expect(extractArticle(text).events[0]?.organizer).toBe(organizer)
  })
})

describe('the body whose sitting, working session or congress an event’s name names', () => {
  it.each([
    ['Kỳ họp thứ 20 HĐND tỉnh khóa XVIII', 'HĐND tỉnh khóa XVIII'],
    ['Phiên họp thứ nhất của Ban Chỉ đạo phòng, chống lãng phí', 'Ban Chỉ đạo phòng'],
    ['cuộc làm việc của Ban Thường vụ Tỉnh ủy sáng 22/8', 'Ban Thường vụ Tỉnh ủy'],
    ['Buổi làm việc của Thường trực Huyện ủy với Đảng ủy xã', 'Thường trực Huyện ủy'],
    ['Đại hội đại biểu Đảng bộ huyện Phú Lộc lần thứ XVII, nhiệm kỳ 2025-2030', 'Đảng bộ huyện Phú Lộc'],
    ['Đại hội Chi bộ Khu phố 3 nhiệm kỳ 2025-2027', 'Chi bộ Khu phố 3'],
    ['Đại hội Hội Nông dân xã Tân Phú lần thứ X', 'Hội Nông dân xã Tân Phú'],
    ['Đại hội Đoàn TNCS Hồ Chí Minh trường THPT Lê Lợi', 'Đoàn TNCS Hồ Chí Minh trường THPT Lê Lợi'],
    ['Kỳ họp bất thường HĐND thành phố', 'HĐND thành phố'],
    // a congress or a sitting named for what it is about, not for a body
    ['Đại hội Thể dục thể thao huyện lần thứ IX', null],
    ['Đại hội Cháu ngoan Bác Hồ', null],
    ['Kỳ họp thứ 8, Quốc hội khóa XV', null],
    ['Đại hội đại biểu toàn quốc lần thứ XIV của Đảng', null],
  ])('%s is held by %s', (name, body) => {
    expect(meetingBody(name)).toBe(body)
  })
})

describe('the body an event’s name is said to be launched or held by', () => {
  it.each([
    [' do Ban Tuyên giáo Tỉnh ủy phát động chính thức khởi động', 'Ban Tuyên giáo Tỉnh ủy'],
    [' được tổ chức bởi Sở Tư pháp tỉnh.', 'Sở Tư pháp tỉnh'],
    [' được tổ chức bởi Hội Liên hiệp Phụ nữ huyện vào sáng 8/3', 'Hội Liên hiệp Phụ nữ huyện'],
    [' do Hội Nông dân tỉnh phối hợp với Sở Tư pháp tổ chức', 'Hội Nông dân tỉnh'],
    // a person, or no body, after `bởi` and `do`
    [' được tổ chức bởi đồng chí Bí thư', null],
    [' do Nguyễn Văn A phát động', null],
    [' được đánh giá cao bởi Ban Giám khảo', null],
  ])('after an event’s name, %s names %s', (after, body) => {
    expect(heldByAfterName(after)).toBe(body)
  })
})

describe('the body a chair heads, from the positions written before the verb', () => {
  it.each([
    ['Bộ trưởng Bộ Y tế Đào Hồng Lan', 'Bộ Y tế'],
    ['Giám đốc Sở Nội vụ Nguyễn Văn C', 'Sở Nội vụ'],
    ['Viện trưởng Viện Kiểm sát nhân dân tỉnh Bến Tre Lê Văn B', 'Viện Kiểm sát nhân dân tỉnh Bến Tre'],
    ['Chủ tịch Ủy ban MTTQ tỉnh Lâm Đồng Nguyễn Văn E', 'Ủy ban MTTQ tỉnh Lâm Đồng'],
    ['đồng chí Nguyễn Văn A, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện', 'Huyện ủy'],
    ['đồng chí Lê Văn E, Tỉnh ủy viên, Bí thư Huyện ủy Tân Uyên', 'Huyện ủy Tân Uyên'],
    ['Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Quân sự tỉnh'],
    // a school or a hospital may bear a person's name; a place after its unit word is no person
    ['Hiệu trưởng Trường Tiểu học Lê Văn Tám', 'Trường Tiểu học Lê Văn Tám'],
    ['Giám đốc Bệnh viện Nguyễn Tri Phương', null],
    ['Giám đốc Sở Tư pháp tỉnh Quảng Nam', 'Sở Tư pháp tỉnh Quảng Nam'],
    ['Chủ tịch Hội Nông dân Việt Nam', 'Hội Nông dân Việt Nam'],
    ['Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh', 'Học viện Chính trị quốc gia Hồ Chí Minh'],
    ['Thứ trưởng Nguyễn Văn D', null],
  ])('a chair who is %s heads %s', (subject, body) => {
    expect(chairsBody(subject)).toBe(body)
  })
  it.each([
    ['Bộ Y tế Đào Hồng Lan', 'Bộ Y tế'],
    ['Ban Tuyên giáo Tỉnh ủy Trần Văn Hùng', 'Ban Tuyên giáo Tỉnh ủy'],
    ['Trường THPT Nguyễn Du', 'Trường THPT Nguyễn Du'],
    ['Sở Nội vụ tỉnh Lâm Đồng', 'Sở Nội vụ tỉnh Lâm Đồng'],
    ['Đoàn TNCS Hồ Chí Minh', 'Đoàn TNCS Hồ Chí Minh'],
    ['Hội Cựu chiến binh Việt Nam', 'Hội Cựu chiến binh Việt Nam'],
  ])('the organ %s without its head’s name is %s', (body, organ) => {
    expect(withoutHeadName(body)).toBe(organ)
  })
})

describe('bodies listed before the one next to the verb', () => {
  it.each([
    ['Ban Tuyên giáo Tỉnh ủy', true],
    ['Sở Giáo dục và Đào tạo', true],
    ['Hội Cựu giáo chức huyện', true],
    ['Ủy ban MTTQ Việt Nam tỉnh', true],
    // a person, a position, a place, a clause
    ['đồng chí Nguyễn Văn A', false],
    ['Bí thư Huyện ủy', false],
    ['tại Hội trường Tỉnh ủy', false],
    ['Hội trường của Tỉnh ủy', false],
    ['Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và phong trào thi đua', false],
  ])('%s is a listed body: %s', (part, listed) => {
    expect(listedBody(part)).toBe(listed)
  })
  it.each([
    [
      'Ngày 12/9/2024, Ban Tuyên giáo Tỉnh ủy, Sở Giáo dục và Đào tạo, Tỉnh đoàn tổ chức lễ phát động cuộc thi.',
      'Ban Tuyên giáo Tỉnh ủy, Sở Giáo dục và Đào tạo, Tỉnh đoàn',
    ],
    [
      'Ngày 12/9/2024, Hội Cựu giáo chức huyện, Hội Người cao tuổi huyện tổ chức lễ mừng thọ.',
      'Hội Cựu giáo chức huyện, Hội Người cao tuổi huyện',
    ],
    [
      'Ngày 12/9/2024, tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW.',
      'Ban Thường vụ Tỉnh ủy',
    ],
    [
      'Ngày 12/9/2024, đồng chí Nguyễn Văn A, Bí thư Huyện ủy Cam Lộ chủ trì hội nghị quán triệt Nghị quyết số 57-NQ/TW.',
      'Huyện ủy Cam Lộ',
    ],
  ])('%s is organised by %s', (text, organizer) => {
    expect(extractArticle(`Tin hoạt động\n\n${text}`).events[0]?.organizer).toBe(organizer)
  })
})

describe('the subject a headline opens with', () => {
  it.each([
    ['Huyện ủy Cam Lộ quán triệt Nghị quyết 57-NQ/TW', 'Huyện ủy Cam Lộ'],
    ['Đảng ủy phường Bến Thành trao Huy hiệu Đảng đợt 2/9', 'Đảng ủy phường Bến Thành'],
    ['Bệnh viện Ung Bướu kỷ niệm 30 năm thành lập', 'Bệnh viện Ung Bướu'],
    ['Huyện ủy Vạn Ninh: Tổng kết thực hiện quy chế dân chủ ở cơ sở năm 2020', 'Huyện ủy Vạn Ninh'],
    ['Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh tổ chức thành công Hội thi', 'Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh'],
    ['Hội Liên hiệp Phụ nữ phường Hà Đông tổ chức chương trình kỷ niệm', 'Hội Liên hiệp Phụ nữ phường Hà Đông'],
    ['Trường Chính trị tỉnh cần tăng cường đào tạo kỹ năng cho cán bộ', 'Trường Chính trị tỉnh'],
    // a headline opening with an event, a person, or a subject with no verb after it
    ['Hội nghị toàn quốc quán triệt 4 nghị quyết của Bộ Chính trị', null],
    ['Hội thi báo cáo viên giỏi cấp tỉnh năm 2024', null],
    ['Thường trực Ban Bí thư: Thường xuyên kiểm tra, giám sát', null],
    ['Bí thư Tỉnh ủy thăm và làm việc tại huyện', null],
    ['Sinh hoạt chuyên đề quý III năm 2024', null],
    ['Ban Chỉ đạo 35 Trung ương', null],
  ])('the headline %s opens with %s', (title, subject) => {
    expect(titleSubject(title)).toBe(subject)
  })
  it.each([
    [null, 'Huyện ủy Cam Lộ', 'Huyện ủy Cam Lộ'],
    ['Huyện ủy', 'Huyện ủy Cam Lộ', 'Huyện ủy Cam Lộ'],
    ['Ban Thường vụ Huyện ủy', 'Huyện ủy Cam Lộ', 'Ban Thường vụ Huyện ủy'],
    ['Hội', 'Huyện ủy Cam Lộ', 'Hội'],
    ['Nhà trường', 'Trường THCS Lương Định Của', 'Trường THCS Lương Định Của'],
    ['Đơn vị', 'Bệnh viện Ung Bướu', 'Bệnh viện Ung Bướu'],
    ['Tỉnh đoàn', 'Trường THCS Lương Định Của', 'Tỉnh đoàn'],
  ])('the organiser %s with the headline subject %s is %s', (organizer, subject, read) => {
    expect(withTitleSubject(organizer, subject)).toBe(read)
  })
  it.each([
    [
      'Huyện ủy Cam Lộ quán triệt Nghị quyết 57-NQ/TW',
      'Sáng 12/9/2024, hội nghị được tổ chức tại Hội trường Huyện ủy.',
      'Huyện ủy Cam Lộ',
    ],
    [
      'Trường THCS Lương Định Của tổ chức lễ kết nạp Đoàn',
      'Sáng 12/9/2024, nhà trường tổ chức lễ kết nạp đoàn viên mới cho 45 học sinh.',
      'Trường THCS Lương Định Của',
    ],
    [
      'Huyện ủy Cam Lộ quán triệt Nghị quyết 57-NQ/TW',
      'Sáng 12/9/2024, đồng chí Nguyễn Văn A, Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị quán triệt Nghị quyết 57-NQ/TW.',
      'Huyện ủy Cam Lộ',
    ],
    [
      'Huyện ủy Cam Lộ quán triệt Nghị quyết 57-NQ/TW',
      'Sáng 12/9/2024, Hội Nông dân huyện tổ chức hội nghị quán triệt Nghị quyết 57-NQ/TW.',
      'Hội Nông dân huyện',
    ],
  ])('under the headline %s, %s is organised by %s', (title, body, organizer) => {
    expect(extractArticle(`${title}\n\n${body}`).events[0]?.organizer).toBe(organizer)
  })
})

describe('the chair named after the report of an event', () => {
  it.each([
    [['Đồng chí Nguyễn Văn A, Bí thư Huyện ủy Cam Lộ chủ trì hội nghị.'], 'Huyện ủy Cam Lộ'],
    [['Các đại biểu dự đông đủ.', 'Đồng chí Lê Thị B, Chủ tịch UBND xã chủ trì buổi lễ.'], 'UBND xã'],
    [['Hội nghị do đồng chí Trần Văn C, Trưởng Ban Tuyên giáo Huyện ủy chủ trì.'], 'Ban Tuyên giáo Huyện ủy'],
    [['Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy chủ trì.'], 'Tỉnh ủy'],
    // the chair of something else, a chair whose position names no body, too far after
    [['Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy chủ trì cuộc làm việc với Sở Y tế.'], null],
    [['Đồng chí Nguyễn Văn A chủ trì hội nghị.'], null],
    [['Các đại biểu dự đông đủ.', 'Các ý kiến được ghi nhận.', 'Đồng chí Lê Thị B, Chủ tịch UBND xã chủ trì.'], null],
  ])('after %j, the event is held by %s', (after, body) => {
    expect(chairedAfter(after.slice(0, 2))).toBe(body)
  })
  it('a chair named in the sentence after a report that names no organiser', () => {
    const text =
      'Tin hoạt động\n\nSáng 12/9/2024, tại Hội trường Huyện ủy đã diễn ra Hội nghị quán triệt Nghị quyết 57-NQ/TW. Đồng chí Nguyễn Văn A, Bí thư Huyện ủy Cam Lộ chủ trì hội nghị.'
    expect(extractArticle(text).events[0]?.organizer).toBe('Huyện ủy Cam Lộ')
  })
})

describe('a subject after a time said in words, and after consent received', () => {
  it.each([
    ['vừa qua Chi bộ Khu phố 1', 'Chi bộ Khu phố 1'],
    ['mới đây, Hội Nông dân xã', 'Hội Nông dân xã'],
    ['sáng nay Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy'],
    ['Vừa qua Đảng ủy xã', 'Đảng ủy xã'],
    // with the day it names in brackets
    ['Hôm nay (1/11), Trường Tiểu học Đông Ba', 'Trường Tiểu học Đông Ba'],
    ['Sáng nay (ngày 9/5) Chi bộ 3', 'Chi bộ 3'],
    ['Hôm nay (có mưa), Trường Tiểu học', 'Hôm nay (có mưa), Trường Tiểu học'],
    // a body whose name holds such words, and words that are no time
    ['Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy'],
    ['vừa qua các chi bộ', 'vừa qua các chi bộ'],
  ])('%s is read as %s', (subject, read) => {
    expect(withoutTimeInWords(subject)).toBe(read)
  })
  it.each([
    [
      'Thực hiện Kế hoạch của Huyện ủy, mới đây Hội Nông dân xã tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị 08-CT/TW.',
      'Hội Nông dân xã',
    ],
    [
      'Được sự đồng ý của Ban Thường vụ Huyện ủy, ngày 12/9/2024, Ban Tuyên giáo Huyện ủy tổ chức hội nghị quán triệt Nghị quyết 57-NQ/TW.',
      'Ban Tuyên giáo Huyện ủy',
    ],
    [
      'Ngày 12/9/2024, được sự cho phép của Thường trực Huyện ủy, Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết.',
      'Hội Cựu chiến binh huyện',
    ],
  ])('%s is organised by %s', (text, organizer) => {
    expect(extractArticle(`Tin hoạt động\n\n${text}`).events[0]?.organizer).toBe(organizer)
  })
  it('consent to hold an event is still no report that it was held', () => {
    const text =
      'Tin hoạt động\n\nNgày 12/9/2024, Ban Thường vụ Tỉnh ủy đồng ý tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW.'
    expect(extractArticle(text).events).toEqual([])
  })
})

describe('a guest who attends an event names no organiser', () => {
  it.each([
    ['hội nghị tổng kết của Hội Nông dân tỉnh.', 'Hội Nông dân tỉnh'],
    ['sinh hoạt chuyên đề với Chi bộ thôn 3.', 'Chi bộ thôn 3'],
    ['sinh hoạt chi bộ tại Chi bộ thôn 3 vào sáng nay', 'Chi bộ thôn 3'],
    ['Đại hội Đảng bộ xã lần thứ XV', null],
    ['lễ kỷ niệm 50 năm thành lập Trường THPT Lê Lợi.', null],
    ['hội nghị của đồng chí Bí thư', null],
  ])('the attended %s is hosted by %s', (name, host) => {
    expect(hostNamed(name)).toBe(host)
  })
  it.each([
    ['Sáng 12/9/2024, đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy dự lễ kỷ niệm 50 năm thành lập Trường THPT Lê Lợi.', null],
    ['Sáng 12/9/2024, Thượng tướng Nguyễn Văn C, Thứ trưởng Bộ Công an dự lễ ra mắt mô hình tại Công an tỉnh.', null],
    [
      'Sáng 12/9/2024, đồng chí Nguyễn Văn A, Bí thư Huyện ủy dự sinh hoạt chuyên đề với Chi bộ thôn 3.',
      'Chi bộ thôn 3',
    ],
    // a chair is no guest: the body the chair heads held it
    [
      'Sáng 12/9/2024, đồng chí Nguyễn Văn A, Bí thư Huyện ủy Cam Lộ chủ trì hội nghị quán triệt Nghị quyết.',
      'Huyện ủy Cam Lộ',
    ],
  ])('%s is organised by %s', (text, organizer) => {
    expect(extractArticle(`Tin hoạt động\n\n${text}`).events[0]?.organizer ?? null).toBe(organizer)
  })
})

describe('an administrative unit named in lower case as the subject', () => {
  it.each([
    ['huyện Đô Lương', true],
    ['xã Tân Phú', true],
    ['phường 5', true],
    ['thị xã Cửa Lò', true],
    ['thành phố Thủ Dầu Một', true],
    ['tỉnh Quảng Ngãi', true],
    // words, not a unit's name
    ['xã hội', false],
    ['huyện nhà', false],
    ['các xã', false],
  ])('%s opens with a unit in lower case: %s', (subject, unit) => {
    expect(opensLowerCaseBody(subject)).toBe(unit)
  })
  it.each([
    ['Sáng 12/9/2024, huyện Đô Lương tổ chức hội nghị quán triệt Nghị quyết 57-NQ/TW.', 'huyện Đô Lương'],
    ['Sáng 12/9/2024, xã Tân Phú tổ chức lễ ra mắt mô hình “Dân vận khéo”.', 'xã Tân Phú'],
    ['Sáng 12/9/2024, tại hội trường, phường 5 tổ chức Ngày hội Đại đoàn kết toàn dân tộc.', 'phường 5'],
  ])('%s is organised by %s', (text, organizer) => {
    expect(extractArticle(`Tin hoạt động\n\n${text}`).events[0]?.organizer).toBe(organizer)
  })
  it.each([
    'Đến thời điểm này, tỉnh Hà Tĩnh đã tổ chức Đại hội đảng bộ cơ sở cho 80% đơn vị xã, phường.',
    'Đến nay, huyện Đô Lương đã tổ chức hội nghị quán triệt cho toàn bộ cán bộ, đảng viên.',
    'Từ đầu năm đến nay, Hội Nông dân tỉnh đã tổ chức hội nghị tuyên truyền pháp luật cho hội viên.',
  ])('a tally up to now is no event: %s', (text) => {
    expect(extractArticle(`Tin hoạt động\n\n${text}`).events).toEqual([])
  })
})

describe('a body written all in lower case, by its kind and the unit it serves', () => {
  it.each([
    ['hội phụ nữ xã Tân Phú', true],
    ['đoàn thanh niên xã Tân Phú', true],
    ['công an huyện Tân Phú', true],
    ['ủy ban nhân dân xã Tân Phú', true],
    ['bệnh viện đa khoa tỉnh', true],
    ['hội cựu chiến binh xã', true],
    ['huyện đoàn Chương Mỹ', true],
    ['tỉnh đoàn', true],
    ['ngành Giáo dục huyện', true],
    ['liên đội trường Tiểu học Kim Đồng', true],
    ['thôn 3 xã Tân Phú', true],
    ['tổ dân phố số 5', true],
    ['nhà trường', true],
    // members, meetings, a delegation, a sector unnamed, words
    ['hội viên phụ nữ xã', false],
    ['đoàn viên thanh niên xã', false],
    ['hội nghị cấp xã', false],
    ['đoàn công tác của tỉnh', false],
    ['ngành chức năng huyện', false],
    ['công an viên xã', false],
  ])('%s is a body in lower case: %s', (subject, body) => {
    expect(opensLowerCaseBody(subject)).toBe(body)
  })
  it.each([
    [
      'Sáng 12/9/2024, hội nông dân xã Tân Phú tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị 08-CT/TW.',
      'hội nông dân xã Tân Phú',
    ],
    [
      'Sáng 12/9/2024, huyện đoàn Chương Mỹ tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè.',
      'huyện đoàn Chương Mỹ',
    ],
  ])('%s is organised by %s', (text, organizer) => {
    expect(extractArticle(`Tin hoạt động\n\n${text}`).events[0]?.organizer).toBe(organizer)
  })
})

describe('the members or leaders of a body written before it', () => {
  it.each([
    ['đảng viên Chi bộ Khu phố 3', 'Chi bộ Khu phố 3'],
    ['giáo viên Trường THCS Lê Lợi', 'Trường THCS Lê Lợi'],
    ['Lãnh đạo Sở Tư pháp', 'Sở Tư pháp'],
    ['toàn thể cán bộ, đảng viên Chi bộ 5', 'Chi bộ 5'],
    ['cán bộ, chiến sĩ Công an huyện', 'Công an huyện'],
    // leaders of a place, a person, members of no body named
    ['lãnh đạo tỉnh', 'lãnh đạo tỉnh'],
    ['Lãnh đạo Nguyễn Văn A', 'Lãnh đạo Nguyễn Văn A'],
    ['đảng viên trong chi bộ', 'đảng viên trong chi bộ'],
  ])('%s is read as %s', (subject, body) => {
    expect(withoutMembers(subject)).toBe(body)
  })
  it.each([
    [
      'Sáng 12/9/2024, cán bộ, giáo viên Trường THCS Lê Lợi tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam.',
      'Trường THCS Lê Lợi',
    ],
    ['Sáng 12/9/2024, đảng viên Chi bộ Khu phố 3 tổ chức sinh hoạt chuyên đề quý III.', 'Chi bộ Khu phố 3'],
  ])('%s is organised by %s', (text, organizer) => {
    expect(extractArticle(`Tin hoạt động\n\n${text}`).events[0]?.organizer).toBe(organizer)
  })
})

describe('a guest and a chair, as far as the report of an event reaches', () => {
  it('a guest who attends a party group’s meeting: the group hosts it', () => {
    const text =
      'Tin hoạt động\n\nNgày 4/9/2024, Bí thư Quận ủy, Chủ tịch HĐND quận Lê Thị A đã dự sinh hoạt Đảng tại tổ Đảng số 10, Chi bộ số 12, Đảng bộ phường Xuân La.'
    expect(extractArticle(text).events[0]?.organizer).toBe('tổ Đảng số 10')
  })
  it('the chair of an event reported next is not the chair of the one before', () => {
    const text =
      'Tin hoạt động\n\nSáng 12/9/2024, tại Hội trường Huyện ủy đã diễn ra Hội nghị quán triệt Nghị quyết 57-NQ/TW. Chiều 12/9/2024, Huyện ủy Cam Lộ tổ chức Hội nghị sơ kết công tác tuyên giáo. Đồng chí Nguyễn Văn A, Bí thư Huyện ủy Cam Lộ chủ trì hội nghị.'
    expect(extractArticle(text).events.map((e) => e.organizer)).toEqual([null, 'Huyện ủy Cam Lộ'])
  })
})

describe('an occasion opening the sentence is no organiser', () => {
  it.each([
    [
      'Nhân dịp kỷ niệm 63 năm Ngày thầy thuốc Việt Nam (27/2/1955 - 27/2/2018), Đảng ủy và Ban Giám đốc bệnh viện trao tặng hoa cho các khoa; đồng thời tổ chức Họp mặt các cán bộ hưu trí.',
      'Đảng ủy và Ban Giám đốc bệnh viện',
    ],
    ['Chào mừng 95 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2025); sáng 3/2, tổ chức Lễ kỷ niệm tại hội trường.', null],
    // the body after the occasion's comma is read as before
    [
      'Nhân dịp kỷ niệm 95 năm Ngày thành lập Đảng, sáng 3/2/2025, Đảng ủy xã Tân Phú tổ chức Lễ kỷ niệm.',
      'Đảng ủy xã Tân Phú',
    ],
  ])('%s is organised by %s', (text, organizer) => {
    const [event] = extractArticle(`Tin hoạt động\n\n${text}`, { publishedAt: '2025-02-04' }).events
    expect(event).toBeDefined()
    expect(event?.organizer ?? null).toBe(organizer)
  })
})

describe('a clause after a semicolon that goes on with the subject before it', () => {
  it.each([
    [
      'Sáng 3/2/2025, Đảng Ủy xã Tân Phú trao Huy hiệu Đảng cho đảng viên; đồng thời tổ chức Hội nghị sơ kết công tác tháng 1.',
      'Đảng Ủy xã Tân Phú',
    ],
    [
      'Sáng 3/2/2025, Huyện ủy Cam Lộ trao quà cho gia đình chính sách; sau đó tổ chức Lễ dâng hương tại Đài tưởng niệm.',
      'Huyện ủy Cam Lộ',
    ],
    // a new subject after the semicolon is the organiser
    [
      'Sáng 3/2/2025, Huyện ủy Cam Lộ trao quà cho gia đình chính sách; Huyện đoàn Cam Lộ tổ chức Lễ ra quân tình nguyện.',
      'Huyện đoàn Cam Lộ',
    ],
  ])('%s is organised by %s', (text, organizer) => {
    const [event] = extractArticle(`Tin hoạt động\n\n${text}`, { publishedAt: '2025-02-04' }).events
    expect(event?.organizer ?? null).toBe(organizer)
  })
})

describe('a unit’s name after a place stated before the subject is the place’s', () => {
  it.each([
    [
      'Sáng 26/3/2009, tại Đồ Sơn, Thành phố Hải Phòng, Đoàn Văn phòng Trung ương đã tổ chức kỉ niệm ngày thành lập Đoàn.',
      'Đoàn Văn phòng Trung ương',
      'Đồ Sơn, Thành phố Hải Phòng',
    ],
    [
      'Sáng 26/3/2009, tại Nhà văn hóa, Xã Tân Phú, Huyện Đồng Phú, Chi đoàn Công an xã tổ chức kỉ niệm ngày thành lập Đoàn.',
      'Chi đoàn Công an xã',
      'Nhà văn hóa, Xã Tân Phú, Huyện Đồng Phú',
    ],
    // a unit's committee or union after the place is the organiser, not the place's unit
    [
      'Sáng 6/5/2019, tại Sân vận động tỉnh Điện Biên, Tỉnh ủy, HĐND, UBND tỉnh Điện Biên tổ chức Lễ kỷ niệm 110 năm Ngày thành lập tỉnh.',
      'Tỉnh ủy, HĐND, UBND tỉnh Điện Biên',
      'Sân vận động tỉnh Điện Biên',
    ],
    [
      'Sáng 26/3/2024, tại Đồ Sơn, Thành đoàn Hải Phòng tổ chức Lễ kỷ niệm 93 năm Ngày thành lập Đoàn.',
      'Thành đoàn Hải Phòng',
      'Đồ Sơn',
    ],
    // bodies listed with no place before them are still one organiser
    [
      'Sáng 3/2/2025, Huyện ủy, HĐND, UBND, Ủy ban MTTQ huyện Cam Lộ tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng.',
      'Huyện ủy, HĐND, UBND, Ủy ban MTTQ huyện Cam Lộ',
      null,
    ],
  ])('%s is organised by %s at %s', (text, organizer, location) => {
    const [event] = extractArticle(`Tin hoạt động\n\n${text}`, { publishedAt: '2025-02-04' }).events
    expect(event?.organizer ?? null).toBe(organizer)
    expect(event?.location ?? null).toBe(location)
  })
})

describe('bodies listed with dashes', () => {
  it.each([
    ['Hội Liên hiệp Phụ nữ – Hội Liên hiệp Thanh niên – Liên đoàn Lao động – Trung tâm Văn hóa Quận 1', 3],
    ['Hội Cựu chiến binh - Đoàn Thanh niên xã Tân Phú', 1],
    // one name with a dash is no list
    ['Ban Tuyên giáo - Dân vận Tỉnh ủy', 0],
    ['Chi bộ Công ty TNHH Tổng Công ty Dệt May Miền Nam – Vinatex', 0],
    ['Đảng ủy xã – nơi có 12 chi bộ trực thuộc', 0],
    ['Hội Liên hiệp Phụ nữ huyện', 0],
  ])('%s lists %s more bodies', (subject, more) => {
    expect(dashListedBodies(subject)).toBe(more)
  })

  it('reads a long joint list of bodies as the organiser', () => {
    const [event] = extractArticle(
      'Ngày 18/10/2015, Hội Liên hiệp Phụ nữ – Hội Liên hiệp Thanh niên – Liên đoàn Lao động – Trung tâm Văn hóa Quận 1 phối hợp tổ chức lễ kỷ niệm 85 năm ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam.',
    ).events
    expect(event?.organizer).toBe(
      'Hội Liên hiệp Phụ nữ – Hội Liên hiệp Thanh niên – Liên đoàn Lao động – Trung tâm Văn hóa Quận 1',
    )
  })
})

describe('a unit with the body it belongs to', () => {
  it.each([
    [
      'Sáng ngày 17/7/2021, Cụm thi số 3, thuộc Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh đã tổ chức Hội thi Báo cáo viên giỏi.',
      'Cụm thi số 3, thuộc Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh',
    ],
    [
      'Sáng ngày 17/7/2021, Chi bộ Khu phố 3, trực thuộc Đảng bộ phường Tân Phú đã tổ chức sinh hoạt chuyên đề.',
      'Chi bộ Khu phố 3, trực thuộc Đảng bộ phường Tân Phú',
    ],
    // a place before it is no unit, nor a unit's name in lower case
    ['Sáng ngày 17/7/2021, tại Hội trường A, thuộc Khu di tích Tân Trào tổ chức Hội thi Báo cáo viên giỏi.', null],
    ['Sáng ngày 17/7/2021, xã Tân Phú, thuộc huyện Đồng Phú tổ chức Hội thi Báo cáo viên giỏi.', null],
  ])('%s is organised by %s', (text, organizer) => {
    const [event] = extractArticle(text).events
    expect(event?.organizer ?? null).toBe(organizer)
  })
})
