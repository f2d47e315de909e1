import { z } from 'zod'
import { MONTH_NAME_WORDS, PARTS_OF_DAY, partOfDayOf, WEEKDAY_WORDS } from './date-words.ts'
import { isPartialDate, type PartialDate, PartialDateSchema, PartOfDaySchema } from './partial-date.ts'
import { foldDiacritics } from './text.ts'
import {
  type DateReference,
  findFirstVietnameseDate,
  inferYear,
  mayStartDate,
  parseDateReference,
  type VietnameseDateOptions,
  type YearlessDate,
} from './vietnamese-date.ts'
import { YearlessDateSchema } from './year-evidence.ts'

/**
 * Time cues that open a sentence of a news report (`Sáng 13/5, ...`, `Từ ngày 20 đến 21/9,
 * ...`, `Sáng thứ Hai (4/11), ...`, `Trong tháng 10, ...`, `Chiều cùng ngày, ...`): where the
 * sentence proper starts after the cue, and the date the cue gives. Each reader looks only at
 * the start of the text it is given; a year the cue does not write comes from the reference by
 * {@link inferYear}, the rule every date reader in vanban shares.
 *
 * @module
 */

/**
 * A time cue at the start of a text: the date it gives, and `end`, the offset after the cue
 * with the comma and white space that follow it. `date` is `null` for a day written without its
 * year when there is no reference to take one from (`Sáng 13/5,` in an undated article): a cue
 * all the same, whose `yearless` holds the day as written, for a year the text's own evidence
 * may give ({@link inferYearFromEvidence}).
 */
export const DateCueSchema = z.object({
  date: PartialDateSchema.nullable(),
  end: z.number().int().nonnegative(),
  yearless: YearlessDateSchema.optional(),
})

/** A time cue that opens a text. */
export type DateCue = z.infer<typeof DateCueSchema>

/**
 * A cue naming the day of the event reported before (`Cùng ngày`, `Chiều cùng ngày`, `Cũng
 * trong ngày`): the part of the day when written, and the offset after the cue.
 */
export const SameDayCueSchema = z.object({
  partOfDay: PartOfDaySchema.optional(),
  end: z.number().int().nonnegative(),
})

/** A cue for the same day as the event before. */
export type SameDayCue = z.infer<typeof SameDayCueSchema>

const PART = `(${PARTS_OF_DAY.join('|')})`
const WEEKDAY = `thứ\\s+(?:${WEEKDAY_WORDS.join('|')}|[2-7])|chủ nhật`
// The comma and white space that end a cue.
const CUE_END = '\\s*,?\\s*'
// ` / 5`, `-5`, `.2024`: the separators between the numbers of a day.
const SEP = '\\s*[/.-]\\s*'

