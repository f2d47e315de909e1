import { splitter } from './splitter.ts'
import { isWhiteUnit } from './unit-class.ts'

/**
 * An event's title as a reader would write it for a heading, from the words that follow the
 * report's verb (`tổ chức hội nghị sơ kết ..., đấu tranh ...`): the event's name phrase, ended
 * where Vietnamese ends a noun phrase, shortened at a word, in sentence case.
 *
 * A name phrase is a head noun (`Hội nghị`, `Lễ`, `lớp bồi dưỡng`) and what it is about; it ends
 * where the sentence goes on to something else:
 * - a predicate: an aspect or voice marker (`đã`, `đang`, `sẽ`, `vừa`, `được`), the copula `là`,
 *   `diễn ra`, the agent `do X tổ chức`, `nằm trong`;
 * - an adjunct of the occasion, not of the name: the place (`tại ...`), the time (`vào ngày`,
 *   `sáng nay`, `từ ngày`, a day not cited with a document), the form (`theo hình thức`,
 *   `bằng hình thức`), the purpose (`nhằm`, `để`), who took part (`với sự tham dự`, `với 46 thí
 *   sinh`, `cho hơn 200 cán bộ`, `đến toàn thể`, `có đồng chí`), a photo credit (`- Ảnh:`);
 * - a comma before a person (`, đồng chí X`) or before a further item of the agenda
 *   (`, đấu tranh ...`, `, triển khai ...`) after a whole phrase, not a word of a list
 *   (`học tập, quán triệt, triển khai`); a comma before a qualifier of the name (`, khóa XVII`,
 *   `, nhiệm kỳ 2025-2030`, `, Cụm 1`) does not end it;
 * - a colon (but one that opens a theme: `với chủ đề: “...”`), `;` or the end of a sentence.
 * Nothing inside quotes or brackets ends it: a quoted name (`Hội thảo khoa học “...”`) is kept whole.
 */

/** The longest title kept whole; a longer one is shortened at a word, with `…`. */
export const TITLE_MAX = 160

// The clause that reports the event, and so its span: up to a `;`, the end of a sentence, a
// purpose, or a comma before who took part. Its length is the span's, as before titles were read.
const CLAUSE_END = splitter(/;|\.\s|\s+nhằm\s|,\s+(?:với|thu hút|có sự)/u)
const SPAN_MAX = 200

/** The clause that reports an event, as the span of its report measures it (up to {@link SPAN_MAX} code units). */
export function reportedClauseLength(phrase: string): number {
  const trimmed = CLAUSE_END.first(phrase).trim()
  // The clause without its closing commas and stops, as `replace(/[,.]+$/u, '')`, not searched for.
  let length = trimmed.length
  while (length > 0 && (trimmed.charCodeAt(length - 1) === 44 || trimmed.charCodeAt(length - 1) === 46)) length--
  return length > SPAN_MAX ? trimmed.slice(0, SPAN_MAX - 1).trimEnd().length + 1 : length
}

const W = '(?![\\p{L}\\p{N}])'
// Words that end the name phrase wherever they stand after its first word (case-insensitive).
// All but the punctuation follow a space, written once: elsewhere the expression moves on at once.
const WORDS_ENDING_NAME = [
  // A predicate: aspect, voice, copula, the agent (`do X tổ chức`, not the `do` of `tự do`),
  // what the event did.
  `(?:đã|đang|sẽ|vừa|được|là|nằm trong|diễn ra)${W}`,
  `(?<!tự\\s)do${W}`,
  `(?:khai mạc|bế mạc)(?=\\s+(?:tại|vào|sáng|chiều|tối|trọng thể)${W}|\\s*$)`,
  // The occasion: place, time, form, purpose.
  `tại${W}`,
  `(?:vào|từ)\\s+(?:ngày|sáng|chiều|tối|trưa|lúc|dịp|\\d)`,
  `(?:sáng|chiều|tối|trưa)\\s+(?:nay|qua|ngày|hôm|thứ|\\d)`,
  `(?:theo|bằng|dưới) hình thức${W}`,
  `(?:nhằm|để)${W}`,
  // Who took part, counted or named.
  `(?:với|có) sự${W}`,
  `(?:với|cho|có|gồm) (?:hơn|gần|trên|khoảng|\\d)`,
  `có (?:đồng chí|ông|bà)${W}`,
  `đến (?:toàn thể|tất cả|\\d)`,
  // A photo credit.
  `[-–]\\s+Ảnh:`,
]
const ENDS_NAME = new RegExp(
  [
    `\\s+(?:${WORDS_ENDING_NAME.join('|')})`,
    // A colon, but for one that opens a quoted theme or name (`với chủ đề: “...”`); the end of
    // a clause or sentence.
    '(?<!(?:chủ đề|khẩu hiệu|tên gọi|tên|nội dung)):|:(?!\\s*[“"‘])',
    ';',
    '\\.(?:\\s|$)',
  ].join('|'),
  'giu',
)

