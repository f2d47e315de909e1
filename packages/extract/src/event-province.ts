import {
  communeProvince,
  districtProvince,
  findDistricts,
  findProvinces,
  formerCommuneProvince,
  type NearCode,
  type OrganizationLevel,
  type PlacedProvince,
  type Province,
  type ProvinceResolution,
  provinceOfDomain,
  provinceOfPath,
  resolveProvince,
  venueOfSite,
  venueProvince,
} from '@vanban/core'
import { eventNamePart, eventNameProvince } from './event-name-province.ts'
import { type Kept, kept, type Lazy, valueNow } from './lazy.ts'
import { provinceEndingName } from './name-end-province.ts'
import { organizationLevel, organizationProvince } from './organization-level.ts'

/**
 * How sure each reading of an event's province is: the organiser's name states its own province
 * and events are held where their organiser sits; a place names where it was held but may be
 * a venue's owner (`Hội trường Tỉnh ủy`); a national meeting's main point (`điểm cầu chính tại
 * ...`) is where the meeting was held, read from the whole article; the publishing portal's province is only where the
 * news was posted.
 */
export const EVENT_PROVINCE_CONFIDENCE = {
  organizer: 0.9,
  location: 0.85,
  mainPoint: 0.8,
  // the unit the event's name names (`Đại hội Đảng bộ tỉnh ...`), read as a place
  name: 0.75,
  article: 0.7,
  site: 0.6,
  // a commune's name before July 2025 that one province alone has today (see `communeProvince`)
  formerCommune: 0.5,
  // a district's or commune's name several provinces had (`huyện Châu Thành`), in the organiser or
  // the place, placed only by the province the article or the site is about
  sharedName: 0.65,
} as const

/**
 * The province an article is about: the one that more than half of the provinces it names
 * (after `tỉnh`, `Tỉnh ủy`, `TP`...) and of the districts it names (after `huyện`, `Quận ủy`...,
 * a name one province had) are in today, or null. An article of a provincial paper
 * names its province again and again (`Tỉnh Sóc Trăng: ...`, `Tỉnh ủy Sóc Trăng`) and a
 * neighbour now and then.
 */
export function articleProvince(text: string, date: string | null): Province | null {
  const provinces = findProvinces(text, { date }).map((m) => m.province)
  // A district's page names its district (`Quận ủy Tây Hồ`, `huyện Cam Lộ`) more than its
  // province: when the provinces named give no majority, each district-level unit of one
  // province named in the opening counts for that province.
  return (
    majority(provinces) ??
    majority([
      ...provinces,
      ...findDistricts(text.slice(0, DISTRICT_READING), { date }).flatMap((m) =>
        m.provinces.length === 1 ? m.provinces : [],
      ),
    ])
  )
}

// How much of an article its districts are read from: a page names the district it is about in
// its opening; a longer text full of districts is not read again to the end.
const DISTRICT_READING = 20_000

// The province more than half of the units named are in today, or null.
function majority(mentions: readonly ProvinceResolution[]): Province | null {
  const counts = new Map<string, { province: Province; n: number }>()
  for (const p of mentions) {
    const seen = counts.get(p.today.code) ?? { province: p.today, n: 0 }
    seen.n++
    counts.set(p.today.code, seen)
  }
  for (const { province, n } of counts.values()) if (n * 2 > mentions.length) return province
  return null
}

// The parts of a place as written, between commas, semicolons and brackets and after `tại`
// (`Trụ sở Trung ương Đảng (Hà Nội)`, `Hà Nội, đồng chí ...`, `Bộ Công an tại Hà Nội`).
const PLACE_PARTS = /[,;()[\]]|(?<![\p{L}\p{N}])tại(?![\p{L}\p{N}])/u

/**
 * The province a place names: a province after its unit word (`tỉnh Long An`), the whole place
 * (`TP.HCM`), a known national venue (`Hội trường Diên Hồng`, see `KNOWN_VENUES`), a part of it that
 * is a province's name (`Trụ sở ... (Hà Nội)`), else a district-level unit (`huyện Tân Thạnh`) as
 * {@link eventProvince} reads one; null when it names none.
 */
