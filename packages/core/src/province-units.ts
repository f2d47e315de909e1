/**
 * Vietnam's provincial administrative units, as data.
 *
 * Sources:
 * - The 63 units in force until 30 June 2025 and their codes: the General Statistics Office's list
 *   of administrative unit codes (Quyết định 124/2004/QĐ-TTg and its updates, as served by
 *   danhmuchanhchinh.gso.gov.vn), the well-known two-digit codes 01…96.
 * - Thừa Thiên Huế became the centrally-run city of Huế on 1 January 2025, same code 46:
 *   Nghị quyết 1314/NQ-UBTVQH15 (30 November 2024), in force 1 January 2025.
 * - The 34 units in force since 1 July 2025 and which old units each absorbed: Nghị quyết
 *   202/2025/QH15 of the National Assembly (12 June 2025), Điều 1.
 * - Their codes: Quyết định 19/2025/QĐ-TTg (30 June 2025) on the list of administrative unit
 *   codes, as reproduced by github.com/ThangLeQuoc/vietnamese-provinces-database v3.0.2 (whose
 *   README names that decision as its source for the 34 units; file postgresql/
 *   postgres_ImportData_vn_units.sql). Each merged unit keeps the code of the old unit that holds
 *   its seat, which is not always the one whose name it keeps: Bắc Ninh is 24 (Bắc Giang's),
 *   Gia Lai 52 (Bình Định's), Tây Ninh 80 (Long An's), Đồng Tháp 82 (Tiền Giang's), An Giang 91
 *   (Kiên Giang's), Lào Cai 15 (Yên Bái's), Quảng Trị 44 (Quảng Bình's). Some public lists give
 *   the name-keeping unit's old code instead (27 for Bắc Ninh, 64 for Gia Lai, 87 for Đồng Tháp,
 *   89 for An Giang); they contradict the decision as reproduced above and a second, independent
 *   reproduction (a 34-province catalogue migration found by code search), so they are not used.
 */

/** A provincial unit of one period: its official two-digit code and its name without prefix. */
export type ProvincialUnitData = {
  readonly code: string
  readonly name: string
}

/** An old unit (until 30 June 2025) and the unit of the 34 that took its territory. */
export type FormerProvinceData = ProvincialUnitData & { readonly successor: string }

/** The day the 34 units came into force (Nghị quyết 202/2025/QH15, Điều 3). */
export const PROVINCES_2025_IN_FORCE = '2025-07-01'

/** The 34 provincial units in force since 1 July 2025, by code (Quyết định 19/2025/QĐ-TTg). */
export const PROVINCES_2025: readonly ProvincialUnitData[] = [
  { code: '01', name: 'Hà Nội' },
  { code: '04', name: 'Cao Bằng' },
  { code: '08', name: 'Tuyên Quang' },
  { code: '11', name: 'Điện Biên' },
  { code: '12', name: 'Lai Châu' },
  { code: '14', name: 'Sơn La' },
  { code: '15', name: 'Lào Cai' },
  { code: '19', name: 'Thái Nguyên' },
  { code: '20', name: 'Lạng Sơn' },
  { code: '22', name: 'Quảng Ninh' },
  { code: '24', name: 'Bắc Ninh' },
  { code: '25', name: 'Phú Thọ' },
  { code: '31', name: 'Hải Phòng' },
  { code: '33', name: 'Hưng Yên' },
  { code: '37', name: 'Ninh Bình' },
  { code: '38', name: 'Thanh Hóa' },
  { code: '40', name: 'Nghệ An' },
  { code: '42', name: 'Hà Tĩnh' },
  { code: '44', name: 'Quảng Trị' },
  { code: '46', name: 'Huế' },
  { code: '48', name: 'Đà Nẵng' },
  { code: '51', name: 'Quảng Ngãi' },
  { code: '52', name: 'Gia Lai' },
  { code: '56', name: 'Khánh Hòa' },
  { code: '66', name: 'Đắk Lắk' },
  { code: '68', name: 'Lâm Đồng' },
  { code: '75', name: 'Đồng Nai' },
  { code: '79', name: 'Hồ Chí Minh' },
  { code: '80', name: 'Tây Ninh' },
  { code: '82', name: 'Đồng Tháp' },
  { code: '86', name: 'Vĩnh Long' },
  { code: '91', name: 'An Giang' },
  { code: '92', name: 'Cần Thơ' },
  { code: '96', name: 'Cà Mau' },
]

