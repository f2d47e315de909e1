import type { Piece } from './sentences.ts'
import { isWhiteUnit, unitClass } from './unit-class.ts'

/**
 * Lines of a page's head that are no title, and what a title line carries that is not its text:
 * the site's banners and loading notices, photo captions, list items, markup, and template
 * remnants around a heading.
 */

/**
 * Lines that are never an article's title, though they may look like one: a photo's caption
 * (`Tọa đàm ... - Ảnh 1`, `Toàn cảnh Hội nghị`), an item of a list (`• Khai giảng ...`, `1. HỘI
 * ĐỒNG ...`), markup (`<image>...`), a content system's byline (`Submitted by ... on ...`), a
 * wrapped line's continuation (opening in lower case), a bracket left open (`(Các sự kiện thời`).
 */
export const NOT_A_TITLE: readonly RegExp[] = [
  /[-–]\s*Ảnh\s*\d{0,2}\s*$/u,
  /^(?:toàn cảnh|quang cảnh|các đại biểu|đại biểu)\s/iu,
  /^[•·▪►■●◆]/u,
  /^\d{1,2}\.\s/u,
  /^</u,
  /^(?:submitted|posted) by\s/iu,
  /^\p{Ll}/u,
  /^\([^)]*$/u,
  /^(?:đồng chí|đ\/c)\s.*\sphát biểu(?:\s+(?:tại|khai mạc|chỉ đạo|kết luận)(?:\s+(?:hội nghị|buổi lễ|lễ|đại hội))?)?\s*$/iu,
  // A place and a date alone (`Đà Nẵng 07/06/2023`, `Hà Tĩnh, ngày 15 tháng 6 năm 2021`): a
  // dateline, not a title.
  /^\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,3},? (?:ngày \d{1,2} tháng \d{1,2} năm \d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})$/u,
]

// The first units NOT_A_TITLE's expressions may open with (in either case, as `iu` reads them:
// `ſ` is an `s`), and a test per expression of what it needs of the line: most are anchored at
// the start, so a line is tried only on those its first unit lets match (an expression tried on
// every head line costs more than all its other readings).
const OPENS_WORDS = new Set([...'tTqQcCđĐ'].map((c) => c.charCodeAt(0)))
const OPENS_POSTED = new Set([...'sSſpP'].map((c) => c.charCodeAt(0)))
const OPENS_BULLET = new Set([...'•·▪►■●◆'].map((c) => c.charCodeAt(0)))
const isLowerLetter = unitClass(/^\p{Ll}$/u)
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff
const isDigitUnit = (c: number): boolean => c >= 0x30 && c <= 0x39
const NOT_A_TITLE_GATES: readonly ((line: string, first: number, last: number) => boolean)[] = [
  (line) => line.includes('Ảnh'),
  (_, first) => OPENS_WORDS.has(first),
  (_, first) => OPENS_BULLET.has(first),
  (_, first) => isDigitUnit(first),
  (_, first) => first === 0x3c,
  (_, first) => OPENS_POSTED.has(first),
  (_, first) => isHighSurrogate(first) || isLowerLetter(first),
  (_, first) => first === 0x28,
  (_, first) => first === 0x111 || first === 0x110,
  (_, __, last) => isDigitUnit(last),
]

/** `NOT_A_TITLE.some((pattern) => pattern.test(line))`, each expression tried only where it may match. */
export function isNotATitle(line: string): boolean {
  if (line.length === 0) return false
  const first = line.charCodeAt(0)
  const last = line.charCodeAt(line.length - 1)
  for (let i = 0; i < NOT_A_TITLE.length; i++)
    if (NOT_A_TITLE_GATES[i]!(line, first, last) && NOT_A_TITLE[i]!.test(line)) return true
  return false
}

// A site's greeting or slogan over every page (`CHÀO MỪNG CÁC BẠN ĐẾN VỚI TRANG ...`, `NHIỆT LIỆT
// CHÀO MỪNG 80 NĂM ...` in capitals, `Chủ đề công tác năm 2020: "..."`).
const BANNER = /^(?:(?:nhiệt liệt )?chào mừng\s)|chào mừng (?:các )?bạn đến với|^chủ đề (?:công tác )?năm \d{4}\s*:/iu
const SLOGAN = /^chủ đề/iu

/** True for a site's banner line above the article: a greeting or the year's slogan. */
export function isBannerLine(line: string): boolean {
  const l = line.trim()
  // Each greeting says `chào mừng`, whose `ừ` only `Ừ` matches regardless of case; a slogan opens
  // the line with `chủ đề`. Other lines are not searched.
  if (l.indexOf('ừ') < 0 && l.indexOf('Ừ') < 0 && !SLOGAN.test(l)) return false
  if (!BANNER.test(l)) return false
  // A title that opens with `Chào mừng` is written in lower case; a banner in capitals.
  return SLOGAN.test(l) || /bạn đến với/iu.test(l) || l === l.toUpperCase()
}

