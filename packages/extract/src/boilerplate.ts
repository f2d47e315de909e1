import { isWhiteUnit } from './unit-class.ts'

/**
 * Site text that is not the article: comment forms, cookie banners, share buttons, and the
 * "related articles" blocks whose teasers carry other articles' dates and codes.
 */

// Whole lines that are buttons, form labels or section headers of a site, never prose.
export const BUTTON_LINES = new Set([
  // A portal's link for screen readers past its menus (`Skip to content`).
  'truy cập nội dung luôn',
  'chuyển đến nội dung chính',
  'bỏ qua nội dung',
  'trả lời',
  'đồng ý',
  'read more',
  'gửi bình luận',
  'gửi',
  'bình luận',
  'bình luận *',
  'họ tên',
  'họ và tên',
  'tên *',
  'tên',
  'email',
  'email *',
  'email:',
  'website',
  'trang web',
  'chia sẻ',
  'in bài',
  'in bài viết',
  'bản in',
  'lên đầu trang',
  'về trang chủ',
  'xem thêm',
  'accept',
  'ok',
  'đóng',
  'hủy',
  'tải thêm',
  'xem tiếp',
  'like',
  'share',
  'tweet',
  'đăng nhập',
  'đăng ký',
  'mã xác nhận',
  'gửi ý kiến',
  'xem cỡ chữ',
  'đọc bài viết',
  'in',
  'gửi email',
  'trở về',
  '[trở về]',
  'quay lại',
  'skip to content',
  'skip to main content',
])

// A longer line is no button: looking it up would hash all of it.
const LONGEST_BUTTON = Math.max(...[...BUTTON_LINES].map((b) => b.length))

// Phrases that only occur in comment forms, cookie notices and site footers.
export const BOILERPLATE_PHRASES = [
  'email của bạn sẽ không được hiển thị',
  'các trường bắt buộc được đánh dấu',
  'lưu tên của tôi',
  'cho lần bình luận kế tiếp',
  'nội dung bình luận',
  'được duyệt trước khi hiển thị',
  'bình luận (',
  'viết bình luận',
  'ý kiến bạn đọc',
  'uses cookies',
  'use cookies',
  'sử dụng cookie',
  'chính sách cookie',
  'chính sách bảo mật',
  'bản quyền thuộc',
  'copyright',
  '©',
  'ghi rõ nguồn',
  'không được sao chép',
  'giấy phép số',
  'chịu trách nhiệm xuất bản',
  'đường dây nóng',
  'theo dõi chúng tôi',
  'lượt xem',
  'lượt đọc',
  'lượt thích',
  'lượt truy cập',
  'lượt đánh giá',
  'đánh giá bài viết',
  'tập tin đính kèm',
  'file đính kèm',
  'tiếng việt có dấu',
  'bạn đang xem bản rút gọn',
  'tải bản đầy đủ',
]

// Short lines of a site's own: a share bar, a comment box's fields and counter (`Họ tên: ....`,
// `Bạn còn 500/500 ký tự`), its contact lines (`Hotline: 024...`) and the tags under an article
// (`Từ khóa: Chỉ thị 05, nêu gương`).
const TAG_LABELS = ['từ khóa', 'tags', 'tag', 'thẻ', 'chủ đề']
const SHARE_LABELS = ['chia sẻ', 'share']
const FIELD_LABELS = [
  'họ và tên',
  'họ tên',
  'tên',
  'email',
  'e-mail',
  'điện thoại',
  'hotline',
  'đường dây nóng',
  'fax',
  'mã xác nhận',
  'mã bảo mật',
  'nội dung',
  'tiêu đề',
]
// What a comment box's counter says, wherever on the line.
const COUNTER_WORDS = 'ký tự'
const SITE_LINE = new RegExp(
  `^(?:${TAG_LABELS.join('|')})\\s*:|^(?:${SHARE_LABELS.join('|')})(?![\\p{L}])|^(?:${FIELD_LABELS.join('|')})\\s*[:*]|\\d+\\s*\\/\\s*\\d+\\s*${COUNTER_WORDS}|${COUNTER_WORDS} còn lại`,
  'u',
)