export function placeProvince(
  location: string,
  date: string | null,
  near: string | null = null,
): ProvinceResolution | null {
  return firstReading(PLACE_READINGS, 0, location, date, near).found
}

/** One way to read a province from a name or a place; those that read a local unit's name several provinces had take `near`. */
type Reading<P> = (text: string, date: string | null, near: NearCode) => P | null

// The readings that read `near` (see `takesNear`): any other finds the same with or without it.
const NEAR_READINGS = new WeakSet<Reading<unknown>>()
function takesNear<P>(reading: Reading<P>): Reading<P> {
  NEAR_READINGS.add(reading)
  return reading
}

// The first of `readings` from `from` on that finds a province, and its place among them (or theirs all).
function firstReading<P>(
  readings: readonly Reading<P>[],
  from: number,
  text: string,
  date: string | null,
  near: NearCode,
): { found: P | null; at: number } {
  for (let at = from; at < readings.length; at++) {
    const found = readings[at]!(text, date, near)
    if (found !== null) return { found, at }
  }
  return { found: null, at: readings.length }
}

// Whether a reading with `near` found what none finds without it: a local unit's name several
// provinces had. The readings before the one that found it found nothing with `near`, and so find
// nothing without it (`near` only picks among several units, where a unit of one province is taken
// with or without it), so those are not read again; nor is the one that found it when it reads no
// `near`, or when no reader asked for `near` (what they found holds without it) or it was none.
function foundOnlyNear<P>(
  readings: readonly Reading<P>[],
  reading: { found: P | null; at: number },
  text: string,
  date: string | null,
  near: Kept<string | null>,
): boolean {
  if (reading.found === null || !near.asked() || near.value() === null || !NEAR_READINGS.has(readings[reading.at]!))
    return false
  return firstReading(readings, reading.at, text, date, null).found === null
}

// The readings of a place, in turn (see placeProvince).
const PLACE_READINGS: readonly Reading<ProvinceResolution>[] = [
  (location, date) => findProvinces(location, { date })[0]?.province ?? null,
  (location, date) => resolveProvince(location, { date }),
  (location, date) => venueProvince(location, { date }),
  (location, date) =>
    location
      .split(PLACE_PARTS)
      .map((part) => resolveProvince(part.trim(), { date }))
      .find((p) => p !== null) ?? null,
  takesNear((location, date, near) => districtProvince(location, { date, near })),
  takesNear((location, date, near) => communeProvince(location, { date, near })),
  takesNear((location, date, near) => formerCommuneProvince(location, { date, near })),
]

// Where a national online meeting's main point is stated: `điểm cầu chính (...) tại`, `từ điểm cầu
// (chính)`, where its chair presides (`Bộ trưởng ... chủ trì Hội nghị tại điểm cầu Hà Nội`), up to
// the link points it reached (`kết nối`, `đến`, `tới`) or the clause's end.
const MAIN_POINT =
  /(?:từ điểm cầu(?: chính)?|điểm cầu chính|điểm cầu trung tâm|(?<chaired>chủ trì(?:\s+(?:hội nghị|buổi lễ|lễ|cuộc họp|phiên họp))?\s+tại điểm cầu))(?<place>[^.;:!?\n]*?)(?=\s(?:kết nối|đến|tới|với|và các điểm cầu)\s|[.;:!?\n]|$)/giu
// What every match of MAIN_POINT holds, with its flags' reading of case.
const POINT_WORDS = /điểm cầu/iu
// A unit's word opening the point a chair presides at (`chủ trì tại điểm cầu tỉnh Đắk Nông`): a
// province's or a district's leader presides at its own link point, where it follows the meeting.
const UNIT_POINT =
  /^\s*(?:của\s+|cấp\s+)?(?:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)(?![\p{L}\p{N}])/iu

// A central point named for a unit below the province (`điểm cầu trung tâm huyện Đình Lập`,
// `điểm cầu chính của xã`, `điểm cầu trung tâm cấp huyện`): where that unit follows a meeting with
// its own link points, not the meeting's main point, which is stated after `tại` or by its venue.
const LOCAL_CENTRAL_POINT = /^\s*(?:của\s+|cấp\s+)?(?:huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)(?![\p{L}\p{N}])/iu

