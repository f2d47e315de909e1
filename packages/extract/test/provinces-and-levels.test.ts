import { describe, expect, it } from 'vitest'
import {
  eventProvince,
  followedAtLinkPoint,
  isCentralOrganizer,
  isNationalMeeting,
  mainPointProvince,
  ministryBlocProvince,
  placeAtNationalSitting,
  placeProvince,
} from '../src/event-province.ts'
import { extractArticle } from '../src/index.ts'
import { organizationLevel, organizationProvince } from '../src/organization-level.ts'

describe('organizationLevel', () => {
  it.each([
    ['Ban Tuyên giáo Trung ương', '2024-01-01', 'central'],
    ['Bộ Tư pháp', '2024-01-01', 'central'],
    ['Quốc hội', '2024-01-01', 'central'],
    ['Chính phủ', '2024-01-01', 'central'],
    ['Văn phòng Chủ tịch nước', '2024-07-23', 'central'],
    ['Văn phòng Chính phủ', '2024-07-23', 'central'],
    // a province's chairman is no President
    ['Văn phòng UBND tỉnh', '2024-07-23', 'provincial'],
    ['Văn phòng Chủ tịch UBND tỉnh', '2024-07-23', 'provincial'],
    ['Ban Tuyên giáo T.Ư', '2024-01-01', 'central'],
    ['Ủy ban Quốc gia về chuyển đổi số', '2024-01-01', 'central'],
    ['Hội đồng Quốc gia Giáo dục', '2024-01-01', 'central'],
    ['Ban quản lý Vườn quốc gia Cúc Phương', '2024-01-01', null],
    ['Trung ương Hội Cựu chiến binh Việt Nam', '2024-01-01', 'central'],
    ['Đảng ủy Khối các cơ quan Trung ương', '2024-01-01', 'bloc'],
    ['Đảng ủy Khối Doanh nghiệp tỉnh', '2024-01-01', 'bloc'],
    ['Tỉnh ủy Nghệ An', '2024-01-01', 'provincial'],
    ['UBND tỉnh Hà Tĩnh', '2024-01-01', 'provincial'],
    ['Sở Tư pháp', '2024-01-01', 'provincial'],
    ['Bộ Chỉ huy Quân sự tỉnh Hà Nam', '2024-01-01', 'provincial'],
    // `Bộ` as a syllable of a person's name (a school named for one) is no ministry
    ['Chi đoàn trường THCS Đinh Bộ Lĩnh', '2022-05-14', null],
    ['Liên đội trường Tiểu học Trần Bộ Minh', '2022-05-14', null],
    ['Đảng ủy Bộ Xây dựng', '2020-01-01', 'central'],
    ['Ban Cán sự Đảng Bộ Y tế', '2020-01-01', 'central'],
    ['Công đoàn Bộ Tư pháp', '2020-01-01', 'central'],
    ['Thứ trưởng Thường trực Bộ Ngoại giao', '2020-01-01', 'central'],
    ['Bảo hiểm xã hội tỉnh', '2024-01-01', 'provincial'],
    ['Thành ủy Hà Nội', '2024-01-01', 'provincial'],
    ['Ban Tuyên giáo Thành ủy', '2024-01-01', 'provincial'],
    ['Hội Nông dân TP.HCM', '2024-01-01', 'provincial'],
    ['Thành ủy Huế', '2025-03-01', 'provincial'],
    ['Thành ủy Huế', '2024-03-01', 'district'],
    ['Thành ủy Tam Kỳ', '2024-01-01', 'district'],
    ['Ban Thường vụ Thành ủy Bến Tre', '2024-01-01', 'district'],
    ['Huyện ủy Thạch Hà', '2023-12-04', 'district'],
    ['Quận ủy Tây Hồ', '2023-12-04', 'district'],
    ['Thị ủy Cửa Lò', '2023-12-04', 'district'],
    ['UBND huyện Duy Xuyên', '2023-12-04', 'district'],
    ['Đảng ủy phường Thanh Khê Tây', '2023-04-27', 'commune'],
    ['Đảng ủy xã Ea Kly', '2023-04-27', 'commune'],
    ['UBND xã Tân Mộc', '2023-04-27', 'commune'],
    ['Chi bộ Vụ Tổ chức cán bộ', '2024-05-13', 'grassroots'],
    ['Chi bộ Văn phòng Sở Tư pháp', '2024-05-13', 'grassroots'],
    ['tổ đảng khu phố 3', '2024-05-13', 'grassroots'],
    ['Hội Cựu chiến binh', '2024-05-13', null],
    ['Công ty Digilife', '2024-05-13', null],
  ] as const)('places %s (at %s) at %s', (name, date, level) => {
    expect(organizationLevel(name, date)).toBe(level)
  })
})