// The first characters (three, or the shortest label's) a site's line opens with when a label
// opens it: a line that, lower-cased, opens otherwise and holds no counter is no site's line.
const SITE_LABELS = [...TAG_LABELS, ...SHARE_LABELS, ...FIELD_LABELS]
const OPENING_LENGTH = Math.min(3, ...SITE_LABELS.map((w) => w.length))
// Each opening as a number, its units in base 0x10000 (exact in a double for three units).
const openingKey = (units: readonly number[]): number => units.reduce((key, unit) => key * 0x10000 + unit, 0)
const SITE_OPENINGS = new Set(
  SITE_LABELS.map((w) => openingKey([...Array(OPENING_LENGTH).keys()].map((i) => w.charCodeAt(i)))),
)

// Headers that open a block of links to other articles.
const RELATED_HEADERS = [
  'tin liên quan',
  'bài liên quan',
  'bài viết liên quan',
  'tin cùng chuyên mục',
  'tin khác',
  'các tin khác',
  'tin mới',
  'tin mới nhất',
  'tin đã đưa',
  'đọc thêm',
  'xem thêm',
  'có thể bạn quan tâm',
  'bạn có thể quan tâm',
  'tin bài khác',
  'bài viết khác',
  'cùng chuyên mục',
]

// The phrases as one expression: a line is read once, not once per phrase.
const BOILERPLATE_PATTERN = new RegExp(
  BOILERPLATE_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'),
  'u',
)

// Four characters of each phrase that prose seldom writes (`ợt x` of `lượt xem`, ` coo` of every
// cookie notice), chosen by how few lines of the real pages hold them: a line that holds none,
// lower-cased, holds no phrase, and is not lower-cased and searched for all of them. A phrase
// that holds none of these (one added later) is marked by its own first four characters.
const PHRASE_MARKS = [
  'il c',
  'g bắ',
  'u tê',
  'o lầ',
  'g bì',
  'c du',
  'ận (',
  't bì',
  'n bạ',
  ' coo',
  'ảo m',
  'ản q',
  'opyr',
  'i rõ',
  'c sa',
  'ép s',
  'm xu',
  'y nó',
  'dõi ',
  'ợt x',
  'ợt đ',
  'thíc',
  'y cậ',
  'á bà',
  'n đí',
  'le đ',
  'ó dấ',
  'ản r',
  'i bả',
  'ý tự',
]
const MARK_LENGTH = 4

// The marks by a hash of their four code units, so that a line's last four units are looked up
// at each step in a table small enough to stay in a cache: the index (plus one) of the mark a
// slot holds, SEVERAL when more than one does (then every line that reaches it is sent on).
const MARK_BITS = 12
const markHash = (a: number, b: number, c: number, d: number): number =>
  Math.imul(((a * 31 + b) * 31 + c) * 31 + d, 0x9e3779b1) >>> (32 - MARK_BITS)
const MARK_SLOTS = new Uint8Array(1 << MARK_BITS)
const SEVERAL = 0xff
// The marks' code units, four by four.
const MARK_UNITS: number[] = []

// The lower case of each code unit, or SEND for a unit whose line goes to the expression at once:
// one whose lower case is not one unit (`İ` is `i̇`), a surrogate, or the first character of a
// phrase shorter than a mark (`©`). Filled as units are met; 0 while unknown.
const SEND = 0xffff
const LOWER_UNIT = new Uint16Array(0x10000)
const SENT_LOWER = new Set<number>()

