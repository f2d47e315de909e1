import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/extract.ts'

// The events of an article made of `paragraphs` under a title and a date line (12/12/2024):
// kind, date, organiser.
const eventsOf = (...paragraphs: string[]) =>
  extractArticle(
    [
      'Tiêu đề bài viết về công tác tuyên giáo',
      '',
      '12/12/2024',
      '',
      ...paragraphs.flatMap((p) => [p, '']),
      'Thanh Trà',
    ].join('\n'),
  ).events.map((e) => [e.kind, e.date, e.organizer])

type Case = { reading: string; paragraphs: string[]; events: Array<[string, string | null, string | null]> }

describe.each<{ feature: string; cases: Case[] }>([
  {
    feature: 'the time cue before the verb',
    cases: [
      {
        reading: 'a month after a preposition',
        paragraphs: [
          'Trong tháng 10/2024, Đảng ủy phường Phú Hội đã tổ chức 3 đợt học tập, quán triệt Quy định số 144-QĐ/TW.',
        ],
        events: [['dissemination', '2024-10', 'Đảng ủy phường Phú Hội']],
      },
      {
        reading: 'a day after a preposition',
        paragraphs: ['Vào sáng 9/12, Huyện ủy Gio Linh tổ chức Hội nghị quán triệt Nghị quyết số 57-NQ/TW.'],
        events: [['dissemination', '2024-12-09', 'Huyện ủy Gio Linh']],
      },
      {
        reading: 'any dated cue after Trước đó',
        paragraphs: ['Trước đó, trong 2 ngày 18 và 19/11, Ban Tổ chức Huyện ủy mở lớp bồi dưỡng cho bí thư chi bộ.'],
        events: [['training', '2024-11-18', 'Ban Tổ chức Huyện ủy']],
      },
      {
        reading: 'a month without its year, from the publication date',
        paragraphs: ['Trong tháng 10, Hội nghị báo cáo viên của huyện được tổ chức tại Hội trường Huyện ủy.'],
        events: [['conference', '2024-10', null]],
      },
      {
        reading: 'a day in brackets after a weekday',
        paragraphs: ['Sáng thứ Hai (4/11), Đảng ủy Lữ đoàn 297 tổ chức sinh hoạt chuyên đề học tập và làm theo Bác.'],
        events: [['thematic_session', '2024-11-04', 'Đảng ủy Lữ đoàn 297']],
      },
      {
        reading: 'a day after nay',
        paragraphs: ['Sáng nay 11/12, hội nghị quán triệt Nghị quyết 57-NQ/TW do Ban Thường vụ Tỉnh ủy tổ chức.'],
        events: [['dissemination', '2024-12-11', 'Ban Thường vụ Tỉnh ủy']],
      },
      {
        reading: 'a month by name',
        paragraphs: ['Cũng trong tháng Mười, Thường trực Hội Cựu chiến binh huyện đã tổ chức đối thoại với hội viên.'],
        events: [['other', '2024-10', 'Thường trực Hội Cựu chiến binh huyện']],
      },
      {
        reading: 'a connective before the cue',
        paragraphs: ['Tiếp đó, sáng 13-3, Đoàn kiểm tra của Công an tỉnh đã làm việc với Bệnh viện Đa khoa tỉnh.'],
        events: [['other', '2024-03-13', 'Đoàn kiểm tra của Công an tỉnh']],
      },
      {
        reading: 'two days in brackets',
        paragraphs: ['Trong 2 ngày (12 và 13/9), Hội Nông dân tỉnh tổ chức lớp tập huấn chuyển đổi số.'],
        events: [['training', '2024-09-12', 'Hội Nông dân tỉnh']],
      },
    ],
  },
  {
    feature: 'the verb that reports an event',
    cases: [
      {
        reading: 'mở (to open) a class holds a training, dated by the first of a range of days',
        paragraphs: [
          'Từ ngày 9 đến 11/12, Ban Tổ chức Tỉnh ủy mở lớp bồi dưỡng nghiệp vụ công tác tổ chức cho 120 học viên.',
        ],
        events: [['training', '2024-12-09', 'Ban Tổ chức Tỉnh ủy']],
      },
      {
        reading: 'tổ chức tuyên truyền (to hold propaganda work) in a dated report is a dissemination',
        paragraphs: [
          'Chiều 7/3, Hội Liên hiệp Phụ nữ tỉnh phối hợp với Trại giam Bình Điền tổ chức tuyên truyền, phổ biến, giáo dục pháp luật cho 300 phạm nhân nữ.',
        ],
        events: [['dissemination', '2024-03-07', 'Hội Liên hiệp Phụ nữ tỉnh']],
      },
      {
        reading: 'tổ chức tuyên truyền undated is a task a plan sets',
        paragraphs: ['Các cấp hội tổ chức tuyên truyền kỷ niệm 90 năm Ngày thành lập Hội Nông dân Việt Nam.'],
        events: [],
      },
      {
        reading: 'tổ chức điểm (to hold as the model) holds the event named after it',
        paragraphs: [
          'Chiều ngày 09/11, tại thôn Vĩnh Đại, Ủy ban MTTQ Việt Nam huyện Đức Thọ tổ chức điểm “Ngày hội Đại đoàn kết toàn dân tộc”.',
        ],
        events: [['other', '2024-11-09', 'Ủy ban MTTQ Việt Nam huyện Đức Thọ']],
      },
      {
        reading: 'tổ chức điểm cầu (to set up a link point) holds no event named `cầu`',
        paragraphs: ['Sáng 5/3, Huyện ủy tổ chức điểm cầu trực tuyến tại hội trường.'],
        events: [],
      },
      {
        reading: 'triển khai (to put on) a festival on a dated day holds it',
        paragraphs: [
          'Sáng ngày 12/10, tại Cung Thiếu nhi Hà Nội, Thành Đoàn Hà Nội triển khai Ngày hội Thầy thuốc trẻ làm theo lời Bác.',
        ],
        events: [['other', '2024-10-12', 'Thành Đoàn Hà Nội']],
      },
      {
        reading: 'triển khai a programme, or a festival undated, holds nothing',
        paragraphs: [
          'Sáng ngày 12/10, Thành Đoàn Hà Nội triển khai chương trình hành động năm 2024.',
          'Các cơ sở Đoàn triển khai Ngày hội Thầy thuốc trẻ tại địa phương.',
        ],
        events: [],
      },
      {
        reading: 'tổ chức cho (to take members to an activity) in a dated report is that day’s activity',
        paragraphs: [
          'Sáng 01/3, Chi bộ Liên đoàn Lao động tỉnh phối hợp với Đảng ủy xã Tràng Đà tổ chức cho cán bộ, đảng viên tham gia lao động hỗ trợ gia đình chính sách.',
        ],
        events: [['other', '2024-03-01', 'Chi bộ Liên đoàn Lao động tỉnh']],
      },
      {
        // (an outing one body held, dated or not, is an event: outings-and-trips.test.ts)
        reading: 'tổ chức cho by bodies taken together is no event',
        paragraphs: ['Các chi bộ tổ chức cho đảng viên học tập Nghị quyết.'],
        events: [],
      },
      {
        reading: 'a visit held (tổ chức chuyến thăm) is an event',
        paragraphs: ['Sáng ngày 23/3, Chi đoàn đã tổ chức chuyến thăm và tặng quà cho các em nhỏ ở Làng Hy Vọng.'],
        events: [['other', '2024-03-23', 'Chi đoàn']],
      },
      {
        reading: 'a visit planned is none',
        paragraphs: ['Tháng tới, Chi đoàn sẽ tổ chức chuyến thăm các gia đình chính sách.'],
        events: [],
      },
      {
        reading: 'mở (to open) a door holds nothing',
        paragraphs: ['Sáng 9/12, Trường Chính trị tỉnh mở cửa đón học viên.'],
        events: [],
      },
      {
        reading: 'khai mạc (to open) holds',
        paragraphs: [
          'Sáng 12/5, Trung tâm Chính trị huyện Thọ Xuân khai mạc lớp bồi dưỡng lý luận chính trị cho đảng viên mới.',
        ],
        events: [['training', '2024-05-12', 'Trung tâm Chính trị huyện Thọ Xuân']],
      },
      {
        reading: 'họp (to meet in) holds a conference',
        paragraphs: ['Chiều 3/7, Ban Chấp hành Đảng bộ tỉnh họp Hội nghị lần thứ 20.'],
        events: [['conference', '2024-07-03', 'Ban Chấp hành Đảng bộ tỉnh']],
      },
      {
        reading: 'bodies listed as holding the event together are its organiser',
        paragraphs: [
          'Chiều 4-12, Hội nghị toàn quốc quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng do Bộ Chính trị, Ban Bí thư tổ chức đã bế mạc.',
        ],
        events: [['dissemination', '2024-12-04', 'Bộ Chính trị, Ban Bí thư']],
      },
      {
        reading: 'a date glued to the next word stays out of the organiser',
        paragraphs: ['Chiều22/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết 57-NQ/TW.'],
        events: [['dissemination', '2024-04-22', 'Ban Thường vụ Tỉnh ủy']],
      },
      {
        reading: 'a party group (tổ đảng) is an organiser',
        paragraphs: ['Sáng 3/2, Tổ đảng số 3 tổ chức sinh hoạt chuyên đề về Quy định 144-QĐ/TW.'],
        events: [['thematic_session', '2024-02-03', 'Tổ đảng số 3']],
      },
      {
        reading: 'of a ministry and its partner, the first body is the organiser',
        paragraphs: [
          'Sáng 3/2, Bộ Thông tin và Truyền thông phối hợp với UBND tỉnh Lào Cai tổ chức hội nghị tập huấn.',
        ],
        events: [['training', '2024-02-03', 'Bộ Thông tin và Truyền thông']],
      },
      {
        reading: 'a mass organisation and an association are organisers',
        paragraphs: [
          'Sáng 3/2, Hội Cựu chiến binh huyện tổ chức hội nghị tổng kết công tác Hội.',
          'Chiều 5/2, Hội Nông dân xã và Hội Liên hiệp Phụ nữ xã tổ chức hội thi tìm hiểu pháp luật.',
        ],
        events: [
          ['review', '2024-02-03', 'Hội Cựu chiến binh huyện'],
          ['contest', '2024-02-05', 'Hội Nông dân xã và Hội Liên hiệp Phụ nữ xã'],
        ],
      },
      {
        reading: 'days listed with a comma date the event on the first',
        paragraphs: ['Ngày 24,25/9/2022, Chi bộ trường Hoa Sen tổ chức hội nghị tổng kết.'],
        events: [['review', '2022-09-24', 'Chi bộ trường Hoa Sen']],
      },
      {
        reading: 'phát động at the occasion named after buổi, with ngay',
        paragraphs: [
          'Ngày 13-11, lớp tập huấn kỹ năng tham gia bảo vệ nền tảng tư tưởng của Đảng đã khai giảng tại TP. Pleiku.',
          'Ngay tại buổi khai giảng, Tỉnh Đoàn phát động đoàn viên tham gia Cuộc thi viết chính luận.',
        ],
        events: [
          ['training', '2024-11-13', 'Tỉnh Đoàn'],
          ['launch', '2024-11-13', 'Tỉnh Đoàn'],
        ],
      },
      {
        reading: 'opening a class (khai giảng lớp) is a training, held or reported',
        paragraphs: [
          'Chiều 13/8, Trường Chính trị tỉnh Thanh Hóa tổ chức khai giảng lớp Trung cấp lý luận chính trị.',
          'Sáng 11/12, Học viện Chính trị quốc gia Hồ Chí Minh khai giảng lớp bồi dưỡng kiến thức.',
        ],
        events: [
          ['training', '2024-08-13', 'Trường Chính trị tỉnh Thanh Hóa'],
          ['training', '2024-12-11', 'Học viện Chính trị quốc gia Hồ Chí Minh'],
        ],
      },
      {
        reading: 'Lễ before a holding verb is the event, not its organiser',
        paragraphs: ['Lễ khai giảng lớp Cao cấp lý luận chính trị K74 tại Trường Chính trị tỉnh đã diễn ra sáng 5/9.'],
        events: [['training', '2024-09-05', null]],
      },
      {
        reading: 'a school year opening ceremony stays a ceremony',
        paragraphs: ['Sáng 5/9, Trường THCS Lê Lợi tổ chức lễ khai giảng năm học mới.'],
        events: [['ceremony', '2024-09-05', 'Trường THCS Lê Lợi']],
      },
      {
        reading: 'announcing the decision that founds a club launches it, at the occasion',
        paragraphs: [
          'Sáng 29/8, Hội Liên hiệp Phụ nữ phường Hà Đông tổ chức chương trình kỷ niệm Quốc khánh.',
          'Tại chương trình, Hội LHPN phường đã công bố quyết định thành lập CLB Dân vũ.',
        ],
        events: [
          ['ceremony', '2024-08-29', 'Hội Liên hiệp Phụ nữ phường Hà Đông'],
          ['launch', '2024-08-29', 'Hội LHPN phường'],
        ],
      },
      {
        reading: 'a drill is held',
        paragraphs: ['Chiều 21/9, Sở Thông tin và Truyền thông tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng.'],
        events: [['other', '2024-09-21', 'Sở Thông tin và Truyền thông']],
      },
      {
        reading: 'a meeting about inspection work is a conference',
        paragraphs: ['Ngày 12/3, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị giao ban công tác kiểm tra, giám sát quý I.'],
        events: [['conference', '2024-03-12', 'Ủy ban Kiểm tra Tỉnh ủy']],
      },
      {
        reading: 'phát động (to launch) at a ceremony, on its day',
        paragraphs: [
          'Sáng 8/3, Hội LHPN huyện tổ chức Lễ kỷ niệm Ngày Quốc tế Phụ nữ.',
          'Tại buổi lễ, Ban Thường vụ Hội LHPN huyện phát động đợt thi đua cao điểm.',
        ],
        events: [
          ['ceremony', '2024-03-08', 'Hội LHPN huyện'],
          ['launch', '2024-03-08', 'Ban Thường vụ Hội LHPN huyện'],
        ],
      },
      {
        reading: 'phát động (to launch) by a subject that opens with its place',
        paragraphs: [
          'Cũng trong sáng 12/5, tại Quảng trường Lam Sơn, Huyện đoàn Thọ Xuân phát động đợt thi đua cao điểm.',
        ],
        events: [['launch', '2024-05-12', 'Huyện đoàn Thọ Xuân']],
      },
      {
        reading: 'giám sát after đã is inspecting',
        paragraphs: [
          'Trước đó, từ ngày 20 đến 23/8, Đoàn giám sát của Ban Thường vụ Huyện ủy đã giám sát việc thực hiện Nghị quyết 33-NQ/TW tại 6 xã.',
        ],
        events: [['other', '2024-08-20', 'Đoàn giám sát của Ban Thường vụ Huyện ủy']],
      },
      {
        reading: 'do X tổ chức is the verb of a passive report',
        paragraphs: [
          'Sáng 9/12, hội thảo khoa học “Bảo vệ nền tảng tư tưởng, phản bác quan điểm sai trái” do Trường Chính trị tỉnh tổ chức.',
        ],
        events: [['conference', '2024-12-09', 'Trường Chính trị tỉnh']],
      },
      {
        reading: 'a passive report is dated after its verb',
        paragraphs: [
          'Trước đó, vòng sơ khảo được tổ chức trực tuyến từ ngày 1 đến 30/11 với hơn 15.000 lượt thí sinh.',
        ],
        events: [['contest', '2024-11-01', null]],
      },
      {
        reading: 'được X tổ chức is a passive report by X, dated after its verb',
        paragraphs: [
          'Hội nghị sơ kết 3 năm thực hiện Kết luận 01-KL/TW đã được Ban Thường vụ Huyện ủy Kiến Xương tổ chức vào chiều 21/5 tại Trung tâm Văn hóa huyện.',
        ],
        events: [['review', '2024-05-21', 'Ban Thường vụ Huyện ủy Kiến Xương']],
      },
      {
        reading: 'a passive report after a connective is dated by what follows its verb',
        paragraphs: [
          'Mới đây, Lễ ra mắt Câu lạc bộ Lý luận trẻ do Ban Thường vụ Đoàn Thanh niên Trường tổ chức đã diễn ra vào tối 18/10 tại Hội trường Rùa.',
        ],
        events: [['launch', '2024-10-18', 'Ban Thường vụ Đoàn Thanh niên Trường']],
      },
      {
        reading: 'a passive report held with a partner is dated by what follows its verb',
        paragraphs: [
          'Lớp tập huấn “Ứng dụng công nghệ số” do Hội Nông dân tỉnh phối hợp với Sở Nông nghiệp tổ chức trong 2 ngày 12 và 13/9 tại Lục Ngạn.',
        ],
        events: [['training', '2024-09-12', 'Hội Nông dân tỉnh']],
      },
      {
        reading: 'a passive report stands when a plan follows it in the sentence',
        paragraphs: [
          'Sáng 15/7, Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 24 được tổ chức tại Hội trường Huyện ủy để chuẩn bị tổ chức đại hội.',
        ],
        // The meeting's name names the body that meets (event-organizer.ts).
        events: [['conference', '2024-07-15', 'Ban Chấp hành Đảng bộ huyện']],
      },
    ],
  },
  {
    feature: 'the organiser',
    cases: [
      {
        reading: 'from the next sentence about the event',
        paragraphs: [
          'Sáng 14/3, Hội thi báo cáo viên giỏi huyện năm 2024 chính thức khai mạc tại Hội trường.',
          'Hội thi do Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Huyện đoàn tổ chức.',
        ],
        events: [['contest', '2024-03-14', 'Ban Tuyên giáo Huyện ủy']],
      },
      {
        reading: 'from before a date in mid-sentence',
        paragraphs: [
          'Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy do đồng chí Ngô Đức Hiển làm Trưởng đoàn ngày 15/3 đã làm việc với Ban Thường vụ Huyện ủy Lục Nam.',
        ],
        events: [['other', '2024-03-15', 'Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy']],
      },
      {
        reading: 'past a phrase of place',
        paragraphs: ['Ở cơ sở, Đảng ủy xã Ea Kly vừa tổ chức hội nghị quán triệt Quy định 85-QĐ/TW.'],
        events: [['dissemination', null, 'Đảng ủy xã Ea Kly']],
      },
      {
        reading: 'past words that only look like a negation',
        paragraphs: [
          'Sáng 20/9, Sở Thông tin và Truyền thông phối hợp với Trung tâm Giám sát an toàn không gian mạng quốc gia tổ chức lớp tập huấn.',
        ],
        events: [['training', '2024-09-20', 'Sở Thông tin và Truyền thông']],
      },
      {
        reading: 'past a name holding `hàng không` (aviation) or `phòng không` (air defence)',
        paragraphs: [
          'Sáng ngày 05/01/2023, Đảng ủy Tổng công ty Cảng hàng không Việt Nam tổ chức Hội nghị học tập, quán triệt Nghị quyết số 27-NQ/TW.',
          'Chiều 8/3, Đảng ủy Quân chủng Phòng không - Không quân tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW.',
        ],
        events: [
          ['dissemination', '2023-01-05', 'Đảng ủy Tổng công ty Cảng hàng không Việt Nam'],
          ['review', '2024-03-08', 'Đảng ủy Quân chủng Phòng không - Không quân'],
        ],
      },
      {
        reading: 'a negation before the verb still says no event',
        paragraphs: ['Năm nay, Hội Nông dân xã không tổ chức hội nghị sơ kết.'],
        events: [],
      },
      {
        reading: 'a place name that holds a plan word',
        paragraphs: ['Ngày 1/2, Đảng bộ xã Giao Thiện tổ chức Lễ kỷ niệm 94 năm Ngày thành lập Đảng.'],
        events: [['ceremony', '2024-02-01', 'Đảng bộ xã Giao Thiện']],
      },
      {
        reading: 'after a noun that holds a plan word',
        paragraphs: [
          'Thực hiện chỉ đạo của Thành ủy, chiều ngày 27/4/2023, Ban Thường vụ Huyện ủy Thủy Nguyên tổ chức hội nghị sơ kết 5 năm.',
        ],
        events: [['review', '2023-04-27', 'Ban Thường vụ Huyện ủy Thủy Nguyên']],
      },
      {
        reading: 'a delegation named after the person who leads it',
        paragraphs: [
          'Chiều 11/12, đồng chí Phan Văn Thạch cùng đoàn công tác của Tỉnh ủy đã làm việc với Sở Khoa học và Công nghệ.',
        ],
        events: [['other', '2024-12-11', 'đoàn công tác của Tỉnh ủy']],
      },
      {
        reading: 'a delegation, ended at its leader named by rank',
        paragraphs: [
          'Tiếp đó, sáng 13-3, Đoàn kiểm tra của Công an tỉnh do Thượng tá Nguyễn Thị Hoài Thương làm trưởng đoàn đã kiểm tra việc thực hiện Nghị định 13/2023/NĐ-CP.',
        ],
        events: [['other', '2024-03-13', 'Đoàn kiểm tra của Công an tỉnh']],
      },
    ],
  },
  {
    feature: 'reports of something else',
    cases: [
      {
        reading: 'advice about holding an event is no event',
        paragraphs: ['Báo cáo viên cũng lưu ý các mốc thời gian tổ chức đại hội chi bộ.'],
        events: [],
      },
      {
        reading: 'a tally after the last semicolon is no event',
        paragraphs: [
          'Theo báo cáo, 5 năm qua, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 68-KH/TU thực hiện Nghị quyết 35; các cấp ủy đã tổ chức học tập, quán triệt Nghị quyết đến 98,6% cán bộ.',
        ],
        events: [],
      },
      {
        reading: 'counted events after Vừa qua are a tally',
        paragraphs: ['Vừa qua, Đảng ủy xã Tân Mộc đã tổ chức 12 hội nghị quán triệt Nghị quyết 57-NQ/TW.'],
        events: [],
      },
      {
        reading: 'one event after Vừa qua is a report',
        paragraphs: ['Vừa qua, Đảng ủy xã Tân Mộc tổ chức hội nghị quán triệt Nghị quyết 57-NQ/TW.'],
        events: [['dissemination', null, 'Đảng ủy xã Tân Mộc']],
      },
      {
        reading: 'consent to hold a conference is no report that it was held',
        paragraphs: [
          'Tại Công văn số 12/VPCP-NN, Phó Thủ tướng đồng ý tổ chức Hội nghị toàn quốc triển khai Chương trình.',
        ],
        events: [],
      },
      {
        reading: 'a practice every year is a habit (hàng năm)',
        paragraphs: ['Hàng năm, Đoàn trường tổ chức hội thi kể chuyện về Bác cho học sinh.'],
        events: [],
      },
      {
        reading: 'a regular practice is a habit (thường xuyên)',
        paragraphs: ['Chi bộ thường xuyên tổ chức sinh hoạt chuyên đề về đạo đức Hồ Chí Minh.'],
        events: [],
      },
      {
        reading: 'a tally opened by Đến nay is no event',
        paragraphs: ['Đến nay, 186/190 chi bộ trực thuộc Đảng bộ thành phố đã tổ chức sinh hoạt chuyên đề.'],
        events: [],
      },
      {
        reading: 'a round-up opened by Những ngày qua is no event',
        paragraphs: ['Những ngày qua, nhiều địa phương đã tổ chức hội nghị quán triệt Nghị quyết 57-NQ/TW.'],
        events: [],
      },
    ],
  },
  {
    feature: 'a clause of who presided before the subject',
    cases: [
      {
        reading: 'dưới sự chủ trì của ... before a passive report',
        paragraphs: [
          'Ngày 29/9, dưới sự chủ trì của đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy, Hội nghị lần thứ 25 Ban Chấp hành Đảng bộ tỉnh đã được tổ chức.',
        ],
        events: [['conference', '2024-09-29', 'Ban Chấp hành Đảng bộ tỉnh']],
      },
      {
        reading: 'dưới sự chủ trì của ... before an organiser and its verb',
        paragraphs: [
          'Sáng 8/6, dưới sự chủ trì của đồng chí Phó Chủ tịch Hoàng Viết Đường, UBND tỉnh Nghệ An có buổi làm việc để nghe báo cáo công tác chuẩn bị.',
        ],
        events: [['other', '2024-06-08', 'UBND tỉnh Nghệ An']],
      },
    ],
  },
  {
    feature: 'presiding over a meeting',
    cases: [
      {
        reading: 'chủ trì họp (to preside over a meeting of) a body reports the meeting',
        paragraphs: [
          'Ngày 22/10, tại Trụ sở Trung ương Đảng, Thường trực Ban Bí thư Trần Cẩm Tú chủ trì họp Ban Chỉ đạo xây dựng Báo cáo kiểm điểm.',
        ],
        // The chair is a person; the body whose meeting it is organised it (event-organizer.ts).
        events: [['conference', '2024-10-22', 'Ban Chỉ đạo xây dựng Báo cáo kiểm điểm']],
      },
      {
        reading: 'a dated chủ trì Hội nghị (to preside over a conference) reports it',
        paragraphs: [
          'Sáng 28/3, đồng chí Nguyễn Văn Lợi - Bí thư Tỉnh ủy chủ trì Hội nghị quán triệt các văn bản chỉ đạo mới của Trung ương.',
        ],
        events: [['dissemination', '2024-03-28', null]],
      },
      {
        reading: 'an undated chủ trì hội nghị tells more of a reported one',
        paragraphs: [
          'Chiều 10/10, Ban Tuyên giáo Thành ủy Bảo Lộc tổ chức Hội nghị báo cáo viên định kỳ tháng 10/2024.',
          'Đồng chí Lê Thị Thanh Mai, Trưởng Ban Tuyên giáo Thành ủy Bảo Lộc chủ trì hội nghị.',
        ],
        events: [['conference', '2024-10-10', 'Ban Tuyên giáo Thành ủy Bảo Lộc']],
      },
    ],
  },
  {
    feature: 'a working session',
    cases: [
      {
        reading: "meeting an event's organising board",
        paragraphs: ['Sáng ngày 6/12, UBND tỉnh họp Ban Tổ chức hội thảo quốc tế về phát triển nông thôn.'],
        events: [['other', '2024-12-06', 'UBND tỉnh']],
      },
      {
        reading: 'có buổi làm việc (had a working session) reports it',
        paragraphs: ['Chiều 5/3, Ban Tuyên giáo Tỉnh ủy có buổi làm việc với Huyện ủy Gio Linh.'],
        events: [['other', '2024-03-05', 'Ban Tuyên giáo Tỉnh ủy']],
      },
    ],
  },
  {
    feature: "a reporters' conference",
    cases: [
      {
        reading: 'that briefs reporters on the news is a conference',
        paragraphs: [
          'Sáng 8/9, Ban Tuyên giáo Trung ương tổ chức Hội nghị báo cáo viên toàn quốc tháng 9 bằng hình thức trực tuyến.',
        ],
        events: [['conference', '2024-09-08', 'Ban Tuyên giáo Trung ương']],
      },
      {
        reading: 'that also sums up a year of work is still a conference',
        paragraphs: [
          'Sáng 8/12, Ban Tuyên giáo Trung ương tổ chức hội nghị báo cáo viên tháng 12 và tổng kết công tác truyền miệng năm 2024.',
        ],
        events: [['conference', '2024-12-08', 'Ban Tuyên giáo Trung ương']],
      },
      {
        reading: 'whose sentence disseminates a directive is a dissemination',
        paragraphs: [
          'Sáng 18/7, Đảng ủy xã Hòa Phong tổ chức Hội nghị báo cáo viên Quý III năm 2024, thông tin tình hình thời sự trong nước, quốc tế và quán triệt Quy định số 85-QĐ/TW ngày 07/10/2022 của Ban Bí thư.',
        ],
        events: [['dissemination', '2024-07-18', 'Đảng ủy xã Hòa Phong']],
      },
      {
        reading: 'whose next sentence disseminates a directive is a dissemination',
        paragraphs: [
          'Chiều 10/10, Ban Tuyên giáo Thành ủy Bảo Lộc tổ chức Hội nghị báo cáo viên định kỳ tháng 10/2024.',
          'Hội nghị đã phổ biến Hướng dẫn số 22-HD/BTGTU của Ban Tuyên giáo Thành ủy.',
        ],
        events: [['dissemination', '2024-10-10', 'Ban Tuyên giáo Thành ủy Bảo Lộc']],
      },
    ],
  },
  {
    feature: 'a holding verb read as a noun',
    cases: [
      {
        reading: 'the opening speech is no opening',
        paragraphs: [
          'Sáng 5/3, Ban Thường vụ Thị ủy Cửa Lò tổ chức khai mạc lớp tập huấn nghiệp vụ công tác tuyên giáo.',
          'Phát biểu khai mạc lớp tập huấn, đồng chí Trưởng ban Tuyên giáo Thị ủy nhấn mạnh vai trò của cơ sở.',
        ],
        events: [['training', '2024-03-05', 'Ban Thường vụ Thị ủy Cửa Lò']],
      },
      {
        reading: 'attending the opening is no opening',
        paragraphs: [
          'Ngày 22/8, Sở Thông tin và Truyền thông đã tổ chức Hội nghị tập huấn kỹ năng cho cán bộ cơ sở.',
          'Dự khai mạc Hội nghị có đại diện lãnh đạo các huyện.',
        ],
        events: [['training', '2024-08-22', 'Sở Thông tin và Truyền thông']],
      },
      {
        reading: 'the results of holding congresses are no congress',
        paragraphs: [
          'Sáng 24/6, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị báo cáo viên tháng 6.',
          'Tại Hội nghị, các báo cáo viên được thông tin về kết quả tổ chức đại hội điểm cấp cơ sở.',
        ],
        events: [['conference', '2024-06-24', 'Ban Tuyên giáo Tỉnh ủy']],
      },
      {
        reading: "holding in a cited document's title is what the document is about",
        paragraphs: [
          'Sáng 24/6, Ban Tuyên giáo Huyện ủy tổ chức Hội nghị quán triệt các chỉ thị của Ban Bí thư.',
          'Hội nghị nghe giới thiệu Chỉ thị số 41-CT/TW của Ban Bí thư về tăng cường quản lý và tổ chức lễ hội.',
        ],
        events: [['dissemination', '2024-06-24', 'Ban Tuyên giáo Huyện ủy']],
      },
      {
        reading: 'a direction for the time ahead cites no directive the meeting was about',
        paragraphs: [
          'Sáng 24/6, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị báo cáo viên tháng 6.',
          'Tiếp tục tuyên truyền việc triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.',
        ],
        events: [['conference', '2024-06-24', 'Ban Tuyên giáo Tỉnh ủy']],
      },
    ],
  },
  {
    feature: 'one event reported twice',
    cases: [
      {
        reading: 'a lead printed twice is one report',
        paragraphs: [
          'Sáng 7-1, Huyện ủy Vạn Ninh tổng kết việc thực hiện quy chế dân chủ ở cơ sở năm 2024.',
          'Sáng 7-1, Huyện ủy Vạn Ninh tổng kết việc thực hiện quy chế dân chủ ở cơ sở năm 2024.',
        ],
        events: [['review', '2024-01-07', 'Huyện ủy Vạn Ninh']],
      },
      {
        reading: 'an undated headline in the text is the dated lead after it',
        paragraphs: [
          'Đô Lương tổ chức hội nghị quán triệt Nghị quyết Trung ương 10.',
          'Sáng ngày 30/3, Đô Lương tổ chức hội nghị quán triệt Nghị quyết Trung ương 10.',
        ],
        events: [['dissemination', '2024-03-30', 'Đô Lương']],
      },
      {
        reading: "a body's sittings on one day are one event",
        paragraphs: [
          'Sáng 10/12, Ban Chấp hành Đảng bộ tỉnh làm việc tại Hội trường, thảo luận dự thảo báo cáo chính trị.',
          'Chiều cùng ngày, Ban Chấp hành Đảng bộ tỉnh làm việc tại tổ thảo luận đề án nhân sự.',
        ],
        events: [['conference', '2024-12-10', 'Ban Chấp hành Đảng bộ tỉnh']],
      },
      {
        reading: 'working sessions with two bodies on one day are two events',
        paragraphs: [
          'Sáng 10/12, Đoàn công tác của Tỉnh ủy làm việc với Huyện ủy Tân Lạc.',
          'Chiều cùng ngày, Đoàn công tác của Tỉnh ủy làm việc với Huyện ủy Lạc Sơn.',
        ],
        events: [
          ['other', '2024-12-10', 'Đoàn công tác của Tỉnh ủy'],
          ['other', '2024-12-10', 'Đoàn công tác của Tỉnh ủy'],
        ],
      },
      {
        reading: 'a headline of another kind stays an event',
        paragraphs: [
          'Huyện đoàn tổ chức trao giải Cuộc thi tìm hiểu lịch sử Đảng.',
          'Sáng ngày 30/3, Huyện ủy tổ chức hội nghị quán triệt Nghị quyết Trung ương 10.',
        ],
        events: [
          ['ceremony', null, 'Huyện đoàn'],
          ['dissemination', '2024-03-30', 'Huyện ủy'],
        ],
      },
    ],
  },
  {
    feature: 'an event named in passing',
    cases: [
      {
        reading: 'where a speaker gave a closing speech, with its day after its name',
        paragraphs: [
          'Phát biểu kết luận của đồng chí Phó Bí thư Thường trực Tỉnh ủy tại Hội nghị rút kinh nghiệm đại hội điểm cấp cơ sở, ngày 7-4-2024.',
        ],
        events: [['review', '2024-04-07', null]],
      },
      {
        reading: 'where a speaker gave directions, its organiser after do and its day after the verb',
        paragraphs: [
          'Đó là chỉ đạo của đồng chí Phó Bí thư Thường trực Tỉnh ủy tại Hội nghị sơ kết giữa nhiệm kỳ do Hội Nông dân tỉnh tổ chức vào sáng 20-7.',
        ],
        events: [['review', '2024-07-20', 'Hội Nông dân tỉnh']],
      },
      {
        reading: 'a speech with no tại before the event',
        paragraphs: ['Sáng 6/12, Thủ tướng dự và phát biểu chỉ đạo Hội nghị Công an toàn quốc lần thứ 80.'],
        events: [['conference', '2024-12-06', null]],
      },
      {
        reading: 'a conclusion opening the sentence, at an event held that day',
        paragraphs: [
          'Kết luận hội nghị quán triệt các quy định của Ban Bí thư diễn ra sáng 3/12, Bí thư Huyện ủy yêu cầu các chi bộ làm tốt công tác tư tưởng.',
        ],
        events: [['dissemination', '2024-12-03', null]],
      },
      {
        reading: 'a conclusion that names no holding of the event is a document',
        paragraphs: ['Kết luận Hội nghị Trung ương 6 khóa XII nêu rõ yêu cầu đổi mới sắp xếp tổ chức bộ máy.'],
        events: [],
      },
      {
        reading: 'where a speaker assessed the work reviewed',
        paragraphs: ['Thủ tướng đánh giá tại Hội nghị tổng kết 3 năm hoạt động của Tổ công tác vào sáng 6/12.'],
        events: [['review', '2024-12-06', null]],
      },
      {
        reading: 'an event told as over took place',
        paragraphs: ['Kết thúc cuộc thi, Ban tổ chức trao 1 giải nhất và 2 giải nhì cho các thí sinh.'],
        events: [['contest', null, null]],
      },
      {
        reading: 'an event told as about to begin took place',
        paragraphs: ['Trước khi diễn ra buổi tọa đàm, các đại biểu đã dành một phút mặc niệm.'],
        events: [['conference', null, null]],
      },
      {
        reading: 'the end of a school year names no event: what the sentence holds is its report',
        paragraphs: ['Kết thúc năm học, Trường tổ chức hội thi kể chuyện cho các em.'],
        events: [['contest', null, 'Trường']],
      },
      {
        reading: 'a place without a speech is no report',
        paragraphs: ['Bức ảnh được chụp tại Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 10.'],
        events: [],
      },
      {
        reading: 'a speech a cited document records is its content',
        paragraphs: [
          'Thực hiện Thông báo số 122/TB-VPCP ngày 24/3/2020 của Văn phòng Chính phủ về kết luận của Thủ tướng tại cuộc họp Thường trực Chính phủ, Bộ trưởng yêu cầu các đơn vị chủ động.',
        ],
        events: [],
      },
      {
        reading: 'a planned speech is no event',
        paragraphs: ['Đồng chí Bí thư Tỉnh ủy sẽ phát biểu chỉ đạo Hội nghị tổng kết năm.'],
        events: [],
      },
      {
        reading: 'the same event reported later with its day is one event',
        paragraphs: [
          '“Dám nghĩ, dám làm” là nội dung trong phát biểu kết luận của đồng chí Bí thư Tỉnh ủy tại hội nghị Ban Chấp hành Đảng bộ lần thứ 25.',
          'Ngày 29-9, Hội nghị lần thứ 25 Ban Chấp hành Đảng bộ tỉnh đã được tổ chức.',
        ],
        // The meeting's name gives the body that meets (event-organizer.ts).
        events: [['conference', '2024-09-29', 'Ban Chấp hành Đảng bộ tỉnh']],
      },
    ],
  },
  {
    feature: 'a report referring back to its event',
    cases: [
      {
        reading: 'a reporter named among those present tells nothing of what was done there',
        paragraphs: [
          'Thượng tá Nguyễn Văn An phát biểu chỉ đạo tại hội nghị.',
          'Tại hội nghị, các đại biểu đã được đồng chí Trần Văn Bình, báo cáo viên Trung ương truyền đạt những nội dung cơ bản của Nghị quyết số 12-NQ/TU của Ban Thường vụ Tỉnh ủy.',
        ],
        events: [['dissemination', null, null]],
      },
      {
        reading: 'what the delegates were given names the event',
        paragraphs: [
          'Tham dự hội nghị có các đồng chí trong Ban Chấp hành Đảng bộ xã.',
          'Tại hội nghị, các đại biểu đã nghe phổ biến những nội dung cốt lõi của các nghị quyết.',
        ],
        events: [['dissemination', null, null]],
      },
      {
        reading: 'announcing a decision there is a ceremony',
        paragraphs: ['Tại hội nghị, đại diện Đảng ủy xã đã công bố quyết định giám sát đối với Chi bộ UBND xã.'],
        events: [['ceremony', null, null]],
      },
      {
        reading: 'a list of items discussed does not name it',
        paragraphs: [
          'Tại hội nghị, nhiều nội dung quan trọng đã được đưa ra thảo luận như: Tổng kết 10 năm thực hiện Nghị quyết.',
        ],
        events: [['conference', null, null]],
      },
      {
        reading: 'a meeting named by its head alone takes the kind of what was done there',
        paragraphs: [
          'Sáng 3/9, Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến.',
          'Tại hội nghị, các đại biểu đã được quán triệt những nội dung cơ bản của các văn bản của Trung ương.',
        ],
        events: [['dissemination', '2024-09-03', null]],
      },
      {
        reading: 'an excerpt opening at an event named by its activity word tells that it took place',
        paragraphs: ['Tại Hội nghị tổng kết Chi hội Cựu chiến binh thôn đề ra 8 chỉ tiêu cho năm tới.'],
        events: [['review', null, null]],
      },
      {
        reading: 'a plenum named by no activity word is history, no report (counter-example)',
        paragraphs: ['Tại Hội nghị Trung ương 4 khóa XII Đảng ta đã xác định rõ 27 biểu hiện suy thoái.'],
        events: [],
      },
      {
        reading: 'an excerpt opening in an occasion named by its activity word tells that it took place',
        paragraphs: ['Trong buổi ra quân, đoàn viên thanh niên đã dọn vệ sinh tuyến đường liên thôn.'],
        events: [['launch', null, null]],
      },
      {
        reading: 'an occasion that names no activity is no report (counter-example)',
        paragraphs: ['Nhân dịp này, đoàn viên thanh niên đã dọn vệ sinh tuyến đường liên thôn.'],
        events: [],
      },
      {
        reading: 'what was held right after the event before ended is of its occasion, on its day',
        paragraphs: [
          'Sáng 14/6, Hội Nông dân huyện tổ chức hội thi nhà nông đua tài.',
          'Sau khi hội thi kết thúc, Hội Nông dân huyện đã tổ chức hội nghị rút kinh nghiệm.',
        ],
        events: [
          ['contest', '2024-06-14', 'Hội Nông dân huyện'],
          ['review', '2024-06-14', 'Hội Nông dân huyện'],
        ],
      },
      {
        reading: 'what ended before is no occasion when the clause names no event (counter-example)',
        paragraphs: [
          'Sáng 14/6, Hội Nông dân huyện tổ chức hội thi nhà nông đua tài.',
          'Sau khi mùa vụ kết thúc, Hội Nông dân huyện sẽ tổ chức hội nghị rút kinh nghiệm.',
        ],
        events: [['contest', '2024-06-14', 'Hội Nông dân huyện']],
      },
    ],
  },
  {
    feature: 'a passive report dated after its verb',
    cases: [
      {
        reading: 'after an event of another kind, its own report',
        paragraphs: [
          'Chiều 18/3, Ban Tổ chức đã tiến hành lễ bế mạc, trao giải cho các thí sinh.',
          'Hội thi khai mạc từ sáng 17/3.',
        ],
        events: [
          ['ceremony', '2024-03-18', 'Ban Tổ chức'],
          ['contest', '2024-03-17', null],
        ],
      },
      {
        reading: 'after an event of its kind, more of it',
        paragraphs: [
          'Sáng 14/3, Huyện đoàn khai mạc Hội thi tìm hiểu lịch sử Đảng.',
          'Hội thi diễn ra trong 2 ngày 14 và 15/3.',
        ],
        events: [['contest', '2024-03-14', 'Huyện đoàn']],
      },
      {
        reading: 'a round of a contest is its own report',
        paragraphs: [
          'Sáng 14/3, Huyện đoàn tổ chức vòng chung kết Hội thi tìm hiểu lịch sử Đảng.',
          'Vòng sơ khảo Hội thi với 20 đội tham gia diễn ra ngày 2/3.',
        ],
        events: [
          ['contest', '2024-03-14', 'Huyện đoàn'],
          ['contest', '2024-03-02', null],
        ],
      },

      {
        reading: 'with no cue before it',
        paragraphs: ['Theo đó, Hội nghị Trung ương 5, khóa XIII diễn ra từ ngày 4 đến 10-5.'],
        events: [['conference', '2024-05-04', null]],
      },
      {
        reading: 'a full date after the verb',
        paragraphs: [
          'Đại hội đại biểu Đảng bộ tỉnh lần thứ XX diễn ra từ ngày 01/10/2024 đến ngày 03/10/2024, tại phường Thành Vinh.',
        ],
        events: [['conference', '2024-10-01', 'Đảng bộ tỉnh']],
      },
      {
        reading: 'after a report, with no cue it tells more of that event',
        paragraphs: [
          'Sáng 14/3, Hội thi báo cáo viên giỏi huyện Cẩm Mỹ năm 2024 chính thức khai mạc tại Hội trường Trung tâm Chính trị huyện.',
          'Hội thi do Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Huyện đoàn tổ chức, diễn ra trong 2 ngày 14 và 15/3.',
        ],
        events: [['contest', '2024-03-14', 'Ban Tuyên giáo Huyện ủy']],
      },
      {
        reading: 'with no cue and no day it is no report',
        paragraphs: ['Theo đó, Hội nghị Trung ương 5 diễn ra trong không khí dân chủ.'],
        events: [],
      },
    ],
  },
  {
    feature: 'a closing',
    cases: [
      {
        reading: 'closing a contest is its closing ceremony, and the contest took place before it',
        paragraphs: ['Tối 25/11, bế mạc Hội thi “Báo cáo viên, tuyên truyền viên giỏi cấp tỉnh” năm 2024.'],
        events: [
          ['contest', null, null],
          ['ceremony', '2024-11-25', null],
        ],
      },
      {
        reading: 'the closing ceremony of a course tells that the course took place',
        paragraphs: [
          'Chiều 27/11, Trường Chính trị tỉnh tổ chức lễ bế giảng lớp bồi dưỡng nghiệp vụ công tác tuyên giáo.',
        ],
        events: [
          ['training', null, 'Trường Chính trị tỉnh'],
          ['ceremony', '2024-11-27', 'Trường Chính trị tỉnh'],
        ],
      },
      {
        reading: 'a contest already reported is the one closed',
        paragraphs: [
          'Ngày 20/11, Ban Tuyên giáo Tỉnh ủy khai mạc Hội thi tuyên truyền viên giỏi năm 2024.',
          'Tối 25/11, bế mạc Hội thi tuyên truyền viên giỏi năm 2024.',
        ],
        events: [
          ['contest', '2024-11-20', 'Ban Tuyên giáo Tỉnh ủy'],
          ['ceremony', '2024-11-25', null],
        ],
      },
      {
        reading: 'closing a meeting is the meeting',
        paragraphs: ['Chiều 20/11, Ban Chấp hành Đảng bộ tỉnh bế mạc Hội nghị lần thứ 10.'],
        events: [['conference', '2024-11-20', 'Ban Chấp hành Đảng bộ tỉnh']],
      },
      {
        reading: 'carrying out a closing ceremony (tiến hành) holds it, by the organising board',
        paragraphs: ['Chiều 18/3, Ban Tổ chức đã tiến hành lễ bế mạc, trao giải cho các thí sinh.'],
        events: [['ceremony', '2024-03-18', 'Ban Tổ chức']],
      },
      {
        reading: 'the time set for carrying out congresses is no report',
        paragraphs: ['Thời gian tiến hành đại hội chi hội cơ sở hoàn thành trong quý II năm 2024.'],
        events: [],
      },
      {
        reading: 'a clause of time after a closing is no report of it',
        paragraphs: [
          'Chiều 21/9, ngay sau khi bế mạc lớp tập huấn, Sở Thông tin và Truyền thông tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng.',
        ],
        events: [['other', '2024-09-21', 'Sở Thông tin và Truyền thông']],
      },
    ],
  },
  {
    feature: 'a sentence opening with an event name that reports none',
    cases: [
      {
        reading: 'a definition',
        paragraphs: ['Sinh hoạt chuyên đề là một loại sinh hoạt chi bộ chuyên sâu về một nội dung.'],
        events: [],
      },
      {
        reading: 'events of every level',
        paragraphs: ['Đại hội đảng bộ các cấp trở thành đợt sinh hoạt chính trị sâu rộng trong nhân dân.'],
        events: [],
      },
      {
        reading: 'a body stating its line',
        paragraphs: [
          'Đại hội đại biểu toàn quốc lần thứ XII (tháng 1/2016) khẳng định: “Tư tưởng Hồ Chí Minh là nền tảng”.',
        ],
        events: [],
      },
      {
        reading: 'an activity verb taking a point made before',
        paragraphs: ['Quán triệt quan điểm đó, tỉnh luôn xác định phải phát triển con người toàn diện.'],
        events: [],
      },
    ],
  },
  {
    feature: 'clauses and subjects',
    cases: [
      {
        reading: 'a plan in a clause before a semicolon is not the next clause’s',
        paragraphs: [
          'Phấn khởi chuẩn bị chào đón năm mới; sáng nay, Huyện ủy, HĐND, UBND huyện Bắc Tân Uyên long trọng tổ chức buổi họp mặt kỷ niệm 95 năm Ngày thành lập Đảng.',
        ],
        events: [['ceremony', null, 'Huyện ủy, HĐND, UBND huyện Bắc Tân Uyên']],
      },
      {
        reading: 'a clause after a semicolon with no subject of its own stays planned',
        paragraphs: ['Ban Thường vụ đã chỉ đạo các cấp ủy; tổ chức học tập, quán triệt Nghị quyết 35.'],
        events: [],
      },
      {
        reading: 'each of several bodies holding one',
        paragraphs: ['Ngày 14/10, Chi hội Phụ nữ xã Trà Tân đều tổ chức lễ kỷ niệm 93 năm Ngày thành lập Hội.'],
        events: [['ceremony', '2024-10-14', 'Chi hội Phụ nữ xã Trà Tân']],
      },
      {
        reading: 'carrying out before the holding verb is no part of the body',
        paragraphs: [
          'Sáng 10/11, trường THCS Lê Lợi đã tiến hành tổ chức Hội thi giáo viên dạy giỏi cấp trường.',
          'Chiều 14/10, Huyện đoàn Tân Phú tiến hành tổ chức Lễ kết nạp đoàn viên mới.',
        ],
        events: [
          ['contest', '2024-11-10', 'trường THCS Lê Lợi'],
          ['ceremony', '2024-10-14', 'Huyện đoàn Tân Phú'],
        ],
      },
      {
        reading: 'carrying out a plan later reports no event',
        paragraphs: ['Ngày 14/10, Huyện ủy sẽ tiến hành tổ chức Hội thi báo cáo viên giỏi.'],
        events: [],
      },
      {
        reading: 'a body at work in its groups is in session',
        paragraphs: [
          'Chiều 7/5, Ban Chấp hành Trung ương Đảng làm việc tại tổ, thảo luận Đề án xây dựng tổ chức cơ sở đảng.',
        ],
        events: [['conference', '2024-05-07', 'Ban Chấp hành Trung ương Đảng']],
      },
      {
        reading: 'working in groups with other bodies is a working session',
        paragraphs: ['Ngày 17/8, Bộ Chính trị đã làm việc theo nhóm với 11 đảng bộ trực thuộc Trung ương.'],
        events: [['other', '2024-08-17', 'Bộ Chính trị']],
      },
    ],
  },
  {
    feature: 'who holds and what is held',
    cases: [
      {
        reading: 'a leader heading a working session on a dated day',
        paragraphs: [
          'Sáng ngày 9/9, đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy đã có chuyến thăm và làm việc tại huyện Thiệu Hóa.',
        ],
        events: [['other', '2024-09-09', null]],
      },
      {
        reading: 'a leader with no date is no report',
        paragraphs: ['Đồng chí Bí thư Tỉnh ủy thường xuyên làm việc với các huyện.'],
        events: [],
      },
      {
        reading: 'research opening a list of held activities',
        paragraphs: [
          'Chiều 2/12, Đảng ủy xã Bình Sơn tổ chức nghiên cứu, học tập, quán triệt Nghị quyết Trung ương 6.',
        ],
        events: [['dissemination', '2024-12-02', 'Đảng ủy xã Bình Sơn']],
      },
      {
        reading: 'research alone is no event',
        paragraphs: ['Ngày 21/12, Viện tổ chức nghiên cứu thực trạng nguồn nhân lực.'],
        events: [],
      },
    ],
  },
  {
    feature: 'a ceremony named by what it does',
    cases: [
      {
        reading: 'after the report of a contest, its award ceremony',
        paragraphs: [
          'Ngày 5/12, Tỉnh đoàn tổ chức Cuộc thi tìm hiểu Nghị quyết Đại hội Đoàn.',
          'Tại lễ tổng kết và trao giải, Ban tổ chức đã trao 81 giải thưởng.',
        ],
        events: [
          ['contest', '2024-12-05', 'Tỉnh đoàn'],
          ['ceremony', null, null],
        ],
      },
      {
        reading: 'a kind already reported is that event',
        paragraphs: [
          'Ngày 5/12, Tỉnh đoàn tổ chức lễ trao giải Cuộc thi tìm hiểu Nghị quyết Đại hội Đoàn.',
          'Tại lễ trao giải, Ban tổ chức đã trao 81 giải thưởng.',
        ],
        events: [['ceremony', '2024-12-05', 'Tỉnh đoàn']],
      },
    ],
  },
  {
    feature: 'an event named after a date',
    cases: [
      {
        reading: 'a day in mid-sentence before the subject of a reporting verb',
        paragraphs: [
          'Thực hiện Kết luận số 79-KL/TW ngày 16-6-2024 của Bộ Chính trị, ngày 17-8, Bộ Chính trị tiếp tục làm việc theo nhóm với 11 đảng bộ.',
        ],
        events: [['other', '2024-08-17', 'Bộ Chính trị']],
      },
      {
        reading: "a cited directive's day is no day of the report",
        paragraphs: [
          'Thực hiện Kết luận số 79-KL/TW ngày 16-6-2024 của Bộ Chính trị, Bộ Chính trị làm việc với 11 đảng bộ.',
        ],
        events: [],
      },
      {
        reading: 'where something was done that day',
        paragraphs: [
          'Sáng ngày 4/12, tại Kỳ họp thứ 9 HĐND huyện khóa XII; đồng chí Phó Chủ tịch UBND huyện trình bày báo cáo kinh tế - xã hội.',
        ],
        events: [['conference', '2024-12-04', 'HĐND huyện khóa XII']],
      },
      {
        reading: 'after a verb of taking place',
        paragraphs: ['Sáng 2/12, tại các xã mới thành lập đã diễn ra Lễ công bố nghị quyết sắp xếp đơn vị hành chính.'],
        events: [['ceremony', '2024-12-02', null]],
      },
      {
        reading: 'an earlier event given its own day, after a verb of taking place',
        paragraphs: ['Trước đó, ngày 26/11, tại xã Tân Lập đã diễn ra Lễ kết nghĩa giữa hai đơn vị.'],
        events: [['ceremony', '2024-11-26', null]],
      },
      {
        reading: 'an earlier event with no day of its own is no report',
        paragraphs: ['Trước đó, tại xã Tân Lập đã diễn ra Lễ kết nghĩa giữa hai đơn vị.'],
        events: [],
      },
      {
        reading: 'a place that is no event is no report',
        paragraphs: ['Sáng ngày 4/12, tại Hội trường UBND huyện, các đại biểu đã thảo luận.'],
        events: [],
      },
      {
        reading: 'a meeting planned to take place is no event',
        paragraphs: ['Sáng 2/12, Ban Tổ chức cho biết sẽ diễn ra Lễ tổng kết hội thi vào cuối tháng.'],
        events: [],
      },
    ],
  },
  {
    feature: 'two verbs of one subject',
    cases: [
      {
        reading: 'a briefing and a launch joined by và are two events',
        paragraphs: ['Ngày 5/12, Ủy ban MTTQ huyện giao ban công tác quý IV và phát động ủng hộ Quỹ Vì người nghèo.'],
        events: [
          ['conference', '2024-12-05', 'Ủy ban MTTQ huyện'],
          ['launch', '2024-12-05', 'Ủy ban MTTQ huyện'],
        ],
      },
      {
        reading: 'a working session and a second verb after it',
        paragraphs: [
          'Sáng 5/12, Đoàn công tác của Tỉnh ủy làm việc với Huyện ủy Tân Lạc và trao quyết định thành lập Chi bộ thôn.',
        ],
        events: [
          ['other', '2024-12-05', 'Đoàn công tác của Tỉnh ủy'],
          ['launch', '2024-12-05', 'Đoàn công tác của Tỉnh ủy'],
        ],
      },
      {
        reading: 'what is done at a held event is part of it',
        paragraphs: [
          'Ngày 5/12, Huyện ủy tổ chức Lễ kỷ niệm 80 năm Ngày thành lập Đảng bộ huyện và tuyên dương 20 tập thể.',
        ],
        events: [['ceremony', '2024-12-05', 'Huyện ủy']],
      },
    ],
  },
  {
    feature: 'a rite performed at an event',
    cases: [
      {
        reading: 'offering incense before the meeting is a ceremony of its own, the same day',
        paragraphs: [
          'Ngày 5/11, Chi bộ Trường Tiểu học Kim Đồng tổ chức sinh hoạt chuyên đề về tấm gương đạo đức của Bác.',
          'Trước buổi sinh hoạt, các đảng viên đã dâng hương tại Đền thờ liệt sĩ của xã.',
        ],
        events: [
          ['thematic_session', '2024-11-05', 'Chi bộ Trường Tiểu học Kim Đồng'],
          ['ceremony', '2024-11-05', 'Chi bộ Trường Tiểu học Kim Đồng'],
        ],
      },
      {
        reading: 'a rite planned is no ceremony',
        paragraphs: [
          'Ngày 5/11, Chi bộ Trường Tiểu học Kim Đồng tổ chức sinh hoạt chuyên đề về tấm gương đạo đức của Bác.',
          'Chi bộ dự kiến dâng hương tại Đền thờ liệt sĩ vào dịp 27/7.',
        ],
        events: [['thematic_session', '2024-11-05', 'Chi bộ Trường Tiểu học Kim Đồng']],
      },
      {
        reading: 'a rite at a ceremony already reported is part of it',
        paragraphs: [
          'Ngày 10/12, Huyện đoàn tổ chức Lễ kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam.',
          'Trước buổi lễ, đoàn viên đã dâng hoa tại Tượng đài liệt sĩ.',
        ],
        events: [['ceremony', '2024-12-10', 'Huyện đoàn']],
      },
      {
        reading: 'what the next sentences cite is of the event, not of its rite',
        paragraphs: [
          'Ngày 5/11, Chi bộ Trường Tiểu học Kim Đồng tổ chức sinh hoạt chuyên đề về tấm gương đạo đức của Bác.',
          'Trước buổi sinh hoạt, các đảng viên đã dâng hương tại Đền thờ liệt sĩ của xã.',
          'Các đảng viên thảo luận việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.',
        ],
        events: [
          ['thematic_session', '2024-11-05', 'Chi bộ Trường Tiểu học Kim Đồng'],
          ['ceremony', '2024-11-05', 'Chi bộ Trường Tiểu học Kim Đồng'],
        ],
      },
    ],
  },
  {
    feature: 'honours received on an occasion',
    cases: [
      {
        reading: 'badges received on an occasion were handed at their award ceremony',
        paragraphs: ['Nhân dịp 3/2, Đảng bộ xã Tân Lập có 12 đảng viên được tặng huy hiệu Đảng.'],
        events: [['ceremony', null, null]],
      },
      {
        reading: 'an occasion dated by its anniversary gives its month, not its day',
        paragraphs: [
          'Đúng dịp kỷ niệm 94 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2024), Đảng bộ xã có 9 đảng viên được tặng huy hiệu Đảng.',
        ],
        events: [['ceremony', '2024-02', null]],
      },
      {
        reading: 'a dated day ties the honours to it',
        paragraphs: ['Sáng 7/11, 5 đảng viên của Chi bộ thôn Đông được trao tặng Huy hiệu 40 năm tuổi Đảng.'],
        events: [['ceremony', '2024-11-07', null]],
      },
      {
        reading: 'honours counted over a term tie to no occasion',
        paragraphs: ['Trong nhiệm kỳ, Đảng bộ xã có 45 đảng viên được tặng huy hiệu Đảng các loại.'],
        events: [],
      },
      {
        reading: 'honours to be received are none',
        paragraphs: ['Dịp 7/11 tới, 6 đảng viên của chi bộ sẽ được trao tặng Huy hiệu Đảng.'],
        events: [],
      },
    ],
  },
  {
    feature: 'an event begun',
    cases: [
      {
        reading: 'an event named after a place and a part of it, officially begun',
        paragraphs: [
          'Sáng 9/12 tại Vinh, những hoạt động đầu tiên của Đại hội đại biểu Hội Nông dân tỉnh lần thứ X chính thức bắt đầu.',
        ],
        events: [['conference', '2024-12-09', 'Hội Nông dân tỉnh']],
      },
      {
        reading: 'a part of an event named before a date is not passed over',
        paragraphs: [
          'Những hoạt động đầu tiên của Đại hội đại biểu Hội Nông dân tỉnh lần thứ X chính thức bắt đầu từ năm trước.',
        ],
        events: [],
      },
    ],
  },
  {
    feature: 'verbs chained by commas after one subject',
    cases: [
      {
        reading: 'the subject before the first verb and its đã holds the event',
        paragraphs: [
          'Huyện ủy Yên Lạc đã ban hành Kế hoạch số 12-KH/HU ngày 5/3/2024 thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, tổ chức hội nghị quán triệt.',
        ],
        events: [['dissemination', null, 'Huyện ủy Yên Lạc']],
      },
      {
        reading: 'a chained verb planned is none',
        paragraphs: ['Huyện ủy Yên Lạc đã ban hành Kế hoạch số 12-KH/HU, sẽ tổ chức hội nghị quán triệt.'],
        events: [],
      },
    ],
  },
  {
    feature: 'an election at a named event',
    cases: [
      {
        reading: 'the event where someone was elected took place',
        paragraphs: ['Tại Đại hội Đảng bộ xã Tân Hưng lần thứ XV, đồng chí Lê Văn Hải tái đắc cử Bí thư Đảng ủy xã.'],
        events: [['conference', null, 'Đảng bộ xã Tân Hưng']],
      },
      {
        reading: 'a place where someone was elected names no event',
        paragraphs: ['Tại xã Tân Hưng, đồng chí Lê Văn Hải được bầu làm Bí thư Đảng ủy xã.'],
        events: [],
      },
    ],
  },
  {
    feature: 'Tại đây continuing a report told before the passage',
    cases: [
      {
        reading: 'a report on a past period heard there: a review',
        paragraphs: [
          'Tại đây, các đại biểu được nghe báo cáo kết quả phong trào thi đua 6 tháng đầu năm 2024; phương hướng thời gian tới.',
        ],
        events: [['review', '2024', null]],
      },
      {
        reading: 'Tại hội nghị with the past months assessed: a review',
        paragraphs: [
          'Tại hội nghị, đồng chí Chủ tịch Hội Nông dân huyện đánh giá trong 6 tháng qua các cấp hội đã hoàn thành nhiều chỉ tiêu.',
        ],
        events: [['review', null, null]],
      },
      {
        reading: 'Tại hội nghị with a speaker assessing no period stays a meeting',
        paragraphs: ['Tại hội nghị, đồng chí Chủ tịch Hội Nông dân huyện đánh giá cao sự cố gắng của các cấp hội.'],
        events: [['conference', null, null]],
      },
      {
        reading: 'what was done there gives the kind',
        paragraphs: ['Tại đây, các đảng viên được quán triệt những nội dung cơ bản của Nghị quyết.'],
        events: [['dissemination', null, null]],
      },
      {
        reading: 'a place with nothing done that names an event is none',
        paragraphs: ['Tại đây, đoàn đã thăm hỏi, động viên các gia đình chính sách.'],
        events: [],
      },
    ],
  },
  {
    feature: 'an order promulgating laws announced',
    cases: [
      {
        reading: "the President's office announcing an order on a dated day",
        paragraphs: ['Ngày 5/12, Văn phòng Chủ tịch nước đã công bố Lệnh của Chủ tịch nước về việc công bố 8 luật.'],
        events: [['other', '2024-12-05', 'Văn phòng Chủ tịch nước']],
      },
      {
        reading: 'an order announced with no day is no report',
        paragraphs: ['Văn phòng Chủ tịch nước thường công bố Lệnh công bố luật sau mỗi kỳ họp.'],
        events: [],
      },
    ],
  },
  {
    feature: 'a meeting chaired with other bodies',
    cases: [
      {
        reading: 'a dated meeting chaired with other bodies is a working session',
        paragraphs: [
          'Chiều 4/12, UBND huyện Châu Thành chủ trì cuộc họp với các phòng, ban để nghe báo cáo tiến độ giải ngân.',
        ],
        events: [['other', '2024-12-04', 'UBND huyện Châu Thành']],
      },
      {
        reading: 'a meeting chaired on no day tells more of one, none of its own',
        paragraphs: ['UBND huyện Châu Thành chủ trì cuộc họp với các phòng, ban.'],
        events: [],
      },
    ],
  },
  {
    feature: 'a campaign sent out (ra quân)',
    cases: [
      {
        reading: 'a campaign sent out is launched',
        paragraphs: ['Sáng 2/6, Huyện đoàn Tân Châu tổ chức Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024.'],
        events: [['launch', '2024-06-02', 'Huyện đoàn Tân Châu']],
      },
      {
        reading: 'a turnout doing work at a launch is an action day of its own, the same day',
        paragraphs: [
          'Sáng 2/6, Đoàn xã Phú Mỹ tổ chức Lễ phát động Tháng thanh niên năm 2024.',
          'Sau lễ phát động, 50 đoàn viên tham gia ra quân dọn dẹp vệ sinh các tuyến đường.',
        ],
        events: [
          ['launch', '2024-06-02', 'Đoàn xã Phú Mỹ'],
          ['other', '2024-06-02', 'Đoàn xã Phú Mỹ'],
        ],
      },
    ],
  },
  {
    feature: "a leader attending members' party activity",
    cases: [
      {
        reading: 'attending the party activity of a group on a dated day is a working session then',
        paragraphs: ['Ngày 6-9, đồng chí Bí thư Huyện ủy đã dự sinh hoạt Đảng tại tổ Đảng số 3, Chi bộ thôn Đông.'],
        events: [['other', '2024-09-06', 'tổ Đảng số 3']],
      },
      {
        reading: 'party activity as a topic is no event',
        paragraphs: ['Chất lượng sinh hoạt Đảng ở nhiều chi bộ còn hạn chế.'],
        events: [],
      },
    ],
  },
  {
    feature: 'a contest entered on a day',
    cases: [
      {
        reading: 'entrants sent to a contest on a written day: the contest took place then, held by none named',
        paragraphs: ['Chi đoàn Phòng Kế toán vận động đoàn viên đăng ký tham gia dự thi vào sáng ngày 15/3/2024.'],
        events: [['contest', '2024-03-15', null]],
      },
      {
        reading: 'entrants asked to enter on a day to come: none',
        paragraphs: ['Chi đoàn đề nghị các đoàn viên đăng ký dự thi vào ngày 15/12/2024.'],
        events: [],
      },
    ],
  },
  {
    feature: "a speaker's words given while chairing",
    cases: [
      {
        reading: 'a working session chaired, held to hear years of results, is a review on its day',
        paragraphs: [
          'Đồng chí Bí thư Tỉnh ủy nhấn mạnh điều này khi chủ trì cuộc làm việc của Ban Thường vụ Tỉnh ủy sáng 5/12 để nghe kết quả 5 năm thực hiện Đề án phát triển du lịch.',
        ],
        events: [['review', '2024-12-05', 'Ban Thường vụ Tỉnh ủy']],
      },
      {
        reading: 'a working session chaired for other business stays a working session',
        paragraphs: ['Đồng chí Bí thư Tỉnh ủy nhấn mạnh điều này khi chủ trì cuộc làm việc với Sở Y tế sáng 5/12.'],
        events: [['other', '2024-12-05', null]],
      },
    ],
  },
  {
    feature: 'a meeting named with its day and its chair',
    cases: [
      {
        reading: 'a meeting told of with its day and who chaired it took place, held by the body that met',
        paragraphs: [
          'Văn phòng Tỉnh ủy vừa thông tin về cuộc họp của Ban Thường vụ Tỉnh ủy ngày 3/12, do đồng chí Bí thư Tỉnh ủy chủ trì, để cho ý kiến về các đề án.',
        ],
        events: [['conference', '2024-12-03', 'Ban Thường vụ Tỉnh ủy']],
      },
      {
        reading: 'a meeting to be chaired is none',
        paragraphs: ['Dự kiến cuộc họp của Ban Thường vụ Tỉnh ủy ngày 20/12, do đồng chí Bí thư Tỉnh ủy chủ trì.'],
        events: [],
      },
    ],
  },
  {
    feature: 'a teaser cut off before its verb',
    cases: [
      {
        reading: 'a dated subject whose verb was cut off reports something done that day',
        paragraphs: ['Thực hiện Kết luận số 84-KL/TW, ngày 6/12, tại Hà Nội, Ban Tuyên giáo Thành ủy đã'],
        events: [['other', '2024-12-06', 'Ban Tuyên giáo Thành ủy']],
      },
      {
        reading: 'with no day written before it, none',
        paragraphs: ['Thực hiện Kết luận số 84-KL/TW, Ban Tuyên giáo Thành ủy đã'],
        events: [],
      },
    ],
  },
  {
    feature: 'a meeting held to assess years of carrying a document out',
    cases: [
      {
        reading: 'the occasion to assess ten years of a directive is a review, not a plan',
        paragraphs: [
          'Hội nghị có ý nghĩa quan trọng, là dịp để đánh giá kết quả 10 năm thực hiện Chỉ thị số 05-CT/TW, tiếp tục đẩy mạnh học tập và làm theo Bác.',
        ],
        events: [['review', null, null]],
      },
      {
        reading: 'a meeting to be held to assess is none',
        paragraphs: ['Hội nghị sẽ đánh giá kết quả 10 năm thực hiện Chỉ thị số 05-CT/TW.'],
        events: [],
      },
    ],
  },
  {
    feature: 'a round dated by a list of days',
    cases: [
      {
        reading: 'three days listed with the month after the last: from the first',
        paragraphs: [
          'Vòng sơ khảo Hội thi báo cáo viên giỏi huyện diễn ra trong 3 ngày: ngày 05, ngày 07 và ngày 09 tháng 9.',
        ],
        events: [['contest', '2024-09-05', null]],
      },
    ],
  },
  {
    feature: 'a working session and what it was held for',
    cases: [
      {
        reading: "a body's members together are the body",
        paragraphs: ['Chiều 5/12, tập thể Ban Thường vụ Tỉnh ủy đã làm việc với Đảng ủy Khối các cơ quan tỉnh.'],
        events: [['other', '2024-12-05', 'Ban Thường vụ Tỉnh ủy']],
      },
      {
        reading: 'a working session held to review a resolution is a review',
        paragraphs: [
          'Chiều 5/12, Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Đông Sơn, sơ kết 3 năm thực hiện Nghị quyết số 09-NQ/TU.',
        ],
        events: [['review', '2024-12-05', 'Ban Thường vụ Tỉnh ủy']],
      },
      {
        reading: 'a working session that goes on to other business stays a working session',
        paragraphs: ['Chiều 5/12, Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Đông Sơn, nghe báo cáo tình hình.'],
        events: [['other', '2024-12-05', 'Ban Thường vụ Tỉnh ủy']],
      },
    ],
  },
  {
    feature: 'a launch made at an event',
    cases: [
      {
        reading: 'a launch told at a get-together is a launch of its own, the same day',
        paragraphs: [
          'Sáng 20/10, Đảng ủy phường tổ chức Họp mặt kỷ niệm Ngày truyền thống các ngành xây dựng Đảng.',
          'Tại buổi họp mặt, đồng chí Chủ tịch UBND phường báo cáo kết quả thi đua; phát động thi đua trong toàn phường.',
        ],
        events: [
          ['ceremony', '2024-10-20', 'Đảng ủy phường'],
          ['launch', '2024-10-20', 'Đảng ủy phường'],
        ],
      },
      {
        reading: 'a launch joined by và after a holding verb is a launch of its own',
        paragraphs: [
          'Ngày 15/6, Huyện ủy Ba Vì tổ chức Hội nghị gặp mặt kỷ niệm 80 năm Ngày thành lập Đảng bộ huyện và phát hành cuốn sách lịch sử Đảng bộ huyện.',
        ],
        events: [
          ['ceremony', '2024-06-15', 'Huyện ủy Ba Vì'],
          ['launch', '2024-06-15', 'Huyện ủy Ba Vì'],
        ],
      },
      {
        reading: 'a launch of counted models joined after words listed with commas is a launch of its own',
        paragraphs: [
          'Ngày 8/6, Hội Nông dân huyện tổ chức tập huấn kỹ thuật, kinh nghiệm chăn nuôi và ra mắt 3 tổ hợp tác trồng rau sạch.',
        ],
        events: [
          ['training', '2024-06-08', 'Hội Nông dân huyện'],
          ['launch', '2024-06-08', 'Hội Nông dân huyện'],
        ],
      },
      {
        reading: 'a launch in a clause of its own, after a stop, is not joined',
        paragraphs: [
          'Ngày 8/6, Hội Nông dân huyện tổ chức tập huấn kỹ thuật chăn nuôi; các tổ hợp tác cũng nêu kinh nghiệm và ra mắt 3 sản phẩm mới.',
        ],
        events: [['training', '2024-06-08', 'Hội Nông dân huyện']],
      },
      {
        reading: 'a launch chained by a comma after a gathering, past a và of its name, is a launch of its own',
        paragraphs: [
          'Chiều 8/3, Hội LHPN xã tổ chức họp mặt kỷ niệm Ngày Quốc tế Phụ nữ và Ngày Gia đình, kỷ niệm ngày thành lập Hội, phát động thi đua năm 2024.',
        ],
        events: [
          ['ceremony', '2024-03-08', 'Hội LHPN xã'],
          ['launch', '2024-03-08', 'Hội LHPN xã'],
        ],
      },
      {
        reading: 'a launch in a clause after a semicolon is not chained (counter-example)',
        paragraphs: [
          'Chiều 8/3, Hội LHPN xã tổ chức họp mặt kỷ niệm Ngày Quốc tế Phụ nữ; trước đó các chi hội đã được hướng dẫn, phát động thi đua.',
        ],
        events: [['ceremony', '2024-03-08', 'Hội LHPN xã']],
      },
      {
        reading: 'a dissemination chained by a comma after a tournament is a second event',
        paragraphs: [
          'Sáng 2/9, Đoàn xã tổ chức giải bóng đá thanh niên năm 2024, quán triệt Chỉ thị số 05-CT/TW cho đoàn viên.',
        ],
        events: [
          ['contest', '2024-09-02', 'Đoàn xã'],
          ['dissemination', '2024-09-02', 'Đoàn xã'],
        ],
      },
      {
        reading: 'a dissemination chained after a meeting is its business (counter-example)',
        paragraphs: ['Sáng 2/9, Đảng ủy xã tổ chức hội nghị sơ kết 6 tháng, quán triệt Chỉ thị số 05-CT/TW.'],
        events: [['review', '2024-09-02', 'Đảng ủy xã']],
      },
      {
        reading: 'the same launch told again on the occasion is one launch',
        paragraphs: [
          'Sáng 12/2, Đảng ủy xã Hòa Tiến tổ chức Hội nghị triển khai chuyên đề năm 2024 và phát động cuộc thi viết “Quê hương trong tim”.',
          'Cũng trong hội nghị này, Đảng ủy xã đã phát động Cuộc thi viết “Quê hương trong tim” do Huyện ủy tổ chức.',
        ],
        events: [
          ['dissemination', '2024-02-12', 'Đảng ủy xã Hòa Tiến'],
          ['launch', '2024-02-12', 'Đảng ủy xã Hòa Tiến'],
        ],
      },
      {
        reading: 'another launch on the occasion is its own',
        paragraphs: [
          'Sáng 5/3, Hội Phụ nữ huyện tổ chức Lễ ra mắt Câu lạc bộ “Phụ nữ với pháp luật”.',
          'Nhân dịp này, Hội Phụ nữ huyện phát động Cuộc thi viết “Phụ nữ làm theo lời Bác”.',
        ],
        events: [
          ['launch', '2024-03-05', 'Hội Phụ nữ huyện'],
          ['launch', '2024-03-05', 'Hội Phụ nữ huyện'],
        ],
      },
      {
        reading: 'launches listed with their months and days, each its own',
        paragraphs: [
          'Đây là sự tiếp nối Tủ sách “Bác Hồ với thiếu nhi” ra mắt tháng 11/2023 và Tủ sách “Học và làm theo Bác” ra mắt ngày 16/5/2024.',
        ],
        events: [
          ['launch', '2023-11', null],
          ['launch', '2024-05-16', null],
        ],
      },
      {
        reading: 'a launch planned for a month is none',
        paragraphs: ['Tủ sách “Bác Hồ với thiếu nhi” dự kiến ra mắt tháng 1/2025.'],
        events: [],
      },
      {
        reading: 'a movement launched before and named again is no launch',
        paragraphs: [
          'Sáng 20/10, Đảng ủy phường tổ chức Hội nghị sơ kết công tác quý III.',
          'Hội nghị đánh giá kết quả phong trào thi đua do Ủy ban nhân dân tỉnh phát động năm 2023.',
        ],
        events: [['review', '2024-10-20', 'Đảng ủy phường']],
      },
      {
        reading: 'the time since a launch is no launch',
        paragraphs: [
          'Sáng 20/10, Huyện đoàn tổ chức Lễ tổng kết và trao giải Cuộc thi ý tưởng sáng tạo.',
          'Sau hơn 2 tháng phát động, Ban tổ chức nhận được 86 ý tưởng.',
        ],
        events: [['ceremony', '2024-10-20', 'Huyện đoàn']],
      },
      {
        reading: 'a launch talked over is a topic',
        paragraphs: [
          'Sáng 20/10, Sở Nội vụ tổ chức Hội nghị triển khai nhiệm vụ năm 2025.',
          'Các đại biểu đóng góp ý kiến về công tác thi đua, phát động phong trào thi đua năm 2025.',
        ],
        events: [['conference', '2024-10-20', 'Sở Nội vụ']],
      },
    ],
  },
  {
    feature: 'what names an event without reporting it',
    cases: [
      {
        reading: 'a plan to hold a congress is no congress',
        paragraphs: ['Ngày 3/12, Huyện đoàn ban hành Kế hoạch tổ chức Đại hội Đoàn các cấp nhiệm kỳ 2027 - 2032.'],
        events: [],
      },
      {
        reading: 'guidance on holding congresses is none of them',
        paragraphs: ['Ngày 4/12, Ban Tổ chức Huyện ủy gửi hướng dẫn tổ chức đại hội chi bộ đến các cơ sở.'],
        events: [],
      },
      {
        reading: 'an item of a list of what was done is no report',
        paragraphs: ['Chỉ đạo và tổ chức thành công Đại hội Hội Nông dân xã nhiệm kỳ 2023 - 2028.'],
        events: [],
      },
      {
        reading: 'the work of holding a contest is no contest',
        paragraphs: ['Ngày 3/12, các xã hoàn thành công tác tổ chức hội thi tuyên truyền viên giỏi.'],
        events: [],
      },
      {
        reading: 'a sentence that sets a deadline instructs',
        paragraphs: ['Hội thi cấp xã hoàn thành, gửi danh sách thí sinh về Ban Tuyên giáo trước ngày 30-9.'],
        events: [],
      },
      {
        reading: 'a photo caption names what is pictured',
        paragraphs: ['Lễ bế giảng lớp bồi dưỡng đảng viên mới tại Trung tâm Chính trị huyện - Ảnh: Minh Anh.'],
        events: [],
      },
      {
        reading: "a congress's name and term alone is a heading",
        paragraphs: ['Đại hội Hội Cựu chiến binh xã lần thứ VIII (nhiệm kỳ 2027 - 2032).'],
        events: [],
      },
    ],
  },
  {
    feature: 'meetings named by how they meet',
    cases: [
      {
        reading: 'a get-together reported by its verb is a ceremony',
        paragraphs: [
          'Sáng 18/10, Câu lạc bộ Hưu trí phường họp mặt kỷ niệm 94 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam.',
        ],
        events: [['ceremony', '2024-10-18', 'Câu lạc bộ Hưu trí phường']],
      },
      {
        reading: 'activities held to mark an anniversary are its ceremony',
        paragraphs: [
          'Sáng 15/10, Đảng ủy phường Phú Mỹ tổ chức các hoạt động kỷ niệm 94 năm Ngày truyền thống công tác dân vận.',
        ],
        events: [['ceremony', '2024-10-15', 'Đảng ủy phường Phú Mỹ']],
      },
      {
        reading: 'the organisation and working of a service is no event',
        paragraphs: ['Bộ trưởng ban hành Thông tư quy định về quản lý, tổ chức hoạt động của Cổng thông tin điện tử.'],
        events: [],
      },
      {
        reading: 'holding tied to what the clause reports is not the report',
        paragraphs: [
          'Ngày 28/6, tại hội nghị, Hội Nông dân xã gắn tổ chức các hoạt động kỷ niệm Ngày Gia đình Việt Nam, Hội Phụ nữ xã đã tổ chức họp mặt kỷ niệm Ngày Gia đình Việt Nam.',
        ],
        events: [['ceremony', '2024-06-28', 'Hội Phụ nữ xã']],
      },
      {
        reading: "a youth cell's meeting of the month is a conference",
        paragraphs: [
          'Chiều 6/10, Chi đoàn Trường Tiểu học Kim Đồng tổ chức Sinh hoạt Chi đoàn tháng 10 với chủ đề “Sống đẹp”.',
        ],
        events: [['conference', '2024-10-06', 'Chi đoàn Trường Tiểu học Kim Đồng']],
      },
      {
        reading: 'a meeting attended on a dated day took place then',
        paragraphs: ['Ngày 4/9, đồng chí Bí thư Huyện ủy đã dự Hội nghị tổng kết công tác năm của Đảng bộ xã Tân Lập.'],
        events: [['review', '2024-09-04', 'Đảng bộ xã Tân Lập']],
      },
      {
        reading: 'a meeting to be attended has not taken place',
        paragraphs: ['Ngày 4/9, đồng chí Bí thư Huyện ủy sẽ dự Hội nghị tổng kết công tác năm của Đảng bộ xã Tân Lập.'],
        events: [],
      },
      {
        reading: "a cell's regular meeting is a conference",
        paragraphs: ['Ngày 5/12, Chi bộ thôn Đông tổ chức sinh hoạt định kỳ tháng 12.'],
        events: [['conference', '2024-12-05', 'Chi bộ thôn Đông']],
      },
    ],
  },
])('$feature', ({ cases }) => {
  it.each(cases)('$reading', ({ paragraphs, events }) => {
    expect(eventsOf(...paragraphs)).toEqual(events)
  })
})