const SAME_DAY = new RegExp(
  `^(?:${PART}\\s+)?(?:cùng ngày|cũng trong ngày|trong cùng ngày|ngay trong ngày)${CUE_END}`,
  'iu',
)
// After `từ` (`ngày` may be left out: `Từ 23-25/10`) or `trong` the days are joined by `đến`, a
// dash or `và`; after a bare `ngày` (or `các ngày`, `trong 2 ngày`), where a dash would be a
// date's own separator (`Ngày 13-5-2024`), only by a comma, `và` or `đến` (`Ngày 24,25/9/2022`,
// `Trong các ngày 15, 16/3`, `Chiều ngày 25 đến ngày 26/01/2018`).
// The last day may write its month in words (`từ ngày 12 đến ngày 15 tháng 10 năm 2020`) and
// its own part of day (`Chiều ngày 21 và sáng ngày 22/12`).
const DAY_RANGE = new RegExp(
  `^(?:${PART}\\s+)?(?:(?:từ\\s+(?:ngày\\s+)?|trong\\s+(?:2\\s+|hai\\s+|các\\s+)?ngày\\s+)\\(?\\s*(\\d{1,2})\\s*(?:đến|-|–|và)|(?:(?:trong\\s+)?(?:2\\s+|hai\\s+|các\\s+))?ngày\\s+(\\d{1,2})\\s*(?:,|và|đến))\\s*(?:(?:${PARTS_OF_DAY.join('|')})\\s+)?(?:ngày\\s+)?(\\d{1,2})(?:${SEP}(\\d{1,2})(?:${SEP}(\\d{4}))?|\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4})|${SEP}(\\d{4}))?)(?![\\d/]|[.-]\\d)\\s*\\)?${CUE_END}`,
  'iu',
)
// Three days or more, each but the first after a comma or `và`, the month after the last
// (`trong 3 ngày: ngày 02, ngày 04 và ngày 08 tháng 8`, `Các ngày 5, 7 và 9/3`): dated from the first.
const DAY_LIST = new RegExp(
  `^(?:${PART}\\s+)?(?:(?:trong|vào)\\s+)?(?:(?:\\d{1,2}|hai|ba|bốn|năm|các)\\s+)?ngày\\s*:?\\s*(?:ngày\\s+)?(\\d{1,2})(?:\\s*(?:,|và)\\s*(?:ngày\\s+)?\\d{1,2}){2,}(?:${SEP}(\\d{1,2})(?:${SEP}(\\d{4}))?|\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4})|${SEP}(\\d{4}))?)(?![\\d/]|[.-]\\d)${CUE_END}`,
  'iu',
)
// Two days each with its month: `Từ ngày 14/10 đến 20/10/2023`, `từ ngày 01/10/2025 đến ngày
// 03/10/2025`, `Sáng 30/11 - 1/12`.
const DATE_RANGE = new RegExp(
  `^(?:${PART}\\s+)?(?:từ\\s+)?(?:ngày\\s+)?(\\d{1,2})${SEP}(\\d{1,2})(?:${SEP}(\\d{4}))?\\s*(?:đến|tới|-|–)\\s*(?:(?:${PARTS_OF_DAY.join('|')})\\s+)?(?:ngày\\s+)?(\\d{1,2})${SEP}(\\d{1,2})(?:${SEP}(\\d{4}))?(?![\\d/]|[.-]\\d)${CUE_END}`,
  'iu',
)
// A day in brackets after a weekday (`Vào sáng ngày thứ Hai (22/4)`, `Hôm thứ Hai (22/4)`), after
// `nay` or `qua` (`Sáng nay (22/4)`, `Hôm nay (1/11)`, `Hôm qua (21/4)`, `Ngày hôm qua (21/4)`,
// or in apposition: `Sáng nay, 16-10-2015,`, `Sáng qua, 21/4,`): the day as written, which needs
// no publication date (a bare `Qua` is `through`); after the week lately past (`Cuối tuần qua
// (15/3)`, `Tuần trước (12/3)`); or alone at the start, where `Mới đây (22/4),` leaves it.
// `vừa qua`, `tuần qua`, `tuần trước` after a weekday: the last such day before the page's.
const RECENTLY = '(?:vừa qua|vừa rồi|tuần qua|tuần trước|tuần rồi)'
const APPOSED_DAY = /(?:nay|qua)\s*,/iu
const BRACKETED_DAY = new RegExp(
  `^(?:vào\\s+)?(?:${PART}\\s+)?(?:(?:(?:ngày|hôm)\\s+)?(?:${WEEKDAY})\\s*(?:${RECENTLY}\\s*)?\\(|(?:cuối\\s+)?tuần\\s+(?:qua|trước|rồi)\\s*\\(|(?:(?:ngày\\s+)?hôm\\s+)?(?:nay|(?<=[\\p{L}\\p{M}]\\s{1,3})qua)\\s*(?:\\(|,\\s*(?:ngày\\s+)?)?|\\((?=\\s*\\d{1,2}${SEP}\\d{1,2}(?:${SEP}\\d{4})?\\s*\\)))\\s*(?:ngày\\s+)?(\\d{1,2})${SEP}(\\d{1,2})(?:${SEP}(\\d{4}))?\\s*\\)?${CUE_END}`,
  'iu',
)
// `Sáng thứ Sáu (ngày 14),`, `Thứ 2 (14)`: a weekday and its day of the month, the month left
// to the reader (the weekday captured for the check).
const WEEKDAY_DAY = new RegExp(
  `^(?:${PART}\\s+)?(thứ\\s+(?:${WEEKDAY_WORDS.join('|')}|[2-7])|chủ nhật)\\s*(?:,\\s*|\\(\\s*)(?:ngày\\s+)?(\\d{1,2})(?![\\d/.-])\\s*\\)?${CUE_END}`,
  'iu',
)

// The day of the week each weekday name gives (Sunday 0), as `Date.getUTCDay` counts.
const WEEKDAY_NUMBERS: Record<string, number> = {
  hai: 1,
  '2': 1,
  ba: 2,
  '3': 2,
  tư: 3,
  '4': 3,
  năm: 4,
  '5': 4,
  sáu: 5,
  '6': 5,
  bảy: 6,
  bẩy: 6,
  '7': 6,
}

// How many months back from the reference's a weekday's day is looked for.
const WEEKDAY_MONTHS_BACK = 3

/**
 * A weekday with its day of the month and no month at the start of `text` (`Sáng thứ Sáu (ngày
 * 14),`, `Thứ 2 (14)`, `Chủ nhật, ngày 9`): the latest day of that number, on that weekday, not
 * after the reference, in its month or the few before. `null` when the text opens otherwise,
 * the reference is not a day, or no such day is near.
 */
export function readWeekdayDay(text: string, options: VietnameseDateOptions = {}): DateCue | null {
  const m = WEEKDAY_DAY.exec(text)
  if (m === null || options.reference === undefined) return null
  const today = parseDateReference(options.reference)
  if (today === null || today.precision !== 'day' || today.month === undefined || today.day === undefined) return null
  const name = (m[2] ?? '').toLowerCase().replace(/\s+/gu, ' ')
  const weekday = name === 'chủ nhật' ? 0 : WEEKDAY_NUMBERS[name.replace(/^thứ /u, '')]
  const dayOfMonth = Number(m[3])
  const limit = Date.UTC(today.year, today.month - 1, today.day)
  for (let back = 0; back <= WEEKDAY_MONTHS_BACK; back++) {
    const at = new Date(Date.UTC(today.year, today.month - 1 - back, dayOfMonth))
    // A day the month does not have rolls over into the next: not that day.
    if (at.getUTCDate() !== dayOfMonth || at.getTime() > limit || at.getUTCDay() !== weekday) continue
    const date: PartialDate = {
      year: at.getUTCFullYear(),
      month: at.getUTCMonth() + 1,
      day: dayOfMonth,
      precision: 'day',
    }
    const partOfDay = m[1] === undefined ? undefined : partOfDayOf(m[1])
    if (partOfDay !== undefined) date.partOfDay = partOfDay
    return { date, end: m[0].length }
  }
  return null
}

