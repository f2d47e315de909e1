import { z } from 'zod'
import { DATE_LABEL_WORDS, PARTS_OF_DAY } from './date-words.ts'
import { type PartialDate, PartialDateSchema, parsePartialDate } from './partial-date.ts'
import { findVietnameseDates, parseVietnameseDate } from './vietnamese-date.ts'

/**
 * The publication date as news sites print it: a date line of its own under the title, or a
 * scraper's metadata fragment that opens the lead. Where on a page to look is the extractor's
 * business; reading what is there is this module's.
 *
 * @module
 */

// The labels of a date line, and `ngày` (the longest first, so none is cut short).
const LABEL_WORDS = [...DATE_LABEL_WORDS, 'ngày'].toSorted((a, b) => b.length - a.length)
const DATE_LABEL = new RegExp(`^(?:${LABEL_WORDS.join('|')})\\s*:?\\s*`, 'iu')
const LABEL_OPENERS = foldedOpeners(LABEL_WORDS)

// A time written after the date: ` lúc 10:32`, ` - 15:20`, `, 9:36:00 PM`, ` 10:20 (GMT+7)`.
const TRAILING_TIME =
  /[\s,–-]*(?:lúc\s*)?\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:AM|PM|SA|CH)?\s*(?:\(?(?:GMT|UTC)[+-]?\d{0,2}\)?)?$/iu

// A bare count after the time (comments, views): `Thứ năm - 08/04/2021 05:04 0`, `09:18 AM 753`.
const COUNT_AFTER_TIME = /(\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:AM|PM|SA|CH))?)\s+\d{1,7}$/u

// A view counter closing the line, with its label before or after the number: `76 lượt xem`,
// `, số lượt xem: 293`, ` .Lượt xem: 286 lượt.`. Taken off before the line's length is judged.
const VIEW_COUNT = /[\s,.|–-]*(?:(?:số\s+)?lượt xem\s*:?\s*[\d.,]+(?:\s+lượt)?|[\d.,]+\s+lượt xem)\s*\.?$/iu

// A time some templates print with spaces around its colon: `09 : 18 AM`.
const SPACED_COLON = /(?<=(?:^|\s)\d{1,2})\s:\s(?=\d{2}(?:\s|$))/u

// The author's name or initials before a weekday, as some sites print their byline and date on
// one line (`PV Thứ sáu, ngày 26/04/2024 21:10 PM (GMT+7)`): capitalised words, the weekday's
// own capital excluded by what must follow.
const NAME_BEFORE_WEEKDAY = /^(?:[\p{Lu}][\p{L}.]*\s){1,4}(?=[Tt]hứ\s(?:\p{L}|\d)|[Cc]hủ\s[Nn]hật)/u

// Some sites print the date as an item of a list of the article's facts: `• Cập nhật: 15/03/2021`.
const BULLET = /^[•·▪●◦]\s*/u

const BULLETS = new Set([...'•·▪●◦'].map((c) => c.charCodeAt(0)))
const mayOpenWithBullet = (l: string): boolean => BULLETS.has(l.charCodeAt(0))
const withoutBullet = (l: string): string => (mayOpenWithBullet(l) ? l.replace(BULLET, '') : l)

// The units that may open what the case-blind expressions below match, as `iu` folds them: the
// first letters of the labels (and `ngày`), and of `submitted`, `posted`, `published` (`ſ` is an `s`).
function foldedOpeners(words: readonly string[]): Set<number> {
  const units = new Set<number>()
  for (const w of words) {
    const c = w[0]!
    for (const v of [c, c.toUpperCase(), c.toLowerCase()]) units.add(v.charCodeAt(0))
    if (c === 's') units.add(0x17f)
    if (c === 'k') units.add(0x212a)
  }
  return units
}
const POSTED_OPENERS = foldedOpeners(['submitted', 'posted', 'published'])

// Some sites print the date in brackets under the title: `(14/06/2024)`.
const BRACKETED = /^[([]([^()[\]]+)[)\]]$/u

// A bar, a bullet or a dash before words separates the date from a time, a section or a view
// counter on some sites (`Ngày đăng: 21/10/2024 - Lượt xem: 312`).
// A dash between a word and a number parts a name from the date after it: the byline and the
// date share a line on some sites (`Bùi Ánh - 14:20 28/09/2023 GMT+7`).
// A full stop glued to the next part's capital (`Tác giả: Thanh Cư .Ngày đăng: 26/05/2022`)
// is a template's separator too.
const AFTER_DATE = /\s*[|•·]\s*|\s+[-–]\s+(?=\D)|(?<=\p{L})\s+[-–]\s+(?=\d)|\s\.(?=\p{Lu})/u

// A separator left at the end of a line when a site prints the date before a time it omits:
// `Thứ 3, Ngày 16/07/2024 -`.
const TRAILING_SEPARATOR = /\s*[-–|•]\s*$/u
// Whether the last character but white space (trimEnd takes off what \s is) is a separator.
const endsWithSeparator = (l: string): boolean => '-–|•'.includes(l.trimEnd().slice(-1) || '_')