// The phrases, and the counter's words, which a site's line may hold anywhere.
for (const phrase of [...BOILERPLATE_PHRASES, COUNTER_WORDS]) {
  if (phrase.length < MARK_LENGTH) {
    SENT_LOWER.add(phrase.charCodeAt(0))
    continue
  }
  const mark = PHRASE_MARKS.find((m) => phrase.includes(m)) ?? phrase.slice(0, MARK_LENGTH)
  const units = [...Array(MARK_LENGTH).keys()].map((i) => mark.charCodeAt(i))
  const slot = markHash(units[0]!, units[1]!, units[2]!, units[3]!)
  const known = MARK_SLOTS[slot]!
  if (known !== 0 && known !== SEVERAL && MARK_UNITS.slice((known - 1) * 4, known * 4).join() === units.join()) continue
  MARK_UNITS.push(...units)
  MARK_SLOTS[slot] = known === 0 && MARK_UNITS.length / 4 < SEVERAL ? MARK_UNITS.length / 4 : SEVERAL
}

function lowerUnit(code: number): number {
  let lower = LOWER_UNIT[code]!
  if (lower === 0) {
    const s = String.fromCharCode(code).toLowerCase()
    const surrogate = code >= 0xd800 && code <= 0xdfff
    lower = s.length !== 1 || surrogate || SENT_LOWER.has(s.charCodeAt(0)) ? SEND : s.charCodeAt(0)
    // A NUL stays unknown, and is lowered again each time it is met.
    LOWER_UNIT[code] = lower
  }
  return lower
}

/**
 * Whether the lower case of `line` may hold one of the phrases or the counter's words: false only
 * when it holds none of their marks. Lower-casing a line lowers each unit alone (the one exception, a final sigma, is
 * no letter of a mark) unless a unit grows or is a surrogate, and then the line is sent on: each
 * mark the lower-cased line holds is read here at the same place, as the same four units.
 */
export function mayHoldPhrase(line: string): boolean {
  let a = 0
  let b = 0
  let c = 0
  for (let i = 0; i < line.length; i++) {
    const d = lowerUnit(line.charCodeAt(i))
    if (d === SEND) return true
    const slot = MARK_SLOTS[markHash(a, b, c, d)]!
    if (slot !== 0 && i >= MARK_LENGTH - 1) {
      if (slot === SEVERAL) return true
      const at = (slot - 1) * 4
      if (MARK_UNITS[at] === a && MARK_UNITS[at + 1] === b && MARK_UNITS[at + 2] === c && MARK_UNITS[at + 3] === d)
        return true
    }
    a = b
    b = c
    c = d
  }
  return false
}

// The longest line SITE_LINE is tried on.
const MAX_SITE_LINE = 160

// Whether the lower case of `line` may open with a site line's label: its first units, lowered
// one by one as lower-casing the line lowers them (unless one grows or is a surrogate).
function mayOpenSiteLine(line: string): boolean {
  if (line.length < OPENING_LENGTH) return true
  let key = 0
  for (let i = 0; i < OPENING_LENGTH; i++) {
    const lower = lowerUnit(line.charCodeAt(i))
    if (lower === SEND) return true
    key = key * 0x10000 + lower
  }
  return SITE_OPENINGS.has(key)
}

/** True for a line of a comment form, a cookie banner, a share bar or a site footer. */
export function isBoilerplateLine(line: string): boolean {
  // Lower-casing never shortens a line, so a long one is prose whatever its case: the body of
  // an article is not lower-cased line by line to learn that.
  const trimmed = line.trim()
  if (trimmed.length === 0 || trimmed.length > 400) return false
  const mayHold = mayHoldPhrase(trimmed)
  // Nor is a line that holds no phrase's mark lower-cased when it is too long for a button, and
  // too long for a site's line or opening with none of its labels.
  if (!mayHold && trimmed.length > LONGEST_BUTTON && (trimmed.length > MAX_SITE_LINE || !mayOpenSiteLine(trimmed)))
    return isRepeatedPhrase(trimmed)
  const l = trimmed.toLowerCase()
  return (
    (l.length <= LONGEST_BUTTON && BUTTON_LINES.has(l)) ||
    (mayHold && BOILERPLATE_PATTERN.test(l)) ||
    (l.length <= MAX_SITE_LINE && SITE_LINE.test(l)) ||
    isRepeatedPhrase(trimmed)
  )
}