// `Sáng thứ Hai vừa qua,`, `Chủ nhật tuần trước`: a weekday and no day of the month (the
// weekday captured for the check, the word of time for the week).
const RECENT_WEEKDAY = new RegExp(
  `^(?:${PART}\\s+)?(thứ\\s+(?:${WEEKDAY_WORDS.join('|')}|[2-7])|chủ nhật)\\s+(${RECENTLY})(?![\\s,(]{0,3}(?:ngày\\s+)?\\d)${CUE_END}`,
  'iu',
)

/**
 * A weekday said to be lately past, with no day of the month, at the start of `text` (`Sáng thứ
 * Hai vừa qua,`, `Chủ nhật tuần trước`): the last day on that weekday before the reference day
 * (`vừa qua`, `vừa rồi`), or the one in the week before the reference's, weeks starting on
 * Monday (`tuần qua`, `tuần trước`, `tuần rồi`). `null` when the text opens otherwise, a day is
 * written after the words (read by {@link readBracketedDay}), or the reference is not a day.
 */
export function readRecentWeekday(text: string, options: VietnameseDateOptions = {}): DateCue | null {
  const m = RECENT_WEEKDAY.exec(text)
  if (m === null || options.reference === undefined) return null
  const today = parseDateReference(options.reference)
  if (today === null || today.precision !== 'day' || today.month === undefined || today.day === undefined) return null
  const name = (m[2] ?? '').toLowerCase().replace(/\s+/gu, ' ')
  const weekday = name === 'chủ nhật' ? 0 : (WEEKDAY_NUMBERS[name.replace(/^thứ /u, '')] ?? -1)
  const ref = Date.UTC(today.year, today.month - 1, today.day)
  const refWeekday = new Date(ref).getUTCDay()
  // Days back to the last such weekday before today: 1 to 7.
  let back = (refWeekday - weekday + 7) % 7 || 7
  if (/tuần/iu.test(m[3] ?? '')) {
    // Monday-first weeks: the day must fall before this week's Monday.
    const sinceMonday = (refWeekday + 6) % 7
    while (back <= sinceMonday) back += 7
  }
  const at = new Date(ref - back * 86_400_000)
  const date: PartialDate = {
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    day: at.getUTCDate(),
    precision: 'day',
  }
  const partOfDay = m[1] === undefined ? undefined : partOfDayOf(m[1])
  if (partOfDay !== undefined) date.partOfDay = partOfDay
  return { date, end: m[0].length }
}

// `Sáng 13/5,`, `Ngày 3-12,`, `Sáng nay 17/6`, `Sáng qua, ngày 17/12,`, `ngày 10.10.` at the
// end of a sentence.
const YEARLESS_DAY = new RegExp(
  `^(?:${PART}\\s+)?(?:(?:nay|qua)\\s*,?\\s*)?(?:ngày\\s+|hôm\\s+)?(\\d{1,2})${SEP}(\\d{1,2})(?![\\d/-]|\\.\\d)${CUE_END}`,
  'iu',
)
// The preposition may stand before the part of the month (`Vào đầu tháng 6`), and `vừa qua` (just
// past) after the month (`Đầu tháng 6 vừa qua,`).
const MONTH = new RegExp(
  `^(?:(?:cũng\\s+)?(?:trong|vào|suốt)(?:\\s+(?:cuối|đầu|giữa))?|cuối|đầu|giữa)\\s+tháng\\s+(\\d{1,2}(?![\\d/.-])|${Object.keys(
    MONTH_NAME_WORDS,
  )
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}])(?:\\s+vừa\\s+qua(?![\\p{L}\\p{M}]))?${CUE_END}`,
  'iu',
)
// `Trong tháng 10/2024, ...`, `Vào sáng 13/5, ...`: a preposition may stand before a date; `lúc`
// (at) before its hour (`Lúc 8 giờ ngày 15/3/2024`, `Vào lúc 14h00 ngày 15/3`).
const DATE_PREPOSITION = /^(?:cũng\s+)?(?:(?:trong|vào|hồi|suốt)(?:\s+lúc)?|lúc)\s+/iu
// A note in brackets may follow the date before its comma: `Sáng 12/4 (giờ địa phương),`,
// `Sáng 18/4 (tức ngày 10/3 âm lịch),`.
const AFTER_CUE = new RegExp(`^(?:\\s*\\([^()\\n]{1,60}\\))?${CUE_END}`, 'u')
// How far into a text a leading date expression is looked for.
const LEAD_WINDOW = 60