describe('an article with no publication date', () => {
  it('reads a day without a year as the cue, with no date', () => {
    const x = extractArticle(
      'Ngày 12-3, Đảng ủy xã Ea Tul tổ chức hội nghị học tập Quy định 144-QĐ/TW.\n\nChiều cùng ngày, Tổ đại biểu HĐND huyện đã tiếp xúc cử tri xã Ea Tul.',
    )
    expect(x.events.map((e) => [e.kind, e.date, e.organizer])).toEqual([
      ['dissemination', null, 'Đảng ủy xã Ea Tul'],
      ['other', null, 'Tổ đại biểu HĐND huyện'],
    ])
  })

  it('reads a passive report by the day written after its verb, whatever its year', () => {
    const x = extractArticle(
      'Chiều 18/3, Ban Tổ chức đã tiến hành lễ bế mạc, trao giải cho các thí sinh.\n\nHội thi khai mạc từ sáng 17/3.',
    )
    expect(x.events.map((e) => [e.kind, e.date])).toEqual([
      ['ceremony', null],
      ['contest', null],
    ])
  })
})

describe('the title of an event', () => {
  it.each([
    {
      reading: 'the name phrase in sentence case, its span the reported clause as before',
      paragraph:
        'Sáng 13/12, Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2024 và sơ kết Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới.',
      title:
        'Hội nghị tổng kết công tác năm 2024 và sơ kết Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng',
    },
    {
      reading: 'a quoted name whole, before its place',
      paragraph:
        'Sáng 13/12, Trường Chính trị tỉnh tổ chức Hội thảo khoa học “Bảo vệ, phát huy nền tảng tư tưởng” tại Hội trường A.',
      title: 'Hội thảo khoa học “Bảo vệ, phát huy nền tảng tư tưởng”',
    },
  ])('$reading', ({ paragraph, title }) => {
    const x = extractArticle(['Tiêu đề', '', '12/12/2024', '', paragraph, '', 'Thanh Trà'].join('\n'))
    expect(x.events.map((e) => e.title)).toEqual([title])
    // The span still covers the organiser and the clause that reports the event, past the title.
    const span = x.events[0]!.provenance!.span
    const reported = x.article.text.slice(span.start, span.end)
    expect(reported).toMatch(/^[^,]+ tổ chức /u)
    expect(reported.toLowerCase()).toContain(title.toLowerCase())
    expect(reported.length).toBeGreaterThan(title.length + ' tổ chức '.length)
  })
})

