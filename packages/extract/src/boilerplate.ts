/**
 * Site text that is not the article: comment forms, cookie banners, share buttons, and the
 * "related articles" blocks whose teasers carry other articles' dates and codes.
 */

// Whole lines that are buttons, form labels or section headers of a site, never prose.
const BUTTON_LINES = new Set([
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
const BOILERPLATE_PHRASES = [
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
const SITE_LINE =
  /^(?:từ khóa|tags?|thẻ|chủ đề)\s*:|^(?:chia sẻ|share)(?![\p{L}])|^(?:họ và tên|họ tên|tên|email|e-mail|điện thoại|hotline|đường dây nóng|fax|mã xác nhận|mã bảo mật|nội dung|tiêu đề)\s*[:*]|\d+\s*\/\s*\d+\s*ký tự|ký tự còn lại/u

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

/** True for a line of a comment form, a cookie banner, a share bar or a site footer. */
export function isBoilerplateLine(line: string): boolean {
  // Lower-casing never shortens a line, so a long one is prose whatever its case: the body of
  // an article is not lower-cased line by line to learn that.
  const trimmed = line.trim()
  if (trimmed.length === 0 || trimmed.length > 400) return false
  const l = trimmed.toLowerCase()
  return (
    (l.length <= LONGEST_BUTTON && BUTTON_LINES.has(l)) ||
    BOILERPLATE_PATTERN.test(l) ||
    (l.length <= 160 && SITE_LINE.test(l)) ||
    isRepeatedPhrase(trimmed)
  )
}

// How long a phrase a widget repeats may be.
const REPEATED_PHRASE = 60

/**
 * A line of one phrase written over and over, as a widget prints its label for each of its items
 * (`Thông báo Thông báo`, `Slideshow Image 1 Slideshow Image 1 ...`). Read from where the first
 * word comes again, so a line costs a few passes, not a search of every period.
 */
export function isRepeatedPhrase(line: string): boolean {
  const space = line.indexOf(' ')
  if (space < 0) return false
  const first = line.slice(0, space + 1)
  const whole = `${line} `
  for (let at = line.indexOf(` ${first}`); at > 0 && at <= REPEATED_PHRASE; at = line.indexOf(` ${first}`, at + 1)) {
    const unit = whole.slice(0, at + 1)
    if (
      whole.length % unit.length === 0 &&
      whole.startsWith(unit, unit.length) &&
      unit.repeat(whole.length / unit.length) === whole
    )
      return true
  }
  return false
}

const RELATED_WORDS =
  /liên quan|cùng chuyên mục|tin khác|bài khác|bài viết khác|đọc thêm|xem thêm|tin mới|đọc nhiều|xem nhiều|nổi bật|quan tâm|tiêu điểm|tin đã đưa/u

// What a header may end with besides its words: `Tin liên quan:`, `Đọc thêm >>`.
const TRAILING_MARK = /[:：>»\s]/u

/** True for the header of a block of links to other articles (`Tin liên quan`). */
export function isRelatedHeader(line: string): boolean {
  const trimmed = line.trim()
  let end = trimmed.length
  while (end > 0 && TRAILING_MARK.test(trimmed[end - 1]!)) end--
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
  return l.endsWith('…') || l.endsWith('...') || TRAILING_DATE.test(l)
}

// The marks that open each item of a site's ticker (`♦ GIAO LƯU ... ♦ SINH HOẠT ...`).
const TICKER_BULLET = /(?:^|\s)[♦◆•●▪►■]\s/gu
// How many items make a ticker: a title never holds a list of bulleted items.
const TICKER_ITEMS = 3

/** True for a site's ticker of other articles on one line: three items or more, each opened by a bullet. */
export function isTickerLine(line: string): boolean {
  // A ticker holds a few headlines; a longer line is not scanned for its bullets.
  return line.length <= MAX_TICKER && (line.match(TICKER_BULLET)?.length ?? 0) >= TICKER_ITEMS
}
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
  return (line.match(/ [|›»>/] /gu)?.length ?? 0) >= 2 || /^(?:trang chủ(?:\s|$)|home\s*[|›»>/])/iu.test(line.trim())
}
