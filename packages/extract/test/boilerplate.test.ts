import { describe, expect, it } from 'vitest'
import {
  isBoilerplateLine,
  isContactLine,
  isMenuLine,
  isRelatedHeader,
  isRepeatedPhrase,
  isTeaserLine,
  isTickerLine,
} from '../src/boilerplate.ts'

describe('isBoilerplateLine', () => {
  it.each([
    { reading: 'a comment form', line: 'Email của bạn sẽ không được hiển thị công khai.' },
    { reading: 'a cookie notice', line: 'Trang này sử dụng cookie để phục vụ bạn tốt hơn.' },
    { reading: 'a share button, spaced', line: '  Chia sẻ  ' },
    { reading: 'a character counter', line: 'Bạn còn 500/500 ký tự' },
    { reading: 'a view counter', line: 'Lượt xem: 1.245' },
    { reading: 'a keyword list', line: 'Từ khóa: Chỉ thị 05, nêu gương' },
    { reading: 'a comment form', line: 'Họ tên: ........ Email: ........' },
    { reading: 'a comment form', line: 'Họ và tên *' },
    { reading: 'a comment form', line: 'Mã xác nhận' },
    { reading: 'a visit counter', line: 'Tổng số lượt truy cập: 1.284.503' },
    { reading: 'an attachment', line: 'Tập tin đính kèm: CT-09-UBND-2024.pdf' },
    { reading: 'a comment form', line: 'Bạn đọc vui lòng gõ tiếng Việt có dấu' },
    { reading: "the site's contact", line: 'Hotline: 024.355.63.010' },
    { reading: "a portal's skip link", line: 'Truy cập nội dung luôn' },
    { reading: "a widget's label printed twice", line: 'Thông báo Thông báo' },
    { reading: "a slideshow's labels", line: 'Slideshow Image 1 Slideshow Image 1 Slideshow Image 1' },
    { reading: "the site's contact", line: 'Đường dây nóng: 0912 345 678' },
    { reading: "a site's contact line", line: 'Fax: 0234 3822 123' },
  ])('takes $reading for site text: $line', ({ line }) => {
    expect(isBoilerplateLine(line), line).toBe(true)
  })
  it.each(['Hotline hỗ trợ người dân được duy trì suốt dịp Tết.', 'Fax gửi tới Sở lúc 9 giờ sáng nay đã được xử lý.'])(
    'takes a sentence about a hotline for no site text: %j',
    (line) => {
      expect(isBoilerplateLine(line)).toBe(false)
    },
  )
  it('never takes a paragraph for site text', () => {
    expect(isBoilerplateLine(`Bản quyền thuộc ${'Báo điện tử tỉnh, '.repeat(30)}`)).toBe(false)
  })
  it.each([
    'Đường dây hotline hỗ trợ người dân được duy trì 24/7',
    'Truy cập nội dung luôn được cập nhật trên cổng thông tin',
  ])('never takes a sentence naming a hotline or access for site text: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false)
  })
})

describe('isRepeatedPhrase', () => {
  it.each([
    ['Thông báo Thông báo', true],
    ['Slideshow Image 1 Slideshow Image 1 Slideshow Image 1', true],
    ['Đảng bộ xã Đảng bộ huyện', false],
    ['Chung tay, chung sức xây dựng nông thôn mới', false],
    ['Tin tức Tin tức Sự kiện', false],
    ['Thông báo', false],
  ])('%j: %s', (line, repeated) => {
    expect(isRepeatedPhrase(line)).toBe(repeated)
  })
})

describe('isRelatedHeader', () => {
  it.each(['Tin liên quan', 'Bài viết cùng chuyên mục:', 'TIN LIÊN QUAN >>', 'Đọc thêm :  ', 'Các bài viết khác:'])(
    'reads a header of related articles, with its trailing marks: %j',
    (line) => {
      expect(isRelatedHeader(line)).toBe(true)
    },
  )
  it('never takes a paragraph for a header', () => {
    expect(isRelatedHeader(`Tin liên quan đến việc học tập ${'và làm theo '.repeat(5)}`)).toBe(false)
  })
})

describe('isTeaserLine', () => {
  it.each([
    { reading: 'a title dated in brackets', line: 'Huyện A ra mắt mô hình dân vận khéo (02/03/2024)' },
    { reading: 'a lead cut short', line: 'Sáng 3/3, Tỉnh ủy tổ chức hội nghị…' },
  ])('reads $reading as a teaser: $line', ({ line }) => {
    expect(isTeaserLine(line)).toBe(true)
  })
})

describe('isMenuLine', () => {
  it.each([
    { line: 'Trang chủ › Chính trị › Xây dựng Đảng', expected: true },
    { line: 'Trang chủ / Tin tức - Sự kiện / Hoạt động địa phương', expected: true },
    // A title with a colon is no breadcrumb.
    { line: 'Đầm Hà: Quán triệt Quy định 144-QĐ/TW đến cán bộ, đảng viên', expected: false },
  ])('reads $line as a breadcrumb menu: $expected', ({ line, expected }) => {
    expect(isMenuLine(line)).toBe(expected)
  })
})

describe('isTickerLine', () => {
  it.each([
    {
      line: '♦ GIAO LƯU THỂ THAO MỪNG TẾT DƯƠNG LỊCH (31/12)   ♦ SINH HOẠT ĐỐI THOẠI QUÝ IV (26/12)   ♦ LỄ PHÁT ĐỘNG THI ĐUA (20/12)',
      expected: true,
    },
    { line: '• Hội nghị Ban Chấp hành • Đại hội Chi bộ • Lễ kết nạp đảng viên', expected: true },
    // One item of a list, or a title with a bullet in it, is no ticker.
    { line: '• Khai giảng Lớp tập huấn bảo vệ nền tảng tư tưởng của Đảng', expected: false },
    { line: 'Hội thi ● Tuyên truyền viên giỏi ● năm 2024', expected: false },
  ])('reads $line as a ticker: $expected', ({ line, expected }) => {
    expect(isTickerLine(line)).toBe(expected)
  })
})

describe('isContactLine', () => {
  it.each([
    {
      line: 'Trung tâm Y tế huyện - Địa chỉ: số 5 đường Lê Lợi, thị trấn - Điện thoại: (0211) 3 711 489, Email: ttyt@gmail.com',
      expected: true,
    },
    { line: 'Hotline: 0964.951.010 | Fax: 0211 3 711 490', expected: true },
    // A sentence that gives one contact, or names an address without its label, is none.
    { line: 'Người dân cần hỗ trợ xin liên hệ Điện thoại: 0211 3 711 489 của Ban Tiếp dân.', expected: false },
    { line: 'Hội nghị diễn ra tại địa chỉ số 5 đường Lê Lợi, có đường dây điện thoại trực tuyến.', expected: false },
  ])('reads $line as a contact block: $expected', ({ line, expected }) => {
    expect(isContactLine(line)).toBe(expected)
  })
})