describe('an event reported only in the title', () => {
  const titled = (title: string, ...paragraphs: string[]) =>
    extractArticle(
      [title, '', '12/12/2024', '', ...paragraphs.flatMap((p) => [p, '']), 'Thanh Trà'].join('\n'),
    ).events.map((e) => [e.kind, e.organizer])
  it.each([
    {
      reading: 'a title that reports an event, the body none',
      title: 'Chi bộ Viên chức Hành chính 1 tổ chức sinh hoạt chuyên đề quý II năm 2024',
      paragraphs: ['Nâng cao chất lượng sinh hoạt chi bộ là nhiệm vụ quan trọng của mỗi tổ chức đảng.'],
      events: [['thematic_session', 'Chi bộ Viên chức Hành chính 1']],
    },
    {
      reading: 'a title naming an event, the body none',
      title: 'Sinh hoạt chuyên đề “Tháng 5 nhớ Bác”',
      paragraphs: ['Các đồng chí đảng viên được xem phim tư liệu về cuộc đời của Chủ tịch Hồ Chí Minh.'],
      events: [['thematic_session', null]],
    },
    {
      reading: 'the body’s report wins over the title',
      title: 'Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết',
      paragraphs: ['Sáng 5/12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị báo cáo viên tháng 12.'],
      events: [['conference', 'Ban Thường vụ Tỉnh ủy']],
    },
    {
      reading: 'a movement’s name is no event',
      title: 'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh',
      paragraphs: ['Sinh thời Chủ tịch Hồ Chí Minh nhấn mạnh vai trò của thi đua yêu nước.'],
      events: [],
    },
    {
      reading: 'a title opening with a launch over one meeting: the launch was made there',
      title: 'Phát động phong trào thi đua yêu nước năm 2025',
      paragraphs: ['Ngày 6/12, UBND huyện tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.'],
      events: [
        ['review', 'UBND huyện'],
        ['launch', 'UBND huyện'],
      ],
    },
    {
      reading: 'a title opening with a launch the body reports is that launch',
      title: 'Phát động Tháng hành động vì môi trường',
      paragraphs: ['Ngày 6/12, Huyện đoàn tổ chức Lễ phát động Tháng hành động vì môi trường.'],
      events: [['launch', 'Huyện đoàn']],
    },
    {
      reading: 'a title over a body that tells of its event only as planned announces a plan',
      title: 'Tháng 11: Tổ chức Hội thi tuyên truyền viên giỏi cấp xã',
      paragraphs: [
        'Đối tượng dự thi là tuyên truyền viên của các chi bộ.',
        'Hội thi tuyên truyền viên cấp huyện dự kiến tổ chức trong tháng 12.',
      ],
      events: [],
    },
    {
      reading: 'a title over a body that tells of its event with no plan still reports it',
      title: 'Tổ chức Hội thi tuyên truyền viên giỏi cấp xã',
      paragraphs: ['Hội thi tuyên truyền viên thu hút đông đảo đoàn viên tham gia.'],
      events: [['contest', null]],
    },
    {
      reading: 'a planned event in the title is no event',
      title: 'Dự kiến cuối tháng 6 tổ chức Hội nghị Văn hóa tỉnh năm 2024',
      paragraphs: ['Các sở, ngành đã cơ bản hoàn tất công tác chuẩn bị.'],
      events: [],
    },
  ])('$reading', ({ title, paragraphs, events }) => {
    expect(titled(title, ...paragraphs)).toEqual(events)
  })
})

