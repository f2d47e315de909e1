import { describe, expect, it } from 'vitest'
import { COMMUNES_2025 } from '../src/commune-units.ts'
import { DISTRICTS_2025 } from '../src/district-units.ts'
import { FORMER_COMMUNES } from '../src/former-commune-units.ts'
import {
  communeProvince,
  districtProvince,
  FORMER_PROVINCES,
  findDistricts,
  findProvinces,
  formerCommuneProvince,
  PROVINCES,
  provinceByCode,
  provinceOfDomain,
  provinceOfPath,
  resolveProvince,
} from '../src/province.ts'
import { PROVINCES_1997 } from '../src/province-units.ts'
import { KNOWN_VENUES, venueOfSite, venueProvince } from '../src/province-venues.ts'

describe('the administrative units', () => {
  it('has 34 units today and 63 before 1 July 2025, with unique two-digit codes', () => {
    expect(PROVINCES).toHaveLength(34)
    expect(FORMER_PROVINCES).toHaveLength(63)
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(34)
    expect(new Set(FORMER_PROVINCES.map((p) => p.code)).size).toBe(63)
  })

  it('gives every unit of the 34 at least one old unit, and 11 units left as they were', () => {
    const absorbed = new Map<string, string[]>()
    for (const u of PROVINCES_1997) absorbed.set(u.successor, [...(absorbed.get(u.successor) ?? []), u.name])
    expect([...absorbed.keys()].sort()).toEqual(PROVINCES.map((p) => p.code).sort())
    const unchanged = [...absorbed]
      .filter(([, names]) => names.length === 1)
      .map(([code]) => provinceByCode(code)?.name)
    expect(unchanged.sort()).toEqual(
      [
        'Hà Nội',
        'Huế',
        'Lai Châu',
        'Điện Biên',
        'Sơn La',
        'Lạng Sơn',
        'Quảng Ninh',
        'Thanh Hóa',
        'Nghệ An',
        'Hà Tĩnh',
        'Cao Bằng',
      ].sort(),
    )
  })

  it.each([
    ['Bắc Giang', '24', 'Bắc Ninh'],
    ['Bắc Ninh', '24', 'Bắc Ninh'],
    ['Bình Dương', '79', 'Hồ Chí Minh'],
    ['Bà Rịa - Vũng Tàu', '79', 'Hồ Chí Minh'],
    ['Kon Tum', '51', 'Quảng Ngãi'],
    ['Bình Định', '52', 'Gia Lai'],
    ['Long An', '80', 'Tây Ninh'],
    ['Tiền Giang', '82', 'Đồng Tháp'],
    ['Kiên Giang', '91', 'An Giang'],
    ['Yên Bái', '15', 'Lào Cai'],
    ['Quảng Bình', '44', 'Quảng Trị'],
    ['Hà Nam', '37', 'Ninh Bình'],
    ['Bạc Liêu', '96', 'Cà Mau'],
  ])('maps %s to %s %s (Nghị quyết 202/2025/QH15, codes of Quyết định 19/2025/QĐ-TTg)', (old, code, name) => {
    expect(resolveProvince(old)?.today).toEqual({ code, name })
  })
})