/**
 * `Cùng ngày`, `Chiều cùng ngày`, `Cũng trong ngày`, `Trong cùng ngày`, `Ngay trong ngày` at the
 * start of `text`: the day of the event reported before, with the part of the day when
 * written. `null` when the text opens otherwise.
 */
export function readSameDayCue(text: string): SameDayCue | null {
  const m = SAME_DAY.exec(text)
  if (m === null) return null
  const partOfDay = m[1] === undefined ? undefined : partOfDayOf(m[1])
  return partOfDay === undefined ? { end: m[0].length } : { partOfDay, end: m[0].length }
}

/**
 * A day, with its part of day when written, from the numbers a cue wrote: the year as written
 * or else inferred from the reference; `null` when they make no real date.
 */
function dayOf(
  partWord: string | undefined,
  dayText: string,
  monthText: string,
  yearText: string | undefined,
  reference: DateReference | undefined,
): PartialDate | null {
  const partOfDay = partWord === undefined ? undefined : partOfDayOf(partWord)
  const day: YearlessDate = { month: Number(monthText), day: Number(dayText), precision: 'day' }
  if (partOfDay !== undefined) day.partOfDay = partOfDay
  if (yearText === undefined) return inferYear(day, reference)
  const dated = { year: Number(yearText), ...day }
  return isPartialDate(dated) ? dated : null
}

/**
 * The first day of a range of days at the start of `text`: `Từ ngày 20 đến 21/9`, `Trong 2
 * ngày 18 và 19/11/2024`, `Sáng từ ngày 13-15/5`, `trong các ngày (4 - 5/10)`, `Ngày 24,25/9/2022`, `trong 3 ngày: ngày 02,
 * ngày 04 và ngày 08 tháng 8`. `null` when
 * the text opens otherwise, or when the day has no year and none can be inferred.
 */
export function readDayRange(text: string, options: VietnameseDateOptions = {}): DateCue | null {
  const m = DAY_RANGE.exec(text)
  if (m === null) return readDayList(text, options)
  const first = m[2] ?? m[3] ?? ''
  const month = m[5] ?? m[7] ?? ''
  const year = m[6] ?? m[8] ?? m[9]
  const date = dayOf(m[1], first, month, year, options.reference)
  if (date !== null) return { date, end: m[0].length }
  // No year and no reference: a cue all the same, its day kept for the text's evidence.
  return year === undefined && options.reference === undefined ? yearlessCue(m[1], first, month, m[0].length) : null
}

// The first of three days or more written as a list (see DAY_LIST), read as a range is.
function readDayList(text: string, options: VietnameseDateOptions): DateCue | null {
  const m = DAY_LIST.exec(text)
  if (m === null) return null
  const month = m[3] ?? m[5] ?? ''
  const year = m[4] ?? m[6] ?? m[7]
  const date = dayOf(m[1], m[2] ?? '', month, year, options.reference)
  if (date !== null) return { date, end: m[0].length }
  return year === undefined && options.reference === undefined
    ? yearlessCue(m[1], m[2] ?? '', month, m[0].length)
    : null
}

/**
 * The first day of a range of two days each written with its month, at the start of `text`:
 * `Từ ngày 14/10 đến 20/10/2023`, `từ ngày 01/10/2025 đến ngày 03/10/2025`, `Sáng 30/11 -
 * 1/12/2024`. A year written only at the end is the first day's too, or the year before when
 * the range crosses into a new year. With no year and no reference, a cue that keeps its day in
 * `yearless`; `null` when the text opens otherwise.
 */
export function readDateRange(text: string, options: VietnameseDateOptions = {}): DateCue | null {
  const m = DATE_RANGE.exec(text)
  if (m === null) return null
  const [firstDay = '', firstMonth = '', lastMonth = ''] = [m[2], m[3], m[6]]
  const lastYear = m[7] === undefined ? undefined : Number(m[7]) - (Number(firstMonth) > Number(lastMonth) ? 1 : 0)
  const year = m[4] ?? (lastYear === undefined ? undefined : String(lastYear))
  const date = dayOf(m[1], firstDay, firstMonth, year, options.reference)
  if (date !== null) return { date, end: m[0].length }
  return year === undefined && options.reference === undefined
    ? yearlessCue(m[1], firstDay, firstMonth, m[0].length)
    : null
}

/**
 * A day written in brackets after a weekday, or after `nay` (today) or `qua` (yesterday), at the
 * start of `text`: `Sáng thứ Hai (4/11)`, `Chủ nhật (5/11/2023)`, `Thứ 7 (9/12)`, `Sáng nay
 * 14/3`, `Chiều nay (13/5)`, `Sáng nay, 16-10-2015`, `Hôm qua (9/5)`. With no year and no
 * reference, a cue that keeps its day in `yearless`; `null` when the text opens otherwise or the
 * day has no year and the reference gives none.
 */
