import { type ProvinceOptions, type ProvinceResolution, resolveProvince } from './province.ts'
import { foldDiacritics } from './text.ts'

/**
 * A venue whose place every reader of the press knows, though the text rarely says it: the
 * names it is written under, and the province it stands in, as a name core reads.
 */
export type KnownVenue = {
  names: readonly string[]
  province: string
  address: string
  domains?: readonly string[]
  /**
   * A public page, apart from the body's own site, read to check the province: it states the body's
   * seat or head office there (`seat`; the street is the own site's, unchecked unless the page gives
   * it too), or only that the body held its own anniversary or a ceremony there (`weak`).
   */
  checked?: { url: string; states: 'seat' | 'weak' }
}

/**
 * National venues where central meetings and conferences are held, all in Hà Nội, and academies
 * and universities whose name does not say where they stand (an event they hold or host is held
 * at their seat), each with the address its own site or the government's portal gives. A name
 * that a provincial body shares is left out (`Hội trường Tỉnh ủy`, `Học viện Chính trị khu vực II`
 * in TP.HCM); only the national academy's full name is read.
 */
export const KNOWN_VENUES: readonly KnownVenue[] = [
  {
    names: ['Hội trường Diên Hồng', 'phòng họp Diên Hồng', 'Nhà Quốc hội', 'tòa nhà Quốc hội'],
    province: 'Hà Nội',
    address: 'Nhà Quốc hội, 1 Độc Lập, Ba Đình (quochoi.vn)',
  },
  {
    names: ['Trụ sở Trung ương Đảng', 'Trụ sở Ban Chấp hành Trung ương Đảng'],
    province: 'Hà Nội',
    address: '1A Hùng Vương, Ba Đình (dangcongsan.vn)',
  },
  { names: ['Trụ sở Chính phủ'], province: 'Hà Nội', address: '1 Hoàng Hoa Thám, Ba Đình (chinhphu.vn)' },
  { names: ['Trung tâm Hội nghị Quốc gia'], province: 'Hà Nội', address: '57 Phạm Hùng, Nam Từ Liêm (vncc.vn)' },
  { names: ['Trung tâm Hội nghị quốc tế'], province: 'Hà Nội', address: '11 Lê Hồng Phong, Ba Đình' },
  {
    names: ['Học viện Chính trị quốc gia Hồ Chí Minh'],
    province: 'Hà Nội',
    address: '135 Nguyễn Phong Sắc, Cầu Giấy (hcma.vn)',
  },
  { names: ['Phủ Chủ tịch'], province: 'Hà Nội', address: '2 Hùng Vương, Ba Đình' },
  { names: ['Cung Văn hóa Hữu nghị Việt Xô'], province: 'Hà Nội', address: '91 Trần Hưng Đạo, Hoàn Kiếm' },
  {
    names: ['Học viện Báo chí và Tuyên truyền', 'Học viện Báo chí - Tuyên truyền'],
    province: 'Hà Nội',
    address: '36 Xuân Thủy, Cầu Giấy (ajc.hcma.vn)',
  },
  { names: ['Học viện Hải quân'], province: 'Khánh Hòa', address: '30 Trần Phú, Nha Trang (hvhq.edu.vn)' },
  { names: ['Trường Đại học Tây Bắc'], province: 'Sơn La', address: 'phường Quyết Tâm, thành phố Sơn La (utb.edu.vn)' },
  {
    names: ['Trường Đại học Tây Nguyên'],
    province: 'Đắk Lắk',
    address: '567 Lê Duẩn, Buôn Ma Thuột (ttn.edu.vn)',
  },
  {
    names: [
      'Khu Di tích Quốc gia đặc biệt Tân Trào',
      'Khu di tích Tân Trào',
      'Khu di tích lịch sử Tân Trào',
      'Lán Nà Nưa',
    ],
    province: 'Tuyên Quang',
    address: 'xã Tân Trào, huyện Sơn Dương (a special national relic site; tuyenquang.gov.vn)',
  },
  // Special national relic sites (di tích quốc gia đặc biệt, ranked by the Prime Minister's
  // decisions; list kept by the Department of Cultural Heritage, dsvh.gov.vn) and national
  // monuments where units hold heritage trips (`về nguồn`), incense offerings and sessions: an
  // event held there is in the site's province, whatever body holds it. Names a provincial copy
  // shares (`Đài tưởng niệm`, `Nhà hát Thành phố`) are left out.
  {
    names: ['Lăng Chủ tịch Hồ Chí Minh', 'Quảng trường Ba Đình', 'Hoàng thành Thăng Long'],
    province: 'Hà Nội',
    address: 'Ba Đình, Hà Nội (bqllang.gov.vn; hoangthanhthanglong.vn)',
  },
  {
    names: ['Hội trường Thống Nhất', 'Dinh Độc Lập', 'Bến Nhà Rồng', 'Địa đạo Củ Chi'],
    province: 'Hồ Chí Minh',
    address: '135 Nam Kỳ Khởi Nghĩa, quận 1; Bến Nhà Rồng, quận 4; Củ Chi (dinhdoclap.gov.vn)',
  },
  {
    names: ['Khu di tích Kim Liên', 'Khu Di tích Quốc gia đặc biệt Kim Liên', 'Làng Sen quê Bác'],
    province: 'Nghệ An',
    address: 'xã Kim Liên, huyện Nam Đàn (nghean.gov.vn)',
  },
  {
    names: ['Khu di tích Pác Bó', 'Khu di tích lịch sử Pác Bó', 'Pác Bó'],
    province: 'Cao Bằng',
    address: 'xã Trường Hà, huyện Hà Quảng',
  },
  {
    names: ['ATK Định Hóa', 'An toàn khu Định Hóa', 'Khu di tích ATK Định Hóa'],
    province: 'Thái Nguyên',
    address: 'huyện Định Hóa (thainguyen.gov.vn)',
  },
  {
    names: ['Khu di tích lịch sử Đền Hùng', 'Đền Hùng'],
    province: 'Phú Thọ',
    address: 'Hy Cương, thành phố Việt Trì (denhung.vn)',
  },
  {
    names: ['Di tích lịch sử Chiến trường Điện Biên Phủ', 'Đồi A1', 'Sở Chỉ huy Chiến dịch Điện Biên Phủ'],
    province: 'Điện Biên',
    address: 'thành phố Điện Biên Phủ; Mường Phăng (dienbien.gov.vn)',
  },
  {
    names: [
      'Thành cổ Quảng Trị',
      'Nghĩa trang liệt sĩ quốc gia Trường Sơn',
      'Nghĩa trang liệt sĩ quốc gia Đường 9',
      'Địa đạo Vịnh Mốc',
      'Đôi bờ Hiền Lương - Bến Hải',
      'Cầu Hiền Lương',
    ],
    province: 'Quảng Trị',
    address: 'thị xã Quảng Trị; Gio Linh; Vĩnh Linh (quangtri.gov.vn)',
  },
  {
    names: ['Khu di tích Ngã ba Đồng Lộc', 'Ngã ba Đồng Lộc'],
    province: 'Hà Tĩnh',
    address: 'xã Đồng Lộc, huyện Can Lộc (hatinh.gov.vn)',
  },
  {
    names: ['Nhà tù Côn Đảo', 'Nghĩa trang Hàng Dương', 'Di tích Nhà tù Côn Đảo'],
    province: 'Bà Rịa - Vũng Tàu',
    address: 'Côn Đảo, since 1 July 2025 a special zone of TP.HCM (condao.gov.vn)',
  },
  {
    names: ['Khu lưu niệm Chủ tịch Tôn Đức Thắng', 'Khu di tích Chủ tịch Tôn Đức Thắng'],
    province: 'An Giang',
    address: 'xã Mỹ Hòa Hưng, thành phố Long Xuyên (angiang.gov.vn)',
  },
  {
    names: ['Trường Đại học Kinh tế - Đại học Quốc gia Hà Nội', 'Trường Đại học Kinh tế, Đại học Quốc gia Hà Nội'],
    province: 'Hà Nội',
    address: '144 Xuân Thủy, Cầu Giấy (ueb.edu.vn)',
    domains: ['ueb.edu.vn'],
  },
  {
    names: ['Cơ sở II Trường Đại học Ngoại thương', 'Trường Đại học Ngoại thương Cơ sở II'],
    province: 'Hồ Chí Minh',
    address: '15 D5, phường 25, Bình Thạnh (cs2.ftu.edu.vn)',
    domains: ['cs2.ftu.edu.vn'],
  },
  // National institutions whose name does not say where they stand: hospitals, academies,
  // universities and state corporations, each at the head office its own site (named in the
  // address) gives. An event one holds is held at its seat unless the text says otherwise; a name
  // a provincial namesake shares is left out (`Bệnh viện Thống Nhất` is also Đồng Nai's), and a
  // name read from the site alone (`benhvienungbuou.vn`) where the name is common. Each was checked
  // against a public page (`checked`); Vietnam Railways and Petrovietnam, whose seat no page reached
  // stated, are left out.
  {
    names: ['Bệnh viện Bạch Mai'],
    province: 'Hà Nội',
    address: '78 Giải Phóng, Đống Đa (bachmai.gov.vn)',
    checked: { url: 'https://ai24hexpress.com/tag/benh-vien-viet-duc-2', states: 'seat' },
  },
  {
    names: ['Bệnh viện Việt Đức', 'Bệnh viện Hữu nghị Việt Đức'],
    province: 'Hà Nội',
    address: '40 Tràng Thi, Hoàn Kiếm (benhvienvietduc.org)',
    checked: { url: 'https://bktt.vn/Bệnh_viện_hữu_nghị_Việt_Đức', states: 'seat' },
  },
  {
    names: ['Bệnh viện Nhi Trung ương'],
    province: 'Hà Nội',
    address: '18/879 La Thành, Đống Đa (benhviennhitrunguong.gov.vn)',
    checked: {
      url: 'https://vnexpress.net/benh-vien-nhi-trung-uong-co-so-2-di-vao-hoat-dong-4928463.html',
      states: 'seat',
    },
  },
  {
    names: ['Bệnh viện Trung ương Quân đội 108'],
    province: 'Hà Nội',
    address: '1 Trần Hưng Đạo, Hai Bà Trưng (benhvien108.vn)',
    checked: { url: 'https://en.wikipedia.org/wiki/Central_Military_Hospital_108', states: 'seat' },
  },
  {
    names: ['Bệnh viện Chợ Rẫy'],
    province: 'Hồ Chí Minh',
    address: '201B Nguyễn Chí Thanh, quận 5 (choray.vn)',
    domains: ['choray.vn'],
    checked: { url: 'https://vi.m.wikipedia.org/wiki/Ch%E1%BB%A3_R%E1%BA%ABy', states: 'seat' },
  },
  {
    names: ['Bệnh viện Từ Dũ'],
    province: 'Hồ Chí Minh',
    address: '284 Cống Quỳnh, quận 1 (tudu.com.vn)',
    checked: {
      url: 'https://phunuonline.com.vn/bv-phu-san-tu-du-dua-vao-hoat-dong-hai-toa-nha-moi-a61016.html',
      states: 'seat',
    },
  },
  {
    names: ['Bệnh viện Ung Bướu TP.HCM'],
    province: 'Hồ Chí Minh',
    address: '47 Nơ Trang Long, Bình Thạnh (benhvienungbuou.vn)',
    domains: ['benhvienungbuou.vn'],
    checked: {
      url: 'https://labweb.vtvgo.vn/kho-video/hon-1800-benh-nhan-ung-thu-cho-phau-thuat-xa-tri-chuyen-dong-24h-873412.html',
      states: 'seat',
    },
  },
  {
    names: ['Bệnh viện Mắt Trung ương', 'Bệnh viện Mắt TW'],
    province: 'Hà Nội',
    address: '85 Bà Triệu, Hai Bà Trưng (vnnio.org)',
    domains: ['vnnio.org'],
    checked: { url: 'https://hellobacsi.com/co-so-y-te/benh-vien-mat-trung-uong-ha-noi/', states: 'seat' },
  },
  {
    names: ['Bệnh viện Phụ sản Trung ương', 'Bệnh viện Phụ - Sản Trung ương'],
    province: 'Hà Nội',
    address: '43 Tràng Thi, Hoàn Kiếm (benhvienphusantrunguong.org.vn)',
    domains: ['benhvienphusantrunguong.org.vn'],
    checked: {
      url: 'https://english.hanoi.gov.vn/news-events?_Cms_WAR_Cmsportlet_INSTANCE_OdEiAOXb1f1R_articleId=39711',
      states: 'seat',
    },
  },
  {
    names: ['Bệnh viện Hữu nghị Việt Tiệp', 'Bệnh viện Việt Tiệp'],
    province: 'Hải Phòng',
    address: '1 Nhà Thương, Lê Chân (its Youth Union’s site tuoitrebenhvienviettiep.com)',
    domains: ['tuoitrebenhvienviettiep.com'],
    checked: {
      url: 'https://congthuong.vn/benh-vien-huu-nghi-viet-tiep-canh-chim-dau-dan-cua-nganh-y-te-hai-phong-356611.html',
      states: 'seat',
    },
  },
  {
    names: ['Trường Đại học Vinh'],
    province: 'Nghệ An',
    address: '182 Lê Duẩn, thành phố Vinh (vinhuni.edu.vn)',
    domains: ['vinhuni.edu.vn'],
    checked: { url: 'https://en.wikipedia.org/wiki/Vinh_University', states: 'seat' },
  },
  {
    names: ['Trường Đại học Tân Trào'],
    province: 'Tuyên Quang',
    address: 'Km 6, xã Trung Môn, huyện Yên Sơn (daihoctantrao.edu.vn)',
    domains: ['daihoctantrao.edu.vn'],
    checked: { url: 'https://anhnguucchau.edu.vn/truong-dai-hoc-tan-trao', states: 'seat' },
  },
  {
    names: ['Trường Đại học Thủ Dầu Một'],
    province: 'Bình Dương',
    address: '06 Trần Văn Ơn, Phú Hòa, thành phố Thủ Dầu Một (tdmu.edu.vn)',
    domains: ['tdmu.edu.vn'],
    checked: {
      url: 'https://www.sataban.com/vietnam-school/listing/thu-dau-mot-university/related',
      states: 'seat',
    },
  },
  {
    names: ['Học viện Quốc phòng'],
    province: 'Hà Nội',
    address: '93 Hoàng Quốc Việt, Cầu Giấy (hvqp.edu.vn)',
    checked: { url: 'https://nhandan.vn/chu-tich-nuoc-nguyen-xuan-phuc-tag62359.html', states: 'weak' },
  },
  {
    names: ['Học viện Hành chính Quốc gia'],
    province: 'Hà Nội',
    address: '77 Nguyễn Chí Thanh, Đống Đa (napa.vn)',
    checked: { url: 'https://huggingface.co/datasets/jasong03/nhandan_giaoduc', states: 'seat' },
  },
  {
    names: ['Học viện Ngoại giao'],
    province: 'Hà Nội',
    address: '69 Chùa Láng, Đống Đa (dav.edu.vn)',
    checked: { url: 'https://dav.edu.vn/en/missions/', states: 'seat' },
  },
  {
    names: ['Học viện Cảnh sát nhân dân'],
    province: 'Hà Nội',
    address: 'Cổ Nhuế, Bắc Từ Liêm (hvcsnd.edu.vn)',
    checked: {
      url: 'https://tienphong.vn/toan-canh-hoc-vien-canh-sat-nhin-tu-camera-bay-post725780.tpo',
      states: 'seat',
    },
  },
  {
    names: ['Học viện Chính trị Công an nhân dân', 'Học viện Chính trị CAND'],
    province: 'Hà Nội',
    address: 'Hà Nội (hvctcand.edu.vn); its seat as the decree founding it sets it',
    domains: ['hvctcand.edu.vn'],
    checked: {
      url: 'http://www.wn.com.vn/products/Thanh-lap-hoc-vien-chinh-tri-cong-an-nhan-dan.html',
      states: 'seat',
    },
  },
  {
    names: ['Trường Đại học Mỏ - Địa chất', 'Đại học Mỏ - Địa chất'],
    province: 'Hà Nội',
    address: '18 Phố Viên, Bắc Từ Liêm (humg.edu.vn)',
    domains: ['humg.edu.vn'],
    checked: { url: 'https://www.bipt.edu.cn/publish/en/news/61acb1e472944dbdabbfce0352d5e010.htm', states: 'seat' },
  },
  {
    names: ['Trường Chính trị Phạm Hùng'],
    province: 'Vĩnh Long',
    address: 'the provincial political school of Vĩnh Long, thành phố Vĩnh Long (tctph.gov.vn)',
    domains: ['tctph.gov.vn'],
    checked: { url: 'https://tintuc.vinhlong.gov.vn/xem-chi-tiet-tin-tuc/id/237216', states: 'seat' },
  },
  {
    names: ['Tập đoàn Điện lực Việt Nam'],
    province: 'Hà Nội',
    address: '11 Cửa Bắc, Ba Đình (evn.com.vn)',
    checked: { url: 'https://hessslslslsls.azureedge.net/wiki/Vietnam_Electricity', states: 'seat' },
  },
  {
    names: ['Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam', 'Tập đoàn Than - Khoáng sản Việt Nam'],
    province: 'Hà Nội',
    address: '226 Lê Duẩn, Đống Đa (vinacomin.vn)',
    checked: {
      url: 'https://en.vietnamplus.vn/vinacomin-awarded-for-outstanding-achievements-post66774.vnp',
      states: 'weak',
    },
  },
  {
    names: ['Tập đoàn Bưu chính Viễn thông Việt Nam'],
    province: 'Hà Nội',
    address: '57 Huỳnh Thúc Kháng, Đống Đa (vnpt.vn)',
    checked: {
      url: 'https://vietnamembassy-usa.org/news/2006/01/vietnam-post-and-telecommunications-group-be-established',
      states: 'seat',
    },
  },
  {
    names: ['Tập đoàn Công nghiệp - Viễn thông Quân đội', 'Tập đoàn Viettel'],
    province: 'Hà Nội',
    address: 'Lô D26, Khu đô thị mới Cầu Giấy (viettel.com.vn)',
    checked: { url: 'http://cdn.viettel.com.vn/en/news-events/report/viettel-report-2019/', states: 'seat' },
  },
  {
    names: ['Tổng công ty Hàng không Việt Nam'],
    province: 'Hà Nội',
    address: '200 Nguyễn Sơn, Long Biên (vietnamairlines.com)',
    checked: { url: 'https://review.clateway.com/wiki/view_html.php?q=Vietnam_Airlines&sq=Qlik', states: 'seat' },
  },
  {
    names: ['Tổng công ty Cảng hàng không Việt Nam'],
    province: 'Hồ Chí Minh',
    address: '58 Trường Sơn, Tân Bình (vietnamairport.vn)',
    domains: ['vietnamairport.vn'],
    checked: {
      url: 'https://123docz.net/document/4548463-ban-cong-bo-thong-tin-ban-dau-gia-co-phan-lan-dau-cua-cong-ty-me-tong-cong-ty-cang-hang-khong-viet-nam-tieng-anh.htm',
      states: 'seat',
    },
  },
  // A provincial state corporation or a coal mine whose own site (or a page about it) states its
  // seat: the events its site reports without a place are held there.
  {
    names: ['Tổng Công ty Thương mại Sài Gòn'],
    province: 'Hồ Chí Minh',
    address: '275B Phạm Ngũ Lão, quận 1 (SATRA; its Party committee’s site dangbosatra.vn states it)',
    domains: ['dangbosatra.vn'],
    checked: { url: 'https://dangbosatra.vn/satra-da-chuyen-sang-cong-ty-tnhh-mot-thanh-vien/', states: 'seat' },
  },
  {
    names: ['Công ty Cổ phần Than Mông Dương', 'Công ty CP Than Mông Dương', 'Công ty Than Mông Dương'],
    province: 'Quảng Ninh',
    address: 'phường Mông Dương, thành phố Cẩm Phả (mongduongcoal.vn)',
    domains: ['mongduongcoal.vn'],
    checked: {
      url: 'https://cafef.vn/phuong-rong-nhat-viet-nam-gap-22-lan-quan-hoan-kiem-2023010409294392.chn',
      states: 'seat',
    },
  },
  {
    names: ['Tổng công ty Xây dựng công trình hàng không', 'Tổng công ty ACC'],
    province: 'Hà Nội',
    address:
      'Hà Nội, an Air Defence - Air Force corporation (acccorp.vn; its 35th anniversary held in Hà Nội, 7/11/2025)',
    domains: ['acccorp.vn'],
    checked: {
      url: 'https://tuoitrexahoi.vn/tong-cong-ty-acc-va-cong-ty-adcc-ky-niem-35-nam-ngay-truyen-thong-don-nhan-huan-chuong-bao-ve-to-quoc-a218938.html',
      states: 'weak',
    },
  },
]