describe('resolveProvince', () => {
  it.each([
    // written form, date, unit in force at the date, unit today
    ['TP.HCM', '2024-05-13', ['79', 'Hồ Chí Minh'], ['79', 'Hồ Chí Minh']],
    ['TP Hồ Chí Minh', '2025-08-01', ['79', 'Hồ Chí Minh'], ['79', 'Hồ Chí Minh']],
    ['Thành phố Hồ Chí Minh', null, ['79', 'Hồ Chí Minh'], ['79', 'Hồ Chí Minh']],
    ['TPHCM', null, ['79', 'Hồ Chí Minh'], ['79', 'Hồ Chí Minh']],
    ['thanh pho ho chi minh', null, ['79', 'Hồ Chí Minh'], ['79', 'Hồ Chí Minh']],
    ['Thừa Thiên Huế', '2023-12', ['46', 'Thừa Thiên Huế'], ['46', 'Huế']],
    ['Thừa Thiên Huế', '2026-01-02', ['46', 'Huế'], ['46', 'Huế']],
    ['Huế', '2024', ['46', 'Thừa Thiên Huế'], ['46', 'Huế']],
    ['thành phố Huế', '2025-03-01', ['46', 'Huế'], ['46', 'Huế']],
    ['tỉnh Bà Rịa - Vũng Tàu', '2023-01-01', ['77', 'Bà Rịa - Vũng Tàu'], ['79', 'Hồ Chí Minh']],
    ['BR-VT', '2023', ['77', 'Bà Rịa - Vũng Tàu'], ['79', 'Hồ Chí Minh']],
    ['Bà Rịa – Vũng Tàu', '2025-Q2', ['77', 'Bà Rịa - Vũng Tàu'], ['79', 'Hồ Chí Minh']],
    ['tỉnh Bắc Ninh', '2024-06-30', ['27', 'Bắc Ninh'], ['24', 'Bắc Ninh']],
    ['tỉnh Bắc Ninh', '2025-07-01', ['24', 'Bắc Ninh'], ['24', 'Bắc Ninh']],
    ['Bắc Giang', '2025-07', ['24', 'Bắc Ninh'], ['24', 'Bắc Ninh']],
    ['Tỉnh Thanh Hoá', '2020-01-01', ['38', 'Thanh Hóa'], ['38', 'Thanh Hóa']],
    ['Dak Lak', '2019', ['66', 'Đắk Lắk'], ['66', 'Đắk Lắk']],
    ['Đắc Lắc', '2025-Q3', ['66', 'Đắk Lắk'], ['66', 'Đắk Lắk']],
    ['Hà Nội', undefined, ['01', 'Hà Nội'], ['01', 'Hà Nội']],
  ])('reads %s at %s', (text, date, atDate, today) => {
    expect(resolveProvince(text, { date })).toEqual({
      atDate: { code: atDate[0], name: atDate[1] },
      today: { code: today[0], name: today[1] },
    })
  })

  it.each([
    'huyện Điện Biên',
    'thị xã Quảng Trị',
    'xã Hòa Bình',
    'phường Bến Thành',
    'Thạch Hà',
    'quận 1',
    'Hồ Chí Minh Văn',
    '',
    'tỉnh',
  ])('gives null for %j, which names no province', (text) => {
    expect(resolveProvince(text)).toBeNull()
  })
})

describe('findProvinces', () => {
  it.each([
    ['Ủy ban nhân dân tỉnh Nghệ An', '2024-01-01', 'Nghệ An', '40'],
    ['Ban Tuyên giáo Tỉnh ủy Bắc Giang', '2024-01-01', 'Bắc Giang', '24'],
    ['Hội Nông dân TP.HCM', null, 'HCM', '79'],
    ['Sở Tư pháp tỉnh Bà Rịa - Vũng Tàu', '2023-01-01', 'Bà Rịa - Vũng Tàu', '79'],
    ['Thành đoàn Hải Phòng', null, 'Hải Phòng', '31'],
  ])('finds the province in %s', (text, date, written, today) => {
    const [mention] = findProvinces(text, { date })
    expect(mention === undefined ? null : text.slice(mention.start, mention.end)).toBe(written)
    expect(mention?.province.today.code).toBe(today)
  })

  it.each([
    'Học viện Chính trị quốc gia Hồ Chí Minh',
    'Đoàn TNCS Hồ Chí Minh',
    'Huyện ủy Thạch Hà',
    'Chi bộ Vụ Tổ chức cán bộ',
  ])('reads no province from %s', (text) => {
    expect(findProvinces(text)).toEqual([])
  })

  // A unit word is read with its tone: `Tĩnh` (Hà Tĩnh) is no `tỉnh`; a word in plain ASCII has none to check.
  it.each([
    ['các tỉnh bạn như Thanh Hóa, Hà Tĩnh, Quảng Bình', []],
    ['UBND tỉnh Hà Tĩnh', ['42']],
    ['Tinh uy Nghe An', ['40']],
    ['TINH DOAN QUANG NINH', ['22']],
    ['Tỉnh uỷ Nghệ An và Tỉnh ủy Hà Tĩnh', ['40', '42']],
    ['tính Quảng Bình', []],
  ] as const)('reads unit words with their tones in %s', (text, codes) => {
    expect(findProvinces(text, { date: '2024-01-01' }).map((m) => m.province.atDate.code)).toEqual(codes)
  })
})