/**
 * The 63 provincial units in force until 30 June 2025 (GSO codes), each with the unit of the 34
 * that took it over (Nghị quyết 202/2025/QH15, Điều 1). The 11 units left as they were keep
 * their code.
 */
export const PROVINCES_1997: readonly FormerProvinceData[] = [
  { code: '01', name: 'Hà Nội', successor: '01' },
  { code: '02', name: 'Hà Giang', successor: '08' },
  { code: '04', name: 'Cao Bằng', successor: '04' },
  { code: '06', name: 'Bắc Kạn', successor: '19' },
  { code: '08', name: 'Tuyên Quang', successor: '08' },
  { code: '10', name: 'Lào Cai', successor: '15' },
  { code: '11', name: 'Điện Biên', successor: '11' },
  { code: '12', name: 'Lai Châu', successor: '12' },
  { code: '14', name: 'Sơn La', successor: '14' },
  { code: '15', name: 'Yên Bái', successor: '15' },
  { code: '17', name: 'Hòa Bình', successor: '25' },
  { code: '19', name: 'Thái Nguyên', successor: '19' },
  { code: '20', name: 'Lạng Sơn', successor: '20' },
  { code: '22', name: 'Quảng Ninh', successor: '22' },
  { code: '24', name: 'Bắc Giang', successor: '24' },
  { code: '25', name: 'Phú Thọ', successor: '25' },
  { code: '26', name: 'Vĩnh Phúc', successor: '25' },
  { code: '27', name: 'Bắc Ninh', successor: '24' },
  { code: '30', name: 'Hải Dương', successor: '31' },
  { code: '31', name: 'Hải Phòng', successor: '31' },
  { code: '33', name: 'Hưng Yên', successor: '33' },
  { code: '34', name: 'Thái Bình', successor: '33' },
  { code: '35', name: 'Hà Nam', successor: '37' },
  { code: '36', name: 'Nam Định', successor: '37' },
  { code: '37', name: 'Ninh Bình', successor: '37' },
  { code: '38', name: 'Thanh Hóa', successor: '38' },
  { code: '40', name: 'Nghệ An', successor: '40' },
  { code: '42', name: 'Hà Tĩnh', successor: '42' },
  { code: '44', name: 'Quảng Bình', successor: '44' },
  { code: '45', name: 'Quảng Trị', successor: '44' },
  { code: '46', name: 'Huế', successor: '46' },
  { code: '48', name: 'Đà Nẵng', successor: '48' },
  { code: '49', name: 'Quảng Nam', successor: '48' },
  { code: '51', name: 'Quảng Ngãi', successor: '51' },
  { code: '52', name: 'Bình Định', successor: '52' },
  { code: '54', name: 'Phú Yên', successor: '66' },
  { code: '56', name: 'Khánh Hòa', successor: '56' },
  { code: '58', name: 'Ninh Thuận', successor: '56' },
  { code: '60', name: 'Bình Thuận', successor: '68' },
  { code: '62', name: 'Kon Tum', successor: '51' },
  { code: '64', name: 'Gia Lai', successor: '52' },
  { code: '66', name: 'Đắk Lắk', successor: '66' },
  { code: '67', name: 'Đắk Nông', successor: '68' },
  { code: '68', name: 'Lâm Đồng', successor: '68' },
  { code: '70', name: 'Bình Phước', successor: '75' },
  { code: '72', name: 'Tây Ninh', successor: '80' },
  { code: '74', name: 'Bình Dương', successor: '79' },
  { code: '75', name: 'Đồng Nai', successor: '75' },
  { code: '77', name: 'Bà Rịa - Vũng Tàu', successor: '79' },
  { code: '79', name: 'Hồ Chí Minh', successor: '79' },
  { code: '80', name: 'Long An', successor: '80' },
  { code: '82', name: 'Tiền Giang', successor: '82' },
  { code: '83', name: 'Bến Tre', successor: '86' },
  { code: '84', name: 'Trà Vinh', successor: '86' },
  { code: '86', name: 'Vĩnh Long', successor: '86' },
  { code: '87', name: 'Đồng Tháp', successor: '82' },
  { code: '89', name: 'An Giang', successor: '91' },
  { code: '91', name: 'Kiên Giang', successor: '91' },
  { code: '92', name: 'Cần Thơ', successor: '92' },
  { code: '93', name: 'Hậu Giang', successor: '92' },
  { code: '94', name: 'Sóc Trăng', successor: '92' },
  { code: '95', name: 'Bạc Liêu', successor: '96' },
  { code: '96', name: 'Cà Mau', successor: '96' },
]