// A day (`ngày 12/3`; a bare `20/10` may be a name) written as the event's time, not as part of a
// document's citation (`Nghị quyết số 35-NQ/TW ngày 22/10/2018`, `Đề án số 27-ĐA/QU, ngày
// 9-7-2024`, `... của Ban Bí thư ngày 25/10/2021`).
const DAY = /\sngày\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?![\p{N}])/giu
export const CITED_BEFORE =
  /(?:(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Quy định|Kế hoạch|Đề án|Thông tri|Hướng dẫn|Luật|Nghị định|Thông tư|Công văn|Chương trình)\s+(?:số\s+)?[\p{L}\p{N}/ –-]{1,20}|[\p{Lu}\p{N}]+\/[\p{Lu}\p{N}/–-]+|của [^,;]{2,60}?),?\s*$|(?:từ|đến|-|–)\s*$/iu

// CITED_BEFORE's alternatives, each read only where the text holds what it needs: the code's
// slash, the `ủ` of `của`, the word or dash closing the text; most texts name a document.
const CITED_DOCUMENT =
  /(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Quy định|Kế hoạch|Đề án|Thông tri|Hướng dẫn|Luật|Nghị định|Thông tư|Công văn|Chương trình)\s+(?:số\s+)?[\p{L}\p{N}/ –-]{1,20},?\s*$/iu
const CITED_CODE = /[\p{Lu}\p{N}]+\/[\p{Lu}\p{N}/–-]+,?\s*$/iu
const CITED_OF = /của [^,;]{2,60}?,?\s*$/iu
const CITED_RANGE = /(?:từ|đến|-|–)$/iu

/** Whether `before` ends with a citation, as CITED_BEFORE reads it. */
export function citedBefore(before: string): boolean {
  if (CITED_DOCUMENT.test(before)) return true
  if (before.includes('/') && CITED_CODE.test(before)) return true
  if ((before.includes('ủ') || before.includes('Ủ')) && CITED_OF.test(before)) return true
  // `\s` is what trimEnd takes away; the longest word is three code units.
  return CITED_RANGE.test(before.trimEnd().slice(-3))
}

// Words that open a further item of an agenda or a clause of its own after a comma.
const CLAUSE_AFTER_COMMA =
  /^(?:đấu tranh|triển khai|biểu dương|khen thưởng|thống nhất|hướng dẫn|thông tin|cho ý kiến|trao|tặng|gồm|về dự|phát động|đề ra|kết nạp|ký kết|tuyên dương|kiểm điểm|thảo luận|xem xét|quyết định|thông qua|bầu|công bố|đánh giá)(?![\p{L}])/iu
