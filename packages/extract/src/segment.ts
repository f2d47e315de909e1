import {
  findVietnameseDates,
  isImageFileLine,
  type PartialDate,
  parseDateLine,
  parseLabelledDateLine,
  parseMetadataFragment,
  readDateCue,
  unswapMetadataDate,
} from '@vanban/core'
import {
  isBoilerplateLine,
  isContactLine,
  isMenuLine,
  isRelatedHeader,
  isTeaserLine,
  isTickerLine,
} from './boilerplate.ts'
import { bylineName, dateLineAuthor, isBylineLine, sourceAttribution } from './byline.ts'
import { type DocumentHead, isDocumentHeadLine, readDocumentHead } from './document-head.ts'
import {
  isBannerLine,
  isBareWeekdayDate,
  isLoadingLine,
  isMarkupLine,
  isNotATitle,
  isRepeatedPhrase,
  isSiteClock,
  isSiteMotto,
  trimHeading,
} from './head-lines.ts'
import { continuesSentence, runsOn, wrapsLine, wrapWidth } from './line-breaks.ts'
import { parseSourcePrefix } from './published-date.ts'
import { isRestatedTitle } from './restated-title.ts'
import { readRunTogetherStamp } from './run-together.ts'
import type { Piece } from './sentences.ts'
import { isWhiteUnit } from './unit-class.ts'

/**
 * A scraped page cut into its parts: the title (first lines, possibly repeated, possibly in
 * capitals), the publication date (a date line or a metadata fragment), the source prefix of
 * the lead, body paragraphs, image captions, the byline, and everything after the byline
 * (teasers of other articles, comment forms, cookie banners) dropped.
 */
export type Segments = {
  title: Piece | null
  publishedAt: PartialDate | null
  source: string | null
  /** Whether the lead opened with a newsroom's source prefix (`TT - `, `(VOV5) - `): a news report's lead. */
  sourcedLead: boolean
  byline: string | null
  body: Piece[]
  captions: Piece[]
  /** The head of an official document the page prints (`Số: 594/KH-UBND`, `KẾ HOẠCH`), or null. */
  document: DocumentHead | null
}

type Line = Piece & { blankBefore: boolean }

/**
 * What the head, the tail and the body each ask of the same lines of one article (whether a line
 * is site text, an image's file name, a related-articles header), read once per line: the lead is
 * read by the head and the body, the last lines by the tail and the body. 0 while unread, then
 * 1 or 2; a line whose text is cut (the lead's opening) is read again. Arrays of no length
 * remember nothing (every verdict read anew), which the tests compare with.
 */
type LineVerdicts = { boilerplate: Uint8Array; imageFile: Uint8Array; relatedHeader: Uint8Array }

const lineVerdicts = (count: number): LineVerdicts => ({
  boilerplate: new Uint8Array(count),
  imageFile: new Uint8Array(count),
  relatedHeader: new Uint8Array(count),
})

function verdict(known: Uint8Array, lines: readonly Line[], i: number, test: (line: string) => boolean): boolean {
  let v = known[i] ?? 0
  if (v === 0) {
    v = test(lines[i]!.text) ? 1 : 2
    known[i] = v
  }
  return v === 1
}

const boilerplateAt = (v: LineVerdicts, lines: readonly Line[], i: number): boolean =>
  verdict(v.boilerplate, lines, i, isBoilerplateLine)
const imageFileAt = (v: LineVerdicts, lines: readonly Line[], i: number): boolean =>
  verdict(v.imageFile, lines, i, isImageFileLine)
const relatedHeaderAt = (v: LineVerdicts, lines: readonly Line[], i: number): boolean =>
  verdict(v.relatedHeader, lines, i, isRelatedHeader)

// Forgets what was read of line i, whose text changed.
function forgetLine(v: LineVerdicts, i: number): void {
  v.boilerplate[i] = 0
  v.imageFile[i] = 0
  v.relatedHeader[i] = 0
}

function nonBlankLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let blank = true
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    if (end > start) {
      lines.push({ start, end, text: text.slice(start, end), blankBefore: blank })
      blank = false
    } else {
      blank = true
    }
    start = end + 1
  }
  return lines
}

// A line's key: lower case, white space runs as one space, trimmed.
function fold(s: string): string {
  const lower = s.toLowerCase()
  // A normalised line has nothing to squeeze: no runs of white space, none at either end, only
  // spaces; such a line is not copied again to learn that.
  return unsqueezed(lower) ? lower.replace(/\s+/gu, ' ').trim() : lower
}

/**
 * Whether squeezing white space changes `s`, as /[^\S ]| {2}|^ | $/u finds: white space other than
 * a space, two spaces, a space at either end (trim takes off what \s is, the same class).
 * Lower-casing turns no unit into white space or out of it, so a line and its lower case answer alike.
 */
export function unsqueezed(s: string): boolean {
  const n = s.length
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i)
    if (c === 0x20) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 0x20) return true
    } else if ((c < 0x80 ? c <= 0x0d && c >= 0x09 : c >= 0xa0) && isWhiteUnit(c)) return true
  }
  return false
}

// Whether `keys` (folded) hold the key of `text`. Lower-casing never shortens a unit's text, so a
// line with nothing to squeeze that is longer than every key is none of them, and is not folded.
function holdsKey(keys: readonly string[], text: string): boolean {
  let longest = 0
  for (const k of keys) longest = Math.max(longest, k.length)
  if (text.length > longest && !unsqueezed(text)) return false
  return keys.includes(fold(text))
}

// The last head line found to be no site text (boilerplate, a menu, ...): the head asks whether
// it looks like a title right after, which need not ask that again.
let siteTextFree = ''

// The last line read and what it gave: the head reads a line ending with a full stop as a title
// without its stop more than once (restated by the lead, closed with a stop).
let lastTitleLine = ''
let lastLooksLikeTitle = false

function looksLikeTitle(line: string): boolean {
  if (line !== lastTitleLine) {
    lastLooksLikeTitle = looksLikeTitleOnce(line)
    lastTitleLine = line
  }
  return lastLooksLikeTitle
}

function looksLikeTitleOnce(line: string): boolean {
  const l = line.trim()
  if (l.length < 8 || l.length > 300) return false
  if (CLOSING_MARKS.includes(l[l.length - 1]!)) return false
  // Three words at least: two spaces.
  const space = l.indexOf(' ')
  if (space < 0 || l.indexOf(' ', space + 1) < 0) return false
  if (
    isImageFileLine(l) ||
    (l !== siteTextFree && (isBoilerplateLine(l) || isMenuLine(l))) ||
    parseSourcePrefix(l) !== null
  )
    return false
  // Vietnamese titles carry diacritics; a line without any is a foreign page's or a site's.
  if (!/\P{ASCII}/u.test(l)) return false
  // Captions, list items, markup, a document's head lines and the rest of NOT_A_TITLE.
  if (isNotATitle(l) || isDocumentHeadLine(l)) return false
  // A lead's sentence may open with its date after one that cites its basis (`Thực hiện Kế hoạch
  // số 112/KH-THCSHT ngày 01/10/2020. Từ ngày 19-22/10/2020, tại trường ... đã diễn ra Hội thi
  // ...`); a title's words do not go on after a full stop with a time cue.
  if (secondSentenceDated(l)) return false
  // A lead opens with its date (`Sáng 13/5, ...`, `Sáng ngày 08/12, ...`); a title does not.
  if (!/\d/u.test(l.slice(0, 40))) return true
  const first = findVietnameseDates(l.slice(0, 40))[0]
  return (first === undefined || first.start > 0) && readDateCue(l) === null
}

// What a title does not end with.
const CLOSING_MARKS = '.;,:'