// How long a phrase a widget repeats may be.
const REPEATED_PHRASE = 60

/**
 * A line of one phrase written over and over, as a widget prints its label for each of its items
 * (`Thông báo Thông báo`, `Slideshow Image 1 Slideshow Image 1 ...`): the line and a space after
 * it are the phrase and its space repeated, the phrase opening with the line's first word and
 * ending before a space where that word comes again, within REPEATED_PHRASE units. Read unit by
 * unit over the line, with nothing cut or joined.
 */
export function isRepeatedPhrase(line: string): boolean {
  const space = line.indexOf(' ')
  // A line opening with two spaces has its first word, a space, again at 0: no phrase.
  if (space < 0 || (space === 0 && line.charCodeAt(1) === 0x20)) return false
  // The first word and its space come again after the space at `at`, within the line (which
  // repeating with period at + 1 implies).
  const last = Math.min(REPEATED_PHRASE, line.length - space - 2)
  // A copy after the space opens with the line's first unit, which is compared before the
  // period is divided into the length (most spaces are followed by another word).
  const opening = line.charCodeAt(0)
  for (let at = space; at <= last; at++)
    if (
      line.charCodeAt(at) === 0x20 &&
      line.charCodeAt(at + 1) === opening &&
      (line.length + 1) % (at + 1) === 0 &&
      repeatsWithPeriod(line, at + 1)
    )
      return true
  return false
}

// Whether `line` and a space after it are its first `period` units over and over.
function repeatsWithPeriod(line: string, period: number): boolean {
  for (let i = period; i < line.length; i++) if (line.charCodeAt(i) !== line.charCodeAt(i - period)) return false
  return line.charCodeAt(line.length - period) === 0x20
}

const RELATED_WORDS =
  /liên quan|cùng chuyên mục|tin khác|bài khác|bài viết khác|đọc thêm|xem thêm|tin mới|đọc nhiều|xem nhiều|nổi bật|quan tâm|tiêu điểm|tin đã đưa/u

// What a header may end with besides its words: `Tin liên quan:`, `Đọc thêm >>` (as
// /[:：>»\s]/u tests a unit).
const isTrailingMark = (c: number): boolean => c === 0x3a || c === 0xff1a || c === 0x3e || c === 0xbb || isWhiteUnit(c)

/** True for the header of a block of links to other articles (`Tin liên quan`). */
export function isRelatedHeader(line: string): boolean {
  const trimmed = line.trim()
  let end = trimmed.length
  while (end > 0 && isTrailingMark(trimmed.charCodeAt(end - 1))) end--
  if (end > 40) return false
  const l = trimmed.slice(0, end).toLowerCase()
  return RELATED_HEADERS.includes(l) || (l.split(' ').length <= 6 && RELATED_WORDS.test(l) && !/[.,;]/u.test(l))
}

// A teaser's own date in brackets at its end: `(14/01/2024)`, `(14/1)`, `- 14/01/2024`.
const TRAILING_DATE = /[([]\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?:\s+\d{1,2}:\d{2})?\s*[)\]]$/u

/**
 * True for a teaser of another article: a line cut off with an ellipsis, or a headline that ends
 * with its own date in brackets. Teasers follow the byline or a related-articles header.
 */
export function isTeaserLine(line: string): boolean {
  const l = line.trim()
  if (l.length === 0 || l.length > 300) return false
  return l.endsWith('…') || l.endsWith('...') || ((l.endsWith(')') || l.endsWith(']')) && TRAILING_DATE.test(l))
}