/** Names a unit bore before a rename that kept its code: until the day given (exclusive). */
export const PROVINCE_RENAMES: readonly { code: string; name: string; until: string; source: string }[] = [
  { code: '46', name: 'Thừa Thiên Huế', until: '2025-01-01', source: 'Nghị quyết 1314/NQ-UBTVQH15' },
]

/**
 * Other ways the press writes a unit's name, by old code (each also reaches the unit of the 34
 * that took it over). Folded comparison makes `Hoà`/`Hòa`, `Đăk`/`Đắk` and missing diacritics
 * one; dashes and dots count as spaces, so `BR-VT` is `br vt`.
 */
export const PROVINCE_SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  '01': ['Hanoi', 'Thủ đô Hà Nội'],
  '06': ['Bắc Cạn'],
  '46': ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'TT-Huế', 'TT Huế'],
  '62': ['Kontum'],
  '66': ['Đắc Lắc', 'Đắk Lắc', 'Daklak'],
  '67': ['Đắc Nông', 'Daknong'],
  '77': ['BR-VT', 'BRVT', 'Bà Rịa Vũng Tàu', 'Vũng Tàu'],
  '79': ['TP.HCM', 'TPHCM', 'TP HCM', 'HCM', 'HCMC', 'TP.Hồ Chí Minh', 'Sài Gòn - Gia Định'],
}

/**
 * The provincial State portal (`Cổng thông tin điện tử`) domains, by old code, as a province's
 * own portal links them (the "Website Tỉnh, Thành phố" list of a provincial portal theme,
 * github.com/dangquocdung/webtinh, resources/views/guest/layout/lienketwebsite.blade.php; the
 * domain is taken from the link, its label is wrong in two places). A page on one of these, or on
 * a subdomain, is that unit's; the portals of merged units now redirect to their successor's.
 * Units missing here had no link in that list; no Party (`tinhuy…`) portal list was found that
 * could be cited, so none is given.
 */
export const PROVINCE_PORTAL_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  '01': ['hanoi.gov.vn'],
  '02': ['hagiang.gov.vn'],
  '04': ['caobang.gov.vn'],
  '06': ['backan.gov.vn'],
  '08': ['tuyenquang.gov.vn'],
  '10': ['laocai.gov.vn'],
  '11': ['dienbien.gov.vn'],
  '14': ['sonla.gov.vn'],
  '15': ['yenbai.gov.vn'],
  '17': ['hoabinh.gov.vn'],
  '19': ['thainguyen.gov.vn'],
  '20': ['langson.gov.vn'],
  '22': ['quangninh.gov.vn'],
  '24': ['bacgiang.gov.vn'],
  '25': ['phutho.gov.vn'],
  '26': ['vinhphuc.gov.vn'],
  '27': ['bacninh.gov.vn'],
  '30': ['haiduong.gov.vn'],
  '31': ['haiphong.gov.vn'],
  '34': ['thaibinh.gov.vn'],
  '35': ['hanam.gov.vn'],
  '36': ['namdinh.gov.vn'],
  '37': ['ninhbinh.gov.vn'],
  '38': ['thanhhoa.gov.vn'],
  '40': ['nghean.gov.vn'],
  '42': ['hatinh.gov.vn'],
  '44': ['quangbinh.gov.vn'],
  '45': ['quangtri.gov.vn'],
  '46': ['thuathienhue.gov.vn'],
  '48': ['danang.gov.vn'],
  '49': ['quangnam.gov.vn'],
  '51': ['quangngai.gov.vn'],
  '52': ['binhdinh.gov.vn'],
  '54': ['phuyen.gov.vn'],
  '56': ['khanhhoa.gov.vn'],
  '58': ['ninhthuan.gov.vn'],
  '60': ['binhthuan.gov.vn'],
  '62': ['kontum.gov.vn'],
  '64': ['gialai.gov.vn'],
  '68': ['lamdong.gov.vn'],
  '70': ['binhphuoc.gov.vn'],
  '72': ['tayninh.gov.vn'],
  '74': ['binhduong.gov.vn'],
  '75': ['dongnai.gov.vn'],
  '77': ['baria-vungtau.gov.vn'],
  '79': ['hochiminhcity.gov.vn'],
  '80': ['longan.gov.vn'],
  '82': ['tiengiang.gov.vn'],
  '83': ['bentre.gov.vn'],
  '84': ['travinh.gov.vn'],
  '86': ['vinhlong.gov.vn'],
  '87': ['dongthap.gov.vn'],
  '89': ['angiang.gov.vn'],
  '91': ['kiengiang.gov.vn'],
  '92': ['cantho.gov.vn'],
  '93': ['haugiang.gov.vn'],
  '94': ['soctrang.gov.vn'],
  '96': ['camau.gov.vn'],
}