export function readBracketedDay(text: string, options: VietnameseDateOptions = {}): DateCue | null {
  const m = BRACKETED_DAY.exec(text)
  if (m === null) return null
  // The day set off by a comma only after a part of the day (`Sáng nay, 16-10-2015`): `Hôm nay,
  // 19/09/2024` heads a site's clock, as `Hôm nay: 19/09/2024` does.
  if (m[1] === undefined && APPOSED_DAY.test(m[0])) return null
  const date = dayOf(m[1], m[2] ?? '', m[3] ?? '', m[4], options.reference)
  if (date !== null) return { date, end: m[0].length }
  return m[4] === undefined && options.reference === undefined
    ? yearlessCue(m[1], m[2] ?? '', m[3] ?? '', m[0].length)
    : null
}

/**
 * A month without its year at the start of `text`, by number or by name, after `trong`,
 * `vào`, `suốt` (`cũng trong`...) or `cuối`, `đầu`, `giữa` (end, start, middle of): `Trong
 * tháng 10`, `Cuối tháng Mười`, `Đầu tháng Giêng`. The year comes from the reference; with no
 * reference, a cue that gives no date and keeps the month in `yearless`, for the text's own
 * evidence to date. `null` when the text opens otherwise or the reference is unreadable.
 */
export function readMonthCue(text: string, options: VietnameseDateOptions = {}): DateCue | null {
  const m = MONTH.exec(text)
  if (m === null) return null
  const word = m[1] ?? ''
  const month = MONTH_NAME_WORDS[word.toLowerCase()] ?? Number(word)
  if (!(month >= 1 && month <= 12)) return null
  // No reference: a cue all the same, its month kept for the text's evidence to give a year.
  if (options.reference === undefined) return { date: null, end: m[0].length, yearless: { month, precision: 'month' } }
  const date = inferYear({ month, precision: 'month' }, options.reference)
  return date === null ? null : { date, end: m[0].length }
}

// `Sáng nay,`, `Chiều qua`, `Hôm nay`: today or yesterday, after a part of the day or `hôm`
// (a bare `Nay,` is `now`, a bare `Qua ...` is `through`); not when a day follows, which the
// readers of written days read (`Sáng nay 17/6`, `Sáng qua, ngày 17/12`).
const RELATIVE_DAY = new RegExp(
  `^(?:${PART}|hôm)\\s+(nay|qua)(?![\\p{L}\\p{M}])(?![\\s,(]{0,3}(?:ngày\\s+)?\\d)${CUE_END}`,
  'iu',
)

/**
 * Today or yesterday named against the publication date at the start of `text`: `Sáng nay,`
 * (the morning of the reference's day), `Chiều qua` (the afternoon of the day before), `Hôm
 * nay`, `Hôm qua`. `null` when the text opens otherwise, when a day is written after the word
 * (`Sáng nay 17/6`, read by the readers of written days), or when the reference is not a day;
 * against a month (`2023-08`), `nay` gives that month and `qua` nothing.
 */
export function readRelativeDay(text: string, options: VietnameseDateOptions = {}): DateCue | null {
  const m = RELATIVE_DAY.exec(text)
  if (m === null || options.reference === undefined) return null
  const today = parseDateReference(options.reference)
  const back = (m[2] ?? '').toLowerCase() === 'qua' ? 1 : 0
  // A page dated by its month only (`date 2023-08`): today is in that month, yesterday may not be.
  if (today !== null && today.precision === 'month' && today.month !== undefined && back === 0)
    return { date: { year: today.year, month: today.month, precision: 'month' }, end: m[0].length }
  if (today === null || today.precision !== 'day' || today.month === undefined || today.day === undefined) return null
  const day = new Date(Date.UTC(today.year, today.month - 1, today.day - back))
  const date: PartialDate = {
    year: day.getUTCFullYear(),
    month: day.getUTCMonth() + 1,
    day: day.getUTCDate(),
    precision: 'day',
  }
  const partOfDay = m[1] === undefined ? undefined : partOfDayOf(m[1])
  if (partOfDay !== undefined) date.partOfDay = partOfDay
  return { date, end: m[0].length }
}

/**
 * A day without its year at the start of `text` (`Sáng 13/5,`, `Ngày 2-3`, `hôm 9.12`, `Sáng
 * nay 17/6`), read as a cue that gives no date, the day as written in `yearless`: for texts
 * with no reference to take a year from, where the grammar leaves such a day unread. `null`
 * when the text opens otherwise; `yearless` is left out when the numbers make no day of any
 * year (`31/4`).
 */
export function readYearlessDay(text: string): DateCue | null {
  const m = YEARLESS_DAY.exec(text)
  return m === null ? null : yearlessCue(m[1], m[2] ?? '', m[3] ?? '', m[0].length)
}

// A cue that gives no date, the day as written in `yearless` when it is a day of some year.
function yearlessCue(partWord: string | undefined, dayText: string, monthText: string, end: number): DateCue {
  const partOfDay = partWord === undefined ? undefined : partOfDayOf(partWord)
  const day = { month: Number(monthText), day: Number(dayText), precision: 'day' as const }
  const yearless = partOfDay === undefined ? day : { ...day, partOfDay }
  // A day of some year: the leap year 2000 holds every day a month can have.
  const real = isPartialDate({ year: 2000, ...yearless })
  return real ? { date: null, end, yearless } : { date: null, end }
}