/**
 * The province of a national online meeting's main point, when the text states it (`Hội nghị
 * được tổ chức trực tuyến từ điểm cầu chính đặt tại Ban Tuyên giáo Trung ương, thành phố Hà Nội
 * đến...`, `điểm cầu chính tại phòng họp Diên Hồng, Nhà Quốc hội`): the meeting is held there,
 * while the other points (`điểm cầu tỉnh ta`) only follow it. Null when no main point is placed.
 */
export function mainPointProvince(text: string, date: string | null): Province | null {
  // Each way of stating a main point writes `điểm cầu`: most texts hold none, and are read for it once.
  if (!POINT_WORDS.test(text)) return null
  // An exec loop, not matchAll, which copies the expression at each call; nothing below reads MAIN_POINT.
  MAIN_POINT.lastIndex = 0
  for (let m = MAIN_POINT.exec(text); m !== null; m = MAIN_POINT.exec(text)) {
    if (LOCAL_CENTRAL_POINT.test(m.groups?.place ?? '')) continue
    if (m.groups?.chaired !== undefined && UNIT_POINT.test(m.groups.place ?? '')) continue
    const place = placeProvince(m.groups?.place ?? '', date)
    if (place !== null) return place.today
  }
  return null
}

// Countries and capitals a delegation or a meeting goes to, written as a place (`tại tỉnh Xiêng
// Khoảng (Lào)`, `tại Thủ đô Viêng Chăn`, `tại Bắc Kinh, Trung Quốc`): Vietnam's neighbours and
// partners most named in the Party and State press.
const ABROAD =
  /(?<![\p{L}])(?:Lào|CHDCND Lào|Campuchia|Trung Quốc|Nhật Bản|Hàn Quốc|Thái Lan|Singapore|Malaysia|Indonesia|Philippines|Myanmar|Cuba|Liên bang Nga|Hoa Kỳ|Cộng hòa Pháp|Cộng hòa Liên bang Đức|Ô-xtrây-li-a|Australia|Viêng Chăn|Vientiane|Phnôm Pênh|Phnom Penh|Bắc Kinh|Tokyo|Seoul|Bangkok|La Habana|Havana|Moskva|Mát-xcơ-va|Washington|New York|Paris|Berlin)(?![\p{L}])/u

/** Whether a place is abroad: it names a country or a capital of {@link ABROAD} and no Vietnamese unit. */
export function isAbroad(location: string): boolean {
  return ABROAD.test(location)
}

// The words of a delegation sent by a body (`đoàn công tác của Ban Tuyên giáo Trung ương`): it
// works where it is sent, not at its body's seat.
const DELEGATION = /^(?:các\s+)?đoàn\s+(?:công tác|kiểm tra|giám sát|khảo sát)/iu
// A national association or front names the country last (`Hội Nông dân Việt Nam`).
const NATIONAL_NAME = /(?<![\p{L}\p{N}])Việt Nam\s*$/u

// A national meeting's name: `Hội nghị (trực tuyến) toàn quốc ...`, `Hội nghị Báo cáo viên Trung
// ương/toàn quốc` (the Central Propaganda Commission's monthly briefing, followed at points everywhere),
// a plenum of a central committee (`Hội nghị Trung ương 5`, `Hội nghị lần thứ 10 Ban Chấp hành Trung
// ương`), and a summit between countries (`Hội nghị Cấp cao ASEAN`, `Hội nghị thượng đỉnh`), which a
// local page reports from afar.
const NATIONAL_MEETING =
  /^hội nghị\s+(?:trực tuyến\s+)?(?:toàn quốc|báo cáo viên\s+(?:trung ương|toàn quốc)|(?:lần thứ\s+\S+\s+)?(?:ban chấp hành\s+)?trung ương|cấp cao|thượng đỉnh)(?![\p{L}\p{N}])/iu