describe('organizationProvince', () => {
  it.each([
    ['Tỉnh ủy Bình Dương', '2024-01-01', '79'],
    ['Ban Dân vận Tỉnh ủy Bắc Giang', '2024-01-01', '24'],
    ['Hội LHPN tỉnh Kon Tum', '2024-01-01', '51'],
    ['Ban Thường vụ Thành ủy TPHCM', null, '79'],
    ['Huyện ủy Thạch Hà', '2023-12-04', null],
    ['Ban Tuyên giáo Tỉnh ủy', '2023-12-04', null],
  ] as const)('reads the province of %s as today’s %s', (name, date, code) => {
    expect(organizationProvince(name, date)?.code ?? null).toBe(code)
  })
})

describe('eventProvince', () => {
  it.each([
    // organiser, location, url, date: code and where it was read
    ['Tỉnh ủy Nghệ An', 'Hội trường Tỉnh ủy', null, '2024-01-01', '40', 'organizer'],
    ['Ban Tuyên giáo Tỉnh ủy', 'Trung tâm Hội nghị tỉnh Quảng Bình', null, '2024-01-01', '44', 'location'],
    ['Ban Tuyên giáo Tỉnh ủy', 'thành phố Hà Nội', null, '2024-01-01', '01', 'location'],
    ['Ban Tuyên giáo Huyện ủy', 'Hội trường Huyện ủy', 'https://hatinh.gov.vn/a/b', '2023-12-04', '42', 'site'],
    ['Ban Tuyên giáo Huyện ủy', null, 'https://baolangson.vn/a', '2024-03-01', '20', 'site'],
    ['Đảng bộ xã', null, 'https://vanlang.donghy.thainguyen.gov.vn/a', '2023-12-01', '19', 'site'],
    ['Ban Thường vụ Thị ủy Cửa Lò', null, 'https://cualo.vn/a', '2024-03-01', '40', 'organizer'],
    // A district: its province (Thạch Hà is Hà Tĩnh's), today's unit (Cam Lộ's Quảng Trị, Tân Thạnh's Tây Ninh).
    ['Huyện ủy Thạch Hà', 'Hội trường Huyện ủy', 'https://hatinh.gov.vn/a/b', '2023-12-04', '42', 'organizer'],
    ['Huyện ủy Cam Lộ', null, null, '2024-05-01', '44', 'organizer'],
    ['Ban Tuyên giáo Tỉnh ủy', 'huyện Tân Thạnh', null, '2024-05-01', '80', 'location'],
    // A district name two provinces had (Phú Tân: An Giang's and Cà Mau's): the site says which.
    ['UBND huyện Phú Tân', null, 'https://baocamau.vn/a', '2024-05-01', '96', 'organizer'],
  ] as const)('places an event of %s at %s (%s)', (organizer, location, url, date, code, source) => {
    const placed = eventProvince({ organizer, location }, url, date)
    expect(placed?.code).toBe(code)
    expect(placed?.source).toBe(source)
  })

  it.each([
    ['Huyện ủy', 'https://baomoi.com/x'],
    ['UBND huyện Phú Tân', 'https://baomoi.com/x'],
    ['Huyện ủy Châu Thành', 'https://nhandan.vn/x'],
  ])('places none when nothing names a province: %s on %s', (organizer, url) => {
    expect(eventProvince({ organizer, location: null }, url, '2023-12-04')).toBeNull()
  })

  // A local body named without its unit is the provincial site's own, not the article's most named
  // province (the central plenum it reports met in Hà Nội); a body the site does not place, or a
  // national paper, leaves the article's.
  it.each([
    // organiser, url, article's province: code and where it was read
    ['Tỉnh ủy', 'https://kontumtv.vn/a', '01', '51', 'site'],
    ['Ban Tuyên giáo Huyện ủy', 'https://baolangson.vn/a', '01', '20', 'site'],
    ['Tỉnh ủy', 'https://nhandan.vn/a', '01', '01', 'article'],
    [null, 'https://kontumtv.vn/a', '01', '01', 'article'],
    ['Hội Nhà báo', 'https://kontumtv.vn/a', '01', '01', 'article'],
  ] as const)('places an event of %s on %s (article %s) in %s (%s)', (organizer, url, article, code, source) => {
    const placed = eventProvince({ organizer, location: null }, url, '2014-05-16', { code: article, name: 'Hà Nội' })
    expect(placed?.code ?? null).toBe(code)
    expect(placed?.source ?? null).toBe(source)
  })

  // A central body's meeting is placed by its stated place or main point, never by the local
  // page or site that reports it; a delegation it sends is where it goes.
  it.each([
    // organiser, location, url, main point: code and where it was read
    ['Ban Tuyên giáo Trung ương', null, 'https://yendinh.thanhhoa.gov.vn/a', null, null, null],
    ['Bộ Chính trị, Ban Bí thư', null, 'https://baoquangtri.vn/a', null, null, null],
    ['Hội Người cao tuổi Việt Nam', null, 'https://vietnam.vn/ninhthuan/tag/a', null, null, null],
    ['Ban Bí thư', null, 'https://baoquangtri.vn/a', '01', '01', 'location'],
    ['Bộ Chính trị', 'Hội trường Diên Hồng', 'https://baolamdong.vn/a', null, '01', 'location'],
    ['đoàn công tác của Ban Tuyên giáo Trung ương', null, 'https://baolangson.vn/a', null, '20', 'site'],
    // a local body's own meeting on the same page: not at the national main point
    ['Ban Thường vụ Tỉnh ủy', null, 'https://baolangson.vn/a', '01', '20', 'site'],
    // no organiser: the main point, else the site
    [null, null, 'https://dukccq.daknong.gov.vn/a', '01', '01', 'location'],
    [null, null, 'https://dukccq.daknong.gov.vn/a', null, '68', 'site'],
    // an aggregator's address that names the province
    ['Tỉnh ủy', null, 'https://vietnam.vn/ninhthuan/tag/a', null, '56', 'site'],
    ['Ban Thường vụ Tỉnh ủy', null, 'https://baomoi.net.vn/tag/Ph%C3%BA-Y%C3%AAn-34.epi', null, '66', 'site'],
  ] as const)(
    'places an event of %s at %s on %s (main point %s) in %s (%s)',
    (organizer, location, url, main, code, source) => {
      const mainPoint = main === null ? null : { code: main, name: 'Hà Nội' }
      const placed = eventProvince({ organizer, location }, url, '2024-03-01', null, mainPoint)
      expect(placed?.code ?? null).toBe(code)
      expect(placed?.source ?? null).toBe(source)
    },
  )
})