// A day or month expression of the grammar at the start of the text or after a preposition.
function readLeadingDate(text: string, options: VietnameseDateOptions): DateCue | null {
  // Every date expression the grammar reads has a digit; most sentences open without one.
  if (!hasDigit(text, LEAD_WINDOW)) return null
  const head = text.slice(0, LEAD_WINDOW)
  // The first date counts only at the start or right after the preposition: one further on
  // never does, so the scan stops there.
  const opensAt = PREPOSITION_FIRST_UNITS.has(head.charCodeAt(0)) ? (DATE_PREPOSITION.exec(head)?.[0].length ?? -1) : -1
  // Most sentences open with a word no date starts with, and no preposition.
  if (opensAt < 0 && !mayStartDate(head, 0)) return null
  const lead = findFirstVietnameseDate(head, Math.max(0, opensAt), options)
  if (lead === null || (lead.start !== 0 && lead.start !== opensAt)) return null
  if (lead.date.precision !== 'day' && lead.date.precision !== 'month') return null
  const after = AFTER_CUE.exec(text.slice(lead.end))?.[0].length ?? 0
  return { date: lead.date, end: lead.end + after }
}

/**
 * The time cue that opens a sentence, as reports write it before their verb, after a list dash
 * (`- Ngày 3-2`) or a dateline or source tag when one is written (`Kinhtedothi - Ngày 15/6`),
 * tried in this order: a range
 * of two days each with its month ({@link readDateRange}); a day or month the date grammar reads ({@link findVietnameseDates}), after `trong`,
 * `vào`, `hồi`, `suốt` when written (`Sáng 13/5`, `Vào chiều ngày 27/4/2023`, `Trong tháng
 * 10/2024`); a month without its year ({@link readMonthCue}); a bracketed day after a weekday
 * or `nay` ({@link readBracketedDay}); a weekday with its day of the month and no month
 * ({@link readWeekdayDay}); a range of days ({@link readDayRange}); and, with no
 * reference, a day without its year, which gives no date ({@link readYearlessDay}). `null`
 * when the text opens with none of them.
 */
export function readDateCue(text: string, options: VietnameseDateOptions = {}): DateCue | null {
  // A paragraph numbered as an item of an outline (`1.1 Ngày 2/2, ...`, `2. Sáng 5/3, ...`): the
  // number is the item's, not a day and month, when a cue follows it.
  const first = text.charCodeAt(0)
  // The expressions are asked only where their first unit stands: most sentences open with a letter.
  const item = isDigitUnit(first) ? OUTLINE_NUMBER.exec(text) : null
  if (item !== null) {
    const cue = readTaggedCue(text.slice(item[0].length), options)
    if (cue !== null) return { ...cue, end: cue.end + item[0].length }
  }
  // A paragraph printed as an item of a list (`- Ngày 3-2, ...`): the cue follows the dash.
  const bullet = LIST_MARKS.has(first) ? LIST_DASH.exec(text) : null
  if (bullet === null) return readTaggedCue(text, options)
  const cue = readTaggedCue(text.slice(bullet[0].length), options)
  return cue === null ? null : { ...cue, end: cue.end + bullet[0].length }
}

// The cue after a dateline or source tag when one is written, else at the start.
function readTaggedCue(text: string, options: VietnameseDateOptions): DateCue | null {
  // Most sentences open with no tag: a comma, a digit or a quote comes before any dash.
  const tag = mayOpenTag(text) ? SOURCE_TAG.exec(text.slice(0, SOURCE_TAG_WINDOW)) : null
  if (tag !== null) {
    // A dateline or source tag before the cue (`Kinhtedothi - Ngày 15/6,`, `(Baonghean.vn) - Sáng 8/6,`).
    const cue = readCueProper(text.slice(tag[0].length), options)
    if (cue !== null) return { ...cue, end: cue.end + tag[0].length }
  }
  return readCueProper(text, options)
}

// A dateline or a source's name and a dash before a report's time cue: a capitalised word or
// a few (`Trực tiếp`, `Hà Nội`, `VOV.VN`, `GD&TĐ`, `SK&ĐS`), or a name in brackets, then ` - `.
const SOURCE_TAG = /^(?:\([^()\n]{2,40}\)|\p{Lu}[\p{L}\p{M}.&]*(?:\s+[\p{L}\p{M}.&]+){0,3})\s*[-–—]\s*/u
const SOURCE_TAG_WINDOW = 60
const LIST_DASH = /^[-–—•+*]\s+/u
// An outline's item number before a capitalised word: `1.`, `1.1`, `2.3.1.`; a lone number with
// no dot (`17 Hội ...`) is no item's.
const OUTLINE_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}(?:\.\d{1,2})+)\s+(?=\p{Lu})/u
const LIST_MARKS: ReadonlySet<number> = unitsOf('-–—•+*')

const isDigitUnit = (c: number): boolean => c >= 48 && c <= 57
const isDashUnit = (c: number): boolean => c === 0x2d || c === 0x2013 || c === 0x2014

function unitsOf(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (ch) => ch.charCodeAt(0)))
}