// A central body or the whole country named in a meeting's own name, before its topic and any
// anniversary (`Phiên họp Chính phủ thường kỳ tháng 9`, `Kỳ họp thứ 8, Quốc hội khóa XV`,
// `Phiên họp thứ 36 của Ủy ban Thường vụ Quốc hội`, `Đại hội đại biểu toàn quốc Hội Nông dân Việt
// Nam`): the body's own sitting, held where it sits, which the text must state. A province's
// deputies (`Đoàn đại biểu Quốc hội tỉnh`) meet voters at home.
const CENTRAL_SITTING =
  /(?<![\p{L}])(?:toàn quốc|Chính phủ|(?<!đại biểu )Quốc hội|Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương)(?![\p{L}])/u
const ANNIVERSARY = /\s(?:kỷ niệm|chào mừng|mừng|Ngày)\s/u

/**
 * Whether an event's name calls it a national meeting (`Hội nghị toàn quốc quán triệt ...`,
 * `Hội nghị Trung ương 5`), a summit, or a central body's sitting (`Phiên họp Chính phủ thường kỳ`,
 * `Kỳ họp thứ 8 Quốc hội khóa XV`; the name's own words only: `Hội nghị quán triệt Nghị quyết của
 * Bộ Chính trị` is a local meeting about a central document).
 */
export function isNationalMeeting(title: string | null | undefined): boolean {
  if (title == null) return false
  if (NATIONAL_MEETING.test(title.trim())) return true
  const name = eventNamePart(title)
  const own = name.slice(0, ANNIVERSARY.exec(name)?.index ?? name.length)
  return /^(?:hội nghị|phiên họp|kỳ họp|đại hội)(?![\p{L}])/iu.test(own.trim()) && CENTRAL_SITTING.test(own)
}

/**
 * Whether an organiser is a central or national body, whose events are national meetings placed
 * only by a stated place (`Ban Tuyên giáo Trung ương`, `Bộ Chính trị`, `Hội Người cao tuổi Việt
 * Nam`); a delegation it sends works where it goes and is not.
 */
export function isCentralOrganizer(name: string, date: string | null): boolean {
  if (DELEGATION.test(name.trim())) return false
  return organizationLevel(name, date) === 'central' || NATIONAL_NAME.test(name)
}

// A local unit's link point to a meeting held elsewhere: `tại điểm cầu xã Phú Thiện`, `điểm cầu
// huyện`, `điểm cầu của tỉnh` (not the main point, `điểm cầu chính`, where the meeting is held),
// or one a unit sets up to follow it (`tổ chức điểm cầu trực tuyến theo dõi Hội nghị`, `bố trí 3
// điểm cầu`; not `tổ chức điểm cầu chính`).
const LINK_POINT =
  /điểm cầu\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|cơ sở|của)(?![\p{L}\p{N}])|(?:tổ chức|bố trí|thiết lập)\s+(?:\d+\s+|các\s+)?điểm cầu(?!\s+(?:trực tuyến\s+)?(?:chính|trung tâm))(?![\p{L}\p{N}])/iu

/**
 * Whether a text says a local unit followed a meeting at its link point (`Dự tại điểm cầu xã ...`):
 * an event it reports with neither organiser nor place is that meeting, held elsewhere.
 */
export function followedAtLinkPoint(text: string): boolean {
  return text.includes('điểm cầu') && LINK_POINT.test(text)
}

// The levels of a local body: its own meeting, held after a national one the article also reports
// (`Ngay sau hội nghị trực tuyến toàn quốc, Ban Thường vụ Tỉnh ủy ...`), is not at the national main point.
const LOCAL_LEVELS: ReadonlySet<OrganizationLevel> = new Set(['provincial', 'district', 'commune', 'grassroots'])

// A ministry named in a name (`Bộ Xây dựng`; not a provincial command, `Bộ Chỉ huy Quân sự tỉnh`).
const MINISTRY = /(?<![\p{L}])Bộ\s+(?!Chỉ huy|Tư lệnh|Chính trị)\p{Lu}/u

/**
 * The province of a ministry's bloc committee (`Đảng ủy Khối cơ sở Bộ Xây dựng`, the Party
 * committee of a ministry's own agencies): Hà Nội, where the ministries sit; null for any other
 * name (a province's bloc names its province, the central bodies' bloc, `Khối các cơ quan Trung
 * ương`, is placed as a central body is).
 */
