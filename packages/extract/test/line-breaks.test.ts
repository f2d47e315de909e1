import { describe, expect, it } from 'vitest'
import { continuesSentence, runsOn, wrapsLine, wrapWidth } from '../src/line-breaks.ts'
import { segment } from '../src/segment.ts'

describe('continuesSentence: a hard line break inside a sentence', () => {
  it.each([
    {
      reading: 'the next line opens lower-case',
      above: 'Hội Nông dân xã tổ chức buổi tập',
      below: 'huấn cho hội viên.',
      joins: true,
    },
    {
      reading: 'a one-word opening above a lower-case tail',
      above: 'Chiều',
      below: 'ngày 3/4, Huyện đoàn họp.',
      joins: true,
    },
    { reading: 'a line ending on a comma', above: 'Sau hai ngày làm việc,', below: 'đại hội đã bế mạc.', joins: true },
    {
      reading: 'a line ending on a preposition before a name',
      above: 'Lễ ra quân được tổ chức tại',
      below: 'Nhà văn hóa thôn Đông.',
      joins: true,
    },
    {
      reading: 'a line ending on `ngày` before its date',
      above: 'Hội nghị khai mạc sáng ngày',
      below: '12/5/2024 tại hội trường.',
      joins: true,
    },
    {
      reading: 'a sentence closed by a stop',
      above: 'Hội nghị đã bế mạc.',
      below: 'sau đó các đại biểu dự tiệc.',
      joins: false,
    },
    {
      reading: 'a colon before a list',
      above: 'Hội nghị thống nhất các nội dung sau:',
      below: 'tăng cường tuyên truyền.',
      joins: false,
    },
    {
      reading: 'a semicolon closing an item',
      above: '- Rà soát hồ sơ đảng viên;',
      below: 'kiểm tra thẻ đảng.',
      joins: false,
    },
    {
      reading: 'a lower-case letter item',
      above: 'Các nhiệm vụ trọng tâm gồm',
      below: 'a) Tuyên truyền sâu rộng.',
      joins: false,
    },
    {
      reading: 'a capital after a word that may end a sentence',
      above: 'Chi bộ thôn Bắc họp thường kỳ',
      below: 'Sáng 2/6, Đảng ủy xã họp.',
      joins: false,
    },
    {
      reading: 'a unit that may end a name',
      above: 'Giám đốc Trung tâm Chính trị huyện',
      below: 'Phát biểu tại lễ bế giảng.',
      joins: false,
    },
    {
      reading: 'a capital after a capitalised word',
      above: 'Kỷ niệm ngày thành lập Hội',
      below: 'Sáng 20/10, Hội tổ chức mít tinh.',
      joins: false,
    },
    {
      reading: 'a range left open by a dash',
      above: 'trong năm học 2023 -',
      below: '2024 đã kết nạp mới.',
      joins: true,
    },
    {
      reading: 'a bullet after an open word',
      above: 'Đại biểu dự hội nghị gồm có',
      below: '- Đồng chí Bí thư Huyện ủy.',
      joins: false,
    },
  ])('$reading', ({ above, below, joins }) => {
    expect(continuesSentence(above, below)).toBe(joins)
  })
})

// A paragraph wrapped at about 60 characters, as a copy from a fixed-width page keeps it.
const WRAPPED = [
  'Ngày 14/5, Ban Thường vụ Huyện đoàn đã tổ chức hội nghị tổng',
  'kết công tác Đoàn và phong trào thanh thiếu nhi năm học 2023 -',
  '2024. Dự hội nghị có các đồng chí trong Ban Chấp hành Huyện',
  'đoàn, bí thư các chi đoàn trường học và đông đảo đoàn viên của',
  'các cơ sở đoàn trên địa bàn. Hội nghị được tổ chức tại hội trường',
  'Trung tâm Văn hóa huyện với sự tham gia của gần hai trăm đại biểu.',
]

describe('wrapWidth and wrapsLine: a page wrapped at a fixed width', () => {
  it('reads the width from the lines broken inside a sentence', () => {
    const width = wrapWidth(WRAPPED.map((text) => ({ text, blankBefore: false })))
    expect(width).toBeGreaterThanOrEqual(55)
    expect(width).toBeLessThanOrEqual(66)
  })
  it('reads no width from a few short widget lines', () => {
    const lines = ['lượt xem 12', 'tải về', 'lượt xem 3', 'tải về', 'ngày', 'hôm nay'].map((text) => ({
      text,
      blankBefore: false,
    }))
    expect(wrapWidth(lines)).toBe(0)
  })
  it.each([
    {
      reading: 'a full line on a lower-case word before a capital',
      above: 'đoàn viên của các cơ sở đoàn trên địa bàn huyện đã có mặt tại xã',
      below: 'Tân Lập từ sớm.',
      width: 64,
      joins: true,
    },
    {
      reading: 'a full line on a comma before a capital',
      above: 'Trong đợt này, các chi đoàn đã tổ chức nhiều hoạt động thiết thực,',
      below: 'Đoàn xã phối hợp trao quà.',
      width: 64,
      joins: true,
    },
    {
      reading: 'a short line on a lower-case word',
      above: 'Những hoạt động thiết thực',
      below: 'Năm 2024, Đoàn xã kết nạp mới.',
      width: 64,
      joins: false,
    },
    {
      reading: 'a full line on a capitalised word',
      above: 'Hội nghị tổng kết công tác Đoàn năm 2024 của Huyện đoàn Tân Phú',
      below: 'Sáng 2/1, Huyện đoàn họp.',
      width: 64,
      joins: false,
    },
    {
      reading: 'a full line before a numbered item',
      above: 'Hội nghị đã thống nhất giao cho các chi đoàn thực hiện nội dung',
      below: '1. Tuyên truyền sâu rộng.',
      width: 64,
      joins: false,
    },
    {
      reading: 'a page not wrapped',
      above: 'đoàn viên của các cơ sở đoàn trên địa bàn huyện đã có mặt tại xã',
      below: 'Tân Lập từ sớm.',
      width: 0,
      joins: false,
    },
  ])('$reading', ({ above, below, width, joins }) => {
    expect(wrapsLine(above, below, width)).toBe(joins)
  })
  it.each([
    { last: 'các cơ sở đoàn trên địa bàn huyện đã có mặt tại hội trường xã Tân', width: 64, runs: true },
    { last: 'các cơ sở đoàn trên địa bàn huyện đã có mặt tại hội trường.', width: 64, runs: false },
    { last: 'các cơ sở đoàn', width: 64, runs: false },
  ])('the last line $last runs on: $runs', ({ last, width, runs }) => {
    expect(runsOn(last, width)).toBe(runs)
  })
})

