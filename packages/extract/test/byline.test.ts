import { describe, expect, it } from 'vitest'
import { bylineName, isBylineLine, sourceAttribution } from '../src/byline.ts'

describe('isBylineLine', () => {
  it.each([
    { reading: 'a short name', line: 'Minh Khang' },
    { reading: 'a short name', line: 'PV' },
    { reading: 'a name with its unit', line: 'Lan Chi - Trung tâm Văn hóa huyện' },
    { reading: 'a name with its degree and unit', line: 'TS. Nguyễn Thị Hải Yến - Học viện Chính trị khu vực I' },
  ])('takes $reading for a byline: $line', ({ line }) => {
    expect(isBylineLine(line)).toBe(true)
  })
  it.each([
    { reading: 'a caption', line: 'Quang cảnh hội nghị' },
    { reading: 'a sentence', line: 'Đại biểu dự lễ.' },
    { reading: 'a header in capitals', line: 'XEM NHIỀU NHẤT' },
  ])('takes $reading for no byline: $line', ({ line }) => {
    expect(isBylineLine(line)).toBe(false)
  })
})

// Under the title or closing the article, a site may print its authors in capitals.
describe('isBylineLine at the head or the end of an article', () => {
  it.each(['THANH HẢI', 'LÊ SÁU', 'HOÀNG LAN - MINH PHÚ', 'VĂN TỐ'])('takes %s for a byline', (line) => {
    expect(isBylineLine(line, true)).toBe(true)
  })
  it.each(['CHỦ TỊCH', 'HỘI ĐỒNG NHÂN DÂN', 'BAN CHẤP HÀNH TRUNG ƯƠNG', 'XÂY DỰNG ĐOÀN', 'PHÓ GIÁM ĐỐC'])(
    'takes the office or body %s for no byline',
    (line) => {
      expect(isBylineLine(line, true)).toBe(false)
    },
  )
  it('takes no name in capitals elsewhere', () => {
    expect(isBylineLine('THANH HẢI')).toBe(false)
  })
})

describe('bylineName', () => {
  it('drops a credit label', () => {
    expect(bylineName('Bài và ảnh: Đức Tài')).toBe('Đức Tài')
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