// Whether a sentence after a full stop within a line opens with a time cue that reads a date:
// opens with a capital, which is read first.
function secondSentenceDated(line: string): boolean {
  for (let stop = line.indexOf('. '); stop !== -1; stop = line.indexOf('. ', stop + 2)) {
    if (!CAPITAL_FIRST.test(line.slice(stop + 2, stop + 4))) continue
    if (readDateCue(line.slice(stop + 2, stop + 2 + 80)) !== null) return true
  }
  return false
}
const CAPITAL_FIRST = /^\p{Lu}/u

// How long a title closed with a full stop may be (a title's 300 characters and its stop).
const MAX_CLOSED_TITLE = 301

// Lines of the head read before the lead is taken to start.
const HEAD_LINES = 8

// How many words a line has, as many as line.trim().split(/\s+/u) gives: one more than its runs
// of white space between words, counted without cutting it.
function words(line: string): number {
  let start = 0
  let end = line.length
  while (start < end && isWhiteUnit(line.charCodeAt(start))) start++
  while (end > start && isWhiteUnit(line.charCodeAt(end - 1))) end--
  let count = 1
  for (let i = start; i < end; i++) if (isWhiteUnit(line.charCodeAt(i)) && !isWhiteUnit(line.charCodeAt(i - 1))) count++
  return count
}
const inCapitals = (line: string): boolean => line === line.toUpperCase()

// A site's section above an article: a few words, no final stop (`Tin địa phương`).
// A one-word slug may carry digits (`Tin-covid19`); a line of words with a number is a lead or a title.
function isSectionLine(line: string): boolean {
  if (line.length > 60 || words(line) > 6 || /[.;:!?]$/u.test(line)) return false
  return !/\d/u.test(line) || (words(line) === 1 && /\p{L}/u.test(line))
}

// A line without a letter or a digit (`.`, `*`, `---`) is a scraper's remnant, no part of the head.
// A line opening with an ASCII letter or digit has one.
export const isWordless = (line: string): boolean => !isAsciiAlnum(line.charCodeAt(0)) && !/[\p{L}\p{N}]/u.test(line)
const isAsciiAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)

function bestTitle(headings: readonly Piece[]): Piece | null {
  let best: Piece | null = null
  let bestScore = 0
  for (const h of headings) {
    const score = words(h.text) - (inCapitals(h.text) ? 4 : 0)
    if (best === null || score > bestScore) {
      best = h
      bestScore = score
    }
  }
  return best
}

// How many words make a line ending on a comma a paragraph left open rather than a caption.
const OPEN_PARAGRAPH_WORDS = 12

/**
 * Short lines without a final stop are captions or inter-titles, and so are lines marking who
 * stands where in a photo. Exported for tests only (the package index does not export it).
 */
export function looksLikeCaption(line: string): boolean {
  if (line.length > 220) return false
  // The marks hold a bracket, the label opens with `ả` in either case: other lines are not searched.
  if (mayMarkPhoto(line) && PHOTO_MARKS.test(line)) return true
  // A long line ending on a comma leaves its sentence open for what follows (`Đại hội ..., sau
  // khi thảo luận ...,` above `QUYẾT NGHỊ`): a paragraph, where a caption or a heading ends closed.
  if (line.endsWith(',') && words(line) >= OPEN_PARAGRAPH_WORDS) return false
  return !isClosingUnit(line.charCodeAt(line.length - 1))
}
const PHOTO_MARKS = /\((?:phải|trái|giữa|ảnh[^)]*)\)|^ảnh\s*:/iu
const mayMarkPhoto = (line: string): boolean =>
  line.charCodeAt(0) === 0x1ea3 || line.charCodeAt(0) === 0x1ea2 || line.includes('(')
// What a paragraph or a sentence ends with, as /[.!?…"”:;]$/u reads a line's last unit.
const isClosingUnit = (c: number): boolean =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x22 || c === 0x201d || c === 0x3a || c === 0x3b

/**
 * Cuts normalized article text into its parts. `remember` false reads every line's verdicts anew
 * where the head, tail and body share them (for the tests; the parts are the same).
 */