// Read unit by unit: a short window costs less to read than an expression to start.
// Whether the first `window` units of `text` hold an ASCII digit (`\d`).
function hasDigit(text: string, window: number): boolean {
  const end = Math.min(text.length, window)
  for (let i = 0; i < end; i++) if (isDigitUnit(text.charCodeAt(i))) return true
  return false
}

/**
 * Whether SOURCE_TAG may match at the start of `text`: a bracket with a dash in the window; or
 * a first unit that is no ASCII non-capital and a dash (one of `-–—`) that comes before any
 * ASCII unit the tag's words and spaces cannot hold (a comma, a digit, a quote). The tag's
 * words hold no dash, so the dash it ends with is the first in the text. Exported for tests only
 * (the package index does not export it).
 */
export function mayOpenTag(text: string): boolean {
  const end = Math.min(text.length, SOURCE_TAG_WINDOW)
  const first = text.charCodeAt(0)
  if (first === 0x28) {
    for (let i = 1; i < end; i++) if (isDashUnit(text.charCodeAt(i))) return true
    return false
  }
  if (first < 128 && !(first >= 65 && first <= 90)) return false
  // The tag holds at most four words: a fifth word before the dash is no tag's.
  let words = 1
  let inSpace = false
  for (let i = 1; i < end; i++) {
    const c = text.charCodeAt(i)
    if (isDashUnit(c)) return true
    if (c >= 128) {
      // Read as a letter of a word, which only ever counts fewer words than the tag's `\s` does.
      if (inSpace && ++words > 4) return false
      inSpace = false
    } else if (c === 32 || (c >= 9 && c <= 13)) {
      inSpace = true
    } else if (!TAG_ASCII[c]) {
      return false
    } else {
      if (inSpace && ++words > 4) return false
      inSpace = false
    }
  }
  return false
}

// The ASCII units a tag's words hold: letters, `.`, `&`.
const TAG_ASCII: readonly boolean[] = Array.from(
  { length: 128 },
  (_, c) => ((c | 32) >= 97 && (c | 32) <= 122) || c === 0x2e || c === 0x26,
)

// The readers of readCueProper, one bit each, for the words they may open with.
export const CUE_READERS = {
  dateRange: 1,
  // The grammar at the start (readLeadingDate, and readLeadingYearless, which asks it).
  leading: 2,
  month: 4,
  bracketedDay: 8,
  // readWeekdayDay and readRecentWeekday: a weekday after a part of the day.
  weekday: 16,
  // readDayRange, and readDayList, which it asks.
  dayRange: 32,
  yearlessDay: 64,
} as const

const R = CUE_READERS
// The words each reader's expression may open with, as the expression writes them (its `iu`
// flags read them in either case only) or, for the grammar, in any spelling it reads.
const OPENING_WORDS: readonly (readonly [string, number])[] = [
  ...PARTS_OF_DAY.map(
    (w) => [w, R.dateRange | R.leading | R.bracketedDay | R.weekday | R.dayRange | R.yearlessDay] as const,
  ),
  ['từ', R.dateRange | R.dayRange],
  ['ngày', R.dateRange | R.leading | R.bracketedDay | R.dayRange | R.yearlessDay],
  ['hôm', R.leading | R.bracketedDay | R.yearlessDay],
  ['thứ', R.leading | R.bracketedDay | R.weekday],
  ['chủ', R.leading | R.bracketedDay | R.weekday],
  ['quý', R.leading],
  ['tháng', R.leading],
  ['năm', R.leading | R.dayRange],
  ['cn', R.leading],
  ['cũng', R.leading | R.month],
  ['trong', R.leading | R.month | R.dayRange],
  ['vào', R.leading | R.month | R.bracketedDay | R.dayRange],
  ['hồi', R.leading],
  ['suốt', R.leading | R.month],
  ['lúc', R.leading],
  ['cuối', R.month | R.bracketedDay],
  ['đầu', R.month],
  ['giữa', R.month],
  ['tuần', R.bracketedDay],
  ['nay', R.bracketedDay | R.yearlessDay],
  ['qua', R.yearlessDay],
  ['hai', R.dayRange],
  ['ba', R.dayRange],
  ['bốn', R.dayRange],
  ['các', R.dayRange],
]
// A digit or a bracket first; `T` alone (`T2`), read by the grammar only.
const DIGIT_READERS = R.dateRange | R.leading | R.dayRange | R.yearlessDay
const BRACKET_READERS = R.bracketedDay

/**
 * The readers that may read a text by the first two units of every spelling of the words they
 * open with, as `first * 0x10000 + second`: as the expressions write them, in either case, `ſ`
 * for `s` (which the `iu` flags fold together); for the grammar also without diacritics, and
 * decomposed or partly composed as it reads them.
 */