describe('placeProvince', () => {
  it.each([
    ['Trung tâm Hội nghị tỉnh Quảng Bình', '44'],
    ['TP.HCM', '79'],
    ['Hội trường Diên Hồng', '01'],
    ['Trụ sở Trung ương Đảng (Hà Nội)', '01'],
    ['Hà Nội, đồng chí Nguyễn Trọng Nghĩa, Bí thư T.Ư Đảng', '01'],
    ['Bộ Công an tại Hà Nội', '01'],
    ['huyện Tân Thạnh', '80'],
    ['phòng 510 nhà A', null],
    ['Hội trường Tỉnh ủy', null],
  ])('reads %s as %s', (place, code) => {
    expect(placeProvince(place, '2024-01-01')?.today.code ?? null).toBe(code)
  })
})

describe('mainPointProvince', () => {
  it.each([
    [
      'Hội nghị được tổ chức theo hình thức trực tuyến từ điểm cầu chính đặt tại Ban Tuyên giáo Trung ương, thành phố Hà Nội đến 10.000 điểm cầu trên cả nước.',
      '01',
    ],
    [
      'Hội nghị được tổ chức kết nối trực tuyến với điểm cầu chính tại phòng họp Diên Hồng, tòa nhà Quốc hội; các điểm cầu...',
      '01',
    ],
    [
      'Hội nghị được truyền hình trực tuyến từ điểm cầu Bộ Công an tại Hà Nội đến điểm cầu tại Công an 63 tỉnh, thành phố.',
      '01',
    ],
    [
      'Điểm cầu chính hội nghị tại phòng họp Diên Hồng, Nhà Quốc hội (TP Hà Nội), kết nối đến điểm cầu các tỉnh ủy.',
      '01',
    ],
    // the words in capitals (every way of stating a main point writes them, in any case)
    ['Hội nghị được truyền hình trực tuyến TỪ ĐIỂM CẦU Bộ Công an tại Hà Nội đến các tỉnh.', '01'],
    // a link point is not the main point
    ['Dự Hội nghị tại điểm cầu tỉnh Quảng Nam có đồng chí Phó Chủ tịch UBND tỉnh.', null],
    ['Hội nghị trực tuyến toàn quốc với 62 điểm cầu trên cả nước.', null],
    // where the meeting's chair presides, a point named by its place
    ['Bộ trưởng Bộ NN&PTNT chủ trì Hội nghị tại điểm cầu Hà Nội. Tại điểm cầu tỉnh Đắk Nông có ...', '01'],
    // a province's or a district's leader presiding at its own point
    ['Đồng chí Phó Bí thư Tỉnh ủy chủ trì tại điểm cầu tỉnh Đắk Nông.', null],
    ['Đồng chí Bí thư Huyện ủy chủ trì hội nghị tại điểm cầu huyện.', null],
    // a district's or a commune's central point is where it follows the meeting
    ['Toàn cảnh điểm cầu trung tâm huyện Đình Lập', null],
    ['Dự tại điểm cầu chính của xã Phú Thiện có đồng chí Bí thư Đảng ủy xã.', null],
    ['Hội nghị được tổ chức từ điểm cầu trung tâm cấp huyện đến 15 xã, thị trấn.', null],
    // a province's central point stated with its place still is
    ['Hội nghị được tổ chức từ điểm cầu trung tâm tại Hội trường Tỉnh ủy Lạng Sơn đến các huyện.', '20'],
  ])('reads %s as %s', (text, code) => {
    expect(mainPointProvince(text, '2024-01-01')?.code ?? null).toBe(code)
  })
})

