import { mayEndProvinceName, type ProvinceResolution, resolveProvince } from '@vanban/core'
import { isWhiteUnit } from './unit-class.ts'

/**
 * A provincial body's proper name often ends with its province's bare name, no unit word before
 * it: `Sở Giáo dục và Đào tạo Hà Tĩnh`, `Công an Nghệ An`, `Hội Nông dân Bắc Giang`, `Liên đoàn Lao
 * động Thanh Hóa`, `Bảo hiểm xã hội Đắk Lắk`, `Đại học Huế`. `findProvinces` reads a name only after
 * a unit word, since a bare name may be a person's or a town's; at the end of a body's name it is
 * the body's province, unless a local unit's word stands before it (`huyện Điện Biên`, `thị xã
 * Quảng Trị`, `Huyện ủy Điện Biên`: a district of that name) or the name is the President's
 * (`Học viện Chính trị quốc gia Hồ Chí Minh`, `Đoàn TNCS Hồ Chí Minh`).
 */

// How many words a province's name runs to (`Bà Rịa - Vũng Tàu` is five with its dash).
const LONGEST = 5
// A local unit's word, or a committee named after it, right before the name: the name is that unit's.
const LOCAL_BEFORE =
  /(?:^|\s)(?:huyện|quận|thị xã|thị trấn|xã|phường|đặc khu|thôn|ấp|bản|làng|khu phố|huyện ủy|huyện uỷ|quận ủy|quận uỷ|thị ủy|thị uỷ|huyện đoàn|quận đoàn|thị đoàn)\s*$/iu
// Names of a province that are also a person's: `Hồ Chí Minh` ends the Youth Union's and the academy's names.
const PERSON_NAMES = /^(?:Hồ Chí Minh|HCM)$/iu
// A city's former name its own bodies and enterprises still bear (`Tổng Công ty Văn hóa Sài Gòn`,
// `Báo Sài Gòn Giải Phóng`, `Saigon Co.op`), to the province's name today. Read only at the end of
// a body's name, as a province's bare name is: `Ngân hàng Sài Gòn - Hà Nội` ends with Hà Nội's.
const FORMER_CITY_NAMES: Readonly<Record<string, string>> = { 'sài gòn': 'Hồ Chí Minh', saigon: 'Hồ Chí Minh' }
const CAPITAL_FIRST = /^\p{Lu}/u
// The last run of each former name, in lower case.
const FORMER_LAST_RUNS = new Set(Object.keys(FORMER_CITY_NAMES).map((n) => n.slice(n.lastIndexOf(' ') + 1)))
// A company's legal form written after its name (`Tổng Công ty Văn hóa Sài Gòn – Công ty TNHH
// MTV`, `Công ty X - CTCP`): the name ends before it.
const LEGAL_FORM_END =
  /\s*[-–—]\s*(?:Công ty\s+)?(?:TNHH(?:\s+(?:MTV|một thành viên|hai thành viên(?: trở lên)?))?|cổ phần|CTCP)\s*$/iu

/**
 * The province whose bare name ends a body's name (`Sở Tư pháp Hà Nội`), or a former name of its
 * city (`Tổng Công ty Văn hóa Sài Gòn`), read at a date, after a company's legal form is set aside; null
 * when the name does not end with one, is only the province's name, or ends with a local unit's
 * (see the module's comment).
 */
export function provinceEndingName(name: string, date: string | null): ProvinceResolution | null {
  let body = name.trim().replace(/[\s.,;:)]+$/u, '')
  // The legal form opens with a dash: a name without one is read as it stands.
  if (hasDash(body)) body = body.replace(LEGAL_FORM_END, '')
  // Every tail read below ends with the name's last run: most bodies' last word ends no province's
  // name, and none is read (a city's former name is read however it ends).
  const lastRun = body.slice(lastWhiteEnd(body))
  if (!FORMER_LAST_RUNS.has(lastRun.toLowerCase()) && !mayEndProvinceName(lastRun)) return null
  const words = body.split(/\s+/u)
  for (let n = Math.min(LONGEST, words.length - 1); n >= 1; n--) {
    // The tail opens with its first word's first letter: tested before the tail is joined.
    if (!CAPITAL_FIRST.test(words[words.length - n]!)) continue
    const tail = words.slice(-n).join(' ')
    if (PERSON_NAMES.test(tail)) continue
    const province = resolveProvince(FORMER_CITY_NAMES[tail.toLowerCase()] ?? tail, { date })
    if (province === null) continue
    return LOCAL_BEFORE.test(words.slice(0, -n).join(' ')) ? null : province
  }
  return null
}

// Whether `s` holds a hyphen, an en dash or an em dash (LEGAL_FORM_END opens with one).
function hasDash(s: string): boolean {
  return s.includes('-') || s.includes('–') || s.includes('—')
}

// Where the last run without white space (what `split(/\s+/u)` ends with) starts in `s`.
function lastWhiteEnd(s: string): number {
  let i = s.length
  while (i > 0 && !isWhiteUnit(s.charCodeAt(i - 1))) i--
  return i
}