/**
 * Provincial newspapers and broadcasters whose domain does not name their province, by old code,
 * each the organ of a provincial body as its masthead states (`Cơ quan của ...`): Hànộimới (the
 * Hà Nội Party organisation), Kinh tế & Đô thị (Hà Nội People's Committee, merged into Hànộimới in
 * 2025), An ninh Thủ đô (Hà Nội Police), Lao động Thủ đô (Hà Nội Labour Federation), Sài Gòn Giải
 * Phóng (the Hồ Chí Minh City Party organisation), HTV (Hồ Chí Minh City Television), BTV (Bình
 * Dương Radio and Television), Ảnh Đất Mũi (Cà Mau's photo paper, merged into Báo Cà Mau in 2021:
 * baocamau.vn, `Báo ảnh Đất Mũi - Những ký ức và niềm tự hào`); and provincial bodies' sites whose
 * host names their province by a short form: the Quảng Nam Youth Union's `tinhdoanqnam.vn` (its
 * pages on the `Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Quảng Nam`), Trường Đoàn Lý Tự Trọng, the school
 * of the Hồ Chí Minh City Youth Union (its `Giới thiệu` page: `đơn vị sự nghiệp trực thuộc Thành
 * Đoàn thành phố Hồ Chí Minh`). A site's page is that unit's when nothing else places it. Papers
 * of a provincial body read across the country (Tuổi Trẻ, Người Lao Động, Pháp Luật TP.HCM) are
 * left out: their local reports name their place.
 */
export const PROVINCE_PRESS_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  '01': ['hanoimoi.vn', 'hanoimoi.com.vn', 'kinhtedothi.vn', 'anninhthudo.vn', 'laodongthudo.vn'],
  '49': ['tinhdoanqnam.vn'],
  '74': ['btv.org.vn'],
  // Báo An ninh Hải Phòng, the Hải Phòng Police paper, as An ninh Thủ đô is Hà Nội's.
  '31': ['anhp.vn'],
  // Báo Huế ngày nay, the paper of the Huế Party organisation since Báo Thừa Thiên Huế took the name (2025).
  '46': ['huengaynay.vn'],
  '79': ['sggp.org.vn', 'htv.com.vn', 'truongdoanlytutrong.vn'],
  // Long An Radio and Television, its channel LA34 (nld.com.vn, 14 Nov 2024, `Đài PT-TH Long An (Long An TV - LA34)`).
  '80': ['la34.com.vn'],
  // Báo Ấp Bắc, the Tiền Giang Party paper (`Lịch sử báo Đảng bộ tỉnh Tiền Giang`, tailieuthamkhao.vn).
  '82': ['baoapbac.vn'],
  // Báo Đồng Khởi, the Bến Tre Party paper (baolongan.vn, 10 Nov 2016: `cơ quan ngôn luận của Đảng bộ,
  // chính quyền ... tỉnh Bến Tre`; its own pages at baodongkhoi.vn).
  '83': ['baodongkhoi.vn'],
  // Vĩnh Long Radio and Television (thvl.vn's own `Báo chí Vĩnh Long trong thời đại số`).
  '86': ['thvl.vn'],
  '96': ['baoanhdatmui.vn'],
}