export function ministryBlocProvince(organizer: string, date: string | null): Province | null {
  // The ministry first: few names hold one, and the level is read from the whole name.
  if (!MINISTRY.test(organizer) || organizationLevel(organizer, date) !== 'bloc') return null
  return resolveProvince('Hà Nội', { date })?.today ?? null
}

// The province an organiser's name gives (see {@link eventProvince}), a local unit's name several
// provinces had read as the one that is `near`.
const ORGANIZER_READINGS: readonly Reading<Province>[] = [
  (organizer, date) => organizationProvince(organizer, date),
  (organizer, date) => ministryBlocProvince(organizer, date),
  takesNear((organizer, date, near) => districtProvince(organizer, { date, near })?.today ?? null),
  takesNear((organizer, date, near) => communeProvince(organizer, { date, near })?.today ?? null),
  takesNear((organizer, date, near) => formerCommuneProvince(organizer, { date, near })?.today ?? null),
  (organizer, date) => venueProvince(organizer, { date })?.today ?? null,
  (organizer, date) => provinceEndingName(organizer, date)?.today ?? null,
]

/**
 * The province an event was held in, as today's unit, at the event's date (or the article's):
 * from the place stated for it (see {@link placeProvince}: a body may meet away from its seat, a
 * delegation works where it goes), else its organiser's name (or the known seat of an academy it
 * names, see `KNOWN_VENUES`; a district's or, since July 2025, a commune's name; a province's bare
 * name ending it, see `provinceEndingName`), else the main point of
 * the national meeting the article reports (see {@link mainPointProvince}; not for a local body's
 * event), else the province the
 * article is about (see {@link articleProvince}; both read once per article), else the provincial site
 * that published it (its host, a known venue's own site (`venueOfSite`), else a path that names a province: see `provinceOfPath`), else
 * a ward's or commune's name before July 2025 that one province alone has today (a guess, see
 * `communeProvince`); null when none of them says. A name that names a district-level unit (`Huyện ủy Cam Lộ`, `UBND huyện Tân
 * Thạnh`) reads as that unit's province, a district name two provinces had only when the article or
 * the site is one of them, and then at a lower confidence (`sharedName`). A central body's event (see {@link isCentralOrganizer}) or a national
 * meeting (see {@link isNationalMeeting}) is placed only by its location or the main point: national meetings are followed at link points across the
 * country, so the province a local page is about is not where they were held; so is an event with
 * neither organiser nor place on a page that says it was followed at a link point (`linkPoint`, see
 * {@link followedAtLinkPoint}). `article`, `mainPoint` and `linkPoint` may be given as functions,
 * asked only when the event's own words do not place it: each is read over a whole text.
 */
