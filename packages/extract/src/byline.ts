import { splitter } from './splitter.ts'

/**
 * The author line that closes a Vietnamese news article: a short name (`Thảo Anh`, `PV`),
 * optionally with a unit after a dash (`Thu Nga - Trung tâm Thông tin`) or a credit before a
 * colon (`Bài và ảnh: Hoàng Tùng`); and the source attribution that may stand in its place
 * (`Theo baodanang.vn`).
 */

const isUpper = (c: string) => c !== c.toLowerCase()

// A syllable of a proper name: starts with a capital, letters only (any case after it).
const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}]*$/u
// Abbreviated bylines: PV, CTV, TTXVN, P.V.
const ABBREVIATION = /^[\p{Lu}.]{2,8}$/u

// Academic and military titles an author signs with before the name (`TS. Nguyễn Thị Hải Yến`).
const AUTHOR_TITLE =
  /^(?:(?:PGS|GS)\.\s?TS\.?|TS\.?|ThS\.?|PGS\.?|GS\.?|NCS\.?|(?:Đại|Thượng|Trung|Thiếu) (?:tá|úy|uý))\s+/u

// Words of the offices and bodies a signature block or a document's head prints in capitals
// (`CHỦ TỊCH`, `TM. BAN THƯỜNG VỤ`, `HỘI ĐỒNG NHÂN DÂN`), and of a document's own headings
// (`QUYẾT NGHỊ`, `KẾT LUẬN`, `CHƯƠNG I`): no syllable of a pen name.
const OFFICE_WORDS = new Set(
  [
    'chủ tịch bí thư giám đốc trưởng phó ban ủy uỷ đảng tỉnh huyện xã nhân dân hội đồng đoàn thường vụ trực',
    'nơi nhận tm kt tl phòng sở bộ quyết nghị định kết luận chương phần mục điều',
  ]
    .join(' ')
    .split(' '),
)

const ATTRIBUTION_WORDS = new Set(['theo', 'nguồn'])

function isNameRun(words: string[], credited: boolean): boolean {
  if (words.length === 0 || words.length > 5) return false
  // `Theo` or `Nguồn` alone is an attribution whose source (a link) the scraper dropped.
  if (words.length === 1)
    return (
      ABBREVIATION.test(words[0]!) ||
      (NAME_WORD.test(words[0]!) && words[0]!.length >= 3 && !ATTRIBUTION_WORDS.has(words[0]!.toLowerCase()))
    )
  if (!words.every((w) => NAME_WORD.test(w))) return false
  if (words.some((w) => w !== w.toUpperCase())) return true
  // Several words in capitals are a section header (`ĐỌC NHIỀU`), not a name, unless a credit
  // or the place names them an author (`Bài và ảnh: NGỌC HÂN`, the line closing an article);
  // an office's words in capitals are a signature's or a document head's.
  return credited && !words.some((w) => OFFICE_WORDS.has(w.toLowerCase()))
}

// A unit after the dash: a few words, the first capitalised (`Trung tâm Thông tin`, `TTXVN`).
function isUnit(text: string): boolean {
  const words = text.split(' ').filter((w) => w.length > 0)
  return words.length >= 1 && words.length <= 10 && isUpper(words[0]![0] ?? '') && !/[.;!?]$/u.test(text)
}

const CREDIT_PREFIX =
  /^(?:bài(?: và ảnh)?|ảnh|tin(?:, ảnh| và ảnh)?|tin, bài|bài, ảnh|bài và ảnh|tin và ảnh|nhóm pv|nhóm phóng viên|tác giả|người viết|thực hiện|(?:đăng|gửi) bởi|người đăng)\s*:\s*/iu

// What a scraper leaves around an author line: a table cell's bar after it (`Trần Văn A |`),
// brackets around it (`(Cẩm Thuỳ)`, a broadcaster's credit).
const TRAILING_BAR = /\s*\|\s*$/u
const BRACKETED_NAME = /^\(([^()]{2,40})\)$/u

// A trimmed line without its trailing bar: only a line that ends with one is searched for it.
const withoutTrailingBar = (l: string): string => (l.endsWith('|') ? l.replace(TRAILING_BAR, '') : l)

// A name without the bracket after it (`Thu Hà (TTXVN)`): only a line that ends with `)` is
// searched for one.
const TRAILING_BRACKET = /\s*\([^()]{1,40}\)$/u
const withoutTrailingBracket = (l: string): string => (l.endsWith(')') ? l.replace(TRAILING_BRACKET, '') : l)

