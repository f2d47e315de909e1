import {
  type DateCue,
  findVietnameseDates,
  formatPartialDate,
  isIssueDate,
  type PartialDate,
  partialDateRange,
  readDateCue,
  readRelativeDay,
  type YearlessDate,
} from '@vanban/core'
import type { FoundEvent } from './events.ts'
import type { Piece } from './sentences.ts'

/**
 * Dates for the events a report's own cue left undated, from what the page says around them,
 * read by `@vanban/core`: `Sáng nay` or `Chiều qua` against the publication date; the date
 * the report's lead opens with, for a later sentence that tells of the same meeting (`Buổi
 * sinh hoạt chuyên đề ...`, `... phát biểu tại cuộc họp`); the month or quarter a monthly or
 * quarterly meeting's title names it by (`Hội nghị báo cáo viên tháng 8/2024`). Run before the
 * years of year-less days are inferred, so a lead's day without its year is inferred too.
 *
 * @module
 */

/** What an article's undated events are dated from. */
export type EventDateSources = {
  sentences: Piece[]
  title: Piece | null
  /** The publication date, `YYYY-MM-DD` or coarser, or undefined. */
  reference: string | undefined
}

// How many of the first sentences may hold the lead's date: a page may open with a sapo.
const LEAD_SENTENCES = 3

/** Dates, in place, the events that have neither a date nor a day without its year. */
export function dateFromContext(found: FoundEvent[], sources: EventDateSources): void {
  // `Tại hội nghị, ...` tells of the event before; told first, of the one the page is about.
  const undated = (e: FoundEvent) => e.date === null && e.yearless === null && (e.follows === null || e === found[0])
  if (!found.some(undated)) return
  for (const e of found) {
    if (!undated(e)) continue
    const own = e.sentence >= 0 ? sources.sentences[e.sentence] : sources.title
    if (own == null) continue
    if (sources.reference !== undefined) {
      const relative = readRelativeDay(own.text, { reference: sources.reference })
      if (relative?.date != null) {
        e.date = relative.date
      }
    }
  }
  // A day written with its year after the report's words dates it on any page; on one with no
  // publication date, a day without its year is kept for the text's evidence to give the year.
  const days = dayOffsetsOnce(sources.sentences)
  for (const e of found.filter(undated)) dayAfterReport(e, sources, days)
  if (sources.reference === undefined) {
    const ownDay = ownDayOnce(sources.sentences, days)
    for (const e of found.filter(undated)) {
      const day = ownDay(e.sentence)
      if (day !== null) e.yearless = day
    }
  }
  datedByLead(found.filter(undated), found, sources)
  datedByOwnPeriod(found.filter(undated))
  datedByTitle(found.filter(undated), sources)
  datedByNameAgain(found.filter(undated), sources)
  datedByOccasionBefore(found, sources)
}

// How many sentences before a report told `Dịp này` (on this occasion) may tell of the occasion.
const OCCASION_REACH = 2

// A report that opens `Dịp này, ...` or `Tại hội nghị, ...` and is told first refers to an
// occasion the sentences before it tell of without an event read (`Hướng đến kỷ niệm ..., ngày
// 24/02, tại nhiều tỉnh, thành đã diễn ra Lễ khởi động ...`): the day the nearest of them
// writes after `ngày` or a part of the day, with its year or without.
function datedByOccasionBefore(found: FoundEvent[], sources: EventDateSources): void {
  const e = found[0]
  if (e === undefined || e.follows !== 'same' || e.date !== null || e.yearless !== null || e.sentence < 1) return
  for (let i = e.sentence - 1; i >= Math.max(0, e.sentence - OCCASION_REACH); i--) {
    const text = sources.sentences[i]!.text.slice(0, 2_000)
    const cue = writtenCue(text, sources.reference)
    if (cue === null) continue
    if (cue.date?.precision === 'day') e.date = cue.date
    else if (cue.yearless?.precision === 'day') e.yearless = cue.yearless
    return
  }
}

// How many sentences after an event's own may name it again with its day.
const NAMED_AGAIN_REACH = 6
// The head of an event's name that a later sentence names it by: its first two words (`Hội thi`,
// `Đại hội`, `Hội nghị`, `Lễ kết nạp`).
const NAME_HEAD = /^\p{L}+\s+\p{L}+/u