export function segment(text: string, remember = true): Segments {
  const lines = nonBlankLines(text)
  const verdicts = lineVerdicts(remember ? lines.length : 0)
  const document = readDocumentHead(text, lines)
  const head = readHead(lines, verdicts)
  const tail = readTail(lines, head.lead, verdicts)
  const { body, captions } = readBody(text, lines, head.lead, tail.end, head.subtitles, verdicts)
  const title = pageTitle(head.title, document)
  // The trích yếu read as the title is no body paragraph too.
  const outside = (p: Piece) => title === null || title === head.title || p.end <= title.start || p.start >= title.end
  return {
    title,
    publishedAt: head.publishedAt,
    source: head.source ?? tail.source,
    sourcedLead: head.source !== null,
    byline: pageByline(document === null ? head.byline : null, tail.byline),
    body: body.filter(outside),
    captions: captions.filter(outside),
    document,
  }
}

// The page's author: the line closing the article, or the one under the title; the title's
// when it is the closing one written in full (`CHÂU TƯỜNG` under the title, `CHÂU T` at the end).
// Capitals under the first line of a printed document are its issuing body, never an author,
// so the caller gives no head byline for such a page.
function pageByline(head: string | null, tail: string | null): string | null {
  if (tail === null) return head
  return head !== null && head.length > tail.length && head.startsWith(tail) ? head : tail
}

// The page's title: on a page that prints an official document, the document's own title (its
// trích yếu) unless the page heads it with a title of its own that names the document by number
// (`Thông tư 06/2019/TT-BTTTT`); a site's name over a document (`Hệ thống pháp luật`) is none.
function pageTitle(heading: Piece | null, document: DocumentHead | null): Piece | null {
  if (document?.title == null) return heading
  const number = new RegExp(`(?<![\\p{N}])0*${document.code.number.replace(/^0+(?=\d)/u, '')}(?![\\p{N}])`, 'u')
  return heading !== null && number.test(heading.text) ? heading : document.title
}

/** What the head of a page gives: its parts, and the index of the lead, the body's first line. */
type Head = {
  lead: number
  title: Piece | null
  subtitles: Piece[]
  publishedAt: PartialDate | null
  source: string | null
  byline: string | null
}

/**
 * Head: metadata fragment, date line, the site's name and section, and the title, in whatever
 * order the site prints them; the lead is the first line that is none of these. What the lead
 * opens with that is no part of its text (a metadata fragment, the source prefix `TPO -`) is
 * cut from its line.
 */
function readHead(lines: Line[], verdicts: LineVerdicts): Head {
  const scanned = withLaterDateLine(lines, scanHead(lines, 0, verdicts), verdicts)
  const { headings, titled, publishedAt, byline } = scanned
  let { lead, leadOffset } = scanned
  // The title is the fullest heading: a site's name (`TẠP CHÍ TUYÊN GIÁO`) and section
  // (`Thực tiễn - Kinh nghiệm`) are shorter, and in capitals where the title is not. A site
  // prints its date line under the title: what follows it starts the article (a photo's caption,
  // a lead left without its stop), however full. A site's section or language bar alone above
  // its date line (`Đoàn thể và các Hội`) is no title.
  const above = headings.slice(0, titled)
  const dated = above.some((h) => !isSectionLine(h.text))
  const title = bestTitle(dated ? above : headings)
  const below = headings[titled]
  if (dated && below !== undefined) {
    lead = lines.findIndex((l) => l.start <= below.start && below.start < l.end)
    leadOffset = below.start - lines[lead]!.start
  }
  // A second heading under the title (a section or sapo heading) is kept as a caption.
  const subtitles =
    title === null || (dated && below !== undefined)
      ? []
      : headings.slice(headings.indexOf(title) + 1, headings.indexOf(title) + 2)
  const source = cutLeadOpening(lines, lead, leadOffset, verdicts)
  return { lead, title, subtitles, publishedAt, source, byline }
}

type ScannedHead = {
  lead: number
  leadOffset: number
  headings: Piece[]
  /** How many headings stand above the date line printed under them; 0 when none does. */
  titled: number
  publishedAt: PartialDate | null
  byline: string | null
}