// Qualifiers of a name written after a comma: session, term, year, round, cluster.
const QUALIFIER_AFTER_COMMA = /^(?:khóa|khoá|nhiệm kỳ|năm|lần thứ|đợt|cụm|giai đoạn|hệ|quý|tháng|kỳ|\(|\d)/iu
// A phrase long enough to stand alone before a comma (in words): shorter ones are words of a list.
const WHOLE_PHRASE = 4

// Words a name does not end with, left when an adjunct or a shortening cut after them.
const DANGLING =
  /(?:[\s,:–-]+(?:và|với|cùng|của|về|cho|đến|trong|theo|tại|về việc|với chủ đề|với nội dung|chủ đề|nội dung|ngày|dành))+[\s,:–-]*$|[\s,:;–-]+$/iu

// DANGLING ends a name with one of these words or with a mark: a name ending otherwise is not read.
const DANGLING_LAST = /(?:và|với|cùng|của|về|cho|đến|trong|theo|tại|việc|đề|dung|ngày|dành)$/iu
const DANGLING_LAST_MAX = 5

/** `name` without DANGLING, read only when its last word or mark could be one. */
export function withoutDangling(name: string): string {
  const c = name.charCodeAt(name.length - 1)
  const mark = c === 44 || c === 58 || c === 59 || c === 45 || c === 0x2013 || isWhiteUnit(c)
  if (!mark && !DANGLING_LAST.test(name.slice(-DANGLING_LAST_MAX))) return name
  return name.replace(DANGLING, '')
}

// The words a name is read from: a little past TITLE_MAX (a boundary just past it still
// tells whether the name needs `…`), or to the end of a quote or bracket open there; a
// sentence may run on for a whole page.
const READ_PAST = 40
const READ_MAX = 600

/** The title of an event reported by `phrase` (the words after the report's verb); null when none is left. */
export function eventTitle(phrase: string): string | null {
  const start = phrase.search(/\S/u)
  if (start < 0) return null
  const read = phrase.slice(start, start + READ_MAX)
  const shielded = shieldedRanges(read, TITLE_MAX + READ_PAST)
  const open = shielded.find(([a, b]) => a < TITLE_MAX + READ_PAST && b > TITLE_MAX + READ_PAST)
  const clause = read.slice(0, (open?.[1] ?? TITLE_MAX) + READ_PAST).trimEnd()
  const name = withoutDangling(clause.slice(0, nameEnd(clause, shielded)))
  if (name.length === 0) return null
  return sentenceCase(shorten(name, shielded))
}

/**
 * Where quotes and brackets stand in `text`, whose words never end a name: [start, end) pairs,
 * those that open before the clause's end only: `reach`, or READ_PAST after a quote open there.
 * A range opened later holds no place of the clause, and a sentence may run on for a page.
 */
export function shieldedRanges(text: string, reach = Number.POSITIVE_INFINITY): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let limit = reach
  OPENER.lastIndex = 0
  for (let m = OPENER.exec(text); m !== null && m.index < limit; m = OPENER.exec(text)) {
    const j = text.indexOf(CLOSER[m[0]]!, m.index + 1)
    const end = j < 0 ? text.length : j + 1
    ranges.push([m.index, end])
    if (m.index < reach && end > reach) limit = end + READ_PAST
    OPENER.lastIndex = end
  }
  return ranges
}

