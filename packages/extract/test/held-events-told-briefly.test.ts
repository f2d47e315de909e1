import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/extract.ts'

// Events the news tells in few words (talks that took place, a session a leader presided over, a
// plan deployed to the cells, an event named before `Sự kiện diễn ra ngày ...`), and the sentences
// with the same words that report no held event. Each article has a title and a date line (12/12/2024).
const eventsOf = (...paragraphs: string[]) =>
  extractArticle(
    ['Tiêu đề bài viết về công tác tuyên giáo', '', '12/12/2024', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'),
  ).events.map((e) => [e.kind, e.date])

type Case = { reading: string; paragraphs: string[]; events: Array<[string, string | null]> }

describe.each<{ feature: string; cases: Case[] }>([
  {
    feature: 'talks between delegations',
    cases: [
      {
        reading: 'talks that took place on a dated day are a working session',
        paragraphs: [
          'Chiều 15/6, tại TP Móng Cái đã diễn ra buổi hội đàm giữa đoàn đại biểu các đồn Biên phòng với đoàn đại biểu Chi đội Công an Biên phòng.',
        ],
        events: [['other', '2024-06-15']],
      },
      {
        reading: 'talks held by a body',
        paragraphs: ['Sáng 3/10, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội đàm với Công an Biên phòng nước bạn.'],
        events: [['other', '2024-10-03']],
      },
      {
        reading: 'talks to come are not held (counter-example)',
        paragraphs: ['Chiều 15/6, tại TP Móng Cái sẽ diễn ra buổi hội đàm giữa hai đoàn đại biểu.'],
        events: [],
      },
      {
        reading: 'talks kept as a practice are no event (counter-example)',
        paragraphs: ['Hai bên duy trì cơ chế hội đàm định kỳ, đột xuất, duy trì đường dây nóng.'],
        events: [],
      },
    ],
  },
  {
    feature: 'a working session a leader presided over',
    cases: [
      {
        reading: 'presiding over a working session on a dated day',
        paragraphs: [
          'Chiều 9/8, Tổng Bí thư Tô Lâm đã đến thăm và chủ trì buổi làm việc với Ban Thường vụ Thành ủy Hà Nội.',
        ],
        events: [['other', '2024-08-09']],
      },
      {
        reading: 'presiding over one to come (counter-example)',
        paragraphs: ['Chiều 9/12, Tổng Bí thư Tô Lâm sẽ chủ trì buổi làm việc với Ban Thường vụ Thành ủy Hà Nội.'],
        events: [],
      },
      {
        reading: 'presiding, undated, tells more of a session told before (counter-example)',
        paragraphs: ['Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc với các sở, ngành.'],
        events: [],
      },
    ],
  },
  {
    feature: 'a plan deployed to those who carry it out',
    cases: [
      {
        reading: 'a plan deployed to the cells on a dated day is a dissemination',
        paragraphs: ['Ngày 10/11, Huyện ủy đã triển khai kế hoạch tới các Chi, Đảng bộ cơ sở trong huyện.'],
        events: [['dissemination', '2024-11-10']],
      },
      {
        reading: 'a numbered plan deployed to all members',
        paragraphs: [
          'Ngày 10/11, Đảng ủy xã triển khai kế hoạch số 12-KH/ĐU về tuyên truyền Nghị quyết đến toàn thể cán bộ, đảng viên.',
        ],
        events: [['dissemination', '2024-11-10']],
      },
      {
        reading: 'a plan carried out to a year is no event (counter-example)',
        paragraphs: ['Ngày 10/11, UBND xã triển khai kế hoạch xây dựng nông thôn mới đến năm 2025.'],
        events: [],
      },
      {
        reading: 'a plan deployed, undated, is a task (counter-example)',
        paragraphs: ['Huyện ủy triển khai kế hoạch tới các Chi, Đảng bộ cơ sở trong huyện.'],
        events: [],
      },
      {
        reading: 'a plan to be deployed (counter-example)',
        paragraphs: ['Ngày 10/11, Huyện ủy sẽ triển khai kế hoạch tới các Chi, Đảng bộ cơ sở trong huyện.'],
        events: [],
      },
    ],
  },
  {
    feature: 'activities that send forces out',
    cases: [
      {
        reading: 'activities sending forces out, held on a dated day, are a launch',
        paragraphs: [
          'Chiều 28/02, Đoàn Thanh niên Tổng Công ty đã tổ chức hoạt động ra quân khởi động Tháng Thanh niên cho các bạn đoàn viên.',
        ],
        events: [['launch', '2024-02-28']],
      },
      {
        reading: 'the organising of a body’s activities is no event (counter-example)',
        paragraphs: ['Đoàn Thanh niên Tổng Công ty tổ chức hoạt động theo Điều lệ Đoàn.'],
        events: [],
      },
      {
        reading: 'activities to be held are not held (counter-example)',
        paragraphs: [
          'Chiều 28/12, Đoàn Thanh niên Tổng Công ty sẽ tổ chức hoạt động ra quân khởi động Tháng Thanh niên.',
        ],
        events: [],
      },
    ],
  },
  {
    feature: 'the quick notice of a congress’s or a plenum’s results',
    cases: [
      {
        reading: 'a meeting held to give the quick notice is a dissemination',
        paragraphs: [
          'Ngày 30/5, Ban Thường vụ Đảng ủy Tổng công ty đã tổ chức Hội nghị cán bộ chủ chốt để thông báo nhanh kết quả Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng.',
        ],
        events: [['dissemination', '2024-05-30']],
      },
      {
        reading: 'a link point set up on a dated day to follow the meeting',
        paragraphs: [
          'Sáng ngày 28/01, Đảng ủy xã Vĩnh Điều tổ chức điểm cầu trực tuyến theo dõi Hội nghị thông báo nhanh kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.',
        ],
        events: [['dissemination', '2024-01-28']],
      },
      {
        reading: 'an undated link point to a meeting told before is no second event (counter-example)',
        paragraphs: [
          'Sáng 8/3, Đảng ủy Công an Trung ương tổ chức Hội nghị quán triệt kết quả Hội nghị Văn hóa toàn quốc.',
          'Công an tỉnh tổ chức điểm cầu theo dõi Hội nghị tại Công an tỉnh và Công an các huyện.',
        ],
        events: [['dissemination', '2024-03-08']],
      },
      {
        reading: 'a link point to be set up (counter-example)',
        paragraphs: [
          'Sáng ngày 28/12, Đảng ủy xã sẽ tổ chức điểm cầu trực tuyến theo dõi Hội nghị thông báo nhanh kết quả Đại hội.',
        ],
        events: [],
      },
    ],
  },
  {
    feature: 'the event a bare `Sự kiện` refers back to',
    cases: [
      {
        reading: 'the event named in the sentence before gives its kind',
        paragraphs: [
          'Đây là nhận định của đồng chí Ngọ Duy Hiểu tại Hội nghị tổng kết công tác thi đua năm 2019 của Khối thi đua 9. Sự kiện diễn ra ngày 28/02, tại trụ sở Tập đoàn Điện lực Việt Nam.',
        ],
        events: [['review', '2024-02-28']],
      },
      {
        reading: 'with no event named before, the event is of no kind of its own',
        paragraphs: ['Đây là nhận định của nhiều đại biểu. Sự kiện diễn ra ngày 28/02, tại trụ sở Tập đoàn Điện lực.'],
        events: [['other', '2024-02-28']],
      },
      {
        reading: 'events named in the plural are not the one referred to (counter-example)',
        paragraphs: [
          'Đây là nhận định của đồng chí Ngọ Duy Hiểu tại các hội nghị tổng kết của Khối thi đua. Sự kiện diễn ra ngày 28/02, tại trụ sở Tập đoàn Điện lực.',
        ],
        events: [['other', '2024-02-28']],
      },
    ],
  },
  {
    feature: 'kicking off a campaign month, after the occasion looked ahead to',
    cases: [
      {
        reading: 'the kick-off of a month after `Hướng đến` an anniversary is a launch that day',
        paragraphs: [
          'Hướng đến kỷ niệm 93 năm Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh (26/3/1931 - 26/3/2024), ngày 24/02, tại nhiều tỉnh, thành trên cả nước đã diễn ra Lễ khởi động Tháng Thanh niên.',
        ],
        events: [['launch', '2024-02-24']],
      },
      {
        reading: 'the anniversary looked ahead to is no event, nor a kick-off to come (counter-example)',
        paragraphs: [
          'Hướng đến kỷ niệm 93 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2024), ngày 24/12, Tỉnh đoàn sẽ tổ chức Lễ khởi động Tháng Thanh niên.',
        ],
        events: [],
      },
    ],
  },
  {
    feature: 'a meeting with its sitting days in apposition',
    cases: [
      {
        reading: 'a plenum whose results are made known, its days in apposition, took place then',
        paragraphs: [
          'Ngày 16/5, Tỉnh ủy tổ chức Hội nghị phổ biến kết quả Hội nghị Trung ương 9.',
          'Đồng chí Bí thư Tỉnh ủy đã phổ biến về kết quả Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng Khóa XI, họp từ ngày 08 đến ngày 14/5/2014, tại thủ đô Hà Nội.',
        ],
        events: [
          ['dissemination', '2024-05-16'],
          ['conference', '2014-05-08'],
        ],
      },
      {
        reading: 'a meeting to sit is not held (counter-example)',
        paragraphs: ['Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng, sẽ họp từ ngày 20/12, tại thủ đô Hà Nội.'],
        events: [],
      },
      {
        reading: 'a meeting with no day in apposition is no event (counter-example)',
        paragraphs: [
          'Cán bộ nghiên cứu kết quả Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng, họp định kỳ hằng năm.',
        ],
        events: [],
      },
    ],
  },
  {
    feature: 'a working session a headline names, the body referring back to it',
    cases: [
      {
        reading: '`Tại buổi làm việc` opening the text refers back to its working session',
        paragraphs: ['Tại buổi làm việc, đại diện lãnh đạo các đơn vị đã báo cáo nhanh tình hình thực hiện nhiệm vụ.'],
        events: [['other', null]],
      },
      {
        reading: 'working with other bodies (`làm việc cùng`) on a dated day is a working session',
        paragraphs: ['Sáng 5/3, Thường trực Thành ủy làm việc cùng lãnh đạo các ban xây dựng Đảng.'],
        events: [['other', '2024-03-05']],
      },
      {
        reading: 'working together is no session (counter-example)',
        paragraphs: ['Sáng 5/3, các cán bộ trong tổ làm việc cùng nhau để hoàn thành báo cáo.'],
        events: [],
      },
      {
        reading: 'a session referred back to after one reported is that one (counter-example)',
        paragraphs: [
          'Sáng 5/3, Thường trực Thành ủy làm việc với Ban Tuyên giáo.',
          'Tại buổi làm việc, đại diện lãnh đạo các đơn vị đã báo cáo nhanh tình hình thực hiện nhiệm vụ.',
        ],
        events: [['other', '2024-03-05']],
      },
    ],
  },
  {
    feature: 'a time cue and a place written as a sentence of their own',
    cases: [
      {
        reading: 'the cue sentence dates the report after it',
        paragraphs: [
          'Chiều ngày 18/5 tại Hội trường xã Minh Tân. BCH Đảng bộ xã Minh Tân tổ chức Lễ trao tặng huy hiệu đảng cho 18 đồng chí đảng viên.',
        ],
        events: [['ceremony', '2024-05-18']],
      },
      {
        reading: 'a full report is not a cue of the next sentence (counter-example)',
        paragraphs: [
          'Ngày 9/4, tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 18. Hội nghị đã thảo luận nhiều nội dung quan trọng.',
        ],
        events: [['conference', '2024-04-09']],
      },
      {
        reading: 'a dated report with no comma is no cue alone (counter-example)',
        paragraphs: [
          'Sáng 12/9, tại Hội trường Huyện ủy đã diễn ra Hội nghị quán triệt Nghị quyết 57-NQ/TW. Đồng chí Nguyễn Văn A, Bí thư Huyện ủy Cam Lộ chủ trì hội nghị.',
        ],
        events: [['dissemination', '2024-09-12']],
      },
      {
        reading: 'a cue sentence before a plan dates nothing held (counter-example)',
        paragraphs: ['Chiều ngày 18/12 tại Hội trường xã. BCH Đảng bộ xã sẽ tổ chức Lễ trao tặng huy hiệu đảng.'],
        events: [],
      },
    ],
  },
])('$feature', ({ cases }) => {
  it.each(cases)('$reading', ({ paragraphs, events }) => {
    expect(eventsOf(...paragraphs)).toEqual(events)
  })
})

// A news page whose lead opens with the newsroom's source prefix (`TT - `).
const leadEventsOf = (lead: string) =>
  extractArticle(
    ['Thi viết thư gửi Đại hội', '', '20/03/2012 02:01 GMT+7', '', lead, '', 'Q.LINH'].join('\n'),
  ).events.map((e) => [e.kind, e.date, e.organizer])

describe('the undated lead a source prefix opens', () => {
  it.each([
    {
      reading: 'a body launching a contest, told by the lead, launched it',
      lead: 'TT - Thành đoàn TP.HCM triển khai cuộc thi viết “Thư gửi Đại hội Đoàn” dành cho tất cả công dân.',
      events: [['launch', null, 'Thành đoàn TP.HCM']],
    },
    {
      reading: 'a launch to come is not held (counter-example)',
      lead: 'TT - Thành đoàn TP.HCM sẽ phát động cuộc thi viết “Thư gửi Đại hội Đoàn” dành cho tất cả công dân.',
      events: [],
    },
    {
      reading: 'a lead with no source prefix is read as before (counter-example)',
      lead: 'Thành đoàn TP.HCM triển khai cuộc thi viết “Thư gửi Đại hội Đoàn” dành cho tất cả công dân.',
      events: [],
    },
  ])('$reading', ({ lead, events }) => {
    expect(leadEventsOf(lead)).toEqual(events)
  })
})