const VIEWS = /lượt xem/iu
const SEPARATOR_MARK = /[|•·\-–.]/u

// A content system's English line: `Submitted by Ban biên tập on 18 October 2019`, `Posted on
// 18 October 2019`; the date follows `on`.
const POSTED_BY = /^(?:submitted|posted|published)(?:\s+by\s+[^\n]{1,40}?)?\s+on\s+/iu

// A place before the date, as a dateline writes it: `Hải Phòng, ngày 26 tháng 02 năm 2020`.
const PLACE_BEFORE = /^[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3},\s*(?=ngày\s)/u
// A report's time cue, the day set off by its comma (`Sáng nay, ngày 20/9/2024`): the start of a
// sentence, which the date grammar reads as one date, not a line that dates the page.
const REPORT_CUE = new RegExp(`^(?:(?:${PARTS_OF_DAY.join('|')})\\s+)?(?:hôm\\s+)?(?:nay|qua)\\s*,`, 'iu')

// How long a date line may be with a view counter after it (60 without).
const MAX_LINE_WITH_COUNT = 90

/**
 * The date a site's date line gives, when the whole line is one: `13/05/2024`, `(14/06/2024)`,
 * `11/14/2023 9:36:00 PM`, `Thứ Ba, 16/01/2024, 09:12 [GMT+7]`, `Cập nhật: 07:45 ngày
 * 22/09/2023`, `Đăng ngày 02/02/2024 lúc 10:32`, `16/11/2023 | 10:20`, `Ngày đăng: 28-04-2023 |
 * Lượt xem: 312`, `Chính trị - Ngày đăng : 15:57, 07/05/2022`, `09:05, 11/06/2021 [GMT+7]`,
 * `Thứ năm - 08/04/2021 05:04 0`, `• Cập nhật: 15/03/2021`, a dateline's `Hải Phòng, ngày 26 tháng 02
 * năm 2020`. Read by {@link parseVietnameseDate},
 * after taking off a list bullet, brackets, a count after the time, the parts around a bar or a dash, a label and a trailing time. `null` for a line that is anything else (`Hội
 * nghị ngày 02/03/2024 thành công`), shorter than 6 or longer than 60 characters (90 with a
 * view counter after it, `76 lượt xem`, which is taken off), or a date without its year. A
 * time spaced around its colon (`09 : 18 AM`) and an author's name before a weekday (`PV Thứ
 * sáu, ngày 26/04/2024`) are read too.
 */
export function parseDateLine(line: string): PartialDate | null {
  // Every date read here writes its year in four digits, and reading the line only takes text
  // away: a line with fewer digits gives none (most head lines, which a page has several of).
  if (!holdsFourDigits(line)) return null
  let l = withoutBullet(line.trim())
  if (l.length < 6 || l.length > MAX_LINE_WITH_COUNT) return null
  // Each expression below is tried only on a line that holds what it must match (its first
  // unit, a comma, a colon, a word): most lines read here are titles, and not dates.
  const bracketed = mayBracket(l) ? BRACKETED.exec(l) : null
  if (bracketed !== null) l = (bracketed[1] ?? '').trim()
  if (mayCueReport(l) && REPORT_CUE.test(l)) return null
  // A view counter says `lượt xem` (a line without an x is not searched for one).
  const counted = mayCountViews(l) && VIEWS.test(l)
  if (l.length > 60) {
    if (!counted) return null
    l = l.replace(VIEW_COUNT, '')
    if (l.length > 60) return null
  } else if (counted) {
    l = l.replace(VIEW_COUNT, '')
  }
  if (mayHoldTime(l)) l = l.replace(SPACED_COLON, ':').replace(COUNT_AFTER_TIME, '$1')
  if (endsWithSeparator(l)) l = l.replace(TRAILING_SEPARATOR, '')
  if (mayBePosted(l)) l = l.replace(POSTED_BY, '')
  if (mayBePlaced(l)) l = l.replace(PLACE_BEFORE, '')
  if (mayNameWeekday(l)) l = l.replace(NAME_BEFORE_WEEKDAY, '')
  const whole = parseVietnameseDate(l)
  if (whole !== null) return whole
  // The date may be any of the parts: a section may come first (`Chính trị - Ngày đăng : ...`).
  // Each separator holds one of these marks: a line without any is one part.
  const parts = SEPARATOR_MARK.test(l) ? l.split(AFTER_DATE).filter((part) => part !== '') : [l]
  if (parts.length > 1) {
    for (const part of parts) {
      const date = parseVietnameseDate(part)
      if (date !== null) return date
    }
  }
  for (const part of parts.length > 1 ? [l, ...parts] : [l]) {
    if (!mayBeLabelled(part)) continue
    const unlabeled = part.replace(DATE_LABEL, '')
    if (unlabeled === part) continue
    const date = parseVietnameseDate(unlabeled) ?? parseVietnameseDate(unlabeled.replace(TRAILING_TIME, ''))
    if (date !== null) return date
  }
  return null
}

