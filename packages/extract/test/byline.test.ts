import { describe, expect, it } from 'vitest'
import { bylineName, dateLineAuthor, isBylineLine, sourceAttribution } from '../src/byline.ts'

describe('isBylineLine', () => {
  it.each([
    { reading: 'a short name', line: 'Minh Khang' },
    { reading: 'a short name', line: 'PV' },
    { reading: 'a one-word pen name', line: 'Thảo' },
    { reading: 'a name with its unit', line: 'Lan Chi - Trung tâm Văn hóa huyện' },
    { reading: 'a name with its degree and unit', line: 'TS. Nguyễn Thị Hải Yến - Học viện Chính trị khu vực I' },
    { reading: 'a name closed with a full stop', line: 'Hữu Hoàn.' },
    { reading: 'two names, the dash glued to the first', line: 'Thùy Linh- Mạnh Thường' },
    { reading: "a broadcaster's name in brackets", line: '(Cẩm Thuỳ)' },
    { reading: "a name with its unit and a table cell's bar", line: 'Trần Trọng Tính (Phòng Đào tạo) |' },
    { reading: "a content system's credit", line: 'Đăng bởi: Hân Nguyễn' },
  ])('takes $reading for a byline: $line', ({ line }) => {
    expect(isBylineLine(line)).toBe(true)
  })
  it.each([
    { reading: 'a caption', line: 'Quang cảnh hội nghị' },
    { reading: 'a sentence', line: 'Đại biểu dự lễ.' },
    { reading: 'a header in capitals', line: 'XEM NHIỀU NHẤT' },
    // A wrapped sentence's end: places with a dash and a full stop.
    { reading: "a wrapped sentence's end", line: 'La Ngà – Đồng Nai.' },
    { reading: 'a sentence in brackets', line: '(Ảnh minh họa)' },
    { reading: 'a one-word name closed with a full stop', line: 'Tuấn.' },
    { reading: 'an attribution without its source', line: 'Theo' },
    { reading: 'an attribution without its source', line: 'Nguồn:' },
  ])('takes $reading for no byline: $line', ({ line }) => {
    expect(isBylineLine(line)).toBe(false)
  })
})

// Under the title or closing the article, a site may print its authors in capitals.
describe('isBylineLine at the head or the end of an article', () => {
  it.each(['THANH HẢI', 'LÊ SÁU', 'HOÀNG LAN - MINH PHÚ', 'VĂN TỐ'])('takes %s for a byline', (line) => {
    expect(isBylineLine(line, true)).toBe(true)
  })
  it.each([
    'CHỦ TỊCH',
    'HỘI ĐỒNG NHÂN DÂN',
    'BAN CHẤP HÀNH TRUNG ƯƠNG',
    'XÂY DỰNG ĐOÀN',
    'PHÓ GIÁM ĐỐC',
    'QUYẾT NGHỊ',
    'KẾT LUẬN',
  ])('takes the office or body %s for no byline', (line) => {
    expect(isBylineLine(line, true)).toBe(false)
  })
  it('takes no name in capitals elsewhere', () => {
    expect(isBylineLine('THANH HẢI')).toBe(false)
  })
})

describe('bylineName', () => {
  it('drops a credit label', () => {
    expect(bylineName('Bài và ảnh: Đức Tài')).toBe('Đức Tài')
  })
  it.each([
    ['(Cẩm Thuỳ)', 'Cẩm Thuỳ'],
    ['Trần Trọng Tính (Phòng Đào tạo) |', 'Trần Trọng Tính (Phòng Đào tạo)'],
    ['Hữu Hoàn.', 'Hữu Hoàn.'],
  ])('reads %s as %s', (line, name) => {
    expect(bylineName(line)).toBe(name)
  })
})

describe('sourceAttribution', () => {
  it.each([
    { line: 'Theo baolongan.vn', source: 'baolongan.vn' },
    { line: 'Nguồn: TTXVN', source: 'TTXVN' },
    // A sentence that opens with `Theo` names an opinion's holder, not a source.
    { line: 'Theo đồng chí Bí thư, cần làm ngay việc này và nhiều việc khác nữa trong năm tới', source: null },
  ])('reads $line as $source', ({ line, source }) => {
    expect(sourceAttribution(line)).toBe(source)
  })
})

// The author some sites print on their date line.
describe('dateLineAuthor', () => {
  it.each([
    ['Bùi Ánh - 14:20 28/09/2023 GMT+7', 'Bùi Ánh'],
    ['PV Thứ sáu, ngày 26/04/2024 21:10 PM (GMT+7)', 'PV'],
    ['Bởi Phan Văn Toàn - Đăng tải ngày 30/04/2024', 'Phan Văn Toàn'],
    ['Tác giả: Thanh Cư .Ngày đăng: 26/05/2022 .Lượt xem: 286 lượt.', 'Thanh Cư'],
    ['14/01/2020 | ngoc.vu', 'ngoc.vu'],
  ])('%s → %s', (line, author) => {
    expect(dateLineAuthor(line)).toBe(author)
  })
  it.each([
    // A section, a weekday, a label, a dateline's place, a section in capitals: no author.
    'Chính trị - Ngày đăng : 15:57, 07/05/2022',
    'Thứ năm - 08/04/2021 05:04 0',
    'Cập nhật lúc : 16/10/2020',
    'Hải Phòng, ngày 26 tháng 02 năm 2020',
    'THỜI SỰ | 22/01/2026 18:41',
    '16/11/2023 • Thời sự',
  ])('%s has none', (line) => {
    expect(dateLineAuthor(line)).toBeNull()
  })
})