// How far past the head a labelled date line is looked for, and how long a line of the site's
// chrome (widgets, counters, menus) between the head and it may be.
const DATE_LINE_LOOKAHEAD = 30
const CHROME_LINE = 120

/**
 * A head that gave no date, completed by the page's date line printed further down: a labelled
 * one (`Ngày đăng: 10/07/2025 - Lượt xem: 106`) below the site's widgets, a date line with its
 * time right after the lead (`16:57 - 02/03/2021`), or a labelled one among the page's last lines. When only short lines of chrome stand
 * between the head and a labelled line, the head goes on after it: the heading above it is the
 * title, and the lead follows it.
 */
function withLaterDateLine(lines: Line[], head: ScannedHead, verdicts: LineVerdicts): ScannedHead {
  if (head.publishedAt !== null) return head
  for (let k = head.lead; k < lines.length && k <= head.lead + DATE_LINE_LOOKAHEAD; k++) {
    const date = parseLabelledDateLine(lines[k]!.text)
    if (date === null) continue
    const chrome = lines
      .slice(head.lead, k)
      .every((l) => l.text.length <= CHROME_LINE && !/[.!?…]$/u.test(l.text.trim()))
    if (!chrome) return { ...head, publishedAt: date }
    const rest = scanHead(lines, k + 1, verdicts)
    const above = lines[k - 1]
    const title = above !== undefined && k - 1 >= head.lead && looksLikeTitle(above.text) ? [trimHeading(above)] : []
    return {
      ...rest,
      headings: [...head.headings, ...title, ...rest.headings],
      titled: 0,
      publishedAt: rest.publishedAt ?? date,
    }
  }
  // Read only when no labelled line gave the date.
  const stamped = lines[head.lead + 1]
  const stampedDate = stamped !== undefined && TIME_OF_DAY.test(stamped.text) ? parseDateLine(stamped.text) : null
  if (stampedDate !== null) return { ...head, publishedAt: stampedDate }
  // Some sites print it under the article (`Ngày đăng: 12/03/2024`), before the page's footer.
  for (let k = lines.length - 1; k > head.lead + DATE_LINE_LOOKAHEAD && k >= lines.length - FOOT_LINES; k--) {
    const date = parseLabelledDateLine(lines[k]!.text)
    if (date !== null) return { ...head, publishedAt: date }
  }
  return head
}

// How many of a page's last lines may hold its date line.
const FOOT_LINES = 12

// A clock time in a line: `16:57`, `9h30`.
const TIME_OF_DAY = /(?<!\d)\d{1,2}[:h]\d{2}(?!\d)/u

const HAS_DIGIT = /\d/u