// What each expression of a date line needs of the line to match (a unit it opens with, a comma,
// a colon, a word), tested before it is tried: most lines read here are titles, and no dates.
const mayBracket = (l: string): boolean => l.charCodeAt(0) === 0x28 || l.charCodeAt(0) === 0x5b
const mayCueReport = (l: string): boolean => l.includes(',')
const mayCountViews = (l: string): boolean => l.includes('x') || l.includes('X')
const mayHoldTime = (l: string): boolean => l.includes(':')
const mayBePosted = (l: string): boolean => POSTED_OPENERS.has(l.charCodeAt(0))
const mayBePlaced = (l: string): boolean => l.includes('ngày')
const mayNameWeekday = (l: string): boolean => l.includes('hứ') || l.includes('hủ')
const mayBeLabelled = (l: string): boolean => LABEL_OPENERS.has(l.charCodeAt(0))

// Whether `line` holds four ASCII digits, apart or together.
function holdsFourDigits(line: string): boolean {
  let digits = 0
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c >= 48 && c <= 57 && ++digits === 4) return true
  }
  return false
}

// The labels that say a line is the page's publication date, at the start of the line or of a
// part after a section: every label but `thời gian` (an announced event's time too) and a bare
// `ngày`, which opens reports.
const PUBLICATION_LABEL = new RegExp(
  `(?:^[([]?|[-–|•·.]\\s*)(?:${DATE_LABEL_WORDS.filter((w) => w !== 'thời gian').join('|')})(?![\\p{L}])`,
  'iu',
)

/**
 * The date of a date line ({@link parseDateLine}) that names itself the page's publication date
 * by a label (`Ngày đăng: 10/07/2025 - Lượt xem: 106`, `Cập nhật lúc : 16/10/2020`, `Publish
 * date 09/05/2020 | 11:24`, `Submitted by ... on 18 October 2019`): such a line is the page's
 * date wherever the site prints it, below widgets or after the lead. `null` for any other line,
 * a bare date line (`16/11/2023`) included.
 */
export function parseLabelledDateLine(line: string): PartialDate | null {
  const l = withoutBullet(line.trim())
  if (l.length < 6 || l.length > MAX_LINE_WITH_COUNT) return null
  // parseDateLine reads no date from a line without four digits (most lines a page prints below
  // its head, which the extractor reads through for this one): such a line is not searched for a label.
  if (!holdsFourDigits(l) || !(PUBLICATION_LABEL.test(l) || POSTED_BY.test(l))) return null
  return parseDateLine(l)
}

/** A scraper's metadata fragment that opens a line: the date it gives and where the rest starts. */
export const MetadataFragmentSchema = z.object({ date: PartialDateSchema, end: z.number().int().nonnegative() })

/** A metadata fragment at the start of a line. */
export type MetadataFragment = z.infer<typeof MetadataFragmentSchema>

const METADATA = /^date\s+(\d{4}(?:-\d{2}){0,2})(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?\s*/iu

/**
 * Reads a scraper's ` date 2023-12 ` (or `date 2023-12-08T09:15:00`) prefix at the start of a
 * line: the date, to the precision written, and the offset where the rest of the line starts.
 * `null` when the line does not open with one or its date does not exist.
 */
export function parseMetadataFragment(line: string): MetadataFragment | null {
  const m = METADATA.exec(line)
  if (m === null) return null
  const date = parsePartialDate(m[1] ?? '')
  return date === null ? null : { date, end: m[0].length }
}

const ISO_DAY = /^\d{4}-/u

// How much of a text is read for the days it writes with their year.
const WRITTEN_DAYS_WINDOW = 5_000

/**
 * A metadata fragment's day read the other way round, when the scraper wrote its source's
 * month-first date as day-first: `date 2025-03-10` over a report of a congress held `từ ngày
 * 01/10/2025 đến ngày 03/10/2025` is 3 October. Taken only when the swapped day is a day the
 * text writes with its year, the date as read is none, and the page would otherwise come out
 * before it. The date as it is otherwise.
 */
export function unswapMetadataDate(date: PartialDate, text: string): PartialDate {
  if (date.precision !== 'day' || date.month === undefined || date.day === undefined) return date
  if (date.day > 12 || date.day === date.month) return date
  const swapped: PartialDate = { year: date.year, month: date.day, day: date.month, precision: 'day' }
  const key = (d: PartialDate) => `${d.year}-${d.month}-${d.day}`
  const written = new Set(
    findVietnameseDates(text.slice(0, WRITTEN_DAYS_WINDOW))
      // The fragment's own ISO date, and any other, is no day the report writes.
      .filter((m) => m.date.precision === 'day' && !ISO_DAY.test(m.raw))
      .map((m) => key(m.date)),
  )
  const later = date.day > date.month
  return later && written.has(key(swapped)) && !written.has(key(date)) ? swapped : date
}
