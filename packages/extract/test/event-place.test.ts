import { describe, expect, it } from 'vitest'
import { cleanPlace, statedPlace, wholePlace } from '../src/event-place.ts'
import { extractArticle } from '../src/index.ts'

describe('places the event reader leaves out', () => {
  it.each([
    ['do Hội Luật gia tổ chức, diễn ra trong hai ngày, tại TP.HCM, với chủ đề “Pháp luật”', 'TP.HCM'],
    ['khai mạc tại Nhà văn hóa huyện, thị xã Sơn Tây (Hà Nội)', 'Nhà văn hóa huyện, thị xã Sơn Tây (Hà Nội)'],
    ['Tại Đà Nẵng, Hội Nông dân thành phố tổ chức hội nghị', 'Đà Nẵng'],
    ['dự tại điểm cầu tỉnh Nghệ An cùng các đại biểu', null],
    ['phát biểu tại hội nghị, đồng chí Bí thư nhấn mạnh', null],
    ['không nói nơi nào', null],
    // a heritage trip's site is where the session is held
    ['sinh hoạt chuyên đề gắn với hành trình về nguồn thăm Lán Nà Nưa, nơi Bác ở', 'Lán Nà Nưa'],
    ['tổ chức về nguồn tại Khu di tích Tân Trào cho đảng viên', 'Khu di tích Tân Trào'],
    ['về nguồn thăm quê hương cách mạng', null],
  ])('in “%s” the place stated is %s', (text, place) => {
    expect(statedPlace(text, '2024-01-01')).toBe(place)
  })
  it.each([
    ['Tp', 'diễn ra tại Tp. Cần Thơ trong hai ngày', 'Tp. Cần Thơ'],
    ['TP', 'tổ chức tại TP. Pleiku.', 'TP. Pleiku'],
    ['Hội trường A', 'tại Hội trường A.', null],
  ])('a place %s cut at its abbreviation in “%s” is %s', (location, sentence, whole) => {
    expect(wholePlace(location, sentence)).toBe(whole)
  })
  it.each([
    ['Nhà văn hóa xã, đồng chí Lê Văn A, Bí thư Huyện ủy', 'Nhà văn hóa xã'],
    ['Trụ sở Tỉnh ủy, Ủy viên Ban Thường vụ', 'Trụ sở Tỉnh ủy'],
    ['Hội trường UBND huyện do đồng chí Trần B', 'Hội trường UBND huyện'],
    ['Hội trường Huyện ủy - Ảnh: Minh Anh', 'Hội trường Huyện ủy'],
    ['Hội trường Tỉnh ủy đến 40 điểm cầu cấp xã', 'Hội trường Tỉnh ủy'],
    ['Quyết định số 120/QĐ-UBND ngày 5/3/2024', null],
    ['Báo cáo của Tỉnh ủy Hà Tĩnh', null],
    ['Văn bản số 12 của Ban Bí thư', null],
    ['Tờ trình của UBND tỉnh Nghệ An', null],
    // a document type with neither number nor issuer after it is kept as read
    ['Chương trình Mục tiêu quốc gia', 'Chương trình Mục tiêu quốc gia'],
    ['lớp bồi dưỡng kết nạp đảng viên mới', null],
    ['tổ thảo luận số 3', null],
    ['tổ dân phố 7', 'tổ dân phố 7'],
    ['chi bộ thôn Đông vinh dự được trao cờ', 'chi bộ thôn Đông'],
    ['Trường Chính trị tỉnh, thành phố Vinh', 'Trường Chính trị tỉnh, thành phố Vinh'],
  ])('the place read as %s is %s', (location, place) => {
    expect(cleanPlace(location)).toBe(place)
  })
  it.each([
    {
      reading: 'a place stated after the organiser',
      text: 'Hội thi tuyên truyền viên\nNgày 5/6/2024, Hội thi tuyên truyền viên giỏi do Trung ương Đoàn tổ chức, diễn ra tại TP.HCM, với chủ đề “Niềm tin”.',
      province: 'Hồ Chí Minh',
    },
    {
      reading: 'the place of an event named again, stated where it was named before',
      text: 'Thi báo cáo viên\nTối 12/4, tại Nhà hát tỉnh, TP Quy Nhơn (Bình Định), Hội thi báo cáo viên giỏi toàn quốc đã bế mạc.\nHội thi khai mạc từ sáng 10/4/2023.',
      province: 'Gia Lai',
    },
  ])('$reading', ({ text, province }) => {
    expect(extractArticle(text).events.map((e) => e.province?.name ?? null)).toContain(province)
  })
})

describe('a place stated in another report’s clause of the sentence', () => {
  const text =
    'Tủ sách mới\nViệc ra mắt Tủ sách lần này tiếp nối Tủ sách A ra mắt tháng 11/2021; Tủ sách B ra mắt tháng 12/2021; Tủ sách C ra mắt ngày 16/5/2022 tại Khu Di tích Chủ tịch Hồ Chí Minh tại Phủ Chủ tịch.'
  it('places only the report whose clause states it', () => {
    const placed = extractArticle(text).events.map((e) => [e.date, e.location])
    expect(placed).toContainEqual(['2022-05-16', 'Khu Di tích Chủ tịch Hồ Chí Minh tại Phủ Chủ tịch'])
    expect(placed).toContainEqual(['2021-11', null])
    expect(placed).toContainEqual(['2021-12', null])
  })
})

describe('a place stated after the next report of the sentence', () => {
  it('places only the report it follows, not one before it joined by và', () => {
    const text =
      'Tủ sách mới\nViệc ra mắt Tủ sách lần này tiếp nối Tủ sách A ra mắt tháng 1/2022 và Tủ sách B ra mắt ngày 16/5/2022 tại Khu Di tích Chủ tịch Hồ Chí Minh tại Phủ Chủ tịch.'
    const placed = extractArticle(text).events.map((e) => [e.date, e.location])
    expect(placed).toContainEqual(['2022-05-16', 'Khu Di tích Chủ tịch Hồ Chí Minh tại Phủ Chủ tịch'])
    expect(placed).toContainEqual(['2022-01', null])
  })

  it('places both events of one sitting', () => {
    const text =
      'Tin hoạt động\nSáng 3/2/2025, Huyện ủy Cam Lộ tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng, đồng thời tổ chức họp giao ban đầu năm tại Hội trường Huyện ủy Cam Lộ.'
    const places = extractArticle(text).events.map((e) => e.location)
    expect(places).toEqual(['Hội trường Huyện ủy Cam Lộ', 'Hội trường Huyện ủy Cam Lộ'])
  })
})