// A headline or a heading that tells of an event with no day (`Hội Nông dân huyện ... tổ chức Hội
// thi ...`, `Hội nghị Cấp cao ...`), and the sentence after it that names the event again by its
// head with a day written (`ngày 20/8/2024, Hội thi ... đã kết thúc`, `Thời gian diễn ra đại hội
// 2 ngày, từ ngày 27 đến ngày 28/9/2017`): that day, the first, when the sentence's own has none.
function datedByNameAgain(undated: FoundEvent[], sources: EventDateSources): void {
  // Events of one page look through the same sentences: each is lower-cased, and its day read, once.
  const lowered: (string | undefined)[] = []
  const days = new Map<number, PartialDate | null>()
  const ownDays = new Map<Piece, boolean>()
  for (const e of undated) {
    const head = NAME_HEAD.exec(e.title ?? '')?.[0].toLowerCase()
    if (head === undefined) continue
    const own = e.sentence >= 0 ? sources.sentences[e.sentence] : sources.title
    if (own == null) continue
    const writesOwnDay = (): boolean => {
      let ownDay = ownDays.get(own)
      if (ownDay === undefined) {
        ownDay = writesDay(own.text)
        ownDays.set(own, ownDay)
      }
      return ownDay
    }
    const last = Math.min(sources.sentences.length, e.sentence + 1 + NAMED_AGAIN_REACH)
    for (let i = Math.max(0, e.sentence + 1); i < last; i++) {
      const text = sources.sentences[i]!.text.slice(0, 2_000)
      lowered[i] ??= text.toLowerCase()
      if (!lowered[i]!.includes(head)) continue
      // Its own sentence is read for a day only once a later one names it again: for most events
      // none does, and what the own sentence writes then decides nothing.
      if (writesOwnDay()) break
      let day = days.get(i)
      if (day === undefined) {
        day = writtenDay(text, sources.reference)
        days.set(i, day)
      }
      if (day === null) continue
      e.date = day
      break
    }
  }
}

// The first day a sentence writes after `ngày` or a part of the day, with its year or one the
// reference gives, that is no document's issue date, deadline or plan.
function writtenDay(text: string, reference: string | undefined): PartialDate | null {
  const cue = writtenCue(text, reference)
  return cue?.date?.precision === 'day' ? cue.date : null
}

// The cue of the first day a sentence writes after `ngày` or a part of the day that is no
// document's issue date, deadline or plan; with no reference, a day without its year is kept.
function writtenCue(text: string, reference: string | undefined): DateCue | null {
  for (const m of matchesOf(DAY_IN_SENTENCE, text)) {
    if (NOT_THE_EVENTS_DAY.test(text.slice(Math.max(0, m.index - 12), m.index))) continue
    if (isIssueDate(text, m.index) || PLAN_BETWEEN.test(text.slice(0, m.index))) continue
    const at = text.slice(m.index, m.index + 120)
    const cue = readDateCue(at, { reference }) ?? readDateCue(at.replace(PREPOSITION, ''), { reference })
    if (cue?.date?.precision === 'day' || (cue?.date === null && cue.yearless?.precision === 'day')) return cue
  }
  return null
}

// A meeting held monthly or quarterly that the report names by its month or quarter, with no
// day (`Vừa qua, Chi bộ ... tổ chức sinh hoạt chuyên đề quý II năm 2024`, `... sinh hoạt chi bộ
// thường kỳ tháng 5/2024`): that month or quarter, as a title names it (see datedByTitle).
function datedByOwnPeriod(undated: FoundEvent[]): void {
  for (const e of undated) {
    const name = (e.title ?? '').slice(0, 2_000)
    // Every month or quarter with its year has a digit: most names have none.
    if (!DIGIT.test(name)) continue
    const periods = findVietnameseDates(name).filter(
      (d) => d.date.precision === 'month' || d.date.precision === 'quarter',
    )
    const first = periods[0]
    if (periods.length !== 1 || first === undefined) continue
    const before = name.slice(Math.max(0, first.start - MEETING_REACH), first.start)
    // A review of the period (`hội nghị sơ kết công tác quý I/2024`) is held when it ends or after.
    if (!PERIODIC_MEETING.test(before) || REVIEWED.test(before)) continue
    e.date = first.date
  }
}

const DIGIT = /\d/u
const REVIEWED = /(?:sơ kết|tổng kết|đánh giá|kiểm điểm)/iu