export function eventProvince(
  event: { organizer: string | null; location: string | null; title?: string | null },
  url: string | null,
  date: string | null,
  article: Lazy<Province | null> = null,
  mainPoint: Lazy<Province | null> = null,
  linkPoint: Lazy<boolean> = false,
): PlacedProvince | null {
  const site =
    url === null
      ? null
      : (provinceOfDomain(url, { date }) ?? venueOfSite(url, { date }) ?? provinceOfPath(url, { date }))
  // The code of the province an event is near (the article's, else the site's), read the first time
  // a reader asks for it: most events are placed without it.
  const near = kept(() => valueNow(article)?.code ?? site?.today.code ?? null)
  const place = event.location === null ? null : firstReading(PLACE_READINGS, 0, event.location, date, near.value)
  if (place?.found != null) {
    // A reading that holds only with `near`: a local unit's name several provinces had.
    const confidence = foundOnlyNear(PLACE_READINGS, place, event.location!, date, near)
      ? EVENT_PROVINCE_CONFIDENCE.sharedName
      : EVENT_PROVINCE_CONFIDENCE.location
    return { ...place.found.today, source: 'location', confidence }
  }
  // Held abroad (a delegation's visit, a meeting in a neighbour's capital): in no province.
  if (event.location !== null && isAbroad(event.location)) return null
  // Read only when the place says nothing.
  const byOrganizer =
    event.organizer === null ? null : firstReading(ORGANIZER_READINGS, 0, event.organizer, date, near.value)
  if (byOrganizer?.found != null) {
    const confidence = foundOnlyNear(ORGANIZER_READINGS, byOrganizer, event.organizer!, date, near)
      ? EVENT_PROVINCE_CONFIDENCE.sharedName
      : EVENT_PROVINCE_CONFIDENCE.organizer
    return { ...byOrganizer.found, source: 'organizer', confidence }
  }
  const level = event.organizer === null ? null : organizationLevel(event.organizer, date)
  const main = valueNow(mainPoint)
  if (main !== null && (level === null || !LOCAL_LEVELS.has(level)))
    return { ...main, source: 'location', confidence: EVENT_PROVINCE_CONFIDENCE.mainPoint }
  if (event.organizer !== null && isCentralOrganizer(event.organizer, date)) return null
  if (isNationalMeeting(event.title)) return null
  if (event.organizer === null && event.location === null && valueNow(linkPoint)) return null
  const named = event.title == null ? null : eventNameProvince(event.title, date, near.value)
  if (named !== null) return { ...named.today, source: 'location', confidence: EVENT_PROVINCE_CONFIDENCE.name }
  // A local body named without its unit (`Tỉnh ủy`, `Ban Tuyên giáo Tỉnh ủy`, `Chi bộ`) on a provincial
  // site is the site's own, whatever province the article names most (`họp ... tại thủ đô Hà Nội`).
  if (site !== null && level !== null && LOCAL_LEVELS.has(level))
    return { ...site.today, source: 'site', confidence: EVENT_PROVINCE_CONFIDENCE.site }
  // An event neither named by its organiser nor placed, on a known institution's own site
  // (`vpdangdoan.vinhuni.edu.vn`): the institution's own meeting at its seat, whatever province
  // the text names most (`Đại hội ... tại Thủ đô Hà Nội`, the congress it informs its staff of).
  if (event.organizer === null && event.location === null && url !== null) {
    const seat = venueOfSite(url, { date })
    if (seat !== null) return { ...seat.today, source: 'site', confidence: EVENT_PROVINCE_CONFIDENCE.site }
  }
  const about = valueNow(article)
  if (about !== null) return { ...about, source: 'article', confidence: EVENT_PROVINCE_CONFIDENCE.article }
  if (site !== null) return { ...site.today, source: 'site', confidence: EVENT_PROVINCE_CONFIDENCE.site }
  // A ward or commune before July 2025 that nothing else places (`Đảng ủy phường Bến Thành`).
  const former = event.organizer === null ? null : communeProvince(event.organizer, { date, former: true })
  return former === null
    ? null
    : { ...former.today, source: 'organizer', confidence: EVENT_PROVINCE_CONFIDENCE.formerCommune }
}

type PlacedEvent = {
  organizer: string | null
  location: string | null
  title?: string | null
  date?: string | null
  province: PlacedProvince | null
}

/**
 * A central body's event with no place of its own, reported beside the national sitting the page
 * places (`Đại hội đại biểu toàn quốc Hội Sinh viên Việt Nam lần thứ XI diễn ra ... tại Thủ đô Hà
 * Nội` and `Trung ương Hội Sinh viên Việt Nam ra mắt Hội đồng tư vấn ...`), is held at that sitting:
 * it takes the sitting's province when the page's national sittings are placed in one province
 * alone. Events are changed in place.
 */
export function placeAtNationalSitting(events: PlacedEvent[], date: string | null): void {
  const sittings = events.filter(
    (e) => e.province?.source === 'location' && e.location !== null && isNationalMeeting(e.title),
  )
  const codes = new Set(sittings.map((e) => e.province!.code))
  if (codes.size !== 1) return
  const sitting = sittings[0]!.province!
  for (const e of events) {
    if (e.province !== null || e.location !== null || e.organizer === null) continue
    if (!isCentralOrganizer(e.organizer, e.date ?? date)) continue
    e.province = { ...sitting, confidence: EVENT_PROVINCE_CONFIDENCE.mainPoint }
  }
}