describe('isNationalMeeting', () => {
  it.each([
    ['Hội nghị toàn quốc quán triệt Chỉ thị số 35-CT/TW', true],
    ['Hội nghị trực tuyến toàn quốc sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW', true],
    ['Hội nghị Báo cáo viên Trung ương tháng 9/2023', true],
    ['Hội nghị báo cáo viên toàn quốc tháng 9/2023', true],
    ['Hội nghị Báo cáo viên Tỉnh ủy tháng 9/2023', false],
    ['Quán triệt Nghị quyết Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam', false],
    ['Hội thi Báo cáo viên giỏi toàn quốc năm 2019', false],
    ['Hội nghị Trung ương 8, khóa XII', true],
    ['Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XI', true],
    ['Hội nghị Ban Chấp hành Trung ương Hội Cựu chiến binh', true],
    ['Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12', false],
    ['Hội nghị Cấp cao ASEAN lần thứ 40', true],
    ['Hội nghị thượng đỉnh G20', true],
    ['Hội nghị cán bộ chủ chốt cấp cao của tỉnh', false],
    [null, false],
  ])('reads %s as national: %s', (title, national) => {
    expect(isNationalMeeting(title)).toBe(national)
  })

  it('leaves a national meeting on a provincial site unplaced unless its place or main point is stated', () => {
    const event = { organizer: null, location: null, title: 'Hội nghị Báo cáo viên Trung ương tháng 9/2023' }
    expect(eventProvince(event, 'https://dukccq.daknong.gov.vn/a', '2023-09-08')).toBeNull()
    const mainPoint = { code: '01', name: 'Hà Nội' }
    expect(eventProvince(event, 'https://dukccq.daknong.gov.vn/a', '2023-09-08', null, mainPoint)?.code).toBe('01')
  })
})

