import { describe, expect, it } from 'vitest'
import { eventNamePart, eventNameProvince } from '../src/event-name-province.ts'
import { articleProvince, eventProvince, isNationalMeeting } from '../src/event-province.ts'

describe('the unit an event’s name names', () => {
  it.each([
    ['Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XIX', '2020-10-14', '40'],
    ['Kỳ họp thứ 18 HĐND huyện Phú Lộc', '2024-11-11', '46'],
    ['Hội thi Bí thư chi bộ giỏi huyện Yên Thành năm 2024', '2024-12-14', '40'],
    ['Hội nghị tổng kết công tác Mặt trận năm 2024 huyện Nam Đàn', '2024-12-14', '40'],
    ['Lễ kỷ niệm 120 năm Ngày thành lập tỉnh Thái Nguyên', '2020-10-10', '19'],
    // since July 2025 a commune's
    ['Đại hội Đảng bộ phường Ba Đình lần thứ I', '2025-08-20', '01'],
    // the topic is not where it was held
    ['Hội nghị sơ kết Nghị quyết 26-NQ/TW về phát triển tỉnh Nghệ An', '2024-03-01', null],
    ['Hội thảo về phát triển du lịch tỉnh Quảng Ninh', '2024-03-01', null],
    ['Cuộc thi “Tìm hiểu lịch sử Đảng bộ tỉnh Bắc Giang”', '2024-03-01', null],
    // two provinces: none
    ['Hội nghị hợp tác tỉnh Nghệ An và tỉnh Hà Tĩnh', '2024-03-01', null],
    ['Hội nghị sơ kết 6 tháng đầu năm', '2024-03-01', null],
  ] as const)('%s at %s is placed in %s', (title, date, code) => {
    expect(eventNameProvince(title, date)?.today.code ?? null).toBe(code)
  })

  it.each([
    ['Hội nghị quán triệt Nghị quyết số 57-NQ/TW', 'Hội nghị'],
    ['Hội thi Bí thư chi bộ giỏi huyện Yên Thành', 'Hội thi Bí thư chi bộ giỏi huyện Yên Thành'],
  ])('the name part of %s is %s', (title, part) => {
    expect(eventNamePart(title)).toBe(part)
  })

  it('places an event with neither organiser nor place by its name, not a central one', () => {
    const local = { organizer: null, location: null, title: 'Đại hội Đảng bộ huyện Cam Lộ lần thứ XX' }
    expect(eventProvince(local, null, '2020-07-01')?.code).toBe('44')
    const national = { organizer: 'Bộ Chính trị', location: null, title: 'Hội nghị tổng kết tỉnh Nghệ An' }
    expect(eventProvince(national, null, '2024-03-01')).toBeNull()
  })
})

describe('the province an article is about, its districts counted', () => {
  it.each([
    ['Quận ủy Tây Hồ tổ chức hội nghị. Bí thư Quận ủy Tây Hồ dự. Đảng bộ phường Xuân La, quận Tây Hồ.', '01'],
    ['Huyện ủy Cam Lộ, tỉnh Quảng Trị tổ chức hội nghị tại huyện Cam Lộ.', '44'],
    // a unit's committee listed before a title, not a district named after it
    ['Bí thư Huyện ủy, Chủ tịch UBND huyện dự hội nghị.', null],
    // districts of two provinces, as many each: none
    ['Huyện ủy Cam Lộ và Huyện ủy Nam Đàn ký kết giao ước thi đua.', null],
  ] as const)('%s is about %s', (text, code) => {
    expect(articleProvince(text, '2024-03-01')?.code ?? null).toBe(code)
  })
})

describe('a central body’s sitting named as such', () => {
  it.each([
    ['Phiên họp Chính phủ thường kỳ tháng 9 năm 2021', true],
    ['Kỳ họp thứ 8, Quốc hội khóa XV', true],
    ['Phiên họp thứ 36 của Ủy ban Thường vụ Quốc hội', true],
    ['Hội nghị trực tuyến Chính phủ với các địa phương', true],
    ['Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII', true],
    ['Hội nghị toàn quốc quán triệt Nghị quyết Trung ương 10', true],
    // a local meeting about a central document, an anniversary, deputies meeting voters
    ['Hội nghị quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị', false],
    ['Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị', false],
    ['Lễ kỷ niệm 78 năm Ngày Tổng tuyển cử đầu tiên bầu Quốc hội', false],
    ['Hội nghị tiếp xúc cử tri của Đoàn đại biểu Quốc hội tỉnh', false],
    ['Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20', false],
    // a local meeting making a central one known
    ['Hội nghị phổ biến, tuyên truyền kết quả Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng Khóa XI', false],
    ['Hội nghị thông báo nhanh kết quả Hội nghị Trung ương 8 khóa XIII', false],
    ['Hội nghị phổ biến pháp luật của Chính phủ', false],
    // still the central sitting itself
    ['Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XI', true],
    ['Phiên họp Chính phủ thường kỳ tháng 5 thông báo kết quả', true],
  ] as const)('%s: %s', (title, national) => {
    expect(isNationalMeeting(title)).toBe(national)
  })
})