// Each name folded, with spaces around it so that a name matches whole words only.
const FOLDED: { name: string; province: string }[] = KNOWN_VENUES.flatMap((v) =>
  v.names.map((n) => ({ name: ` ${fold(n)} `, province: v.province })),
)
// The folded names by their first word, in FOLDED's order: a folded text holds single spaces
// between its words, so a name (spaces around it) can only begin at a space before a word that is
// its own first word. A name of no word is looked for as it is (see venueProvince).
const BY_FIRST_WORD = new Map<string, { name: string; province: string }[]>()
const WORDLESS = FOLDED.filter((f) => f.name.trim() === '')
for (const f of FOLDED) {
  if (f.name.trim() === '') continue
  const first = f.name.slice(1, f.name.indexOf(' ', 1))
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), f])
}

function fold(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

// `http://old.ueb.edu.vn/...`: the host.
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:\s]+)/iu

/**
 * The province of a known venue's own site (`ueb.edu.vn`, `cs2.ftu.edu.vn`), read at a date: the
 * events its pages report are held at its seat unless they say otherwise. Null for any other site.
 */
export function venueOfSite(url: string, options: ProvinceOptions = {}): ProvinceResolution | null {
  const host = HOST.exec(url.trim())?.[1]?.toLowerCase()
  if (host === undefined) return null
  const venue = KNOWN_VENUES.find((v) => v.domains?.some((d) => host === d || host.endsWith(`.${d}`)))
  return venue === undefined ? null : resolveProvince(venue.province, options)
}