describe('an anniversary held, without the word Lễ', () => {
  it.each<[string, string, Array<[string, string | null, string | null]>]>([
    [
      'a body held the anniversary',
      'Ngày 03/12/2024, Phường Phổ Thạnh tổ chức kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam, đồng thời tổ chức họp giao ban cuối năm.',
      [
        ['ceremony', '2024-12-03', 'Phường Phổ Thạnh'],
        ['conference', '2024-12-03', 'Phường Phổ Thạnh'],
      ],
    ],
    [
      'the same with its Lễ',
      'Sáng 3/12, Huyện ủy Cam Lộ tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng.',
      [['ceremony', '2024-12-03', 'Huyện ủy Cam Lộ']],
    ],
    [
      'kỉ niệm spelt with i',
      'Sáng 26/3, Huyện đoàn Cam Lộ đã tổ chức kỉ niệm 93 năm ngày thành lập Đoàn TNCS Hồ Chí Minh.',
      [['ceremony', '2024-03-26', 'Huyện đoàn Cam Lộ']],
    ],
    // an anniversary heading a page, and what was done during a round of holding one
    [
      'a heading that names the anniversary',
      'Kỷ niệm 90 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2020)',
      [],
    ],
    [
      'a round of holding it',
      'Qua đợt tổ chức kỷ niệm 93 năm Ngày thành lập Hội, Ban Chấp hành Hội Phụ nữ xã đã vận động được 35 phần quà.',
      [],
    ],
  ])('%s', (_, paragraph, events) => {
    expect(eventsOf(paragraph)).toEqual(events)
  })
})