function openingMasks(words: readonly (readonly [string, number])[]): ReadonlyMap<number, number> {
  // The letters composed of a base letter and marks, by their decomposition: `ư` for `u\u031b`.
  const composed = new Map<string, string>()
  for (const [from, to] of [
    [0xc0, 0x250],
    [0x1e00, 0x1f00],
  ] as const) {
    for (let c = from; c < to; c++) {
      const ch = String.fromCharCode(c)
      const d = ch.normalize('NFD')
      if (d !== ch) composed.set(d, ch)
    }
  }
  const masks = new Map<number, number>()
  const add = (first: string, second: string, readers: number) => {
    const firsts = [first, first.toUpperCase(), ...(first === 's' ? ['ſ'] : [])]
    const seconds = [second, second.toUpperCase(), ...(second === 'i' ? ['İ', 'ı'] : [])]
    for (const f of firsts) {
      for (const x of seconds) {
        if (f.length !== 1 || x.length !== 1) continue
        const key = f.charCodeAt(0) * 0x10000 + x.charCodeAt(0)
        masks.set(key, (masks.get(key) ?? 0) | readers)
      }
    }
  }
  for (const [word, readers] of words) {
    add(word.charAt(0), word.charAt(1), readers)
    if ((readers & R.leading) === 0) continue
    // The grammar's spellings: without diacritics, and the second letter partly or wholly decomposed.
    const folded = foldDiacritics(word)
    add(folded.charAt(0), folded.charAt(1), R.leading)
    const d = word.charAt(1).normalize('NFD')
    for (let k = 1; k <= d.length; k++)
      add(word.charAt(0), k === 1 ? d.charAt(0) : (composed.get(d.slice(0, k)) ?? ''), R.leading)
  }
  return masks
}

const OPENING_MASKS = openingMasks(OPENING_WORDS)
const LETTER_OR_MARK = /[\p{L}\p{M}]/u

/**
 * The readers of readCueProper that may read `text` (CUE_READERS bits), by its first two units:
 * none for most sentences (`Tại`, `Phát`, `Hội`; `Theo` may be `thứ`, `tháng`). Exported for tests only.
 */
export function cueReadersFor(text: string): number {
  const first = text.charCodeAt(0)
  if (isDigitUnit(first)) return DIGIT_READERS
  if (first === 0x28) return BRACKET_READERS
  const second = text.charCodeAt(1)
  const readers = OPENING_MASKS.get(first * 0x10000 + second) ?? 0
  // `T` as a word of its own: nothing or no letter after it.
  if ((first === 0x54 || first === 0x74) && (text.length < 2 || !LETTER_OR_MARK.test(text.charAt(1))))
    return readers | R.leading
  return readers
}

// The units DATE_PREPOSITION may open with (`cũng`, `trong`, `vào`, `hồi`, `suốt`, `lúc`).
const PREPOSITION_FIRST_UNITS: ReadonlySet<number> = unitsOf('cCtTvVhHsSſlL')

function readCueProper(text: string, options: VietnameseDateOptions): DateCue | null {
  // Each reader's expression opens with one of few words; most sentences open with none.
  const readers = cueReadersFor(text)
  if (readers === 0) return null
  // Every cue but a month by name or a weekday lately past has a digit near the start.
  if (!hasDigit(text, LEAD_WINDOW))
    return (
      ((readers & R.month) !== 0 ? readMonthCue(text, options) : null) ??
      ((readers & R.weekday) !== 0 ? readRecentWeekday(text, options) : null)
    )
  return (
    ((readers & R.dateRange) !== 0 ? readDateRange(text, options) : null) ??
    ((readers & R.leading) !== 0 ? readLeadingDate(text, options) : null) ??
    ((readers & R.month) !== 0 ? readMonthCue(text, options) : null) ??
    ((readers & R.bracketedDay) !== 0 ? readBracketedDay(text, options) : null) ??
    ((readers & R.weekday) !== 0 ? readWeekdayDay(text, options) : null) ??
    ((readers & R.dayRange) !== 0 ? readDayRange(text, options) : null) ??
    ((readers & R.weekday) !== 0 ? readRecentWeekday(text, options) : null) ??
    (options.reference === undefined
      ? (((readers & R.yearlessDay) !== 0 ? readYearlessDay(text) : null) ??
        ((readers & R.leading) !== 0 ? readLeadingYearless(text) : null))
      : null)
  )
}

// Two years four apart, both leap (every day a month can have is in them), as far references.
const FAR_REFERENCES = ['2000-12-31', '2004-12-31'] as const

/**
 * A day the grammar reads at the start only with a year to give it (`Sáng thứ Sáu, ngày 15/3`,
 * `8 giờ 30 phút, ngày 15/3`, `Ngày 15 tháng 3`), for a text with no reference: read against two
 * far references, a day they both read with its day and month, in different years, is written
 * without its year, and kept in `yearless`. Days computed from a reference (a weekday lately
 * past) are not this reader's, which asks the grammar only.
 */
function readLeadingYearless(text: string): DateCue | null {
  const a = readLeadingDate(text, { reference: FAR_REFERENCES[0] })
  if (a?.date == null || a.date.precision !== 'day') return null
  const b = readLeadingDate(text, { reference: FAR_REFERENCES[1] })
  if (b?.date == null || b.date.day !== a.date.day || b.date.month !== a.date.month || b.date.year === a.date.year)
    return null
  const { year: _year, ...yearless } = a.date
  return { date: null, end: a.end, yearless }
}