// The head's lines read one by one from `from` until the lead.
function scanHead(lines: Line[], from: number, verdicts: LineVerdicts): ScannedHead {
  let publishedAt: PartialDate | null = null
  // A date line above every heading may be the site's clock (today's date on every page); the
  // article's own date line, printed under its title, then replaces it.
  let dateAboveTitle = false
  let first = from
  let leadOffset = 0
  const headings: Piece[] = []
  // The headings' keys, folded once each as the loop comes to need them (headings are only added).
  const keys: string[] = []
  let titled = 0
  let byline: string | null = null
  for (; first < lines.length && first < from + HEAD_LINES; first++) {
    const line = lines[first]!
    // A fragment opens with `date`, in either case.
    const meta = (line.text.charCodeAt(0) | 0x20) === 0x64 ? parseMetadataFragment(line.text) : null
    if (meta !== null) {
      // A scraper may have written its source's month-first date day-first.
      publishedAt ??= unswapMetadataDate(meta.date, lines.map((l) => l.text).join('\n'))
      // The fragment may stand before the site's section or the title, on the same line.
      const rest = line.text.slice(meta.end)
      const restStart = line.start + meta.end + (rest.length - rest.trimStart().length)
      const next = lines[first + 1]
      if (next?.blankBefore && rest.trim() !== '') {
        if (isSectionLine(rest.trim())) continue
        if (looksLikeTitle(rest)) {
          headings.push({ start: restStart, end: line.end, text: line.text.slice(restStart - line.start) })
          continue
        }
      }
      leadOffset = meta.end
      break
    }
    // Before site text, since a date line may carry some (`Ngày đăng: 28-04-2023 | Lượt xem: 312`).
    const mayRead: boolean = publishedAt === null || (dateAboveTitle && headings.length > 0)
    // A date line gives its year, in digits: a line without a digit is not read for one.
    const date: PartialDate | null = mayRead && HAS_DIGIT.test(line.text) ? parseDateLine(line.text) : null
    // A site's clock over its motto (`Chủ Nhật, 21/7/2024` / `“ĐOÀN KẾT – ... – HIỆU QUẢ”`): the
    // day the page was read, not the article's.
    if (date !== null && isBareWeekdayDate(line.text) && isSiteMotto(lines[first + 1]?.text ?? '')) continue
    if (date !== null) {
      dateAboveTitle = publishedAt === null && headings.length === 0
      // A date line under a clock's replaces it, and is the page's.
      titled = headings.length
      publishedAt = date
      byline ??= dateLineAuthor(line.text)
      continue
    }
    if (isWordless(line.text)) continue
    if (
      boilerplateAt(verdicts, lines, first) ||
      isMenuLine(line.text) ||
      isBannerLine(line.text) ||
      isLoadingLine(line.text) ||
      isMarkupLine(line.text) ||
      isSiteClock(line.text) ||
      isTickerLine(line.text) ||
      isContactLine(line.text) ||
      isRepeatedPhrase(line.text)
    )
      continue
    siteTextFree = line.text
    const heading = trimHeading(line)
    if (headings.length > 0) {
      for (let k = keys.length; k < headings.length; k++) keys.push(fold(headings[k]!.text))
      if (holdsKey(keys, heading.text)) continue
    }
    // Some sites print the author under the title (`Thu Hằng`, `TS NGUYỄN VĂN A - Học viện ...`).
    if (headings.length > 0 && byline === null && isBylineLine(line.text, true)) {
      byline = bylineName(line.text)
      continue
    }
    // A heading is followed by more of the head or by the lead, never ends the text.
    if (headings.length === 0 && restatedByLead(heading.text, lines, first)) {
      headings.push(heading)
      continue
    }
    if (looksLikeTitle(heading.text) && lines[first + 1] !== undefined) {
      // A title wrapped over two lines: the next goes on in lower case, with no blank between.
      const rest = lines[first + 1]!
      if (rest.start === heading.end + 1 && !/[.!?:;]$/u.test(heading.text) && /^\p{Ll}/u.test(rest.text)) {
        headings.push({ start: heading.start, end: rest.end, text: `${heading.text} ${rest.text}` })
        first++
      } else {
        headings.push(heading)
      }
      continue
    }
    // A title closed with a full stop, as a sentence, which the lead below restates; under a
    // title already read, such a line is its sapo.
    if (
      headings.length === 0 &&
      heading.text.length <= MAX_CLOSED_TITLE &&
      heading.text.endsWith('.') &&
      looksLikeTitle(heading.text.slice(0, -1)) &&
      isRestatedTitle(
        heading.text,
        lines.slice(first + 1, first + 4).map((l) => l.text),
      )
    ) {
      headings.push(heading)
      continue
    }
    // The lead may carry the date stamp run together with it, and the title before it.
    const stamp = publishedAt === null ? readRunTogetherStamp(line.text) : null
    if (stamp !== null) {
      const before = line.text.slice(0, stamp.start)
      if (stamp.start === 0 || (headings.length === 0 && looksLikeTitle(before))) {
        if (stamp.start > 0) headings.push({ start: line.start, end: line.start + stamp.start, text: before })
        publishedAt = stamp.date
        titled = headings.length
        leadOffset = stamp.end
        break
      }
    }
    // A short line the next goes on from (`Sáng` above `ngày 25/7/2025, Chi bộ ...`) opens the lead.
    const next = lines[first + 1]
    if (
      isSectionLine(line.text) &&
      next !== undefined &&
      (next.blankBefore || !continuesSentence(line.text, next.text))
    )
      continue
    break
  }
  return { lead: first, leadOffset, headings, titled, publishedAt, byline }
}