describe('a body holds a commendation (tổ chức biểu dương)', () => {
  it.each<[string, string, Array<[string, string | null, string | null]>]>([
    [
      'a dated report',
      'Ngày 8/6, tại thành phố Rạch Giá, Ủy ban nhân dân tỉnh Kiên Giang tổ chức biểu dương, khen thưởng 62 điển hình tiêu biểu.',
      [['ceremony', '2024-06-08', 'Ủy ban nhân dân tỉnh Kiên Giang']],
    ],
    // an instruction to hold one reports none
    ['an instruction', 'Đề nghị các cơ quan, đơn vị tổ chức biểu dương, khen thưởng kịp thời các điển hình.', []],
  ])('%s', (_, paragraph, events) => {
    expect(eventsOf(paragraph)).toEqual(events)
  })
})

describe('a list item’s marker, and an event to be held soon', () => {
  it.each<[string, string, Array<[string, string | null, string | null]>]>([
    [
      'an asterisk before the body',
      '* Hội CCB quận Thanh Khê vừa tổ chức lễ kỷ niệm 30 năm Ngày thành lập Hội CCB Việt Nam.',
      [['ceremony', null, 'Hội CCB quận Thanh Khê']],
    ],
    [
      'a dash before the date',
      '- Sáng 5/12, Huyện đoàn Cam Lộ tổ chức Lễ ra quân tình nguyện.',
      [['launch', '2024-12-05', 'Huyện đoàn Cam Lộ']],
    ],
    // to be held soon: a plan
    ['held soon', '+ Quyết định sớm tổ chức Đại hội Phụ nữ toàn quốc để xác định phương hướng.', []],
    // early in the morning is a time
    [
      'early in the morning',
      'Sáng sớm 5/12, Huyện đoàn Cam Lộ tổ chức Lễ ra quân tình nguyện.',
      [['launch', '2024-12-05', 'Huyện đoàn Cam Lộ']],
    ],
  ])('%s', (_, paragraph, events) => {
    expect(eventsOf(paragraph)).toEqual(events)
  })
})