// A school named after its province (`Trường Đại học Hải Dương`, `Trường Chính trị tỉnh Bến
// Tre`, `Đại học Quốc gia Hà Nội`): it stands in that province; the words after are tried
// longest first (`Hải Dương (cơ sở Hải Tân)`).
const NAMED_SCHOOL =
  /(?<![\p{L}\p{M}])(?:Đại học|Cao đẳng|Trường Chính trị)\s+(?:Quốc gia\s+|tỉnh\s+|thành phố\s+)?((?:[\p{Lu}][\p{L}\p{M}.]*\s*){1,4})/gu

/**
 * The province a school's name states (`Trường Đại học Hải Dương`: Hải Dương, today Hải Phòng),
 * read at a date; null when no school of the text is named after a province.
 */
export function schoolProvince(text: string, options: ProvinceOptions = {}): ProvinceResolution | null {
  // NAMED_SCHOOL opens with one of these, as written: most texts hold none.
  if (!text.includes('Đại học') && !text.includes('Cao đẳng') && !text.includes('Trường Chính trị')) return null
  for (const m of text.matchAll(NAMED_SCHOOL)) {
    const words = (m[1] ?? '').trim().split(/\s+/u)
    for (let n = words.length; n >= 1; n--) {
      const province = resolveProvince(words.slice(0, n).join(' '), options)
      if (province !== null) return province
    }
  }
  return null
}