// Openers found by one expression: most of a phrase is neither, and is skipped at its speed.
const OPENER = /[“(‘"]/gu
const CLOSER: Record<string, string> = { '“': '”', '(': ')', '‘': '’', '"': '"' }

const shieldedAt = (ranges: Array<[number, number]>, at: number) => ranges.some(([a, b]) => at > a && at < b)

// Name stage: the first place after the head word where the sentence goes on to something else.
function nameEnd(clause: string, shielded: Array<[number, number]>): number {
  const head = clause.search(/\s/u)
  if (head < 0) return clause.length
  let end = clause.length
  ENDS_NAME.lastIndex = head
  for (let m = ENDS_NAME.exec(clause); m !== null; m = ENDS_NAME.exec(clause))
    if (!shieldedAt(shielded, m.index)) {
      end = m.index
      break
    }
  // Most names write no day: the expression is tried only where `ngày` is.
  // Read with exec from lastIndex: matchAll would copy the expression at every call.
  const named = /ngày/iu.test(clause) ? clause.slice(0, end) : ''
  DAY.lastIndex = 0
  for (let m = DAY.exec(named); m !== null; m = DAY.exec(named))
    if (!shieldedAt(shielded, m.index) && !citedBefore(clause.slice(Math.max(0, m.index - 90), m.index))) {
      end = m.index
      break
    }
  return Math.min(end, commaEnd(clause.slice(0, end), shielded))
}

// A person after a comma (`, đồng chí X`, `, Trưởng ban ...`: a title written capitalised, as
// against `trưởng, phó các ban`) or who took part (`, thu hút ...`, `, với sự ...`).
const PERSON_AFTER_COMMA =
  /^(?:(?:đồng chí|ông|bà|đ\/c|thu hút|với|có sự)(?![\p{L}])|(?:Ủy viên|Uỷ viên|Trưởng|Phó|Bí thư|Chủ tịch|Giám đốc|Tổng Bí thư|ỦY VIÊN|UỶ VIÊN|TRƯỞNG|PHÓ|BÍ THƯ|CHỦ TỊCH|GIÁM ĐỐC|TỔNG BÍ THƯ)(?![\p{L}]))/u
// Verbs of an agenda that share the object after them (`quán triệt, triển khai Chỉ thị 35`):
// a comma after one continues a list.
const SHARED_OBJECT_VERB =
  /(?:^|\s)(?:quán triệt|triển khai|học tập|nghiên cứu|sơ kết|tổng kết|đánh giá|phổ biến|tuyên truyền|kiểm tra|rà soát|thảo luận|hướng dẫn|giám sát|khảo sát)$/iu

function wordCount(text: string, from: number, to: number): number {
  let words = 0
  for (let i = from; i < to; i++) if (text[i] !== ' ' && (i === from || text[i - 1] === ' ')) words++
  return words
}

// A comma ends the name before a person or a further item of the agenda, after a whole phrase.
function commaEnd(name: string, shielded: Array<[number, number]>): number {
  let segmentStart = 0
  for (let at = name.indexOf(','); at >= 0; at = name.indexOf(',', at + 1)) {
    if (shieldedAt(shielded, at)) continue
    // The words after the comma are read only as far as the longest opener.
    const after = name.slice(at + 1, at + 24).trimStart()
    if (PERSON_AFTER_COMMA.test(after)) return at
    if (
      CLAUSE_AFTER_COMMA.test(after) &&
      !QUALIFIER_AFTER_COMMA.test(after) &&
      wordCount(name, segmentStart, at) >= WHOLE_PHRASE &&
      !SHARED_OBJECT_VERB.test(name.slice(Math.max(segmentStart, at - 16), at))
    )
      return at
    segmentStart = at + 1
  }
  return name.length
}

// Length stage: a name longer than TITLE_MAX is cut at the last word before it, outside
// quotes (a quoted name is kept whole), with `…`.
function shorten(name: string, shielded: Array<[number, number]>): string {
  if (name.length <= TITLE_MAX) return name
  let cut = name.lastIndexOf(' ', TITLE_MAX - 1)
  const quote = shielded.find(([a, b]) => cut > a && cut < b)
  if (quote !== undefined) cut = quote[0] === 0 ? Math.min(name.length, quote[1]) : quote[1]
  if (cut >= name.length) return name
  const kept = withoutDangling(name.slice(0, cut))
  return kept.length === 0 ? name : `${kept}…`
}

// Case stage: the first letter (after any opening quote or bracket; a title that opens with a
// number stays as written) upper-cased as Vietnamese
// writes it, the rest as written.
function sentenceCase(title: string): string {
  const i = title.search(/[^“"‘'(\s]/u)
  if (i < 0 || !/\p{L}/u.test(title[i]!)) return title
  return title.slice(0, i) + upperCase(title[i]!) + title.slice(i + 1)
}

// Each letter upper-cased as Vietnamese writes it, kept: the locale's rules cost far more than
// the lookup, and titles open with few letters.
const UPPER = new Map<string, string>()
function upperCase(unit: string): string {
  let upper = UPPER.get(unit)
  if (upper === undefined) {
    upper = unit.toLocaleUpperCase('vi')
    UPPER.set(unit, upper)
  }
  return upper
}