// Where a day may be written in the middle of a report's sentence: after `ngày`, or a part of
// the day before a number, each maybe after `từ` or `vào` (`... diễn ra từ ngày 4 đến 10-5`,
// `Hội thi khai mạc từ sáng 17/3`, `... diễn ra vào ngày 10.10`).
// It opens with a look-ahead for its first words, which turns most offsets away at once.
const DAY_IN_SENTENCE =
  /(?=từ|vào|sáng|chiều|tối|trưa|ngày)(?<![\p{L}\p{M}])(?:(?:từ|vào)\s+)?(?:(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?(?=\d)|ngày\s+(?=\d))/giu

const PREPOSITION = /^(?:từ|vào)\s+/iu

// The matches of a global expression one by one, as `text.matchAll` gives them, without the copy
// of the expression matchAll makes on every call, which costs more than reading a sentence.
// Nothing read between two matches uses the same expression.
function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const next = pattern.lastIndex
    yield m
    // An empty match moves on by one character, as matchAll does.
    pattern.lastIndex = m[0] === '' ? next + ((text.codePointAt(next) ?? 0) > 0xffff ? 2 : 1) : next
  }
}

// A report with no date line that writes its day without its year after its verb or the
// event's name: the day, for the text's evidence to give its year. Days written with their
// year were read where the report was; the first year-less day is the event's.
// Each sentence's own day, read once per page for the events it reports.
function ownDayOnce(sentences: Piece[], days: DayOffsets): (sentence: number) => YearlessDate | null {
  const known = new Map<number, YearlessDate | null>()
  return (i) => {
    let day = known.get(i)
    if (day === undefined) {
      day = i >= 0 && i < sentences.length ? dayOfItsOwn(sentences[i]!.text.slice(0, 2_000), days(i)) : null
      known.set(i, day)
    }
    return day
  }
}

function dayOfItsOwn(text: string, offsets: number[]): YearlessDate | null {
  for (const index of offsets) {
    const at = text.slice(index, index + 120)
    // `từ` opens a range of days (`từ ngày 4 đến 10-5`) or stands before one day (`từ sáng 17/3`).
    const cue = readDateCue(at) ?? readDateCue(at.replace(PREPOSITION, ''))
    // A day with its year was read where the report was, or is a document's (`Kết luận số
    // 79-KL/TW ngày 16-6-2020, từ ngày 17 đến ngày 22-8 ...`): the year-less day after it is the event's.
    if (cue === null || cue.date !== null) continue
    return cue.yearless?.precision === 'day' ? cue.yearless : null
  }
  return null
}

// Where DAY_IN_SENTENCE matches in the first 2,000 units of each sentence, read once per page:
// several events, and several readers, look at one sentence.
type DayOffsets = (sentence: number) => number[]

function dayOffsetsOnce(sentences: Piece[]): DayOffsets {
  const known: (number[] | undefined)[] = []
  return (i) => {
    let offsets = known[i]
    if (offsets === undefined) {
      offsets = []
      for (const m of matchesOf(DAY_IN_SENTENCE, sentences[i]!.text.slice(0, 2_000))) offsets.push(m.index)
      known[i] = offsets
    }
    return offsets
  }
}

// Words before a day that make it no day of the event: a deadline or a start (`đến ngày`,
// `trước ngày`, `kể từ ngày`, `hạn`), a plan (`dự kiến`, `sẽ`).
const NOT_THE_EVENTS_DAY = /(?:đến|tới|trước|sau|hạn|kể|dự kiến|sẽ|chậm nhất)\s*$/iu
const PLAN_BETWEEN = /(?<![\p{L}\p{M}])(?:dự kiến|sẽ|dự định|kế hoạch|chậm nhất)(?![\p{L}\p{M}])/iu

// An active report with no cue before its verb may write its day after what it reports, at the
// clause's end (`Huyện ủy ... vừa tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW vào sáng
// 22/4`, `Vừa qua, ... tổ chức Hội nghị ... vào ngày 25/11/2023`): the first day after the
// report's words, after `ngày` or a part of day, that is no document's issue date (`Nghị quyết
// số 57-NQ/TW ngày 22/12/2024`), no deadline, and not in a plan told in between.
function dayAfterReport(e: FoundEvent, sources: EventDateSources, days: DayOffsets): void {
  const sentence = e.sentence >= 0 ? sources.sentences[e.sentence] : undefined
  if (sentence === undefined) return
  const from = Math.max(0, e.span.start - sentence.start)
  const text = sentence.text.slice(0, 2_000)
  for (const index of days(e.sentence)) {
    if (index < from) continue
    if (NOT_THE_EVENTS_DAY.test(text.slice(Math.max(0, index - 12), index))) continue
    if (isIssueDate(text, index) || PLAN_BETWEEN.test(text.slice(from, index))) continue
    const cue = readDateCue(text.slice(index, index + 120), { reference: sources.reference })
    if (cue?.date?.precision !== 'day') continue
    e.date = cue.date
    return
  }
}