describe('segment: sentences broken by hard line breaks', () => {
  const head = ['Huyện đoàn Tân Phú tổng kết năm học', '', '15/05/2024', '']
  it.each([
    {
      reading: 'the lines of a wrapped paragraph make one body piece, a heading above it stays apart',
      lines: [...head, ...WRAPPED],
      body: [WRAPPED.join(' ')],
      captions: [],
    },
    {
      reading: 'a tail opening lower-case is no caption',
      lines: [...head, 'Sáng 14/5, Hội Phụ nữ xã đã tổ chức lễ kỷ niệm cho', 'hội viên các chi hội.'],
      body: ['Sáng 14/5, Hội Phụ nữ xã đã tổ chức lễ kỷ niệm cho hội viên các chi hội.'],
      captions: [],
    },
    {
      reading: 'an inter-title and a caption under an image stay captions',
      lines: [
        ...head,
        'Sáng 14/5, Huyện đoàn tổ chức hội nghị tổng kết.',
        'Những hoạt động thiết thực',
        'Năm học qua, các chi đoàn đã tổ chức nhiều hoạt động.',
        'anh-hoi-nghi.jpg',
        'Các đại biểu dự hội nghị',
        'Hội nghị đã khen thưởng các tập thể xuất sắc.',
      ],
      body: [
        'Sáng 14/5, Huyện đoàn tổ chức hội nghị tổng kết.',
        'Năm học qua, các chi đoàn đã tổ chức nhiều hoạt động.',
        'Hội nghị đã khen thưởng các tập thể xuất sắc.',
      ],
      captions: ['Những hoạt động thiết thực', 'Các đại biểu dự hội nghị'],
    },
    {
      reading: 'list items ending on semicolons stay apart',
      lines: [
        ...head,
        'Hội nghị thống nhất các nội dung sau:',
        '- Tăng cường tuyên truyền;',
        '- Kiện toàn tổ chức cơ sở đoàn.',
      ],
      body: ['Hội nghị thống nhất các nội dung sau:', '- Tăng cường tuyên truyền;', '- Kiện toàn tổ chức cơ sở đoàn.'],
      captions: [],
    },
    {
      reading: 'a long line ending on a comma above a heading is a paragraph, not a caption',
      lines: [
        ...head,
        'Sáng 14/5, Huyện đoàn họp.',
        '',
        'Hội nghị Ban Chấp hành Huyện đoàn lần thứ năm, sau khi thảo luận các báo cáo trình hội nghị,',
        '',
        'QUYẾT NGHỊ',
      ],
      body: [
        'Sáng 14/5, Huyện đoàn họp.',
        'Hội nghị Ban Chấp hành Huyện đoàn lần thứ năm, sau khi thảo luận các báo cáo trình hội nghị,',
      ],
      captions: ['QUYẾT NGHỊ'],
    },
  ])('$reading', ({ lines, body, captions }) => {
    const text = lines.join('\n')
    const s = segment(text)
    expect(s.body.map((p) => p.text)).toEqual(body)
    expect(s.captions.map((p) => p.text)).toEqual(captions)
    // Offsets still point into the text, one character for one.
    for (const p of s.body) expect(text.slice(p.start, p.end).replaceAll('\n', ' ')).toBe(p.text)
  })

  it('takes a first word broken off its lead for the lead, not for a section', () => {
    const s = segment(['Sáng', 'ngày 25/7/2024, Chi bộ trường tổ chức sinh hoạt định', 'kỳ tháng 8.'].join('\n'))
    expect(s.body.map((p) => p.text)).toEqual(['Sáng ngày 25/7/2024, Chi bộ trường tổ chức sinh hoạt định kỳ tháng 8.'])
  })

  it('stays linear on a megabyte of wrapped lines and on one line without a break', () => {
    const many = Array.from({ length: 16_000 }, () => 'các đoàn viên tham gia hoạt động tình nguyện tại').join('\n')
    const one = 'các đoàn viên tham gia hoạt động tình nguyện tại '.repeat(20_000)
    for (const text of [many, one]) {
      const t0 = performance.now()
      const s = segment(text)
      expect(s.body.length + s.captions.length).toBeGreaterThan(0)
      expect(performance.now() - t0).toBeLessThan(3_000)
    }
  })
})