/**
 * The province of the first known national venue a text names (`Hội trường Diên Hồng, Nhà Quốc
 * hội`, `Trụ sở Trung ương Đảng`), read at a date, else of a school named after its province
 * ({@link schoolProvince}); null when it names neither.
 */
export function venueProvince(text: string, options: ProvinceOptions = {}): ProvinceResolution | null {
  const first = firstVenue(` ${fold(text)} `)
  return first === null ? schoolProvince(text, options) : resolveProvince(first.province, options)
}

// The venue whose name occurs first in a folded text (spaces around it), the one listed first of
// those at one place: each space is tried with the names opening with the word after it (see
// BY_FIRST_WORD), in the text's order.
function firstVenue(folded: string): { at: number; province: string } | null {
  let first: { at: number; province: string } | null = null
  for (const { name, province } of WORDLESS) {
    const at = folded.indexOf(name)
    if (at >= 0 && (first === null || at < first.at)) first = { at, province }
  }
  for (let at = folded.indexOf(' '); at >= 0 && (first === null || at < first.at); at = folded.indexOf(' ', at + 1)) {
    const end = folded.indexOf(' ', at + 1)
    if (end < 0) break
    const names = BY_FIRST_WORD.get(folded.slice(at + 1, end))
    const named = names?.find((f) => folded.startsWith(f.name, at))
    if (named !== undefined) return { at, province: named.province }
  }
  return first
}