/** The author line without its credit label: `Bài, ảnh: Quốc Việt` is `Quốc Việt`. */
export function bylineName(line: string): string {
  const l = withoutTrailingBar(line.trim())
  return (BRACKETED_NAME.exec(l)?.[1] ?? l).replace(CREDIT_PREFIX, '')
}

/**
 * True when a line reads as an author line: one to five capitalised name words or an
 * abbreviation, optionally followed by ` - Unit` or `, Unit` and preceded by a credit such as
 * `Bài và ảnh:`. Sentences, captions and headings (lower-case words, final period) are not.
 * Names in capitals count after a credit, or `atHead`, under a page's title or as the line
 * that closes the article, where a site prints its authors (`HOÀNG LAN - MINH PHÚ`, `THANH
 * HẢI`) and no section header stands; never an office's words (`CHỦ TỊCH`).
 */
export function isBylineLine(line: string, atHead = false): boolean {
  const trimmed = withoutTrailingBar(line.trim())
  const l = withoutTrailingBracket(BRACKETED_NAME.exec(trimmed)?.[1] ?? trimmed)
  if (l.length === 0 || l.length > 80) return false
  const uncredited = l.replace(CREDIT_PREFIX, '')
  // A name alone may close with a full stop (`Hữu Hoàn.`), a run of two words or more; with a
  // dash it is a wrapped sentence's end (`... chiến thắng La Ngà – Đồng Nai.`).
  const body = uncredited.replace(AUTHOR_TITLE, '').replace(/^([^-–—,]*\p{L}\s\p{L}+)\.$/u, '$1')
  // The dash may be glued to the name before it (`Thùy Linh- Mạnh Thường`).
  const dash = /\s*[-–—]\s+|\s+[-–—]\s*|,\s+/u.exec(body)
  const name = dash === null ? body : body.slice(0, dash.index)
  const unit = dash === null ? null : body.slice(dash.index + dash[0].length)
  if (unit !== null && !isUnit(unit)) return false
  return isNameRun(
    name.split(' ').filter((w) => w.length > 0),
    atHead || uncredited !== l,
  )
}

const ATTRIBUTION = /^(?:theo|nguồn)\s*:?\s+(.{2,80})$/iu

/** The source named by a `Theo baodanang.vn` / `Nguồn: TTXVN` line, or null. */
export function sourceAttribution(line: string): string | null {
  const m = ATTRIBUTION.exec(line.trim())
  if (m === null) return null
  const source = m[1]!.replace(/[.\s]+$/u, '')
  return source.split(' ').length <= 10 ? source : null
}

// The parts of a date line besides its date: a bar, a bullet or a dash before words, a stop
// glued to the next part (`Tác giả: Thanh Cư .Ngày đăng: ...`), or the space before a weekday
// (`PV Thứ sáu, ngày 26/04/2024`).
const DATE_LINE_PARTS = splitter(/\s*[|•·]\s*|\s*[-–]\s+|\s\.(?=\p{Lu})|\s(?=[Tt]hứ\s|[Cc]hủ\s[Nn]hật)/u)
// `Bởi` (by) before a name, as a template writes it.
const BY = /^(?:bởi|by)\s+/iu
// A content system's account name (`ngoc.vu`, `admin_tw`): lower-case words joined by a dot or
// an underscore.
const ACCOUNT = /^[a-z][a-z0-9]*(?:[._][a-z0-9]+)+$/u

/**
 * The author some sites print on their date line, before or after the date (`Bùi Ánh - 14:20
 * 28/09/2023`, `PV Thứ sáu, ngày 26/04/2024`, `Bởi Phan Văn A - Đăng tải ngày 30/04/2024`,
 * `14/01/2020 | ngoc.vu`): a part without a digit that reads as an author line (names in
 * capitals only after a credit, since a section may stand there: `THỜI SỰ`), or an account
 * name. `null` when no part is one.
 */
export function dateLineAuthor(line: string): string | null {
  for (const raw of DATE_LINE_PARTS.pieces(line.trim())) {
    const part = raw.trim().replace(BY, '')
    if (part === '' || /\d/u.test(part)) continue
    if (ACCOUNT.test(part)) return part
    if (isBylineLine(part)) return bylineName(part)
  }
  return null
}