// A page whose events all lack a date, but whose lead opens with one (`Ngày 24,25/9/2022, Chi
// bộ ... tổ chức sinh hoạt ...`, a report not read as an event): a later sentence that tells of
// an event (`Buổi sinh hoạt chuyên đề ...`) tells of the lead's.
function datedByLead(undated: FoundEvent[], found: FoundEvent[], sources: EventDateSources): void {
  if (undated.length === 0 || found.some((e) => e.date !== null || e.yearless !== null)) return
  for (let i = 0; i < Math.min(LEAD_SENTENCES, sources.sentences.length); i++) {
    const cue = readDateCue(sources.sentences[i]!.text, { reference: sources.reference })
    if (cue === null) continue
    if (cue.date?.precision !== 'day' && cue.yearless?.precision !== 'day') return
    for (const e of undated) {
      if (e.sentence <= i || writesDay(sources.sentences[e.sentence]?.text ?? '')) continue
      e.date = cue.date
      e.yearless = cue.date === null ? (cue.yearless ?? null) : null
    }
    return
  }
}

// Whether a sentence writes a day of its own (`Hội thi khai mạc từ sáng 17/3`), with or
// without its year: the far reference only lets the grammar read a day written without one.
// Every day is written with a digit, which most sentences without one lack.
const writesDay = (text: string): boolean =>
  DIGIT.test(text.slice(0, 2_000)) &&
  findVietnameseDates(text.slice(0, 2_000), { reference: '2999-12-31' }).some((d) => d.date.precision === 'day')

// A meeting held monthly or quarterly is named by its month or quarter (`Hội nghị báo cáo viên
// tháng 8/2024`, `Giao ban quý I/2023`): with no day written, the title's one month or quarter
// dates the page's events.
function datedByTitle(undated: FoundEvent[], sources: EventDateSources): void {
  if (undated.length === 0 || sources.title === null) return
  const title = sources.title.text
  const periods = findVietnameseDates(title).filter(
    (d) => d.date.precision === 'month' || d.date.precision === 'quarter',
  )
  const first = periods[0]
  if (periods.length !== 1 || first === undefined) return
  // The period names the meeting (`Hội nghị báo cáo viên tháng 8/2024`), not a digest or a
  // report of the period (`Thông tin thời sự tuần 2 tháng 3/2024`).
  if (!PERIODIC_MEETING.test(title.slice(Math.max(0, first.start - MEETING_REACH), first.start))) return
  const period: PartialDate = first.date
  for (const e of undated) e.date = period
}

// The meetings held every month or quarter, named by it: a conference of reporters, a
// briefing, a party cell's session, a regular government meeting.
const PERIODIC_MEETING = /(?:hội nghị|giao ban|sinh hoạt|phiên họp|kỳ họp|cuộc họp|họp)[^.;:!?]*$/iu
// How far before the period its meeting's noun may stand.
const MEETING_REACH = 80

// Where a span of days may open in a sentence: `từ ngày 23 đến 27/10`, `từ 23-27/10`.
const SPAN_OPENING = /(?<![\p{L}\p{M}])từ\s+(?:ngày\s+)?(?=\d)/giu
// The words of a course or a contest a sentence tells the span of.
const COURSE_WORDS = /(?<![\p{L}\p{M}])(?:lớp|khóa|khoá|học viên|hội thi|cuộc thi|thí sinh)(?![\p{L}\p{M}])/iu
// How long a course or contest closed by a ceremony may have lasted.
const LONGEST_COURSE_DAYS = 62
const DAY_MS = 86_400_000