// How much of a title written with a final stop the lead must repeat, and how many of the lines
// under it (a photo's caption) are passed over to find the lead.
const RESTATED_SHARE = 0.75
const CAPTIONS_UNDER_TITLE = 1
const WORD = /[\p{L}\p{N}]+/gu

/**
 * A title some sites end with a full stop, which the lead right under it restates with its date
 * and place (`Phường Phổ Thạnh tổ chức kỷ niệm ... năm 2025.` over `Ngày 03/02/2025, Phường Phổ
 * Thạnh tổ chức kỷ niệm ...`): one sentence, a title but for its stop, whose words the lead (a
 * caption between them passed over) holds three in four of.
 */
function restatedByLead(line: string, lines: readonly Line[], at: number): boolean {
  const l = line.trim()
  if (!l.endsWith('.') || /[.!?;]\s/u.test(l)) return false
  // The lead below, the title's length and words, then the title itself, the cheapest first.
  for (let k = at + 1; k < lines.length && k <= at + 1 + CAPTIONS_UNDER_TITLE; k++) {
    const lead = lines[k]!.text
    if (lead.length < 80 && isNotATitle(lead.trim())) continue
    return lead.length > l.length && leadHoldsWords(l, lead) && looksLikeTitle(l.slice(0, -1))
  }
  return false
}

// Whether `lead` holds three in four of the words of `title` (each time it writes one).
function leadHoldsWords(title: string, lead: string): boolean {
  const words = (s: string) => s.toLowerCase().match(WORD) ?? []
  const own = words(title)
  const held = new Set(words(lead))
  return own.filter((w) => held.has(w)).length >= RESTATED_SHARE * own.length
}

// Cuts what the lead line opens with before its text (`offset` code units of a metadata
// fragment, then a source prefix); gives the source the prefix names.
function cutLeadOpening(lines: Line[], lead: number, offset: number, verdicts: LineVerdicts): string | null {
  const line = lines[lead]
  if (line === undefined) return null
  let cut = offset
  const prefix = parseSourcePrefix(line.text.slice(cut))
  if (prefix !== null) cut += prefix.end
  if (cut > 0) {
    lines[lead] = { ...line, start: line.start + cut, text: line.text.slice(cut) }
    forgetLine(verdicts, lead)
  }
  return prefix === null ? null : prefix.source
}

// A photo's caption opened by its label.
const PHOTO_CAPTION = /^ảnh\s*:/iu

/**
 * Tail: the byline (or a source attribution) closes the article; related-article blocks and
 * site text follow it. Gives the index of the first line after the body.
 */
function readTail(
  lines: Line[],
  lead: number,
  verdicts: LineVerdicts,
): { end: number; byline: string | null; source: string | null } {
  const related = relatedBlockStart(lines, lead, verdicts)
  for (let j = lines.length - 1; j >= lead; j--) {
    const l = lines[j]!.text
    if (
      boilerplateAt(verdicts, lines, j) ||
      isTeaserLine(l) ||
      imageFileAt(verdicts, lines, j) ||
      relatedHeaderAt(verdicts, lines, j) ||
      isMenuLine(l)
    )
      continue
    // A photo's caption (`Ảnh: Đồng chí ... phát biểu`) printed under the byline is the image's,
    // placed after the text: the byline above it still closes the article, the caption is kept.
    if (PHOTO_CAPTION.test(l) && j - 1 > lead && j < related && !isBylineLine(l)) {
      const above = lines[j - 1]!.text
      if (!PHOTO_CAPTION.test(above) && isBylineLine(above, true))
        return { end: j + 1, byline: bylineName(above), source: null }
    }
    const attribution = sourceAttribution(l)
    if (attribution !== null) return { end: Math.min(j, related), byline: null, source: attribution }
    // The article's last line: its author may be printed in capitals (`THANH HẢI`). A name
    // under a related-articles header is a teaser's author.
    if (j > lead && j < related && isBylineLine(l, true))
      return { end: Math.min(j, related), byline: bylineName(l), source: null }
    if (j < related) return { end: j + 1, byline: null, source: null }
  }
  return { end: Math.min(lines.length, related), byline: null, source: null }
}