/**
 * True for a site's motto, a whole line in quotes and capitals (`“ĐOÀN KẾT – DÂN CHỦ - KỶ CƯƠNG –
 * TRÁCH NHIỆM – HIỆU QUẢ”`): the site's banner, which a clock may head (`Chủ Nhật, 21/7/2024`).
 */
export function isSiteMotto(line: string): boolean {
  const l = line.trim()
  return SITE_MOTTO.test(l) && l === l.toUpperCase()
}
const SITE_MOTTO = /^["“][^"“”\n]{8,120}["”]$/u

// A weekday and a day alone on a line, no time: a site's clock when its banner follows.
const BARE_WEEKDAY_DATE = /^\s*(?:thứ\s+\p{L}+|chủ\s+nhật)\s*,?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$/iu

/** True for a weekday and a day alone on a line (`Chủ Nhật, 21/7/2024`), no time, no author. */
export function isBareWeekdayDate(line: string): boolean {
  return BARE_WEEKDAY_DATE.test(line)
}

// How far into a text its first two lines are looked for.
const HEAD_REACH = 400

/**
 * Where a site's clock over its motto that opens a text ends (`Chủ Nhật, 21/7/2024` then
 * `“ĐOÀN KẾT – ... – HIỆU QUẢ”`), or 0 when the text opens otherwise.
 */
export function siteClockEnd(text: string): number {
  const [first = '', second = ''] = text
    .slice(0, HEAD_REACH)
    .split('\n')
    .filter((l) => l.trim() !== '')
  if (!isBareWeekdayDate(first) || !isSiteMotto(second)) return 0
  return text.indexOf(first) + first.length
}

/** True for a site's clock (`Hôm nay:19/09/2024`, `Hôm nay, thứ Hai ...`): today's date, not the article's. */
export function isSiteClock(line: string): boolean {
  // Its first word opens with an h or a t (no other unit folds to either).
  const c = line.charCodeAt(firstNonWhite(line)) | 0x20
  return (c === 0x68 || c === 0x74) && SITE_CLOCK.test(line)
}
const SITE_CLOCK = /^\s*(?:hôm nay|today)\s*[:,]?\s*(?:thứ|chủ nhật|\d)/iu

// Where the white space that opens `line` ends.
function firstNonWhite(line: string): number {
  let i = 0
  while (i < line.length && isWhiteUnit(line.charCodeAt(i))) i++
  return i
}

// How many words the phrase a widget repeats may have, and how long its line may be.
const REPEATED_PHRASE_WORDS = 8
const MAX_REPEATED_LINE = 600

/**
 * True for a widget's label printed with its alt text or its copies (`Từ khóa tìm kiếm Từ khóa
 * tìm kiếm`, `Slideshow Image 1 Slideshow Image 1 ...`): one phrase of a few words said twice or
 * more and nothing else, which no title is.
 */
export function isRepeatedPhrase(line: string): boolean {
  if (line.length > MAX_REPEATED_LINE || !firstWordAgain(line)) return false
  const w = line.trim().toLowerCase().split(/\s+/u)
  for (let n = 1; n <= REPEATED_PHRASE_WORDS && 2 * n <= w.length; n++) {
    if (w.length % n !== 0) continue
    let same = true
    for (let i = n; same && i < w.length; i++) same = w[i] === w[i - n]
    if (same) return true
  }
  return false
}

// Whether the first word (lower-cased) comes again among the next REPEATED_PHRASE_WORDS, as it
// does in any repeated phrase: most lines are turned away on their first words, not lower-cased
// and split whole. Lower-casing a word alone gives what lower-casing its line does there.
// The words are the runs of units that are no white space, as /\S+/gu reads them (no surrogate is
// white space, so a pair is never parted). Words are compared in place, unit by unit lowered,
// unless one holds a unit that lowers otherwise than alone (see lowerAlone): those are copied.
function firstWordAgain(line: string): boolean {
  const n = line.length
  let start = 0
  while (start < n && isWhiteUnit(line.charCodeAt(start))) start++
  if (start === n) return false
  let end = start + 1
  while (end < n && !isWhiteUnit(line.charCodeAt(end))) end++
  const firstStart = start
  const firstEnd = end
  for (let k = 1; k <= REPEATED_PHRASE_WORDS; k++) {
    start = end
    while (start < n && isWhiteUnit(line.charCodeAt(start))) start++
    if (start === n) return false
    end = start + 1
    while (end < n && !isWhiteUnit(line.charCodeAt(end))) end++
    if (sameLowered(line, firstStart, firstEnd, start, end)) return true
  }
  return false
}

// Whether `line.slice(a, aEnd).toLowerCase() === line.slice(b, bEnd).toLowerCase()`.
function sameLowered(line: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  const length = aEnd - a
  if (bEnd - b === length) {
    let i = 0
    for (; i < length; i++) {
      const x = lowerAlone(line.charCodeAt(a + i))
      const y = lowerAlone(line.charCodeAt(b + i))
      if (x === AS_A_WHOLE || y === AS_A_WHOLE) break
      if (x !== y) return false
    }
    if (i === length) return true
  } else if (lowersAlone(line, a, aEnd) && lowersAlone(line, b, bEnd)) {
    // Each unit lowers to one: the lower cases are as long as the words.
    return false
  }
  return line.slice(a, aEnd).toLowerCase() === line.slice(b, bEnd).toLowerCase()
}

// Each unit's lower case when lower-casing it alone gives what lower-casing its word gives there
// (one unit, no surrogate, no sigma, which lowers by what follows it); else AS_A_WHOLE. 0 while
// unknown.
const AS_A_WHOLE = 0xffff
const LOWER_ALONE = new Uint16Array(0x10000)
function lowerAlone(c: number): number {
  let lower = LOWER_ALONE[c]!
  if (lower === 0) {
    const s = String.fromCharCode(c).toLowerCase()
    lower = s.length !== 1 || (c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 ? AS_A_WHOLE : s.charCodeAt(0)
    // A NUL stays unknown, and is lowered again each time it is met.
    LOWER_ALONE[c] = lower
  }
  return lower
}
function lowersAlone(line: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (lowerAlone(line.charCodeAt(i)) === AS_A_WHOLE) return false
  return true
}

/** True for a page's loading notice or a cut-off word (`Chờ...`, `Đang tải...`): a few words and an ellipsis. */
export function isLoadingLine(line: string): boolean {
  const l = line.trim()
  return (l.endsWith('...') || l.endsWith('…')) && l.split(/\s+/u).length <= 3
}

/** True for a line that is one element of markup (`<image>...</image>`, `<br />`). */
export function isMarkupLine(line: string): boolean {
  return line.charCodeAt(firstNonWhite(line)) === 0x3c && MARKUP.test(line) && /[^\s]>\s*$|>\s*$/u.test(line)
}
const MARKUP = /^\s*<[a-z][^>]*>/iu

// What a template leaves around a heading: a value it printed as `null`, the source's tag that
// opens its leads (`(TTV)`, `(Chinhphu.vn)`), a footnote star.
const LEFT_BEFORE = /^(?:null|undefined|\((?:\p{Lu}{2,8}|[\p{L}\d-]+(?:\.[\p{L}]{2,4})+)\))\s+/u
// After: white space, a star alone, bracketed (`(*)`) or quoted (`"*"`, `“*”`), white space, as
// `/\s*(?:["“]\*["”]|\(\*\)|\*)\s*$/u` matches. Read from the end: the expression is tried at
// every offset of a line, which may be a whole text long.
function leftAfter(text: string): number {
  let end = text.length
  while (end > 0 && isWhiteUnit(text.charCodeAt(end - 1))) end--
  const last = text.charCodeAt(end - 1)
  const open = text.charCodeAt(end - 3)
  let star = -1
  if (last === 0x2a) star = end - 1
  else if (end >= 3 && text.charCodeAt(end - 2) === 0x2a) {
    if ((last === 0x22 || last === 0x201d) && (open === 0x22 || open === 0x201c)) star = end - 3
    else if (last === 0x29 && open === 0x28) star = end - 3
  }
  if (star < 0) return 0
  let start = star
  while (start > 0 && isWhiteUnit(text.charCodeAt(start - 1))) start--
  return text.length - start
}

/** A heading line without the template's remnants around it (`null Những vấn đề ...`, `(TTV) Hội thi ...`, `... tốt đẹp "*"`). */
export function trimHeading<P extends Piece>(line: P): P {
  const open = line.text.charCodeAt(0)
  // What LEFT_BEFORE matches opens with `n`, `u` or a bracket.
  const before = open === 0x6e || open === 0x75 || open === 0x28 ? (LEFT_BEFORE.exec(line.text)?.[0].length ?? 0) : 0
  const after = leftAfter(line.text)
  if (before === 0 && after === 0) return line
  return {
    ...line,
    start: line.start + before,
    end: line.end - after,
    text: line.text.slice(before, line.text.length - after),
  }
}