describe('provinceOfPath', () => {
  it.each([
    // a segment that is a unit's name; a tag; a headline slug
    ['https://vietnam.vn/ninhthuan/tag/thi-tran-voi-1-900-dai-bieu-75-diem-cau', '2024-01-01', 'Ninh Thuận', '56'],
    ['https://dangcongsan.vn/danang/xay-dung-dang/thanh-lap-16-chi-bo.html', '2023-01-01', 'Đà Nẵng', '48'],
    ['https://baomoi.net.vn/tag/Ph%C3%BA-Y%C3%AAn-34.epi', '2025-03-01', 'Phú Yên', '66'],
    ['https://lite.baomoi.com/tang-toc-but-pha-cua-dong-nai-c51047813.epi', '2025-03-01', 'Đồng Nai', '75'],
    ['https://example.vn/hoi-nghi-tai-tp-ho-chi-minh.html', '2024-01-01', 'Hồ Chí Minh', '79'],
    ['https://example.vn/dienbien/a', '2024-01-01', 'Điện Biên', '11'],
  ])('reads %s at %s as %s, today %s', (url, date, atDate, today) => {
    const r = provinceOfPath(url, { date })
    expect(r?.atDate.name).toBe(atDate)
    expect(r?.today.code).toBe(today)
  })

  it.each([
    // a person's name and common words that are also units' names, unless after a unit word
    'http://www.baomoi.com/Hoc-tap-va-lam-theo-tam-guong-dao-duc-Ho-Chi-Minh/c/8484049.epi',
    'https://example.vn/dau-tranh-chong-dien-bien-hoa-binh.html',
    'https://example.vn/thai-binh-duong',
    // two units named
    'https://example.vn/ha-noi-va-da-nang-ky-ket.html',
    'https://nhandan.vn/chinh-tri/a',
    'https://kinhtedothi.vn/tag/75-nam-thanh-lap',
    '%E0%A4%A',
  ])('places no province for %s', (url) => {
    expect(provinceOfPath(url)).toBeNull()
  })
})

describe('venueProvince', () => {
  it.each([
    ['Hội trường Diên Hồng, Nhà Quốc hội', '01'],
    ['phòng họp Diên Hồng, tòa nhà Quốc hội', '01'],
    ['hội trường Diên Hồng', '01'],
    ['Trụ sở Trung ương Đảng, Ủy viên Bộ Chính trị', '01'],
    ['Trung tâm Hội nghị Quốc gia', '01'],
    ['Hoc vien Chinh tri quoc gia Ho Chi Minh', '01'],
    ['Trụ sở Chính phủ', '01'],
    ['Hội trường Tỉnh ủy', null],
    ['Trung tâm Hội nghị tỉnh Quảng Bình', null],
    ['Học viện Chính trị khu vực II', null],
    ['phòng 510 nhà A, Trường Đại học Tây Bắc', '14'],
    ['Học viện Báo chí và Tuyên truyền', '01'],
    ['Học viện Hải quân, TP Nha Trang', '56'],
    ['Nhà Quốc hội mới của Lào', '01'],
    // a school named after its province, as the province is today
    ['Hội trường A, Trường Đại học Hải Dương (cơ sở 2)', '31'],
    ['Trường Chính trị tỉnh Bến Tre', '86'],
    ['Đảng ủy Đại học Quốc gia Hà Nội', '01'],
    ['Trường Cao đẳng Sư phạm Nghệ An', null],
    // not named after its province (Vinh is a town), but a known venue with a checked seat
    ['Trường Đại học Vinh', '40'],
    // a national relic site
    ['Khu Di tích Quốc gia đặc biệt Tân Trào', '08'],
  ])('places %s in %s', (text, code) => {
    expect(venueProvince(text, { date: '2024-01-01' })?.today.code ?? null).toBe(code)
  })
})

describe('venueProvince: national institutions at their head office', () => {
  it.each([
    ['Đảng ủy Bệnh viện Bạch Mai', '01'],
    ['Chi bộ Khoa Nội, Bệnh viện Chợ Rẫy', '79'],
    ['Đảng ủy Tổng công ty Cảng hàng không Việt Nam', '79'],
    ['Thường vụ Đảng ủy Tổng công ty ACC', '01'],
    ['Đoàn Thanh niên Tập đoàn Điện lực Việt Nam', '01'],
    ['Trường Đại học Mỏ – Địa chất', '01'],
    ['Đảng ủy Học viện Chính trị Công an nhân dân', '01'],
    ['Trường Chính trị Phạm Hùng', '86'],
    ['Đảng ủy Tổng Công ty Thương mại Sài Gòn', '79'],
    ['Chi đoàn Khoa Ngoại, Bệnh viện Hữu nghị Việt Tiệp', '31'],
    ['Công đoàn Công ty CP Than Mông Dương - Vinacomin', '22'],
    ['Đảng bộ Bệnh viện Mắt TW', '01'],
    ['Đảng bộ Bệnh viện Phụ sản Trung ương', '01'],
    ['Đoàn Thanh niên Trường Đại học Vinh', '40'],
    // a namesake of another town is not it
    ['Trường Đại học Công nghiệp Vinh', null],
    ['Bệnh viện Mắt tỉnh', null],
    // a name a provincial namesake shares, or a branch named for its own province
    ['Bệnh viện Thống Nhất', null],
    ['Bệnh viện Ung Bướu', null],
    ['Tổng công ty Điện lực miền Bắc', null],
    // a regional academy is not the national one
    ['Học viện Chính trị khu vực III', null],
    // a seat no public page reached stated: not read
    ['Đảng ủy Tổng công ty Đường sắt Việt Nam', null],
    ['Tập đoàn Dầu khí Việt Nam', null],
  ])('places %s in %s', (text, code) => {
    expect(venueProvince(text, { date: '2024-01-01' })?.today.code ?? null).toBe(code)
  })
})