/**
 * The contest or course a closing ceremony closed (`lễ bế giảng lớp bồi dưỡng ...`, read before
 * the ceremony from its sentence) began before it: on the first day of the span the text gives it
 * (`Sau 5 ngày tham gia lớp bồi dưỡng, từ ngày 23 đến 27/10, ...`) when that span holds the
 * closing day; a contest with no span, on a page published (`reference`) in the closing's month,
 * in that month. Run once the events' years are known; in place.
 */
export function dateClosedBySpan(found: FoundEvent[], sentences: Piece[], reference?: string): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const closed = found[i]!
    const ceremony = found[i + 1]!
    if (ceremony.kind !== 'ceremony' || closed.sentence !== ceremony.sentence || closed.follows !== 'earlier') continue
    if (closed.kind !== 'training' && closed.kind !== 'contest') continue
    const closing = ceremony.date
    if (closing === null || closing.precision !== 'day') continue
    const first = spanStart(sentences, closing) ?? closingMonth(closed, closing, reference)
    if (first === null) continue
    closed.date = first
    closed.dateInferred = ceremony.dateInferred
    closed.dateConfidence = ceremony.dateConfidence
  }
}

// A contest closed on a day the text gives, with no span of its own (`Tối 25.11, bế mạc Hội thi
// ... năm 2021, ...`), ran up to it: when the page is published in the closing's month, that
// month dates it. A page with no date line, or of another month, leaves when it began unknown.
function closingMonth(closed: FoundEvent, closing: PartialDate, reference: string | undefined): PartialDate | null {
  if (closed.kind !== 'contest' || closed.date !== null || closing.month === undefined) return null
  const month = `${closing.year}-${String(closing.month).padStart(2, '0')}`
  if (reference?.slice(0, 7) !== month) return null
  return { year: closing.year, month: closing.month, precision: 'month' }
}

// The first day of a span of days a sentence about a course or contest gives, read against the
// closing day, when the span starts before it by no more than a course lasts.
function spanStart(sentences: Piece[], closing: PartialDate): PartialDate | null {
  const { partOfDay: _drop, ...day } = closing
  const reference = formatPartialDate(day)
  const end = Date.parse(partialDateRange(day).start)
  for (const sentence of sentences) {
    const text = sentence.text.slice(0, 2_000)
    if (!COURSE_WORDS.test(text)) continue
    for (const m of matchesOf(SPAN_OPENING, text)) {
      const cue = readDateCue(text.slice(m.index, m.index + 80), { reference })
      const date = cue?.date
      if (date == null || date.precision !== 'day') continue
      const start = Date.parse(partialDateRange(date).start)
      if (start < end && end - start <= LONGEST_COURSE_DAYS * DAY_MS) {
        const { partOfDay: _part, ...first } = date
        return first
      }
    }
  }
  return null
}

// The words of a name before the quarter it names: `Sinh hoạt chuyên đề quý II năm 2024`.
const BEFORE_QUARTER = /^(.{6,60}?)\s+quý(?![\p{L}\p{M}])/iu

/**
 * An event its name dates by a quarter (`sinh hoạt chuyên đề quý II năm 2024`) that a later
 * sentence names again by a month of that quarter (`Tại buổi sinh hoạt chuyên đề tháng 4/2024,
 * ...`): that month, the finer date. In place.
 */
export function narrowQuarter(found: FoundEvent[], sentences: Piece[]): void {
  for (const e of found) {
    const quarter = e.date
    if (quarter?.precision !== 'quarter' || quarter.quarter === undefined) continue
    const noun = BEFORE_QUARTER.exec(e.title ?? '')?.[1]?.toLowerCase()
    if (noun === undefined) continue
    const month = namedMonth(sentences.slice(Math.max(e.sentence + 1, 0)), noun, quarter)
    if (month !== null) e.date = month
  }
}

// The first month of `quarter` a sentence writes right after `noun`.
function namedMonth(sentences: Piece[], noun: string, quarter: PartialDate): PartialDate | null {
  for (const sentence of sentences) {
    const text = sentence.text.slice(0, 2_000)
    if (!text.toLowerCase().includes(noun)) continue
    for (const d of findVietnameseDates(text, { reference: `${quarter.year}-12-31` })) {
      if (d.date.precision !== 'month' || d.date.year !== quarter.year || d.date.month === undefined) continue
      if (Math.ceil(d.date.month / 3) !== quarter.quarter) continue
      const before = text.slice(Math.max(0, d.start - noun.length - 2), d.start).toLowerCase()
      if (before.includes(noun)) return d.date
    }
  }
  return null
}