describe('followedAtLinkPoint', () => {
  it.each([
    ['Dự tại điểm cầu xã Yên Bình có đồng chí Bí thư Đảng ủy xã.', true],
    ['Tham dự tại điểm cầu huyện có 120 đại biểu.', true],
    ['Đảng ủy xã tổ chức điểm cầu trực tuyến theo dõi Hội nghị thông báo nhanh kết quả Đại hội.', true],
    ['Công an tỉnh bố trí 12 điểm cầu để cán bộ theo dõi hội nghị.', true],
    ['Ban Tuyên giáo Trung ương tổ chức điểm cầu chính tại Hà Nội.', false],
    ['Bộ tổ chức điểm cầu trực tuyến trung tâm tại trụ sở Bộ.', false],
    ['Hội nghị được tổ chức từ điểm cầu chính tại Hà Nội.', false],
    ['Hội nghị quán triệt nghị quyết tại Hội trường Huyện ủy.', false],
  ])('%s says a link point: %s', (text, linked) => {
    expect(followedAtLinkPoint(text)).toBe(linked)
  })

  it('places an event with neither organiser nor place on a known institution’s own site at its seat', () => {
    const event = { organizer: null, location: null, title: 'Hội nghị' }
    const hanoi = { code: '01', name: 'Hà Nội' }
    const site = 'http://vpdangdoan.vinhuni.edu.vn/tin-tuc-su-kien/a'
    expect(eventProvince(event, site, '2021-02-20', hanoi)?.name).toBe('Nghệ An')
    // a place stated is where it was held
    expect(eventProvince({ ...event, location: 'Hội trường tỉnh Hà Tĩnh' }, site, '2021-02-20', hanoi)?.name).toBe(
      'Hà Tĩnh',
    )
    // a provincial portal's page is still placed by the province its text is about
    expect(eventProvince(event, 'https://nghean.gov.vn/a', '2021-02-20', hanoi)?.name).toBe('Hà Nội')
    // a national meeting on the institution's site is not placed by the site
    expect(
      eventProvince({ ...event, title: 'Hội nghị toàn quốc quán triệt Nghị quyết' }, site, '2021-02-20'),
    ).toBeNull()
  })

  it('places an event held by an academy of known seat there', () => {
    const event = {
      organizer: 'Chi bộ Khoa Ngữ văn - Trường Đại học Tây Bắc',
      location: null,
      title: 'Sinh hoạt chuyên đề',
    }
    expect(eventProvince(event, 'https://example.vn/a', '2024-01-01')?.name).toBe('Sơn La')
  })

  it('leaves an event with neither organiser nor place unplaced on a page followed at a link point', () => {
    const event = { organizer: null, location: null, title: 'Hội nghị' }
    const site = 'https://yenbinh.yenbai.gov.vn/a'
    expect(eventProvince(event, site, '2024-01-01')?.name).toBe('Lào Cai')
    expect(eventProvince(event, site, '2024-01-01', null, null, true)).toBeNull()
    const local = { organizer: 'Đảng ủy xã Yên Bình', location: null, title: 'Hội nghị' }
    expect(eventProvince(local, site, '2024-01-01', null, null, true)?.name).toBe('Lào Cai')
  })
})

