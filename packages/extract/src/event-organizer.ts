import { findDistricts, findProvinces, resolveProvince } from '@vanban/core'
import type { FoundEvent } from './events.ts'
import { oneLine } from './one-line.ts'
import { HISTORICAL_FIGURES, SURNAMES } from './rules/people-words.ts'
import type { Piece } from './sentences.ts'
import { isWhiteUnit } from './unit-class.ts'

/**
 * Organisers that the subject of a report does not give as a body. A meeting of a body is held
 * by that body, so its name names the organiser: `Hội nghị lần thứ 5 Ban Chấp hành Trung ương
 * Đảng khóa XIII`, `hội nghị Ban Thường vụ Tỉnh ủy`, `họp Ban Chỉ đạo xây dựng Báo cáo ...`,
 * `Phiên họp thường kỳ của Ủy ban Quốc gia ...`. A person who chairs (`đồng chí X, Bí thư Tỉnh
 * ủy, ... chủ trì Hội nghị`) is no organiser: the body the chair heads is (`Tỉnh ủy`).
 */

// A meeting's name followed by the body that meets: `Hội nghị (lần thứ 25) (của) Ban Chấp hành`.
// A sitting numbered by its order (`Kỳ họp thứ 20 HĐND tỉnh`, `Phiên họp thứ nhất của Ban Chỉ
// đạo`), a working session of a body (`cuộc làm việc của Ban Thường vụ Tỉnh ủy`) and a congress
// of an organisation (`Đại hội đại biểu Đảng bộ huyện X lần thứ XVII`) name their body the same way.
const MEETING_OF =
  /^(?:hội nghị|phiên họp|kỳ họp|cuộc họp|họp mặt|họp|cuộc làm việc|buổi làm việc|đại hội(?:\s+đại biểu)?)(?:\s+(?:lần thứ\s+\S+|thứ\s+\S+|thường kỳ|thường lệ|định kỳ|trực tuyến|tháng\s+\S+|quý\s+\S+|mở rộng|toàn thể|bất thường|chuyên đề))*\s+(?:của\s+)?(?=\p{Lu})/iu
// The bodies that meet as such: committees, boards and councils, an association or club by its
// proper name (`Hội Nông dân tỉnh`, `Câu lạc bộ 20/10`; not a union's members, not a reporters'
// conference). Read without regard to case in a name written in capitals (`PHIÊN HỌP CHÍNH PHỦ`).
const MEETING_BODY_NAMES =
  '(?:Ban Chấp hành|Ban Thường vụ|Đảng bộ|Chi bộ|Chi đoàn|Chi hội|Công đoàn|Liên đoàn|Mặt trận|MTTQ|Đoàn(?= (?:TNCS|Thanh niên|trường|xã|phường|khối|cơ sở))|Ban Chỉ đạo|Ban Cán sự|Bộ Chính trị|Ban Bí thư|Thường trực|Đảng ủy|Đảng uỷ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Quận ủy|Quận uỷ|Thị ủy|Thị uỷ|Chính phủ|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Ban Tuyên giáo|Ban Tổ chức|Ban Dân vận|Ban Nội chính|Câu lạc bộ|CLB|BCH|BTV|BCĐ)(?![\\p{L}])|Hội(?=\\s\\p{Lu})(?!\\s(?:viên|nghị|thi|thảo|diễn|chợ)(?![\\p{L}]))'