// The index of the first header of related articles after the lead; the number of lines when none.
function relatedBlockStart(lines: Line[], lead: number, verdicts: LineVerdicts): number {
  for (let i = lead + 1; i < lines.length; i++) if (relatedHeaderAt(verdicts, lines, i)) return i
  return lines.length
}

// The last line of an excerpt that stops mid-sentence (`Dịp này, Đảng ủy phường ... cũng tổ chức
// tọa đàm chuyên đề ..., góp phần xây dựng đảng bộ phường thật`): a paragraph cut short, not a
// caption, when it runs to the end of the text with many words and a clause break.
const CUT_WORDS = 20

function cutShort(lines: Line[], i: number, text: string): boolean {
  for (let k = i + 1; k < lines.length; k++) if (lines[k]!.text.length > 0) return false
  return /\p{L}$/u.test(text) && text.includes(', ') && words(text) >= CUT_WORDS
}

/**
 * Body: the lines from the lead to the tail, paragraphs apart from captions. A caption is a
 * line under an image file name, a repeat of a caption, or a short line without a final stop;
 * the subtitles under the title come first.
 */
function readBody(
  text: string,
  lines: Line[],
  lead: number,
  end: number,
  subtitles: Piece[],
  verdicts: LineVerdicts,
): { body: Piece[]; captions: Piece[] } {
  const body: Piece[] = []
  const captions: Piece[] = [...subtitles]
  const seenCaptions = new Set<string>()
  // Normalised lines hold no runs of white space, so folding never shortens one: a line longer
  // than every caption seen is no repeat of one, and is not folded to learn that.
  let longestCaption = 0
  let afterImage = false
  const width = wrapWidth(lines.slice(lead, end))
  for (let i = lead; i < end; i++) {
    const line = lines[i]!
    if (line.text.length === 0) continue
    if (imageFileAt(verdicts, lines, i)) {
      afterImage = true
      continue
    }
    if (boilerplateAt(verdicts, lines, i)) continue
    // The lines of one sentence broken by hard line breaks are one piece.
    const first = i
    while (i + 1 < end && joinsAbove(lines, i + 1, width, verdicts)) i++
    const piece: Piece =
      i === first ? { start: line.start, end: line.end, text: line.text } : spanning(text, line, lines[i]!)
    const caption =
      i > lead &&
      ((afterImage && piece.text.length <= 300) ||
        (piece.text.length <= longestCaption && seenCaptions.has(fold(piece.text))) ||
        (looksLikeCaption(piece.text) &&
          !cutShort(lines, i, piece.text) &&
          !(i > first && runsOn(lines[i]!.text, width))))
    afterImage = false
    if (caption) {
      captions.push(piece)
      const key = fold(piece.text)
      seenCaptions.add(key)
      longestCaption = Math.max(longestCaption, key.length)
    } else {
      body.push(piece)
    }
  }
  return { body, captions }
}

// Whether line `i` goes on with the sentence of the line above it, with no blank line between.
const joinsAbove = (lines: readonly Line[], i: number, width: number, verdicts: LineVerdicts): boolean =>
  !lines[i]!.blankBefore &&
  wrapsLine(lines[i - 1]!.text, lines[i]!.text, width) &&
  !imageFileAt(verdicts, lines, i) &&
  !boilerplateAt(verdicts, lines, i)

// The lines from `from` to `to` as one piece; the breaks inside it read as the spaces they stand
// for, which keeps every offset (one character for one) and lets readers of words match across.
const spanning = (text: string, from: Line, to: Line): Piece => ({
  start: from.start,
  end: to.end,
  text: text.slice(from.start, to.end).replaceAll('\n', ' '),
})