describe('ministryBlocProvince', () => {
  it.each([
    ['Đảng ủy Khối cơ sở Bộ Xây dựng', '01'],
    ['Đảng bộ Khối cơ sở Bộ Công Thương', '01'],
    // a province's bloc, the central bodies' bloc, a ministry itself, a provincial command
    ['Đảng ủy Khối các cơ quan tỉnh', null],
    ['Đảng bộ khối các cơ quan Trung ương', null],
    ['Đảng ủy Bộ Xây dựng', null],
    ['Đảng ủy Khối Bộ Chỉ huy Quân sự tỉnh', null],
  ] as const)('%s: %s', (name, code) => {
    expect(ministryBlocProvince(name, '2020-10-01')?.code ?? null).toBe(code)
  })
})

describe('placeAtNationalSitting', () => {
  const hanoi = { code: '01', name: 'Hà Nội', source: 'location' as const, confidence: 0.85 }
  const congress = {
    organizer: null,
    location: 'Thủ đô Hà Nội',
    title: 'Đại hội đại biểu toàn quốc Hội Sinh viên Việt Nam lần thứ XI',
    province: hanoi,
  }
  it.each([
    // organiser of the unplaced event, the page's placed event: the province it takes
    ['Trung ương Hội Sinh viên Việt Nam', congress, '01'],
    // a local body's event is not the national sitting's
    ['Hội Sinh viên tỉnh Nghệ An', congress, null],
    ['Chi bộ', congress, null],
    // a local meeting placed in Hà Nội is no national sitting
    [
      'Trung ương Hội Sinh viên Việt Nam',
      { ...congress, title: 'Hội nghị Ban Chấp hành Hội Sinh viên thành phố' },
      null,
    ],
    // placed by the site only, not by a stated place
    [
      'Trung ương Hội Sinh viên Việt Nam',
      { ...congress, location: null, province: { ...hanoi, source: 'site' as const } },
      null,
    ],
  ] as const)('an event of %s beside %o: %s', (organizer, sitting, code) => {
    const events = [{ ...sitting }, { organizer, location: null, title: 'Ra mắt Hội đồng tư vấn', province: null }]
    placeAtNationalSitting(events, '2023-12-18')
    expect(events[1]!.province?.code ?? null).toBe(code)
  })
})

describe('isCentralOrganizer', () => {
  it.each([
    ['Ban Tuyên giáo Trung ương', true],
    ['Bộ Chính trị, Ban Bí thư', true],
    ['Bộ Công an', true],
    ['Hội Người cao tuổi (NCT) Việt Nam', true],
    ['Trung ương Hội Cựu chiến binh Việt Nam', true],
    ['đoàn công tác của Ban Tuyên giáo Trung ương', false],
    ['Đoàn kiểm tra của Bộ Chính trị', false],
    ['Ủy ban MTTQ Việt Nam tỉnh Nghệ An', false],
    ['Ban Thường vụ Tỉnh ủy', false],
    ['Chi bộ Vụ Tổ chức cán bộ', false],
  ])('reads %s as central: %s', (name, central) => {
    expect(isCentralOrganizer(name, '2024-01-01')).toBe(central)
  })
})

describe('extractArticle places events and organisations', () => {
  const text = [
    'Tỉnh ủy Bắc Giang quán triệt Nghị quyết 57',
    '',
    '12/03/2025',
    '',
    'Sáng 11/3, Ban Thường vụ Tỉnh ủy Bắc Giang tổ chức Hội nghị quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.',
  ].join('\n')

  it('gives the event the province of its organiser, today’s unit, and the organiser its level', () => {
    const extraction = extractArticle(text)
    expect(extraction.events[0]?.province).toEqual({
      code: '24',
      name: 'Bắc Ninh',
      source: 'organizer',
      confidence: 0.9,
    })
    const organiser = extraction.organizations.find((o) => o.name === 'Ban Thường vụ Tỉnh ủy Bắc Giang')
    expect(organiser?.level).toBe('provincial')
    expect(organiser?.province?.code).toBe('24')
    expect(extraction.organizations.find((o) => o.name === 'Bộ Chính trị')?.level).toBe('central')
  })
})