const MEETING_BODY = new RegExp(`^(?:${MEETING_BODY_NAMES})`, 'u')
const MEETING_BODY_ANY_CASE = new RegExp(`^(?:${MEETING_BODY_NAMES})`, 'iu')
// Where a body's name read from an event's name ends: punctuation, a spaced dash (`Câu lạc bộ
// 20/10 - TPHCM`), a purpose, a place, a verb, the meeting's own modifiers written after the
// body (`Phiên họp Chính phủ thường kỳ tháng 9`), or its day (`cuộc họp của Bộ Chính trị ngày 18 và 19-9`).
const BODY_END =
  /[,;:(“"]|\s[-–]\s|\s(?:lần thứ|để|nhằm|về việc|tại|trình|đã|được|khai mạc|bế mạc|diễn ra|cho ý kiến|nghe|thảo luận|xem xét|đánh giá|với|thường kỳ|định kỳ|thường lệ|trực tuyến|mở rộng|nhiệm kỳ|tháng \d|quý [\dIV]|năm \d|(?:ngày|sáng|chiều|tối|trưa) \d|(?:sáng|chiều|tối|trưa) nay)(?![\p{L}])/iu

// A person, not a body: a subject that opens with how a person is named or a head's position.
const PERSON =
  /^(?:đồng chí|đ\/c|ông|bà|tổng bí thư|bí thư|phó bí thư|chủ tịch|phó chủ tịch|trưởng|phó trưởng|giám đốc|phó giám đốc|ủy viên|uỷ viên|thủ tướng|phó thủ tướng|bộ trưởng|thứ trưởng|hiệu trưởng|(?:tỉnh|thành|huyện|quận|thị|đảng) (?:ủy|uỷ) viên)(?![\p{L}])/iu
// A position followed by a personal name: `Thường trực Ban Bí thư Trần Cẩm Tú`.
const POSITION_THEN_NAME = /^Thường trực\s+Ban Bí thư\s+\p{Lu}/u
// The body a chair heads, from the chair's positions: `Bí thư Tỉnh ủy`, `Chủ tịch UBND huyện`,
// `Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương`; the position's body runs to the comma.
// The heads of a ministry, a court, a procuracy, a command or a department name theirs the same
// way (`Bộ trưởng Bộ Y tế`, `Viện trưởng Viện Kiểm sát nhân dân tỉnh`, `Chỉ huy trưởng Bộ Chỉ huy
// Quân sự tỉnh`); a standing deputy heads the same body (`Phó Bí thư Thường trực Huyện ủy`).
const HEADS =
  /(?<![\p{L}])(?:Bí thư|Chủ tịch|Giám đốc|Hiệu trưởng|Trưởng ban|Bộ trưởng|Thứ trưởng|Viện trưởng|Chánh án|Tư lệnh|Chính ủy|Chính uỷ|Chủ nhiệm|Cục trưởng|Chỉ huy trưởng)(?:\s+[Tt]hường trực)?\s+(\p{Lu}[^,;]*)/gu
const HEADS_COMMISSION = /(?<![\p{L}])Trưởng\s+(?:[Bb]an\s+Thường trực\s+)?(Ban\s+\p{Lu}[^,;]*)/u
// A committee of a place, named for it: its place's name (a run of at most two capitalised
// words) follows; a longer run is a person's name after a place left unnamed (`UBND tỉnh Trần
// Tuyết Minh`), and is left.
const PLACE_COMMITTEE =
  /^(?:(?:Đảng|Tỉnh|Thành|Huyện|Quận|Thị) [ủu]ỷ?y?|UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân)(?:\s+(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố))?/u
const CAPITALISED_RUN = /^(?:\s+\p{Lu}[\p{L}\p{N}]*)+/u
const OPENS_BODY =
  /^(?:Đảng|Tỉnh|Thành|Huyện|Quận|Thị|Chi bộ|UBND|HĐND|Ủy ban|Uỷ ban|Hội|Sở|Trường|Ban|Bộ|Cục|Viện|Học viện|Trung tâm|Liên đoàn|Công đoàn|Đoàn|Mặt trận)(?![\p{L}])/u

// How many pieces `s.split(/\s+/u)` gives: one more than its runs of white space, counted
// without making the pieces (or a new expression, as split does at each call).
function words(s: string): number {
  let n = 1
  for (let i = 0; i < s.length; i++)
    if (isWhiteUnit(s.charCodeAt(i)) && (i === 0 || !isWhiteUnit(s.charCodeAt(i - 1)))) n++
  return n
}

// How many words a subject may hold to be read as one organiser.
const LONGEST_SUBJECT = 20
// `và` between two bodies, the second opening as a body does (`... tỉnh và BCĐ phong trào ...`;
// not the `và` inside one name, `Ban Tuyên giáo và Dân vận`).
const AND_BODY =
  /\s+và\s+(?=(?:Ban|BCĐ|BTV|BCH|Ủy ban|Uỷ ban|UBND|HĐND|MTTQ|Mặt trận|Sở|Hội|Đoàn|Đảng|Chi bộ|Tỉnh|Huyện|Thành|Quận|Trường|Trung tâm|Phòng|Công an|Bộ|Cục|Liên đoàn|Công đoàn)(?![\p{L}]))/u
const BELONGS_TO = /\s+(?:thuộc|trực thuộc)\s+(?=\p{Lu})/u
// A body named in lower case at the start of a clause, then its proper name: `trường THCS Lê Quý
// Đôn`, `chi bộ Trung tâm`, a body of a body and a school of its level (`chi bộ trường mầm non Hồng Tiến`).
const LOWER_CASE_BODY =
  /^(?:(?:trường|chi bộ|đảng bộ|đảng ủy|đảng uỷ|ban|hội|phòng|sở|công đoàn|liên đoàn|trung tâm|liên đội|chi đoàn|bệnh viện|học viện|công ty|câu lạc bộ)\s+){1,3}(?:(?:mầm non|tiểu học|trung học cơ sở|trung học phổ thông|đại học|cao đẳng|trung cấp|phổ thông|đa khoa|cổ phần)\s+)?\p{Lu}/u

/**
 * A subject too long for one organiser that lists bodies (`Ban Chỉ đạo (BCĐ) thực hiện Quy chế
 * dân chủ (QCDC) ở cơ sở tỉnh và BCĐ phong trào thi đua ... tỉnh`): its first body, which
 * organised it with the others; a body named with the one it belongs to (`Chi bộ ... thuộc Đảng
 * bộ ...`): that body. Other subjects as they are.
 */
export function firstOfLongList(subject: string): string {
  if (words(subject) <= LONGEST_SUBJECT) return subject
  // `X thuộc Y`: Y is the body X belongs to, no organiser of its own.
  const within = BELONGS_TO.exec(subject)
  const own = within === null ? subject : subject.slice(0, within.index)
  const and = AND_BODY.exec(own)
  return and === null ? own : own.slice(0, and.index)
}

// A place written after a body as its apposition, between commas (`Đảng ủy xã Tân Phú, huyện
// Đồng Xoài, tỉnh Bình Phước`): a unit word in lower case and the unit's name, or a city by its
// short form (`TP.HCM`); a few words, no more.
const PLACE_APPOSITION =
  /^(?:(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|đặc khu)\s+[\p{Lu}\p{N}]|(?:TP|Tp)\.?\s*[\p{Lu}\p{N}])/u
const LONGEST_APPOSITION = 6

/** Whether a part of a subject between commas is a place written as its body's apposition (`huyện Đồng Xoài`, `tỉnh Long An`). */
export function isPlaceApposition(part: string): boolean {
  return PLACE_APPOSITION.test(part) && words(part) <= LONGEST_APPOSITION
}

// A body's term written after it between commas (`HĐND xã Mỹ Hòa Hưng, khóa XII, nhiệm kỳ 2021
// – 2026 tổ chức ...`): no part of its name.
const TERM_APPOSITION = /^(?:khóa|khoá|nhiệm kỳ)\s+[\p{Lu}\p{N}]\S*(?:\s*[-–]\s*\d{4})?$/u

/**
 * A subject's last part when it is a term written after the body (`khóa XII`, `nhiệm kỳ 2021 –
 * 2026`): the part before it, taken from `parts`; the subject as it is otherwise.
 */
export function withoutTermAppositions(subject: string, parts: string[]): string {
  let last = subject
  while (TERM_APPOSITION.test(last.trim()) && parts.length > 0) last = parts.pop()!.trim()
  return last
}

// A partner written after a body with `cùng` (`Ban Thường vụ Thành Đoàn cùng Ban Thư ký Hội Sinh
// viên tổ chức ...`): the first body holds it with the other.
const WITH_PARTNER = /\s+cùng\s+(?=\p{Lu})/u

/** A subject without the partner it names after `cùng`, when a body opens it (not a person: `đồng chí X cùng Đoàn công tác`). */
export function withoutPartner(subject: string): string {
  const m = WITH_PARTNER.exec(subject)
  if (m === null) return subject
  const first = subject.slice(0, m.index)
  const lastPart = first.slice(first.lastIndexOf(',') + 1).trim()
  return HEADLINE_BODY.test(lastPart) || HEADLINE_BODY.test(first.trim()) ? first : subject
}

// The body a unit belongs to, written after it between commas (`Cụm thi số 3, thuộc Đảng bộ Khối
// các cơ quan và doanh nghiệp tỉnh đã tổ chức ...`).
const BELONGING = /^(?:trực thuộc|thuộc)\s+\p{Lu}/u

/**
 * A subject's last part when it says what the unit before it belongs to (`thuộc Đảng bộ Khối ...`):
 * that unit with it, taken from `parts`, when the unit opens with a capital and is short (not a
 * place, `tại Hội trường A`); the subject as it is otherwise.
 */
export function withBelonging(subject: string, parts: string[]): string {
  if (!BELONGING.test(subject) || parts.length === 0) return subject
  const unit = parts[parts.length - 1]!.trim()
  if (!/^\p{Lu}/u.test(unit) || words(unit) > LONGEST_LISTED || /(?<![\p{L}])(?:tại|ở)(?![\p{L}])/iu.test(unit))
    return subject
  parts.pop()
  return `${unit}, ${subject}`
}

/**
 * A subject whose last parts are places written after its body (`Đảng ủy xã A, huyện B, tỉnh C`
 * read as `tỉnh C`): the body with its places, as written, when a body stands before them (see
 * {@link HEADLINE_BODY}, or a body in lower case); else the places alone (`huyện B, tỉnh C`, the
 * unit's authorities). `parts` are the subject's parts between commas before `organizer`; those
 * taken are removed from it.
 */
export function withPlaceAppositions(subject: string, parts: string[]): string {
  const organizer = withBelonging(withoutTermAppositions(subject, parts), parts)
  if (!isPlaceApposition(organizer)) return organizer
  let places = organizer
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = parts[k]!.trim()
    if (isPlaceApposition(part)) {
      places = `${part}, ${places}`
      continue
    }
    if (words(part) > LONGEST_SUBJECT || !(HEADLINE_BODY.test(part) || opensLowerCaseBody(part))) {
      // No body before them: the places are the subject (`tại hội trường, huyện B, tỉnh C tổ chức`).
      parts.splice(k + 1)
      return places
    }
    parts.splice(k)
    return `${part}, ${places}`
  }
  parts.splice(0)
  return places
}

// A place written before the subject with no comma after it (`tại Hội trường UBND huyện Huyện ủy
// Tân Thạnh tổ chức ...`): the place ends with a unit word in lower case (`UBND huyện`, `hội
// trường xã`) and a body's name opens right after it, capitalised (not `Hội`, `Đoàn`, `Trường`:
// places bear them, `xã Hội Hợp`, `xã Đoàn Kết`, `xã Trường Sơn`).
const PLACE_THEN_BODY =
  /^([Tt]ại\s+\S.*?\s(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố))\s+((?:Huyện|Tỉnh|Thành|Quận|Thị|Đảng) [ủu]ỷ?y?(?![\p{L}]).*|(?:Ban Thường vụ|Ban Chấp hành|Thường trực|Chi bộ|Đảng bộ|UBND|HĐND|Ủy ban|Uỷ ban|Công đoàn|Mặt trận|MTTQ|Sở|Phòng|Trung tâm|Công an|Ban Chỉ huy)(?![\p{L}]).*)$/u

/**
 * A place and the subject written after it with no comma between (`tại Hội trường UBND huyện
 * Huyện ủy Tân Thạnh`: `Hội trường UBND huyện` and `Huyện ủy Tân Thạnh`), or null: a place whose
 * last word is no unit word (`tại Hội trường Huyện ủy Tân Thạnh` is one place).
 */
export function placeThenBody(part: string): { place: string; body: string } | null {
  const m = PLACE_THEN_BODY.exec(part)
  if (m === null) return null
  return { place: m[1]!.replace(/^[Tt]ại\s+/u, ''), body: m[2]!.trim() }
}

// A bracket after a body that places it (`Đảng ủy xã Tân Phú (huyện Đồng Xoài)`, `Trường THCS A
// (Chương Mỹ, Hà Nội)`): a unit word and a name, a province or a district-level unit core knows.
const BRACKETED = /\s*\(([^()]{1,40})\)\s*$/u

/** Whether a body's name ends with a bracket that places it (see {@link BRACKETED}); kept then, as it names the body's province. */
export function endsWithPlace(organizer: string, date: string | null = null): boolean {
  const inner = BRACKETED.exec(organizer)?.[1]?.trim()
  if (inner === undefined) return false
  return (
    isPlaceApposition(inner) ||
    inner.split(/,\s*/u).some((part) => resolveProvince(part, { date }) !== null) ||
    findProvinces(inner, { date }).length > 0 ||
    findDistricts(inner, { date }).length > 0
  )
}

// How many words a body listed before others in a subject may hold (`Sở Giáo dục và Đào tạo`).
const LONGEST_LISTED = 8

/**
 * Whether a part of a subject between commas is a body listed with the others that follow it
 * (`Ban Tuyên giáo Tỉnh ủy, Sở Giáo dục và Đào tạo, Tỉnh đoàn tổ chức ...`): it opens as a body
 * does and is short; a person's position (`Bí thư Huyện ủy`) or a place (`tại Hội trường Tỉnh ủy`) is not.
 */
export function listedBody(part: string): boolean {
  return OPENS_BODY.test(part) && words(part) <= LONGEST_LISTED && !/(?<![\p{L}])(?:tại|ở|của)(?![\p{L}])/u.test(part)
}

// A dash between words, as a joint list of bodies writes it (`Hội Liên hiệp Phụ nữ – Hội Liên hiệp
// Thanh niên – Liên đoàn Lao động`).
const DASH = /\s[-–]\s/u

/**
 * How many bodies a subject lists after the first, joined by dashes (`Hội Liên hiệp Phụ nữ – Hội
 * Liên hiệp Thanh niên – Liên đoàn Lao động – Trung tâm Văn hóa Quận 1 phối hợp tổ chức ...`):
 * each part a listed body (see {@link listedBody}); 0 when any part is not, as in one name with
 * a dash (`Ban Tuyên giáo - Dân vận Tỉnh ủy`, `Tổng Công ty Dệt May Miền Nam – Vinatex`).
 */
export function dashListedBodies(subject: string): number {
  if (!subject.includes(' – ') && !subject.includes(' - ')) return 0
  const parts = subject.split(DASH).map((p) => p.trim())
  return parts.length >= 2 && parts.every(listedBody) ? parts.length - 1 : 0
}

// A time said in words, written before the subject in lower case after a clause that opens the
// sentence (`Thực hiện Kế hoạch của Huyện ủy, mới đây Hội Nông dân xã tổ chức ...`), with the day
// it names in brackets (`Hôm nay (1/11), trường Tiểu học Đông Ba tổ chức ...`).
const TIME_IN_WORDS =
  /^(?:vừa qua|mới đây|gần đây|vừa rồi|hôm qua|hôm nay|(?:sáng|chiều|tối|trưa) (?:nay|qua)|(?:trong )?(?:tuần|tháng) (?:qua|này)|thời gian qua|những ngày qua)(?:\s*\(\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*\))?(?:\s*,)?\s+/iu

// The members or leaders of a body written before it as the subject (`đảng viên Chi bộ Khu phố 3`,
// `cán bộ, giáo viên Trường THCS Lê Lợi`, `Lãnh đạo Sở Tư pháp`): the body holds what they hold.
const MEMBERS_OF =
  /^(?:(?:toàn thể|tập thể)\s+)?(?:(?:lãnh đạo|ban lãnh đạo|cán bộ|đảng viên|giáo viên|công chức|viên chức|người lao động|hội viên|đoàn viên|chiến sĩ|nhân viên|y, bác sĩ|y bác sĩ|thầy cô giáo|thầy và trò|thầy, cô giáo|học sinh|sinh viên)(?:\s*,\s*|\s+và\s+|\s+))+(?=\p{Lu})/iu

/** A subject without the members or leaders written before the body (`đảng viên Chi bộ 3`: `Chi bộ 3`). */
export function withoutMembers(subject: string): string {
  const m = MEMBERS_OF.exec(subject)
  if (m === null || !/^\p{Lu}/u.test(subject.slice(m[0].length))) return subject
  const body = subject.slice(m[0].length)
  // A leader named by a position is a person (`Lãnh đạo tỉnh`), no body.
  return OPENS_BODY.test(body) ||
    /^(?:Chi bộ|Tổ đảng|Chi đoàn|Chi hội|Công an|Bộ Chỉ huy|Bệnh viện|Công ty)(?![\p{L}])/u.test(body)
    ? body
    : subject
}

/** A subject without the time in words written before it (`vừa qua Chi bộ Khu phố 1`: `Chi bộ Khu phố 1`). */
export function withoutTimeInWords(subject: string): string {
  const m = TIME_IN_WORDS.exec(subject)
  // A body's name follows, capitalised (`vừa qua các chi bộ` keeps its words: no body is named).
  return m === null || !/^\p{Lu}/u.test(subject.slice(m[0].length)) ? subject : subject.slice(m[0].length)
}

// An administrative unit that holds an event, named by its unit word in lower case and its name
// (`huyện Đô Lương tổ chức ...`, `xã Tân Phú tổ chức ...`, `phường 5`): the unit's authorities
// held it, and the report names them by the place (not `xã hội`, a word).
const LOWER_CASE_UNIT =
  /^(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|thôn|ấp|bản|buôn|xóm|khu phố|tổ dân phố|khu dân cư)\s+(?:số\s+)?[\p{Lu}\p{N}]/u
// A body written all in lower case, known by its kind and the unit it serves (`hội phụ nữ xã Tân
// Phú`, `đoàn thanh niên xã`, `công an huyện Tân Phú`, `bệnh viện đa khoa tỉnh`), a Youth Union
// of a unit (`huyện đoàn Chương Mỹ`, `tỉnh đoàn`), a sector by its name (`ngành Giáo dục huyện`);
// not members (`hội viên`, `đoàn viên`), meetings (`hội nghị`), a delegation (`đoàn công tác`).
const LOWER_CASE_UNIT_BODY = new RegExp(
  '^(?:(?:hội(?!\\s+(?:viên|nghị|thi|thảo|diễn|chợ)(?![\\p{L}]))|đoàn(?!\\s+(?:viên|thể|công tác|đại biểu|kiểm tra|giám sát|khảo sát|khách)(?![\\p{L}]))|chi đoàn|chi hội|đảng ủy|đảng uỷ|đảng bộ|công an(?!\\s+viên)|ủy ban nhân dân|uỷ ban nhân dân|mặt trận|liên đội|bệnh viện|công đoàn|ban chỉ huy quân sự)\\s+(?:(?!(?:tuyến|cấp|các|những|trên)\\s)\\p{Ll}+\\s+){0,4}?(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|thôn|ấp|khu phố)(?![\\p{L}])' +
    '|(?:tỉnh|thành|huyện|quận|thị) đoàn(?![\\p{L}])|ngành\\s+\\p{Lu})',
  'u',
)

/** Whether a subject opens with a body or a unit named in lower case before its proper name (`trường THCS Lê Quý Đôn`, `huyện Đô Lương`). */
export function opensLowerCaseBody(subject: string): boolean {
  return (
    LOWER_CASE_BODY.test(subject) ||
    LOWER_CASE_UNIT.test(subject) ||
    LOWER_CASE_UNIT_BODY.test(subject) ||
    subject === 'nhà trường'
  )
}

// A Party organisation's congress, its `đảng bộ` often written in lower case (`Đại hội Đại biểu
// đảng bộ tỉnh Kiên Giang lần thứ XI`): the Party organisation holds its congress.
// Congresses of every level or of many (`Đại hội đảng bộ các cấp`, `cấp cơ sở`) are no one's.
const PARTY_CONGRESS = /^đại hội(?:\s+đại biểu)?\s+(?=đảng bộ\s+(?!(?:các|cấp)(?![\p{L}])))/iu

/** The body whose meeting an event's name names (`Hội nghị Ban Thường vụ Tỉnh ủy`), or null. */
export function meetingBody(eventName: string): string | null {
  const congress = PARTY_CONGRESS.exec(eventName)
  const meeting = congress ?? MEETING_OF.exec(eventName)
  if (meeting === null) return null
  const rest = eventName.slice(meeting[0].length)
  // A name in capitals shows no proper name by its case; its words are read as written.
  const capitals = !/\p{Ll}/u.test(eventName)
  if (congress === null && !(capitals ? MEETING_BODY_ANY_CASE : MEETING_BODY).test(rest)) return null
  const end = BODY_END.exec(rest)
  const body = (end === null ? rest : rest.slice(0, end.index)).replace(/[\s.…]+$/u, '').trim()
  return body === '' || words(body) > 16 ? null : body
}

// `của` and a body in an event's name, after its topic (`Hội nghị sơ kết 6 tháng của Đảng ủy xã
// Tân Phú`, `Lễ kỷ niệm 50 năm thành lập của Trường THCS Lê Lợi`): the last such one.
const OWNER_IN_NAME = new RegExp(
  `(?<![\\p{L}])của\\s+(?=(?:${MEETING_BODY_NAMES}|Trường|Sở|Bộ|Cục|Viện|Học viện|Trung tâm|Bệnh viện|Công ty|Tổng công ty|Công an|Bộ Chỉ huy|Tổ đảng|Liên đội|Tỉnh đoàn|Thành đoàn|Huyện đoàn)(?![\\p{L}]))`,
  'gu',
)
// A document cited in the name before `của` (`quán triệt Nghị quyết số 57-NQ/TW của ...`): the
// body after it may be the document's issuer.
const DOCUMENT_IN_NAME =
  /(?<![\p{L}])(?:Nghị quyết|Chỉ thị|Kết luận|Quy định|Quyết định|Nghị định|Thông tư|Luật|Hiến pháp|Kế hoạch|Hướng dẫn|Chương trình|Đề án|Thông báo|Điều lệ|Văn kiện|văn bản)(?![\p{L}])/iu
// A central document's code (`57-NQ/TW`, `35/2024/QH15`, `13/2023/NĐ-CP`): issued by a central
// body, so a local body after it holds the meeting.
const CENTRAL_CODE = /\/(?:TW|TƯ|T\.Ư|QH\d*|[A-ZĐ]+-CP|CP|TTg|VPTW|BCĐTW)(?![\p{L}\p{N}])/u
// The bodies that issue central documents, which a meeting about one names as its author.
const CENTRAL_ISSUER =
  /^(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Trung ương|Chính phủ|Quốc hội|Thủ tướng|Ủy ban Thường vụ Quốc hội|Uỷ ban Thường vụ Quốc hội)(?![\p{L}])/u

/**
 * The body an event's name says it belongs to, after its topic (`Hội nghị sơ kết 6 tháng đầu năm
 * của Đảng ủy xã Tân Phú`: `Đảng ủy xã Tân Phú`), or null. After a cited document the body may be
 * its issuer (`Hội nghị quán triệt Nghị quyết số 05-NQ/TU của Tỉnh ủy`): it is read there only
 * when the document's code is a central one and the body is not a central issuer
 * (`... Nghị quyết số 57-NQ/TW của Huyện ủy Tân Thạnh`).
 */
export function ownerInName(eventName: string): string | null {
  // OWNER_IN_NAME reads `của` as written: a name without it names no owner.
  if (!eventName.includes('của')) return null
  let at = -1
  // Read with exec from lastIndex (as those below): matchAll would copy the expression at every call.
  OWNER_IN_NAME.lastIndex = 0
  for (let m = OWNER_IN_NAME.exec(eventName); m !== null; m = OWNER_IN_NAME.exec(eventName)) at = m.index + m[0].length
  if (at < 0) return null
  const rest = eventName.slice(at)
  const end = BODY_END.exec(rest)
  const body = (end === null ? rest : rest.slice(0, end.index)).replace(/[\s.…]+$/u, '').trim()
  if (body === '' || words(body) > 16) return null
  const before = eventName.slice(0, at)
  if (DOCUMENT_IN_NAME.test(before) && (!CENTRAL_CODE.test(before) || CENTRAL_ISSUER.test(body))) return null
  return body
}

/** Whether an organiser read from a report's subject is a person (`Trưởng đoàn ĐBQH tỉnh`), not a body. */
export function isPerson(organizer: string): boolean {
  return PERSON.test(organizer) || POSITION_THEN_NAME.test(organizer)
}

/** The body a chair heads, from the words before the verb (`..., Bí thư Tỉnh ủy, ... chủ trì`), or null. */
export function chairsBody(subject: string): string | null {
  // The head of a commission (`Trưởng Ban Tuyên giáo T.Ư`, `Phó Trưởng Ban Thường trực Ban Tuyên
  // giáo Tỉnh ủy`) names the commission whole: `Ban` is part of its name.
  const c = HEADS_COMMISSION.exec(subject)
  const commission = c?.[1]?.replace(/\s+(?:chủ trì|phát biểu|dự|đã|cùng)(?![\p{L}]).*$/u, '').trim() ?? null
  // The first position written that names a body is the one read (`Tỉnh ủy viên, Bí thư Huyện
  // ủy X`: `Huyện ủy X`; `Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh`: `Tỉnh ủy`).
  let headed: string | null = null
  let at = -1
  HEADS.lastIndex = 0
  for (let m = HEADS.exec(subject); m !== null; m = HEADS.exec(subject)) {
    headed = headedBody(m[1]!)
    at = m.index
    if (headed !== null) break
  }
  if (commission !== null && words(commission) <= 8 && (headed === null || c!.index <= at)) return commission
  return headed
}

// The kinds of organ whose names are never a person's: a personal name written after one is the
// head's own (`Bộ trưởng Bộ Y tế Đào Hồng Lan`, `Giám đốc Sở Nội vụ Nguyễn Văn C`); schools,
// hospitals and companies often bear a person's name (`Trường Tiểu học Lê Văn Tám`) and keep it.
const ORGAN =
  /^(?:Bộ|Sở|Ban|Cục|Tổng cục|Vụ|Phòng|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Tỉnh|Thành|Huyện|Quận|Thị|Đảng|Công an|Viện Kiểm sát|Tòa án|Toà án|Văn phòng|Liên đoàn|Mặt trận|Hội)(?![\p{L}])/u
const SURNAME = new Set(SURNAMES)
const KEPT_NAMES = HISTORICAL_FIGURES.map((n) => ` ${n}`)

/** An organ's name without the personal name its head's title ran on into (`Sở Nội vụ Nguyễn Văn C`: `Sở Nội vụ`). */
export function withoutHeadName(body: string): string {
  if (!ORGAN.test(body) || KEPT_NAMES.some((n) => body.endsWith(n))) return body
  const ws = body.split(' ')
  // A personal name: two to four capitalised words from a surname at the end, after a word in
  // lower case (`Bộ Y tế Đào Hồng Lan`). After a place's unit word the place comes first: a run
  // of three words or fewer is the place (`tỉnh Lâm Đồng`, `phường Lê Hồng Phong`), a longer one
  // ends with the person (`tỉnh Bến Tre Lê Văn B`).
  let lower = ws.length - 1
  while (lower >= 0 && /^\p{Lu}\p{Ll}*$/u.test(ws[lower]!)) lower--
  const run = ws.length - 1 - lower
  if (lower < 0 || !/^\p{Ll}/u.test(ws[lower]!)) return body
  const place = PLACE_UNIT.test(ws[lower]!)
  for (const k of place ? [3, 2] : [run]) {
    if (k < 2 || k > 4 || (place && run - k < 2)) continue
    if (SURNAME.has(ws[ws.length - k]!)) return ws.slice(0, -k).join(' ')
  }
  return body
}
const PLACE_UNIT = /^(?:tỉnh|huyện|xã|phường|quận|thị xã|trấn|phố|nước)$/u

// The body named after a head's title (`Tỉnh ủy` of `Bí thư Tỉnh ủy, ...`), or null.
function headedBody(after: string): string | null {
  const named = after.replace(/\s+(?:chủ trì|phát biểu|dự|đã|cùng)(?![\p{L}]).*$/u, '').trim()
  if (!OPENS_BODY.test(named)) return null
  const committee = PLACE_COMMITTEE.exec(named)
  let body = named
  if (committee !== null) {
    const run = CAPITALISED_RUN.exec(named.slice(committee[0].length))?.[0] ?? ''
    body = committee[0] + (words(run.trim()) <= 2 ? run : '')
  }
  body = withoutHeadName(body)
  return words(body) > 12 ? null : body
}

// The body named right after an event's name as the one that holds it: `Hội nghị sơ kết ..., do
// Hội Nông dân tỉnh tổ chức vào sáng 20-7`.
// A contest or movement is held by the body that launched it (`cuộc thi ... do Ban Tuyên giáo
// Tỉnh ủy phát động`); a passive with its agent after `bởi` names it too (`được tổ chức bởi Sở Tư pháp`).
const HELD_BY_AFTER_NAME =
  /^[^.;]{0,40}?(?<![\p{L}])(?:do\s+(\p{Lu}[^,;.]{1,80}?)\s+(?:tổ chức|chủ trì|đăng cai|phát động|phối hợp)|được\s+(?:tổ chức|chủ trì|phát động)\s+bởi\s+(\p{Lu}[^,;.]{1,80}?)(?=\s+(?:vào|tại|với|nhằm|trong)\s|[,;.]|$))(?![\p{L}])/u

/** The body an event's name is followed by as its holder (`..., do Hội Nông dân tỉnh tổ chức`), or null. */
export function heldByAfterName(afterName: string): string | null {
  const m = HELD_BY_AFTER_NAME.exec(afterName)
  const by = (m?.[1] ?? m?.[2])?.trim()
  return by === undefined || isPerson(by) || !OPENS_BODY.test(by) ? null : by
}

// An event named again by its noun alone, as one already reported: `Phiên họp cũng đưa ra ...`,
// `Cuộc họp`, `Buổi sinh hoạt chuyên đề ôn lại ...`, `Hội thi khai mạc`, and a round of a contest
// reported before, `Vòng sơ khảo` (not `Hội nghị Ban Thường vụ`, `Cuộc thi “Tuổi trẻ”`: names).
const NAMED_AGAIN =
  /^(?:[Bb]uổi|[Cc]uộc|[Pp]hiên|[Kk]ỳ|[Vv]òng|[Hh]ội nghị|[Hh]ội thi)(?:\s+\p{Ll}[\p{L}]*)*?(?:\s+(?:cũng|đã|được|này|đó|ôn|diễn|khai mạc|bế mạc)(?![\p{L}])|\s*$)/u

/**
 * The noun an event named again by it alone goes by (`hội thi` of `Hội thi khai mạc`, `sinh
 * hoạt` of `Buổi sinh hoạt chuyên đề ôn lại ...`: its first two words after `buổi`), or null when
 * the name is a name.
 */
export function namedAgainNoun(title: string): string | null {
  if (!NAMED_AGAIN.test(title)) return null
  const ws = title
    .toLowerCase()
    .replace(/^buổi\s+/u, '')
    .split(/\s+/u)
  return ws.slice(0, 2).join(' ')
}

// Where an earlier sentence names a meeting (`tại Phiên họp thường kỳ của Ủy ban Quốc gia ...`).
const MEETING_NOUN = /(?<![\p{L}])(?:hội nghị|phiên họp|kỳ họp|cuộc họp)(?![\p{L}])/giu
// A body that holds or meets as the subject of a clause: `..., UBND tỉnh họp rà soát ...`,
// `Ngày 24/9, Chi bộ trường MNTH Hoa Sen tổ chức sinh hoạt ...`.
const BODY_HOLDS = new RegExp(
  `(?:^|[,;:]\\s+)((?:${OPENS_BODY.source.slice(1)})[^,;.]{0,80}?)\\s+(?:đã\\s+)?(?:tổ chức|họp)(?![\\p{L}])`,
  'u',
)
// A body said to hold something, in the passive (`Hội thi do Ban Tuyên giáo Tỉnh ủy phối hợp với
// Sở Tư pháp, Tỉnh đoàn tổ chức`): the first body, not a partner listed after it.
const HELD_BY_DO = /(?<![\p{L}])do\s+(\p{Lu}[^,;.]{1,80}?)\s+(?:phối hợp|tổ chức|chủ trì|đăng cai)(?![\p{L}])/u
// How many sentences back an event named again is looked for.
const NAMED_AGAIN_REACH = 4
const HOLDING_VERB = /(?<![\p{L}])(?:tổ chức|họp|tiến hành)(?![\p{L}])/u

/**
 * The body that held an event named again by its noun alone (`Phiên họp cũng ...`), from the
 * sentences before it (nearest first, at most {@link NAMED_AGAIN_REACH}): the body of a meeting
 * they name, else the body they say it is held by (`do X tổ chức`), else a body they say holds or
 * meets; null when the name is no such noun.
 */
export function heldBefore(title: string, before: readonly string[]): string | null {
  if (!NAMED_AGAIN.test(title)) return null
  for (const text of before.slice(-NAMED_AGAIN_REACH).reverse()) {
    MEETING_NOUN.lastIndex = 0
    for (let m = MEETING_NOUN.exec(text); m !== null; m = MEETING_NOUN.exec(text)) {
      const body = meetingBody(text.slice(m.index))
      if (body !== null) return body
    }
    const by = HELD_BY_DO.exec(text)?.[1]?.trim()
    if (by !== undefined && OPENS_BODY.test(by) && !isPerson(by)) return by
    const holds = BODY_HOLDS.exec(text)?.[1]?.trim()
    if (holds !== undefined && !isPerson(holds)) return holds
  }
  return null
}

// A body written by its kind alone, as one named in full before (`Học viện đã tổ chức` after
// `Học viện Báo chí và Tuyên truyền`).
const BARE_KIND = /^(?:Học viện|Trường|Viện|Hội|Sở|Trung tâm|Bệnh viện|Công ty)$/u
// The words after which a full name read before has ended.
const AFTER_NAME = /^(?:với|và các|tổ chức|đã|được|cùng|phối hợp|tại|trong|nhằm|để|là)$/u
const CAPITALISED = /^[\p{Lu}\p{N}]/u
// How many words a full name read before may hold.
const LONGEST_FULL_NAME = 10

// The proper name that opens a text: capitalised words, `và` between them, and a word in lower
// case within it (`Báo chí và Tuyên truyền`: `chí` before `và`, `truyền` before `với`), not a verb
// after it (`Hồng Quang chia sẻ`, `Hồng Quang có`).
function properName(text: string): string {
  const ws = text.split(/\s+/u)
  const kept: string[] = []
  for (let i = 0; i < ws.length && kept.length < LONGEST_FULL_NAME; i++) {
    const w = ws[i]!.replace(/[,;.:()“”"]+$/u, '')
    const next = ws[i + 1] ?? ''
    const cut = w !== ws[i]
    if (CAPITALISED.test(w)) kept.push(w)
    else if (w === 'và' && /^\p{Lu}/u.test(next)) kept.push(w)
    else if (
      kept.length > 0 &&
      CAPITALISED.test(kept[kept.length - 1]!) &&
      (cut || next === 'và' || /^\p{Lu}/u.test(next) || AFTER_NAME.test(next))
    )
      kept.push(w)
    else break
    if (cut) break
  }
  return kept.join(' ')
}

/**
 * The full name a body written by its kind alone (`Học viện`) was given last in the text before it
 * (`... giữa Học viện Báo chí và Tuyên truyền với ...`), or null.
 */
export function fullNameBefore(kind: string, before: string): string | null {
  if (!BARE_KIND.test(kind)) return null
  let last: string | null = null
  for (const m of before.matchAll(new RegExp(`(?<![\\p{L}])${kind}\\s+(?=\\p{Lu})`, 'gu'))) {
    const name = properName(before.slice(m.index + m[0].length))
    if (name !== '') last = `${kind} ${name}`
  }
  return last
}

// Where a body written by its kind alone stands in its sentence: its last such writing.
function bareAt(text: string, kind: string): number {
  let at = text.length
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${kind}(?!\\s+\\p{Lu})`, 'gu'))) at = m.index
  return at
}

// A predicate an organiser read from a report ran on into: words that never stand in lower case
// in a body's name (`Ủy ban MTTQ thành phố giao ban công tác quý I`, `Đảng ủy xã xây dựng Kế
// hoạch số 44-KH/ĐU`, `Phó Thủ tướng Thường trực ... đồng ý`), the verb its report is about.
const PREDICATE =
  /\s(?:giao ban|chủ trì|đồng ý|tiếp tục|phát động|ban hành|vừa|đã|sẽ|xây dựng\s+(?:kế hoạch|Kế hoạch|chương trình))(?![\p{L}])/u

// The preposition of a time written between the subject and its verb, left behind when the time
// is read (`Chi bộ Khu phố 3 vào ngày 12/9 đã tổ chức`: `Chi bộ Khu phố 3 vào`).
const TIME_PREPOSITION =
  /\s+(?:vào|lúc|trong|hôm|ngày|sáng|chiều|tối|trưa)(?:\s+(?:lúc|ngày|hôm|sáng|chiều|tối|trưa))?$/u

/** An organiser without the predicate it ran on into (`Ban Chỉ đạo ... xã xây dựng kế hoạch`: `Ban Chỉ đạo ... xã`) or a time's preposition (`Chi bộ 3 vào`). */
export function withoutPredicate(organizer: string): string {
  const m = PREDICATE.exec(organizer)
  const cut = m === null || m.index === 0 ? organizer : organizer.slice(0, m.index).trim()
  const time = TIME_PREPOSITION.exec(cut)
  return time === null || time.index === 0 ? cut : cut.slice(0, time.index)
}

// A delegation a person leads (`..., làm trưởng đoàn Đoàn Kiểm tra của Ban Chỉ đạo ... tại ...`,
// `dẫn đầu Đoàn công tác của Tỉnh ủy`), up to where it went or the clause's end.
const DELEGATION_LED =
  /(?:trưởng đoàn|dẫn đầu)\s+(đoàn\s+(?:kiểm tra|công tác|giám sát|khảo sát)(?![\p{L}])[^,;.]*?)(?=\s+(?:tại|do|đến|về|làm việc|với|đã)(?![\p{L}])|[,;.]|$)/iu

/** The delegation a person is said to lead in a subject (`làm trưởng đoàn Đoàn Kiểm tra của ...`), or null. */
export function delegationLed(subject: string): string | null {
  return DELEGATION_LED.exec(subject)?.[1]?.trim() ?? null
}

// A party organisation written after the cell or group of it that is the subject (`Chi bộ thôn
// Kon Klor 2, Đảng bộ xã Đăk Rơ Wa tổ chức ...`): the cell is the organiser.
const PARENT_BODY = /^(?:Đảng bộ|Đảng ủy|Đảng uỷ|Đoàn trường|Đoàn xã|Hội)(?![\p{L}])/u
const CELL_BEFORE = /(?:^|[,;:]\s+|\s)((?:Chi bộ|Tổ đảng|Chi đoàn|Chi hội)\s+[^,;:]{1,60}),\s*$/u

/** The cell written before the party organisation it belongs to (`Chi bộ thôn A, ` before `Đảng bộ xã B`), or null. */
export function cellBefore(organizer: string, before: string): string | null {
  if (!PARENT_BODY.test(organizer)) return null
  return CELL_BEFORE.exec(before)?.[1]?.trim() ?? null
}

/**
 * A subject and a place split inside a bracket (`tại trường THCS Hoàng Diệu (Chương Mỹ, Hà Nội),
 * huyện Đoàn Chương Mỹ tổ chức`: place `... (Chương Mỹ`, organiser `Hà Nội), huyện Đoàn ...`):
 * the bracket's end goes back to the place and the organiser is what follows it.
 */
export function mendBracketSplit(e: { organizer: string | null; location: string | null }): void {
  if (e.organizer === null || e.location === null) return
  const close = e.organizer.indexOf(')')
  const open = e.organizer.indexOf('(')
  if (close < 0 || (open >= 0 && open < close)) return
  if (e.location.lastIndexOf('(') <= e.location.lastIndexOf(')')) return
  e.location = `${e.location}, ${e.organizer.slice(0, close + 1).trim()}`
  const rest = e.organizer.slice(close + 1).replace(/^[\s,;]+/u, '')
  e.organizer = rest === '' ? null : rest
}

/**
 * Organiser stage after the events are read: a subject split inside a bracket is mended (see
 * {@link mendBracketSplit}) and a body written by its kind alone takes its full name from before
 * (see {@link fullNameBefore}); an event whose organiser is missing or a person takes the body its
 * name says meets, else the body named after its name as its holder (`..., do X tổ chức`), else
 * the delegation the person leads or the body the person heads (from the words of its report
 * before the event's name); one with none, named again by its noun alone, takes the body the
 * sentences before say held it. `sentences` are those given to `findEvents`.
 */
export function fillOrganizers(events: FoundEvent[], sentences: readonly Piece[], title: Piece | null = null): void {
  // Most articles report no event: the headline is read only for one that does.
  if (events.length === 0) return
  const headline = title === null ? null : titleSubject(title.text)
  const reported = new Set(events.map((e) => e.sentence))
  for (const e of events) {
    fillOrganizer(e, sentences, reported)
    if (headline !== null) e.organizer = withTitleSubject(e.organizer, headline)
  }
}

// One event's organiser, as `fillOrganizers` reads it before the headline is looked at.
function fillOrganizer(e: FoundEvent, sentences: readonly Piece[], reported: ReadonlySet<number>): void {
  mendBracketSplit(e)
  if (e.organizer !== null) e.organizer = withoutPredicate(e.organizer)
  if (e.organizer !== null && BARE_KIND.test(e.organizer) && e.sentence >= 0) {
    const own = sentences[e.sentence]
    const before = sentences
      .slice(Math.max(0, e.sentence - NAMED_AGAIN_REACH), e.sentence)
      .map((p) => p.text)
      .concat(own === undefined ? [] : [own.text.slice(0, bareAt(own.text, e.organizer))])
    e.organizer = fullNameBefore(e.organizer, before.join('\n')) ?? e.organizer
  }
  const own = sentences[e.sentence]
  const at = own === undefined || e.organizer === null ? -1 : own.text.indexOf(`, ${e.organizer}`)
  if (at >= 0) e.organizer = cellBefore(e.organizer!, own!.text.slice(0, at + 2)) ?? e.organizer
  if (e.organizer !== null && !isPerson(e.organizer)) return
  const body = bodyFor(e, sentences, reported)
  if (body !== ATTENDEE) {
    e.organizer = body ?? e.organizer
    return
  }
  const name = e.title?.replace(/…$/u, '') ?? ''
  const named = own === undefined ? -1 : own.text.toLowerCase().indexOf(name.toLowerCase())
  e.organizer = named < 0 ? null : hostNamed(own!.text.slice(named))
}

// The bodies a headline opens with as its subject (`Huyện ủy Cam Lộ quán triệt ...`, `Bệnh viện
// Ung Bướu kỷ niệm ...`, `Chi bộ 3: Sinh hoạt chuyên đề ...`).
const HEADLINE_BODY =
  /^(?:Ban|Ủy ban|Uỷ ban|UBND|HĐND|UBMTTQ|MTTQ|Mặt trận|Đảng ủy|Đảng uỷ|Đảng Ủy|Đảng Uỷ|Đảng bộ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Quận ủy|Quận uỷ|Thị ủy|Thị uỷ|Chi bộ|Tổ đảng|Chi đoàn|Chi hội|Đoàn|Tỉnh đoàn|Thành đoàn|Huyện đoàn|Liên đoàn|Công đoàn|Liên đội|Hội(?=\s\p{Lu})(?!\s(?:Nghị|Thi|Thảo|Diễn|Chợ)(?![\p{L}]))|Sở|Bộ|Cục|Phòng|Trường|Học viện|Viện|Trung tâm|Bệnh viện|Công ty|Tổng công ty|Công an|Bộ Chỉ huy|Câu lạc bộ|CLB)(?![\p{L}])/u
// Where a headline's subject ends: the verb of what it reports (`Huyện ủy X quán triệt`, `Đảng ủy
// phường Y trao Huy hiệu`), an adverb before it, a colon, a quotation (not a dash: `Đảng ủy Khối
// Cơ quan - Doanh nghiệp tỉnh`).
const HEADLINE_VERB =
  /\s*[:|“"]|\s(?:tổ chức|quán triệt|triển khai|học tập|sơ kết|tổng kết|trao|trao tặng|kỷ niệm|sinh hoạt|họp|họp mặt|gặp mặt|ra mắt|phát động|khai giảng|bế giảng|khai mạc|bế mạc|kết nạp|tuyên dương|tập huấn|bồi dưỡng|hưởng ứng|triển khai thực hiện|đẩy mạnh|đánh giá|rà soát|kiểm tra|giám sát|khảo sát|chúc mừng|ký kết|phát huy|cần|nêu|yêu cầu|đề nghị|bàn|tiếp tục|long trọng|đã|vừa|chính thức|giao ban|đối thoại|phối hợp|cùng|làm việc|thăm|tặng|đón|công bố|khen thưởng|lấy ý kiến|góp ý|thông qua|ban hành|lãnh đạo|chỉ đạo|nâng cao|tăng cường|quyết tâm|tích cực|với|tại|sẵn sàng|hoàn thành|đạt|có|là|được)(?![\p{L}])/u
// How many words a headline's subject may hold.
const LONGEST_HEADLINE_SUBJECT = 12

/**
 * The body a headline opens with as the subject of what it reports (`Huyện ủy Cam Lộ quán triệt
 * Nghị quyết 57-NQ/TW`: `Huyện ủy Cam Lộ`), or null: a headline that opens otherwise, a subject
 * with no verb after it, or one too long to be a name.
 */
export function titleSubject(title: string): string | null {
  const line = oneLine(title)
  if (!HEADLINE_BODY.test(line)) return null
  const end = HEADLINE_VERB.exec(line)
  if (end === null || end.index === 0) return null
  const subject = line
    .slice(0, end.index)
    .replace(/[,.;]+$/u, '')
    .trim()
  return subject === '' || words(subject) > LONGEST_HEADLINE_SUBJECT || isPerson(subject) ? null : subject
}

/**
 * An event's organiser with the headline's subject: the subject when none was read (the body
 * reports `hội nghị được tổ chức ...`, `nhà trường tổ chức ...`), or when the organiser read is the
 * subject's name cut short (`Huyện ủy` for `Huyện ủy Cam Lộ`); the organiser read otherwise.
 */
export function withTitleSubject(organizer: string | null, subject: string): string | null {
  if (organizer === null || GENERIC.test(organizer)) return subject
  return subject.startsWith(`${organizer} `) ? subject : organizer
}

// A body named by its kind alone, as the one the text is about (`Nhà trường tổ chức ...`, `nhà
// trường`, `Đơn vị`, `Bệnh viện`): the headline's subject names it in full.
const GENERIC =
  /^(?:[Nn]hà trường|[Tt]rường|[Bb]ệnh viện|[Đđ]ơn vị|[Cc]ông ty|[Hh]ọc viện|[Cc]hi bộ|[Đđ]ảng ủy|[Đđ]ảng uỷ|[Đđ]ảng bộ)$/u

// How many sentences after an event's own the chair of it is looked for.
const CHAIR_REACH = 2
// A chair of the event just reported, in a sentence after it: `Đồng chí X, Bí thư Huyện ủy chủ
// trì hội nghị`, `... chủ trì buổi lễ`, `Hội nghị do đồng chí X, Chủ tịch UBND huyện chủ trì`; the
// words before the verb (or after `do`) hold the chair's positions.
const CHAIRED_EVENT =
  /^(?:(?:hội nghị|buổi lễ|lễ|buổi|lớp học|lớp|cuộc họp|phiên họp|kỳ họp|hội thi|chương trình)(?![\p{L}])|[.;]|$)/iu
const CHAIRED_BY_DO =
  /^(?:hội nghị|buổi lễ|lễ|buổi|lớp|cuộc họp|phiên họp|kỳ họp|hội thi)\s+do\s+(.+?)\s+(?:đồng\s+)?chủ trì(?![\p{L}])/iu

// `chủ trì` as chairedAfter reads it, made once (a literal in its loop was made again per text).
const CHAIRS = /(?<![\p{L}])(?:đồng\s+)?chủ trì(?![\p{L}])/giu

/**
 * The body the chair of an event heads, from the sentences that follow its report (`Đồng chí
 * Nguyễn Văn A, Bí thư Huyện ủy Cam Lộ chủ trì hội nghị.`: `Huyện ủy Cam Lộ`), or null: a chair
 * of something else (`chủ trì cuộc làm việc với ...` after a launch), one whose positions name no body.
 */
export function chairedAfter(after: readonly string[]): string | null {
  for (const text of after) {
    const by = CHAIRED_BY_DO.exec(text)?.[1]
    if (by !== undefined) return chairsBody(by)
    CHAIRS.lastIndex = 0
    for (let m = CHAIRS.exec(text); m !== null; m = CHAIRS.exec(text)) {
      if (!CHAIRED_EVENT.test(text.slice(m.index + m[0].length).trim())) continue
      const before = text.slice(text.lastIndexOf(';', m.index) + 1, m.index)
      const body = chairsBody(before)
      if (body !== null) return body
    }
  }
  return null
}

// A person who attends an event (`đồng chí X, Bí thư Tỉnh ủy dự lễ kỷ niệm ...`, `đã dự và phát biểu
// chỉ đạo tại hội nghị ...`) neither holds it nor names the body that does: the body the person
// heads is a guest's. The event's name or what follows it may name its host.
const ATTENDED =
  /(?<![\p{L}])(?:tham dự|đến dự|về dự|dự)(?:\s+và\s+[^,.;]{0,40}?)?(?:\s+(?:tại|với))?(?:\s+(?:buổi lễ|lễ|buổi|chương trình))?\s*$/iu
// What `bodyFor` gives for an attended event: no organiser from the person.
const ATTENDEE = '\u0000attendee'
// The host an attended event's name or the words after it name: `hội nghị tổng kết của Hội Nông
// dân tỉnh`, `sinh hoạt chuyên đề với Chi bộ thôn 3`, `... tại Chi bộ thôn 3`.
const HOST =
  /(?<![\p{L}])(?:của|với|tại)\s+((?:Chi bộ|Tổ đảng|[Tt]ổ Đảng|tổ đảng|Đảng bộ|Đảng ủy|Đảng uỷ|Hội|Đoàn|Chi đoàn|Chi hội|Công đoàn|Ban|Ủy ban|Uỷ ban|UBND|Trường|Sở|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ)(?![\p{L}])[^,;.]{0,60}?)(?=\s+(?:vào|về|nhằm|để|do|tại|với|lần thứ|năm \d|nhiệm kỳ)(?![\p{L}])|[,;.]|$)/u

/** The host an attended event's name or the words after it name (`... của Hội Nông dân tỉnh`), or null. */
export function hostNamed(nameAndAfter: string): string | null {
  const host = HOST.exec(nameAndAfter)?.[1]?.trim() ?? null
  return host === null || isPerson(host) ? null : host
}

// The sentences after an event's own that may name its chair: up to CHAIR_REACH of them, up to
// one that reports another event (what follows it is said of that one).
function followingOwn(at: number, sentences: readonly Piece[], reported: ReadonlySet<number>): string[] {
  const texts: string[] = []
  for (let k = at + 1; k < sentences.length && k <= at + CHAIR_REACH && !reported.has(k); k++)
    texts.push(sentences[k]!.text)
  return texts
}

// The body that held an event whose organiser is missing or a person, as `fillOrganizers` reads it.
function bodyFor(e: FoundEvent, sentences: readonly Piece[], reported: ReadonlySet<number>): string | null {
  const byName = e.title === null ? null : (meetingBody(e.title) ?? ownerInName(e.title))
  if (byName !== null) return byName
  const own = sentences[e.sentence]
  const name = e.title?.replace(/…$/u, '') ?? null
  // The name as the sentence writes it, perhaps in lower case (`vòng sơ khảo` for `Vòng sơ khảo`).
  const titleAt = own === undefined || name === null ? -1 : own.text.toLowerCase().indexOf(name.toLowerCase())
  const after = titleAt < 0 ? null : heldByAfterName(own!.text.slice(titleAt + name!.length))
  if (after !== null) return after
  if (e.organizer === null) {
    if (e.title === null || e.sentence < 0) return null
    if (own !== undefined && titleAt > 0 && ATTENDED.test(own.text.slice(0, titleAt))) return ATTENDEE
    // A subject of its own that was not read as a body (`các chi, đảng bộ cơ sở tổ chức vòng sơ
    // khảo`): the event is not the one named before.
    if (own !== undefined && titleAt > 0 && HOLDING_VERB.test(own.text.slice(0, titleAt))) return null
    const before = sentences.slice(Math.max(0, e.sentence - NAMED_AGAIN_REACH), e.sentence).map((p) => p.text)
    if (own !== undefined && titleAt > 0) before.push(own.text.slice(0, titleAt))
    return heldBefore(e.title, before) ?? chairedAfter(followingOwn(e.sentence, sentences, reported))
  }
  if (own !== undefined && titleAt > 0 && ATTENDED.test(own.text.slice(0, titleAt))) return ATTENDEE
  const subject = own === undefined ? '' : own.text.slice(0, Math.max(0, e.span.start - own.start) + 400)
  const at = subject.indexOf(e.organizer)
  // Only a body found replaces the person: a position names its body better than nothing.
  return delegationLed(subject) ?? chairsBody(at < 0 ? subject : subject.slice(0, at + e.organizer.length))
}