// The marks that open each item of a site's ticker (`♦ GIAO LƯU ... ♦ SINH HOẠT ...`).
const TICKER_BULLET = /(?:^|\s)[♦◆•●▪►■]\s/gu
// How many items make a ticker: a title never holds a list of bulleted items.
const TICKER_ITEMS = 3

/** True for a site's ticker of other articles on one line: three items or more, each opened by a bullet. */
export function isTickerLine(line: string): boolean {
  // A ticker holds a few headlines; a longer line is not scanned for its bullets, nor one with
  // fewer bullets than items.
  return (
    line.length <= MAX_TICKER &&
    holdsBullets(line, TICKER_ITEMS) &&
    (line.match(TICKER_BULLET)?.length ?? 0) >= TICKER_ITEMS
  )
}

// Whether `line` holds `count` of the ticker's bullets or more.
function holdsBullets(line: string, count: number): boolean {
  let held = 0
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c >= 0x2022 && TICKER_BULLETS.includes(line[i]!) && ++held === count) return true
  }
  return false
}
const TICKER_BULLETS = '♦◆•●▪►■'
const MAX_TICKER = 2000

// The labels of a site's contact details (`Địa chỉ: ...`, `Điện thoại: ...`, `Email: ...`).
const CONTACT_LABEL = /(?:^|[\s,.;|–-])(?:địa chỉ|điện thoại|đt|hotline|fax|e-?mail|website)\s*:/giu
// How many labels make a line a site's contact block rather than a sentence that names one.
const CONTACT_LABELS = 2

/**
 * True for a site's contact block on one line, as its header or footer prints it (`Bệnh viện ...
 * - Địa chỉ: ... - Điện thoại: ..., Email: ...`): two contact labels or more.
 */
export function isContactLine(line: string): boolean {
  if (line.length > MAX_CONTACT) return false
  // Each label ends on its own colon: a line with fewer than two colons is not read for labels.
  const colon = line.indexOf(':')
  if (colon < 0 || line.indexOf(':', colon + 1) < 0) return false
  return (line.match(CONTACT_LABEL)?.length ?? 0) >= CONTACT_LABELS
}
// How long a contact block may be; a longer line is not scanned for its labels.
const MAX_CONTACT = 1000

/**
 * True for a site's menu bar or breadcrumb: items separated by bars, chevrons or slashes
 * (`Trang chủ | Thời sự | ...`, `Trang chủ › Chính trị › Xây dựng Đảng`), or a trail that
 * starts at the home page.
 */
export function isMenuLine(line: string): boolean {
  if (line.length > 200) return false
  // A trail may set its items apart by gaps that normalising closed (`Trang chủ Đào tạo - Bồi
  // dưỡng ...`): the home page's name opens nothing else.
  return (
    (holdsMenuBars(line) && (line.match(/ [|›»>/] /gu)?.length ?? 0) >= 2) ||
    (mayOpenHome(line) && HOME.test(line.trim()))
  )
}
const HOME = /^(?:trang chủ(?:\s|$)|home\s*[|›»>/])/iu

// Whether `line` holds two bars, chevrons or slashes with a space either side, as the menu's
// expression may count them: read unit by unit before it is tried.
function holdsMenuBars(line: string): boolean {
  let held = 0
  for (let i = line.indexOf(' '); i >= 0 && i + 2 < line.length; i = line.indexOf(' ', i + 1)) {
    const c = line.charCodeAt(i + 1)
    if ((c === 0x7c || c === 0x203a || c === 0xbb || c === 0x3e || c === 0x2f) && line.charCodeAt(i + 2) === 0x20)
      if (++held === 2) return true
  }
  return false
}

// Whether the trimmed line may open with `trang chủ` or `home` (no other unit folds to t or h).
function mayOpenHome(line: string): boolean {
  let i = 0
  while (i < line.length && isWhiteUnit(line.charCodeAt(i))) i++
  const c = line.charCodeAt(i) | 0x20
  return c === 0x74 || c === 0x68
}