describe('KNOWN_VENUES: national institutions checked against a public page', () => {
  it('gives every hospital, academy, university and corporation the page its province was checked on', () => {
    const institutions = KNOWN_VENUES.filter((v) =>
      v.names.some((n) => /^(?:Bệnh viện|Tập đoàn|Tổng công ty)/u.test(n)),
    )
    expect(institutions.length).toBeGreaterThan(10)
    for (const v of institutions) expect(v.checked?.url, v.names[0]).toMatch(/^https?:\/\//u)
  })
})

describe('venueOfSite: a known venue’s own site', () => {
  it.each([
    ['https://old.ueb.edu.vn/Sub/22/a.htm', '01'],
    ['https://cs2.ftu.edu.vn/tin-tuc/a', '79'],
    ['https://ftu.edu.vn/a', null],
    ['https://hcma.vn/a', null],
    ['http://hvctcand.edu.vn/tin-tuc/a', '01'],
    ['http://benhvienungbuou.vn/home/postdetail/1', '79'],
    ['https://vietnamairport.vn/tin-tuc/a', '79'],
    ['http://nde.humg.edu.vn/vi/news/35', '01'],
    ['http://tctph.gov.vn/modules.php', '86'],
    ['http://phongctcthssv.vinhuni.edu.vn/tin-tuc-su-kien/a', '40'],
    ['https://daihoctantrao.edu.vn/tin-tuc/a', '08'],
    ['https://danguy.tdmu.edu.vn/tin-tuc-su-kien/a', '79'],
    ['http://vnnio.org/tintuc_sukien/200610300828282755', '01'],
    ['http://benhvienphusantrunguong.org.vn/news/a', '01'],
    // a provincial corporation's or mine's own site that states its seat
    ['https://dangbosatra.vn/chi-doan-co-quan/a', '79'],
    ['http://mongduongcoal.vn/bv/dangdoan-the-c70/a', '22'],
    ['http://tuoitrebenhvienviettiep.com/ngay-chu-nhat-xanh/', '31'],
    // a site of another mine is not
    ['http://vinacomin.vn/a', null],
    // a look-alike host is not the venue's
    ['https://notvinhuni.edu.vn/a', null],
  ])('places %s in %s', (url, code) => {
    expect(venueOfSite(url, { date: '2024-01-01' })?.today.code ?? null).toBe(code)
  })
})

describe('provinceOfDomain', () => {
  it.each([
    ['https://www.hatinh.gov.vn/tin-tuc/1', '2024-01-01', '42'],
    ['sotuphap.hanoi.gov.vn', null, '01'],
    ['http://bacgiang.gov.vn/a', '2024-01-01', '24'],
    ['https://binhduong.gov.vn', '2025-09-01', '79'],
    // a provincial paper or broadcaster whose domain does not name its province
    ['https://kinhtedothi.vn/tag/75-nam-thanh-lap', '2023-06-17', '01'],
    ['https://hanoimoi.vn/a', '2024-01-01', '01'],
    ['http://m.btv.org.vn/a', '2024-01-01', '79'],
    ['https://www.sggp.org.vn/a', '2024-01-01', '79'],
    ['https://baoanhdatmui.vn/a', '2020-01-01', '96'],
    // a provincial body's site naming its province by a short form
    ['https://tinhdoanqnam.vn/a', '2021-09-01', '48'],
    ['https://truongdoanlytutrong.vn/a', '2023-06-12', '79'],
  ])('places %s', (url, date, code) => {
    expect(provinceOfDomain(url, { date })?.today.code).toBe(code)
  })

  // A label naming a unit, the registered name first; old units at their date, their successor today.
  it.each([
    ['https://baolangson.vn/a', '2024-05-01', 'Lạng Sơn', '20'],
    ['https://baothanhhoa.vn/a', '2025-09-01', 'Thanh Hóa', '38'],
    ['https://baoquangbinh.vn/chinh-tri/201504/x', '2015-04-01', 'Quảng Bình', '44'],
    ['https://baoninhbinh.org.vn/a', '2023-01-01', 'Ninh Bình', '37'],
    ['https://baohanam.com.vn/a', '2024-01-01', 'Hà Nam', '37'],
    ['https://xuanloc.dongnai.gov.vn/a', '2024-01-01', 'Đồng Nai', '75'],
    ['https://binhson.hiepduc.quangnam.gov.vn/a', '2023-01-01', 'Quảng Nam', '48'],
    ['https://tuyengiao.hungyen.dcs.vn/a', '2024-01-01', 'Hưng Yên', '33'],
    ['https://tinhuyquangtri.vn/a', '2024-01-01', 'Quảng Trị', '44'],
    ['https://vinhphuctv.vn/a', '2024-01-01', 'Vĩnh Phúc', '25'],
    ['https://www.baobariavungtau.com.vn/a', '2024-01-01', 'Bà Rịa - Vũng Tàu', '79'],
    ['https://thanhdoan.hochiminhcity.gov.vn/a', '2024-01-01', 'Hồ Chí Minh', '79'],
    ['https://quangphu.thuathienhue.gov.vn/a', '2024-01-01', 'Thừa Thiên Huế', '46'],
    ['https://daihoidang.baoquangninh.vn/a', '2025-09-01', 'Quảng Ninh', '22'],
    ['https://www.dubaonhanluchcmc.gov.vn/a', '2024-01-01', 'Hồ Chí Minh', '79'],
    ['https://www.evnhcmc.vn/a', '2024-01-01', 'Hồ Chí Minh', '79'],
  ])('reads %s at %s as %s, today %s', (url, date, atDate, today) => {
    const r = provinceOfDomain(url, { date })
    expect(r?.atDate.name).toBe(atDate)
    expect(r?.today.code).toBe(today)
  })

  // A district's own site: its name as a whole label, bare or with its site's words.
  it.each([
    ['https://doluong.gov.vn/a', 'Nghệ An'],
    ['https://cualo.vn/a', 'Nghệ An'],
    ['https://huyendamha.vn/a', 'Quảng Ninh'],
    ['https://hoianrt.vn/a', 'Quảng Nam'],
    ['https://thiuyhuongtra.vn/a', 'Thừa Thiên Huế'],
    ['https://huyenuydamha.vn/a', 'Quảng Ninh'],
    // a district's Youth Union
    ['https://quandoanlienchieu.org.vn/a', 'Đà Nẵng'],
    ['https://huyendoanchuongmy.vn/a', 'Hà Nội'],
    // a school's site under its district's Phòng Giáo dục
    ['http://c2lequydon.pgddaksong.edu.vn/a', 'Đắk Nông'],
    // a district name several provinces had, with its province's initials after it
    ['http://thtanphutrung1.pgdchauthanhdt.edu.vn/a', 'Đồng Tháp'],
    ['http://pgdchauthanhag.edu.vn/a', 'An Giang'],
    ['http://thcs.pgdchauthanhtg.edu.vn/a', 'Tiền Giang'],
    // the district's youth, and its schools' portal
    ['http://tuoitrehoaiduc.vn/a', 'Hà Nội'],
    ['https://thtanhoa.quocoaiedu.vn/a', 'Hà Nội'],
    // a numbered ward's site, its district written after its number
    ['http://phuong6govap.gov.vn/dang-bo/a', 'Hồ Chí Minh'],
    ['http://phuong1tanbinh.gov.vn/a', 'Hồ Chí Minh'],
  ])('reads the district site %s as %s', (url, atDate) => {
    expect(provinceOfDomain(url, { date: '2024-06-01' })?.atDate.name).toBe(atDate)
  })

  it.each([
    'https://tuoitre.vn/a',
    'https://nld.com.vn/a',
    'https://nhandan.vn/a',
    'https://www.vietnamplus.vn/a',
    'https://hcma.vn/a',
    'https://www.gdt.thue.gov.vn/a',
    'https://dangbo.hcmute.edu.vn/a',
    // the capital's word not ending the label
    'https://thudoviet.vn/a',
    'https://baomoi.com/a',
    // a numbered ward with no district named
    'https://phuong6.gov.vn/a',
    // a district name several provinces had, with no province's initials or with another's
    'http://pgdchauthanh.edu.vn/a',
    'http://pgdchauthanhqn.edu.vn/a',
    'not a url',
  ])('places no province for %s', (url) => {
    expect(provinceOfDomain(url)).toBeNull()
  })
})

describe('findDistricts and districtProvince', () => {
  it.each([
    ['Huyện ủy Cam Lộ', '2024-03-01', 'Quảng Trị', '44'],
    ['UBND huyện Tân Thạnh', '2024-03-01', 'Long An', '80'],
    ['Quận ủy Tây Hồ', '2024-03-01', 'Hà Nội', '01'],
    ['Ban Thường vụ Thị ủy Cửa Lò tổ chức', '2024-03-01', 'Nghệ An', '40'],
    ['Thành ủy Thủ Dầu Một', '2024-03-01', 'Bình Dương', '79'],
    ['Hội đồng nhân dân huyện Dương Minh Châu', '2024-03-01', 'Tây Ninh', '80'],
    ['quận 1', '2025-09-01', 'Hồ Chí Minh', '79'],
    ['Huyện đoàn Chương Mỹ', '2024-03-01', 'Hà Nội', '01'],
    ['Ban Thường vụ Quận đoàn Hải Châu', '2024-03-01', 'Đà Nẵng', '48'],
    ['Thị đoàn Bỉm Sơn', '2024-03-01', 'Thanh Hóa', '38'],
    ['Thành đoàn Thủ Dầu Một', '2024-03-01', 'Bình Dương', '79'],
    // an island district
    ['quân và dân huyện đảo Trường Sa', '2022-04-29', 'Khánh Hòa', '56'],
    ['Huyện đảo Lý Sơn', '2024-03-01', 'Quảng Ngãi', '51'],
    // a city of three words or more by its initials after TP.
    ['Đảng ủy phường Phú Hòa, TP.TDM', '2014-10-17', 'Bình Dương', '79'],
    ['UBND TP. BMT', '2023-05-01', 'Đắk Lắk', '66'],
    ['Công an TP.PRTC', '2023-05-01', 'Ninh Thuận', '56'],
  ])('places %s at %s in %s, today %s', (text, date, atDate, today) => {
    const r = districtProvince(text, { date })
    expect(r?.atDate.name).toBe(atDate)
    expect(r?.today.code).toBe(today)
  })

  it.each([
    ['a province after thành phố is the province, not a district', 'thành phố Hà Nội'],
    ['the army (quân) is not a quận', 'Quân ủy Trung ương'],
    ['a lower-case word is no name', 'huyện trưởng'],
    ['no unit word', 'Cam Lộ'],
    ['a province after thành đoàn is the province, not a district', 'Thành đoàn Hà Nội'],
    ['a Youth Union named for no district', 'Huyện đoàn tổ chức'],
    ['initials no city bears', 'TP.XYZ'],
    ['a province by its initials is the province, not a district', 'TP.HCM'],
    ['initials without TP', 'Công ty TDM'],
    ['island districts named by no name', 'các huyện đảo và ven biển'],
  ])('places nothing: %s', (_, text) => {
    expect(districtProvince(text, { date: '2024-01-01' })).toBeNull()
  })

  it('leaves a name two provinces had unplaced unless a nearby province is one of them', () => {
    const [mention] = findDistricts('UBND huyện Châu Thành', { date: '2024-01-01' })
    expect(mention?.provinces.length).toBeGreaterThan(1)
    expect(districtProvince('UBND huyện Châu Thành', { date: '2024-01-01' })).toBeNull()
    expect(districtProvince('UBND huyện Phú Tân', { date: '2024-01-01' })).toBeNull()
    expect(districtProvince('UBND huyện Phú Tân', { date: '2024-01-01', near: '96' })?.atDate.name).toBe('Cà Mau')
    // Long An and Tây Ninh both had a Châu Thành and are both Tây Ninh today: still two units.
    expect(districtProvince('UBND huyện Châu Thành', { date: '2024-01-01', near: '80' })).toBeNull()
  })

  it('holds every district once per unit word and province, each in one of the 63', () => {
    const former = new Set(FORMER_PROVINCES.map((p) => p.code))
    expect(DISTRICTS_2025.every(([, , code]) => former.has(code))).toBe(true)
    expect(new Set(DISTRICTS_2025.map((r) => r.join('|'))).size).toBe(DISTRICTS_2025.length)
    expect(DISTRICTS_2025.length).toBeGreaterThan(690)
  })
})

describe('communeProvince before July 2025 (former): a name one province alone has today', () => {
  it.each([
    ['Đảng ủy phường Bến Thành', '2024-05-12', '79'],
    ['Đảng ủy phường Ba Đình', '2023-01-01', '01'],
    // a name several provinces have, or no commune at all
    ['Đảng ủy xã Tân Phú', '2024-05-12', null],
    ['công tác xã hội', '2024-05-12', null],
  ])('%s at %s is in %s', (text, date, code) => {
    expect(communeProvince(text, { date, former: true })?.today.code ?? null).toBe(code)
    // without `former`, a unit before the merger is not read
    expect(communeProvince(text, { date })).toBeNull()
  })
})

describe('formerCommuneProvince: the communes under the districts, before July 2025', () => {
  it.each([
    // text, date, near (a code of the 34), the old province then, today's unit
    ['Hội trường UBND xã Thân Cửu Nghĩa', '2020-06-01', null, 'Tiền Giang', '82'],
    ['Đảng ủy phường Phúc Xá', '2023-03-02', null, 'Hà Nội', '01'],
    ['UBND thị trấn Đông Anh', '2025-05', null, 'Hà Nội', '01'],
    // merged away on 1 January 2025, still read in an article of 2024
    ['Chi bộ phường Sài Đồng', '2024-06-01', null, 'Hà Nội', '01'],
    // a name two provinces had: the district named beside it decides, else a nearby province
    ['xã Hồng Kỳ, huyện Yên Thế', '2022-01-01', null, 'Bắc Giang', '24'],
    ['xã Hồng Kỳ, huyện Sóc Sơn', '2022-01-01', null, 'Hà Nội', '01'],
    ['UBND xã Hồng Kỳ', '2022-01-01', '01', 'Hà Nội', '01'],
    // a name written with its marks, of a unit another commune's name folds to (Tân Hồng, Bình Giang)
    ['Đảng ủy xã Tân Hồng', '2023-06-30', null, 'Hải Dương', '31'],
    // a numbered ward, many provinces had one: its district decides
    ['phường 8, quận 5', '2019-11-20', null, 'Hồ Chí Minh', '79'],
  ] as const)('%s at %s (near %s) is in %s, today %s', (text, date, near, atDate, today) => {
    const r = formerCommuneProvince(text, { date, near })
    expect(r?.atDate.name).toBe(atDate)
    expect(r?.today.code).toBe(today)
  })

  it.each([
    ['a name two provinces had, with nothing to decide', 'UBND xã Hồng Kỳ', '2022-01-01', null],
    ['a nearby province that had none of them', 'UBND xã Hồng Kỳ', '2022-01-01', '79'],
    ['a name three provinces had in a district of one name', 'xã Tân Phú, huyện Châu Thành', '2022-01-01', null],
    ['a numbered ward with no district', 'Phường 8', '2019-11-20', null],
    ['a ward two cities had (Hà Nội, Nam Định)', 'Chi bộ phường Văn Miếu', '2024-06-01', null],
    ['society, not a commune', 'công tác xã hội', '2022-01-01', null],
    ['a unit word with no name', 'Đảng ủy xã tổ chức', '2022-01-01', null],
    ['after the merger the communes are others', 'Đảng ủy phường Phúc Xá', '2025-08-01', null],
    ['no date', 'Đảng ủy phường Phúc Xá', null, null],
  ] as const)('places nothing: %s', (_, text, date, near) => {
    expect(formerCommuneProvince(text, { date, near })).toBeNull()
  })

  it('holds some eleven thousand communes, each of a district of one of the 63, each name written once per district', () => {
    const former = new Set(FORMER_PROVINCES.map((p) => p.code))
    expect(FORMER_COMMUNES.every(([code]) => former.has(code))).toBe(true)
    const communes = FORMER_COMMUNES.flatMap(([code, kind, district, names]) =>
      names.split('|').map((n) => `${code}|${kind}|${district}|${n}`),
    )
    expect(new Set(communes).size).toBe(communes.length)
    expect(communes.every((c) => /\|[xpt][^|]+$/u.test(c))).toBe(true)
    expect(communes.length).toBeGreaterThan(10_500)
  })
})

describe('communeProvince', () => {
  it.each([
    // text, date, near: code of the 34
    ['Đảng ủy phường Ba Đình', '2025-08-01', null, '01'],
    ['UBND xã Đông Anh', '2025-12', null, '01'],
    ['Ủy ban nhân dân đặc khu Phú Quốc', '2025-09-01', null, '91'],
    ['Hội trường phường Hoàn Kiếm', '2026-01-15', null, '01'],
    // a name written with its marks is no other that folds alike (Nấm Dẩn, Tuyên Quang; Thạnh Xuân, Cần Thơ)
    ['Đảng ủy xã Nam Đàn', '2025-09-15', null, '40'],
    ['UBND phường Thanh Xuân', '2025-09-15', null, '01'],
    ['UBND xã Thạnh Xuân', '2025-09-15', null, '92'],
    // written without marks, it stays two names
    ['Dang uy xa Nam Dan', '2025-09-15', null, null],
    // unit words without a name after them, and `xã hội` (society)
    ['Đảng ủy xã', '2025-08-01', null, null],
    ['Bảo hiểm xã hội Đắk Lắk', '2025-08-01', null, null],
    // before the merger, or with no date: the communes of that time are not these
    ['Đảng ủy phường Ba Đình', '2024-08-01', null, null],
    ['Đảng ủy phường Ba Đình', '2025', null, null],
    ['Đảng ủy phường Ba Đình', null, null, null],
  ] as const)('%s at %s (near %s) is in %s', (text, date, near, code) => {
    expect(communeProvince(text, { date, near })?.today.code ?? null).toBe(code)
  })

  it('reads a name several provinces have only near one of them', () => {
    const shared = new Map<string, Set<string>>()
    for (const [kind, name, code] of COMMUNES_2025)
      if (kind === 'xã') shared.set(name, (shared.get(name) ?? new Set()).add(code))
    const [name, codes] = [...shared].find(([, c]) => c.size > 1)!
    const [first] = [...codes]
    expect(communeProvince(`UBND xã ${name}`, { date: '2025-08-01' })).toBeNull()
    expect(communeProvince(`UBND xã ${name}`, { date: '2025-08-01', near: first })?.today.code).toBe(first)
  })
})

describe('national relic sites as venues', () => {
  it.each([
    ['Khu di tích Kim Liên, huyện Nam Đàn', '2024-05-19', '40'],
    ['Khu di tích lịch sử Pác Bó', '2024-02-08', '04'],
    ['Nghĩa trang liệt sĩ quốc gia Trường Sơn', '2024-07-27', '44'],
    ['Khu di tích Ngã ba Đồng Lộc', '2023-07-24', '42'],
    ['Hội trường Thống Nhất', '2024-04-30', '79'],
    // an old province's site, today's unit
    ['Nghĩa trang Hàng Dương', '2024-07-27', '79'],
    ['Đền Hùng', '2025-04-07', '25'],
    // a provincial copy's name is no national site
    ['Đài tưởng niệm các anh hùng liệt sĩ huyện', '2024-07-27', null],
    ['Bảo tàng Hồ Chí Minh Thừa Thiên Huế', '2024-05-19', null],
  ] as const)('%s at %s is in %s', (place, date, code) => {
    expect(venueProvince(place, { date })?.today.code ?? null).toBe(code)
  })
})

describe('a district’s name follows its unit word with a space only', () => {
  it.each([
    ['Bí thư Huyện ủy, Chủ tịch UBND huyện', 0],
    ['Bí thư Huyện ủy Cam Lộ', 1],
  ] as const)('%s names %i district', (text, n) => {
    expect(findDistricts(text, { date: '2024-03-01' })).toHaveLength(n)
  })
})

describe('provincial papers and broadcasters whose host names no province', () => {
  it.each([
    ['https://baodongkhoi.vn/a', '2024-01-01', '86'],
    ['https://baoapbac.vn/a', '2024-01-01', '82'],
    ['https://la34.com.vn/a', '2024-01-01', '80'],
    ['https://thvl.vn/a', '2024-01-01', '86'],
    ['http://anhp.vn/kinh-te/a', '2017-03-02', '31'],
    ['https://huengaynay.vn/a', '2025-09-01', '46'],
    // the capital ending a label: Hà Nội's bodies
    ['https://quocphongthudo.vn/a', '2024-01-01', '01'],
    ['https://tuoitrethudo.vn/a', '2024-01-01', '01'],
  ] as const)('%s at %s is today’s %s', (url, date, code) => {
    expect(provinceOfDomain(url, { date })?.today.code).toBe(code)
  })
})
