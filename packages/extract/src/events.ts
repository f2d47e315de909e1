import {
  type EventKind,
  findVietnameseDates,
  formatPartialDate,
  isBracketedSpanEnd,
  type PartialDate,
  readDateCue,
  readSameDayCue,
  type YearlessDate,
} from '@vanban/core'
import type { ResolvedMention } from './directives.ts'
import { activityKind, classifyEvent, doneKind, eventWords, kindByHost, kindWhenCiting } from './event-kinds.ts'
import {
  dashListedBodies,
  endsWithPlace,
  firstOfLongList,
  listedBody,
  opensLowerCaseBody,
  placeThenBody,
  titleSubject,
  withoutMembers,
  withoutPartner,
  withoutTimeInWords,
  withPlaceAppositions,
} from './event-organizer.ts'
import { eventTitle, reportedClauseLength } from './event-title.ts'
import {
  CALLS_TO_ATTEND,
  CLOSED_BY_CEREMONY,
  CLOSING_VERBS,
  COLLECTIVES,
  FILLERS,
  HOLD,
  LAUNCHED_ON,
  MOVEMENT_NAMES,
  NOUN_MARKERS,
  PRESIDING_CLAUSES,
  SESSION_BUSINESS,
  SITTING_WORDS,
} from './rules/event-words.ts'
import {
  AT_HERE,
  AT_SAME_TIME,
  AT_SAME_TIME_GATE,
  AT_THE_EVENT,
  AT_THE_NAMED_EVENT,
  BEFORE_EVENT_NAME,
  CHAIRED_ON,
  CHAIRED_ON_GATE,
  CUT_BEFORE_VERB,
  DATED_HOLDING,
  DEADLINE,
  DISSEMINATED_LIST,
  DISSEMINATED_LIST_GATE,
  DONE_OVER_SPAN,
  ELECTED_AT,
  ENDED,
  ENTERED_ON,
  ENTERED_ON_GATE,
  EVENT_HEAD_START,
  EVENT_NAME_START,
  HAPPENED,
  HAPPENED_BEFORE,
  HAPPENED_BEFORE_GATE,
  HAPPENED_GATE,
  HELD_BY,
  HELD_BY_NAMED,
  HELD_NAME_START,
  HELD_THEN,
  HOLDING,
  HOLDING_GATE,
  HONOUR_OCCASION,
  HONOUR_RECEIVED,
  HONOUR_RECEIVED_GATE,
  INSPECTING,
  INSPECTING_GATE,
  LAUNCH_AT,
  LAUNCH_AT_GATE,
  LAUNCH_DATED,
  LAUNCHED_EARLIER,
  NOUN_BEFORE,
  OUTING_START,
  PLANNED,
  PLANNED_ALL,
  PRESIDED,
  REPORTED_PERIOD,
  REPORTING,
  RITE,
  RITE_GATE,
  SPEECH,
  SPEECH_BEFORE,
  SPEECH_BEFORE_GATE,
  SPOKEN_AT,
  SPOKEN_AT_GATE,
  SPOKEN_OPENING,
  TURNOUT,
  TURNOUT_GATE,
} from './rules/expressions.ts'
import type { Piece } from './sentences.ts'
import { andWithin, closesQuote, endsWithAnd, endsWithDone, endsWithLower, quoteOpened, spaced } from './text-scan.ts'
import { isWhiteUnit, unitClass } from './unit-class.ts'
import { type WordGate, wordGate } from './word-gate.ts'
import { firstLetters, wordPattern } from './word-pattern.ts'

/**
 * Events an article reports, read sentence by sentence. A sentence reports an event when an
 * organisation `tổ chức` / `khai mạc` / `họp` an event noun (`Hội nghị`, `lớp tập huấn`, `Lễ`,
 * `buổi sinh hoạt chuyên đề`, `3 đợt học tập`...) or `mở` a class, when an event noun `được tổ
 * chức` / `diễn ra` / `do X tổ chức` after a time cue, when an organisation `ra mắt` / `phát
 * động` something, `làm việc với` / `đối thoại với` another body, `tiếp xúc cử tri` or `đã giám
 * sát` / `kiểm tra` it, or, in an article that starts mid-way, when it opens with the event noun
 * (`Hội nghị nghe ...`). Plans and instructions (`sẽ`, `dự kiến`, `đề nghị ... tổ chức`) are not
 * events.
 *
 * Time cues, read by `readDateCue` and `readSameDayCue` of `@vanban/core`: a date before the
 * verb (`Sáng 13/5`, `chiều ngày 27/4/2023`, `Từ ngày 20 đến 21/9`, `Trong tháng 10/2024`,
 * `Sáng thứ Hai (4/11)`, `Cuối tháng Mười`), or after a passive verb (`diễn ra vào tối 18/10`);
 * `Cùng ngày` / `Chiều cùng ngày` (the date of the event before);
 * `Nhân dịp này` / `Sau hội nghị` / `Tại Đại hội,` (the same occasion); `Trong khuôn khổ Đại
 * hội,` (the same occasion, no day of its own); `Trước đó` (an earlier, undated event unless a
 * date follows); `Mới đây` / `Vừa qua` (a recent, undated event). An item of a newspaper's
 * round-up is read after its star or bullet (`* Hội CCB quận ... vừa tổ chức ...`).
 */
export type FoundEvent = {
  kind: EventKind
  title: string | null
  date: PartialDate | null
  /** The day as written when the report gave it without a year and there was no reference to take one from. */
  yearless: YearlessDate | null
  /** Whether the year of `date` was inferred from the text's evidence; how sure `date` is (1 when written). */
  dateInferred: boolean
  dateConfidence: number
  /** How the report dates itself by the event before: the same day (`Cùng ngày`), earlier (`Trước đó`), or not. */
  follows: 'same' | 'earlier' | null
  organizer: string | null
  location: string | null
  directives: string[]
  /** Index of the reporting sentence in the list given to {@link findEvents}. */
  sentence: number
  /** The words that report the event (organiser to event noun). */
  span: { start: number; end: number }
  confidence: number
}

type Cue = {
  kind: 'date' | 'year' | 'sameDay' | 'occasion' | 'frame' | 'before' | 'recent' | 'none'
  end: number
  date: PartialDate | null
  /** A day written without its year, read with no reference to give it one. */
  yearless?: YearlessDate | undefined
  /** The date is an end of a bracketed span (an anniversary's, `(20/11/1982 – 20/11/2018)`): history. */
  history?: true
}

const BEFORE = /^(?:trước đó|trước đấy)\s*,?\s*/iu
// The mark of an item of a newspaper's round-up, a space after it.
const ROUND_UP_MARK = /^[*•]\s+/u
// The event referred back to by its bare head: a meeting, a ceremony, a congress, a workshop, a
// contest (`Tại Đại hội, Hội LHPN tỉnh đã ra mắt ...`, `Tại hội thảo, ...`).
// `Sau khi phiên tòa kết thúc, ...`: right after the event told before ended, the same occasion.
const OCCASION =
  /^(?:nhân dịp này|dịp này|cũng trong dịp này|(?:ngay\s+)?(?:cũng\s+)?(?:tại|sau|trong) (?:(?:hội nghị|đại hội|hội thảo|tọa đàm|hội thi|buổi lễ|lễ|buổi sinh hoạt|chương trình)(?: này)?(?=\s*,)|buổi \p{L}+(?: \p{L}+)?(?=\s*,))|(?:ngay\s+)?sau khi (?:buổi |phiên )?(?:hội nghị|hội thảo|lễ|tòa|toà|họp|sinh hoạt|tập huấn|hội thi)(?: \p{L}+)? kết thúc(?=\s*,))\s*,?\s*/iu
// `Trong khuôn khổ Đại hội, Trung ương Hội ... ra mắt Hội đồng tư vấn ...`: done within the frame
// of an event told before (group 1 names it), so done; the frame may span days, so its day is
// not the event's. A frame that names no event (`trong khuôn khổ hợp tác giữa ...`) is no cue.
const FRAME = /^(?:trong|nằm trong)\s+khuôn khổ\s+([^,;.]{2,120}),\s*/iu
// Words that lead into a sentence before its time cue: `Tiếp đó, sáng 13-3, ...`; a recent week
// (`Tuần qua, Huyện ủy ... tổ chức ...`) reports, as `Vừa qua` does, something lately done.
const CONNECTIVE =
  /^(?:tiếp đó|tiếp theo|sau đó|mới đây|vừa qua|gần đây|(?:cuối\s+)?tuần\s+(?:qua|trước|vừa qua))\s*,?\s*/iu
// A report credited to the paper it is copied from (`Theo báo Hà Tĩnh, 3 đồn biên phòng ... ký kết
// nghĩa với ...`) tells, as `Mới đây` does, what a body has lately done; its own date may follow.
// Not a report's findings (`Theo báo cáo, ...`) or a plan's words (`Theo kế hoạch, ...`).
const PAPER_CREDIT =
  /^Theo (?:tờ báo|báo|đài|tạp chí|cổng thông tin(?: điện tử)?)\s(?!cáo(?![\p{L}]))[^,;.]{1,60},\s*/iu

// A list opened by `gồm ...:`, whose directives are named, not what the event was about.
const LIST = /gồm[^:]{0,80}:/gu
// Whether an event's name opens `text`, kept for the text last asked about: a sentence's rest is
// asked by several readers in turn (a passive report's, an opening event name's).
let headText: string | null = null
let headOpens = false
function startsWithHead(text: string): boolean {
  if (text !== headText) {
    headOpens = EVENT_NAME_START.test(text)
    headText = text
  }
  return headOpens
}

function readCue(text: string, reference: string | undefined): Cue {
  // An item of a newspaper's round-up, printed after a star or a bullet (`* Hội CCB quận ... vừa
  // tổ chức lễ kỷ niệm ...`): the report starts after the mark. A dash or a plus opens an item of
  // a document's list (tasks, decisions: `+ Quyết định sớm tổ chức Đại hội ...`), read as before:
  // only a date after it makes it a report (see readDateCue).
  const mark = ROUND_UP_MARK.exec(text)
  if (mark !== null) {
    const inner = readCue(text.slice(mark[0].length), reference)
    return { ...inner, end: mark[0].length + inner.end }
  }
  const sameDay = readSameDayCue(text)
  if (sameDay !== null) {
    const part = sameDay.partOfDay
    return {
      kind: 'sameDay',
      end: sameDay.end,
      date: part === undefined ? null : { year: 1, month: 1, day: 1, precision: 'day', partOfDay: part },
    }
  }
  let m = OCCASION.exec(text)
  if (m !== null) return { kind: 'occasion', end: m[0].length, date: null }
  m = FRAME.exec(text)
  if (m !== null && startsWithHead(m[1]!) && classifyEvent(m[1]!) !== null)
    return { kind: 'frame', end: m[0].length, date: null }
  m = CONNECTIVE.exec(text)
  if (m !== null) {
    const inner = readCue(text.slice(m[0].length), reference)
    // `Mới đây, Lễ ra mắt ... đã diễn ra`: a report of something lately done, with no date.
    return inner.kind === 'none'
      ? { kind: 'recent', end: m[0].length, date: null }
      : { ...inner, end: m[0].length + inner.end }
  }
  m = text.startsWith('Theo ') ? PAPER_CREDIT.exec(text) : null
  if (m !== null) {
    const inner = readCue(text.slice(m[0].length), reference)
    return inner.kind === 'none'
      ? { kind: 'recent', end: m[0].length, date: null }
      : { ...inner, end: m[0].length + inner.end }
  }
  m = BEFORE.exec(text)
  if (m !== null) {
    const rest = text.slice(m[0].length)
    // `Trước đó, chiều cùng ngày, ...`: earlier on the same day.
    // Any date it gives is read as at the start of a sentence (`Trước đó, trong 2 ngày 18 và 19/11`).
    const inner = readCue(rest, reference)
    if (inner.kind === 'sameDay') return { ...inner, end: m[0].length + inner.end }
    if (inner.kind === 'date')
      return { kind: 'before', end: m[0].length + inner.end, date: inner.date, yearless: inner.yearless }
    return { kind: 'before', end: m[0].length, date: null }
  }
  const dated = readDateCue(text, { reference })
  if (dated !== null) return { kind: 'date', end: dated.end, date: dated.date, yearless: dated.yearless }
  const year = YEAR_CUE.exec(text)
  return year === null
    ? { kind: 'none', end: 0, date: null }
    : { kind: 'year', end: year[0].length, date: { year: Number(year[1]), precision: 'year' } }
}

// A cue that gives no day or month: none, or a year alone, which dates what follows but does not
// make it a dated report (a year's tally reads alike: `Năm 2023, toàn huyện tổ chức 120 hội nghị`).
const undated = (cue: Cue) => cue.kind === 'none' || cue.kind === 'year'

// A year that opens a sentence, set off by its comma (`Năm 2023, Huyện ủy tổ chức ...`, `Trong
// năm 2024, ...`): the year of what the sentence reports, not its day. (`Năm 2023 là năm ...`
// has no comma.)
const YEAR_CUE = /^(?:trong\s+)?năm\s+((?:19|20)\d{2})\s*,\s*/iu

// The date written right after the verb of a passive report (`được tổ chức`, `diễn ra`, the
// `tổ chức` of `do X tổ chức`), within the clause that follows the report's start, read as a cue.
function dateAfterVerb(text: string, verb: number, reference: string | undefined): PartialDate | null {
  const clause = text.slice(verb, verb + 240)
  const after = HELD_THEN.exec(clause)
  if (after === null) return null
  const rest = clause.slice(after.index + after[0].length)
  const cue = readCue(rest, reference)
  return cue.kind === 'date' && cue.date !== null ? cue.date : leadingDate(rest, reference)
}

// A day or month the date grammar reads right at the start of `text`, after a preposition of
// time and a part of day (`từ ngày 01/10/2025 đến ngày 03/10/2025`, `vào sáng 20-7`): the
// time a passive verb gives where a sentence's opening cue would not be read.
const AT_TIME = /^(?:(?:vào|từ|trong)\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?/iu

function leadingDate(text: string, reference: string | undefined): PartialDate | null {
  const skip = AT_TIME.exec(text)?.[0].length ?? 0
  const head = text.slice(0, skip + 40)
  if (!/\d/u.test(head)) return null
  const d = findVietnameseDates(head, { reference })[0]
  return d !== undefined && d.start <= skip && (d.date.precision === 'day' || d.date.precision === 'month')
    ? d.date
    : null
}

// The date written before the verb, nearest to it, outside directive mentions and their tails.
function dateBefore(
  text: string,
  offset: number,
  limit: number,
  mentions: ResolvedMention[],
  reference: string | undefined,
): { date: PartialDate; start: number; end: number; history: boolean } | null {
  const found = findVietnameseDates(text.slice(0, limit), { reference })
  let best: { date: PartialDate; start: number; end: number; history: boolean } | null = null
  // Dates and mentions both run in text order: one pointer keeps the furthest tail of the
  // mentions that start before the date ends.
  let k = 0
  let tail = -1
  for (const d of found) {
    while (k < mentions.length && mentions[k]!.start < offset + d.end) tail = Math.max(tail, mentions[k++]!.tailEnd)
    if (d.date.precision !== 'day' && d.date.precision !== 'month') continue
    const inMention = tail > offset + d.start
    // An end of an anniversary's bracketed span (`chào mừng kỷ niệm 36 năm Ngày Nhà giáo
    // (20/11/1982 – 20/11/2018), ... tổ chức Hội thi`) is history: any other date is the report's.
    const history = isBracketedSpanEnd(text, d.start, d.end)
    if (!inMention && (!history || best === null || best.history))
      best = { date: d.date, start: d.start, end: d.end, history }
  }
  return best
}

type Trigger = {
  verb: number
  phrase: number
  kind: EventKind
  passive: boolean
  lead: boolean
  /** Named in passing, where a speaker's words were given (`mentioned`: its day may follow its name). */
  mentioned?: true
  inPassing?: true
  /** The contest or course a closing ceremony closes (`bế mạc Hội thi ...`), which took place before it. */
  closes?: EventKind
  /** Dated only by the occasion it was tied to (`dịp 3/2`): in that month, on no day written. */
  occasion?: true
  /** A second event the same subject reports with a verb joined by `và` (`giao ban ... và phát động ...`). */
  joined?: { kind: EventKind; phrase: number }
  confidence: number
}

// Verbs an organisation reports with, each with the kind it gives (null: the verb names it).
const VERB_TRIGGERS: ReadonlyArray<readonly [RegExp, EventKind | null, WordGate]> = [
  ...REPORTING,
  [INSPECTING, 'other', INSPECTING_GATE],
]

const SPACE = 0x20

const isUpperStart = (s: string) => s.length > 0 && s[0] !== s[0]!.toLowerCase()

// Plural or counted events without a date are habits and tallies (`tổ chức các buổi nói chuyện`).
const PLURAL = /^[“"]?(?:các|nhiều|những|hàng|\d{1,4})\s/iu
// A sentence that opens with the span of a tally up to now (`Đến nay`, `Đến thời điểm này`, `Tính
// đến nay`, `Từ đầu năm đến nay`, `Lũy kế`).
const SO_FAR =
  /^(?:Đến (?:nay|thời điểm này|thời điểm hiện tại|hết)|Tính đến (?:nay|thời điểm)|Từ đầu năm(?: đến nay)?|Lũy kế|Luỹ kế)(?![\p{L}])/u

// The last and the second last units of NOUN_BEFORE's words (each two units or more), in either
// case: a text whose last two units are not of these ends with none of the words, and the
// expression is not tried (a holding verb after a holding verb, or after most words).
const NOUN_LAST = unitClass(new RegExp(`^[${NOUN_MARKERS.map((w) => w.at(-1)).join('')}]$`, 'iu'))
const NOUN_SECOND_LAST = unitClass(new RegExp(`^[${NOUN_MARKERS.map((w) => w.at(-2)).join('')}]$`, 'iu'))

// Whether `text` before `end` is one of NOUN_BEFORE's words and then white space; the word is
// read on the few code units before the space, so each check costs its own length.
function nounBefore(text: string, end: number): boolean {
  let j = end
  while (j > 0 && isWhiteUnit(text.charCodeAt(j - 1))) j--
  return (
    j < end &&
    j >= 2 &&
    NOUN_LAST(text.charCodeAt(j - 1)) &&
    NOUN_SECOND_LAST(text.charCodeAt(j - 2)) &&
    NOUN_BEFORE.test(text.slice(Math.max(0, j - 12), j))
  )
}

/**
 * Whether `pattern` matches inside `text.slice(from, to)`, asked for `to` growing along one
 * text. A match inside the new range either lay inside the old one (already answered) or ends
 * after the old end, so only the last `longest` code units (longer than any match) before that
 * end are read again.
 * A match that ends at the range's end may have passed a look-ahead only there, so it answers
 * this call but is not kept.
 * `pattern` is global, built once: one built per sentence cost more than most of its reads.
 */
function growingTest(pattern: RegExp, longest: number, from: number): (text: string, to: number) => boolean {
  if (!pattern.global) throw new Error(`growingTest: ${pattern} needs the g flag, to be read from lastIndex`)
  let found = false
  // No match that ends here or before, its look-ahead read on the text.
  let checked = from
  return (text, to) => {
    if (found || to <= checked) return found
    // Sliced at `from` as before, so that look-behinds at the range's start read the same.
    const range = text.slice(from, to)
    pattern.lastIndex = Math.max(0, checked - longest - from)
    const m = pattern.exec(range)
    if (m === null) {
      checked = to
      return false
    }
    if (m.index + m[0].length < range.length) found = true
    else checked = Math.max(checked, from + m.index)
    return true
  }
}

// The words that report an event, tried in this order: a holding verb in the active voice
// (`Huyện ủy tổ chức hội nghị`), an event's name and then a passive verb (`Hội nghị ... được tổ
// chức`), another verb an organisation reports with (`Huyện đoàn phát động`), and, in the first
// report of an article that starts mid-way, an event's name opening the sentence.
function findTrigger(
  text: string,
  masked: (to: number) => string,
  cue: Cue,
  subjectStart: number,
  reported: ReadonlySet<EventKind>,
  firstMention: number,
  reference: string | undefined,
): Trigger | null {
  const rest = text.slice(subjectStart)
  const noEventsYet = reported.size === 0
  // Word gates read the whole sentence, `text` (read once for all of them): what `rest` holds, it holds.
  return (
    heldActively(text, masked, cue, subjectStart) ??
    reportedPassively(rest, text, masked, cue, subjectStart, reference, reported) ??
    reportedByVerb(rest, text, masked, cue, subjectStart) ??
    happenedAt(rest, text, masked, cue, subjectStart) ??
    (noEventsYet
      ? (openedByEventName(rest, masked, subjectStart, reference) ??
        spokenAt(rest, text, subjectStart, firstMention) ??
        endedAt(rest, subjectStart) ??
        atTheEvent(text) ??
        atTheNamedEvent(text) ??
        inTheNamedOccasion(text, cue) ??
        atHere(text) ??
        electedAt(text) ??
        honoured(rest, text, masked, cue, subjectStart) ??
        enteredOn(rest, text, masked, subjectStart) ??
        chairedOn(rest, text, masked, subjectStart) ??
        cutBeforeVerb(rest, masked, subjectStart))
      : cue.kind === 'date'
        ? spokenAtAnother(rest, text, subjectStart, firstMention, reported)
        : null)
  )
}

// `Ngày 12/12, phát biểu chỉ đạo Hội nghị triển khai ..., Phó Thủ tướng ... yêu cầu ...`: after an
// event was reported (a listing's next item, a day's second sitting), a speech given on a day of
// its own at an event of a kind not yet reported tells that the event took place.
function spokenAtAnother(
  rest: string,
  whole: string,
  subjectStart: number,
  firstMention: number,
  reported: ReadonlySet<EventKind>,
): Trigger | null {
  const spoken = spokenAt(rest, whole, subjectStart, firstMention)
  return spoken === null || reported.has(spoken.kind) ? null : spoken
}

// `Nhà trường chỉ đạo Chi đoàn cùng Liên đội ... đã tổ chức ...`: one body directed, the body it
// directed held the event (`đã`), as a report says; no plan.
const DIRECTED_DONE = /(?=chỉ)(?<![\p{L}])chỉ đạo\s+\p{Lu}[^,;.]{0,100}\sđã\s+$/u

// `Đảng ủy Công ty tổ chức Đoàn đại biểu lãnh đạo Công ty, ... tới dâng hương tại Khu tưởng niệm
// ...`: a body that sends a delegation to offer incense or flowers holds that rite, a ceremony; its
// length up to the rite, 0 when the words after the verb are not that.
const DELEGATION_TO_RITE = /^đoàn\s[^.;]{0,240}?\s(?:tới|về|đến)\s+(?=dâng hương|dâng hoa)/iu
const DELEGATION_REACH = 300
const RITE_START = /^(?:dâng hương|dâng hoa)(?![\p{L}])/iu

function delegationSent(after: string): number {
  if (!after.includes('dâng h')) return 0
  return DELEGATION_TO_RITE.exec(after)?.[0].length ?? 0
}

// `cho` and those an event was held for, up to the activity they did (`cho cán bộ, đảng viên `,
// `cho hơn 200 đoàn viên, thanh niên `): its length, 0 when the words after the verb are not that.
// Only an activity word counts (`học tập`, `tập huấn`, `ra quân`) or an outing (`tham quan`, see
// OUTINGS), not a bare head: `cho học sinh lớp 12 ôn thi` names a grade, not a class held.
const HELD_FOR = /^cho\s+/iu
const HELD_FOR_REACH = 120
const HELD_FOR_WORDS = 14

function heldFor(after: string): number {
  const m = HELD_FOR.exec(after)
  if (m === null) return 0
  let at = m[0].length
  for (let word = 0; word < HELD_FOR_WORDS; word++) {
    const space = after.indexOf(' ', at)
    if (space < 0 || /[.;:]/u.test(after.slice(at, space))) return 0
    at = space + 1
    const rest = after.slice(at)
    if ((startsWithHead(rest) && activityKind(rest, 3) !== null) || OUTING_START.test(rest)) return at
  }
  return 0
}

// A clause of purpose opening a sentence or following a comma (`Nhằm giúp ...,`, `..., nhằm
// ...,`), or joined to a clause of basis (`Thực hiện Hướng dẫn số ... và để hoàn thành kế hoạch
// năm 2017, ...`), read back from a verb within PURPOSE_REACH.
const PURPOSE = /(?:^|[,;]\s*|\svà\s+)(?:nhằm|để)\s/giu
const PURPOSE_REACH = 240
// What purposeEnd gives for a verb within a clause of purpose that has not closed.
const PURPOSE_OPEN = -2

// Where the last clause of purpose before `to` ends (after its comma), -1 when none opens before
// `to`, PURPOSE_OPEN when `to` stands within it.
function purposeEnd(text: string, from: number, to: number): number {
  const start = Math.max(from, to - PURPOSE_REACH)
  const window = text.slice(start, to)
  let last: RegExpExecArray | null = null
  // Read from lastIndex, not by matchAll, which copies the expression at every call.
  PURPOSE.lastIndex = 0
  for (let m = PURPOSE.exec(window); m !== null; m = PURPOSE.exec(window)) last = m
  if (last === null) return -1
  const comma = window.indexOf(',', last.index + last[0].length)
  return comma < 0 ? PURPOSE_OPEN : start + comma + 1
}

// A subject that counts bodies or takes them all together, opening its clause.
const MANY_BODIES =
  /^\s*(?:các|những|nhiều|hầu hết|toàn bộ|tất cả(?:\s+các)?|100\s*%|\d{1,3}\s*\/\s*\d{1,3}|\d{1,3})\s+(?:cấp ủy|chi bộ|đảng bộ|tổ chức cơ sở đảng|tổ chức đảng|cơ sở|đơn vị|địa phương|xã|phường|trường|chi đoàn|cơ quan|ngành)(?![\p{L}])/iu

// Whether a holding verb as matched (with its white space, in any case) is one DATED_HOLDING
// holds: answered once per spelling, where lower-casing each of thousands of matches cost more
// than the rest of their reading.
const datedSpellings = new Map<string, boolean>()
function isDatedHolding(verb: string): boolean {
  let dated = datedSpellings.get(verb)
  if (dated === undefined) {
    dated = DATED_HOLDING.has(verb.trim().toLowerCase())
    if (datedSpellings.size < 256) datedSpellings.set(verb, dated)
  }
  return dated
}

// `X tổ chức hội nghị ...`: the first holding verb followed by an event's name, not a noun
// (`ban tổ chức`), not a plan, not a count of events without a date.
function heldActively(text: string, masked: (to: number) => string, cue: Cue, subjectStart: number): Trigger | null {
  if (!HOLDING_GATE.admits(text)) return null
  const planned = growingTest(PLANNED_ALL, 16, subjectStart)
  // Read from lastIndex, not by matchAll, which copies the expression for every sentence; nothing
  // the loop calls reads HOLDING.
  HOLDING.lastIndex = 0
  for (let m = HOLDING.exec(text); m !== null; m = HOLDING.exec(text)) {
    if (m[1] !== undefined) continue
    if (nounBefore(text, m.index)) continue
    // A holding verb in a cited document's name or title (`Kế hoạch ... về tổ chức ...`) reports nothing.
    if (masked(m.index + 1).charCodeAt(m.index) === SPACE && text.charCodeAt(m.index) !== SPACE) continue
    if (undated(cue) && isDatedHolding(m[0])) continue
    let name = m.index + m[0].length
    let startsName = HELD_NAME_START.test(text.slice(name))
    // `tổ chức cho cán bộ, đảng viên học tập, quán triệt Nghị quyết ...`: the event is what those
    // it was held for did.
    if (!startsName) {
      const rite = delegationSent(text.slice(name, name + DELEGATION_REACH))
      if (rite > 0) {
        name += rite
        startsName = true
      }
    }
    if (!startsName) {
      const held = heldFor(text.slice(name, name + HELD_FOR_REACH))
      if (held > 0) {
        name += held
        // an outing held for those named (OUTINGS) opens no event's name but is one
        const rest = text.slice(name)
        startsName = HELD_NAME_START.test(rest) || OUTING_START.test(rest)
      }
    }
    if (!startsName) continue
    const after = text.slice(name)
    // Bodies counted or taken together (`100% đảng bộ, chi bộ trực thuộc đã tổ chức quán triệt`,
    // `các chi bộ đã tổ chức ...`, `45/45 tổ chức cơ sở đảng`): a tally of their events, not one.
    if (MANY_BODIES.test(text.slice(subjectStart, m.index))) continue
    // Holding set a deadline, with no day of its own (`Sau hội nghị này, các cấp ủy tổ chức hội
    // nghị quán triệt ..., hoàn thành trước ngày 30/11`): an instruction, not a report; unless a
    // cue says it was done (`Vừa qua, Huyện ủy tổ chức hội nghị ..., yêu cầu ... trước ngày 30/4`).
    if (cue.kind !== 'date' && cue.kind !== 'recent' && DEADLINE.test(after)) continue
    // A plan (`... để chuẩn bị tổ chức đại hội`) ends the search for `tổ chức`; an event the
    // sentence reported before it in the passive is still read after.
    // A plan in a clause before a semicolon (`... chuẩn bị chào đón năm mới; sáng nay, Huyện ủy
    // ... tổ chức`) is not that of a clause with its own subject.
    // A holding verb in a clause of purpose (`..., nhằm giúp các chi bộ triển khai tổ chức Đại hội,
    // Đảng ủy Công ty tổ chức tập huấn ...`) is the purpose's: the report's verb follows the
    // clause, and the plan words within it are not the report's.
    const purpose = purposeEnd(text, subjectStart, m.index)
    if (purpose === PURPOSE_OPEN) continue
    if (planned(masked(m.index), m.index) && !DIRECTED_DONE.test(text.slice(subjectStart, m.index))) {
      const clause = Math.max(text.lastIndexOf(';', m.index) + 1, purpose)
      if (
        clause <= subjectStart ||
        PLANNED.test(masked(m.index).slice(clause, m.index)) ||
        readSubject(text.slice(clause, m.index)).organizer === null
      )
        break
    }
    if ((undated(cue) || cue.kind === 'recent') && PLURAL.test(after)) continue
    const named = classifyEvent(after) ?? (RITE_START.test(after) ? 'ceremony' : 'other')
    const kind = closedKind(m[0], named)
    const closes = kind === named ? closedByName(after) : named
    const joined =
      kind === 'launch'
        ? undefined
        : (launchJoined(text, name) ??
          secondSitting(text, name, kind) ??
          reviewAfterCeremony(text, name, kind) ??
          disseminatedAtIt(text, name, kind))
    return {
      verb: m.index,
      phrase: name,
      kind,
      passive: false,
      lead: false,
      ...(closes === null ? {} : { closes }),
      ...(joined === undefined ? {} : { joined }),
      confidence: 0.85,
    }
  }
  return null
}

// The contest or course a closing ceremony's name closes (`lễ bế giảng lớp bồi dưỡng ...`), if any.
// What is joined after it by `và` (`phiên bế mạc và ra mắt Ban Chấp hành khóa VI`) is another act
// of the sitting, not what it closes.
const CLOSING_IN_NAME = new RegExp(`^[^,;.]{0,30}?(?<![\\p{L}])(?:${CLOSING_VERBS.join('|')})\\s+(?!và\\s)`, 'iu')

function closedByName(name: string): EventKind | null {
  const m = CLOSING_IN_NAME.exec(name)
  const kind = m === null ? null : classifyEvent(name.slice(m[0].length))
  return kind !== null && CLOSED_BY_CEREMONY.includes(kind) ? kind : null
}

// The kind of an event a holding verb reports: closing a contest or a course is a ceremony.
function closedKind(verb: string, kind: EventKind): EventKind {
  const closing = CLOSING_VERBS.includes(verb.trim().toLowerCase())
  return closing && CLOSED_BY_CEREMONY.includes(kind) ? 'ceremony' : kind
}

// `Sáng 13/5, Hội nghị ... được tổ chức` (or `do X tổ chức`): after a time cue, an event's name
// and then a passive verb, with no plan between.
function reportedPassively(
  rest: string,
  whole: string,
  masked: (to: number) => string,
  cue: Cue,
  subjectStart: number,
  reference: string | undefined,
  reported: ReadonlySet<EventKind>,
): Trigger | null {
  // `Theo đó, Hội nghị Trung ương 5, khóa XIII diễn ra từ ngày 4 đến 10-5`: with no cue before
  // it, a passive report counts when its day follows the verb, in a text that reported no event
  // of its kind before; after one, `Hội thi ... diễn ra trong 2 ngày 14 và 15/3` tells more of
  // it, but a round of a contest (`Vòng sơ khảo ... diễn ra trong 3 ngày ...`) is its own.
  // After a date, `tại Hà Nội, những hoạt động đầu tiên của Đại hội ...`: a place and a part of the event first.
  const start = undated(cue) ? (LEAD_IN.exec(rest)?.[0].length ?? 0) : cue.kind === 'date' ? beforeName(rest) : 0
  const name = start === 0 ? rest : rest.slice(start)
  if (!startsWithHead(name)) return null
  // Each verb is read only where the sentence may hold its words: a passive verb (its gate), the
  // holding verb of `do X tổ chức` (as written).
  const happened =
    (HAPPENED_GATE.admits(whole) ? HAPPENED.exec(name) : null) ??
    (name.includes(HOLD) ? HELD_BY_NAMED.exec(name) : null)
  if (happened === null) return null
  // `Hội nghị diễn ra trong 2 ngày 12 và 13/4`, `Buổi lễ được tổ chức vào sáng 12/4`: a bare head
  // with no name of its own, after an event was reported, refers back to it, whatever its kind.
  // A bare `Đại hội` refers back only to a congress, which is a conference: after a briefing that
  // announced its results (`... thông báo nhanh kết quả Đại hội ...`), `Đại hội diễn ra từ ngày
  // 19/01/2026 ...` reports the congress itself.
  const bare = name.slice(0, happened.index)
  const congressUnreported = CONGRESS_HEAD.test(bare) && !reported.has('conference')
  if (undated(cue) && reported.size > 0 && BARE_HEAD.test(bare) && !congressUnreported) return null
  const verb = subjectStart + start + happened.index
  if (PLANNED.test(masked(verb).slice(subjectStart, verb))) return null
  // The name is classified after the tests above, which are cheaper and do not ask its kind.
  const kind = classifyEvent(bare) ?? 'other'
  if (undated(cue) && reported.has(kind) && !ROUND.test(name)) return null
  if (undated(cue) && !dayAfterVerb(rest, start + happened.index, reference)) return null
  return {
    verb,
    phrase: subjectStart + start,
    kind,
    passive: true,
    lead: false,
    confidence: 0.75,
  }
}

// An event's head alone, or with a word pointing back (`Hội nghị`, `Buổi lễ`, `Lớp học này`). A
// contest is not among them: `Hội thi khai mạc từ sáng 17/3` after its closing ceremony is the
// contest itself, an event of its own.
const BARE_HEAD =
  /^(?:hội nghị|hội thảo|đại hội|lễ|buổi lễ|buổi sinh hoạt|lớp|lớp học|khóa học)(?:\s+(?:này|lần này|năm nay|trên))?\s*$/iu

const CONGRESS_HEAD = /^đại hội\s*$/iu

// Where an event's name starts after the place and the part of the event written before it.
function beforeName(rest: string): number {
  const m = BEFORE_EVENT_NAME.exec(rest)
  return m === null || !startsWithHead(rest.slice(m[0].length)) ? 0 : m[0].length
}

// A round of a contest, reported on its own: `Vòng sơ khảo ...`.
const ROUND = /^[“"]?vòng\s/iu

// Words that open a sentence before its subject with no time of their own; among them the quick
// notice of a congress's or a plenum's results as the source (`Theo “Thông báo nhanh kết quả Đại
// hội ...”, Đại hội diễn ra từ ngày 19/01/2026 ...`), a notice issued once the event is over.
const LEAD_IN = /^(?:theo đó|được biết|trong đó|theo\s+[“"]?thông báo nhanh[^,;.]{0,160})\s*,\s*/iu

// Whether a day (with or without its year) is written right after the verb of a passive report.
// Only whether a day is written is asked, so a text with no publication date reads it against a
// stand-in reference (`Hội thi khai mạc từ sáng 17/3` writes a day, whatever its year).
function dayAfterVerb(text: string, verb: number, reference: string | undefined): boolean {
  const clause = text.slice(verb, verb + 240)
  const after = HELD_THEN.exec(clause)
  if (after === null) return false
  const rest = clause.slice(after.index + after[0].length)
  const day = reference ?? ANY_REFERENCE
  return readCue(rest, day).kind === 'date' || leadingDate(rest, day) !== null
}
const ANY_REFERENCE = '2000-12-31'

// Whether a day or a month is written in `text` (whatever its year).
function dayWritten(text: string): boolean {
  if (!/\d/u.test(text)) return false
  return findVietnameseDates(text, { reference: ANY_REFERENCE }).some(
    (d) => d.date.precision === 'day' || d.date.precision === 'month',
  )
}

// `Huyện đoàn phát động ...`, `Đoàn kiểm tra đã làm việc với ...`: a reporting verb after an
// organiser, in a report that has a cue (a verb that does not name its kind needs a date).
function reportedByVerb(
  rest: string,
  whole: string,
  masked: (to: number) => string,
  cue: Cue,
  subjectStart: number,
): Trigger | null {
  for (const [pattern, listedKind, gate] of VERB_TRIGGERS) {
    if (!gate.admits(whole)) continue
    let found = pattern.exec(rest)
    if (found === null) continue
    let kind = listedKind
    // INSPECTING matches the adverb before its verb: the verb starts where the match ends.
    let at = pattern === INSPECTING ? found.index + found[0].length : found.index
    let joined: Trigger['joined']
    // `X giao ban công tác quý I và phát động ...`: the subject holds an earlier verb joined by
    // `và`, which reports the first event; `X phát động ... và giao ban ...`: a later one the second.
    const earlier = endsWithAnd(rest, at) ? firstVerb(rest.slice(0, at)) : null
    if (earlier !== null) {
      joined = { kind: kind ?? classifyEvent(found[0]) ?? 'other', phrase: subjectStart + at }
      ;({ found, kind, at } = earlier)
    } else {
      const next = joinedAfter(rest, at + found[0].length)
      // Two launch verbs joined (`phát động phong trào ... và ra quân Đội hình ...`) are one
      // ceremony that launches both.
      if (next !== undefined && !(kind === 'launch' && next.kind === 'launch'))
        joined = { ...next, phrase: subjectStart + next.phrase }
    }
    const subject = rest.slice(0, at)
    // The subject may open with its place (`tại Quảng trường Lam Sơn, Huyện đoàn ...`). Its own
    // clause is short; what comes before its last comma may be long (`Thực hiện Kế hoạch số
    // 47/KH-MTTQ-BTT ... về giám sát chuyên đề năm 2024, sáng ngày 16/9, Đoàn ...`).
    const clause = subject.slice(subject.lastIndexOf(', ') + 1)
    // A leader may head a working session on a dated day: `Sáng ngày 9/9, đồng chí ..., Bí thư
    // Tỉnh ủy đã có chuyến thăm và làm việc tại huyện ...` (no organiser is written).
    const led = kind === 'other' && cue.kind === 'date' && LEADER.test(subject)
    if (
      // after a noun's word the verb names an activity, not the subject's act (`đã giám sát việc
      // học tập, quán triệt ...`, `kết quả quán triệt ...`)
      nounBefore(rest, at) ||
      PLANNED.test(masked(subjectStart + at).slice(subjectStart, subjectStart + at)) ||
      spaced(clause) > 40
    )
      continue
    // `Thực hiện Kết luận số 79-KL/TW ..., từ ngày 17 đến ngày 22-8, Bộ Chính trị tiếp tục làm
    // việc ...`: a day written in mid-sentence before the subject, outside the directives cited.
    const dayBefore = undated(cue) && dayWritten(masked(subjectStart + at).slice(subjectStart, subjectStart + at))
    const hasCue = !undated(cue) || dayBefore || endsWithDone(subject)
    const dated =
      dayBefore || cue.kind === 'date' || cue.kind === 'sameDay' || (cue.kind === 'before' && cue.date !== null)
    if (!hasCue || (kind === null && !dated)) continue
    // The subject is read last, the other tests being cheaper: a verb with no organiser before it
    // (and no leader heading a dated session) reports nothing.
    if (readSubject(subject).organizer === null && !led) continue
    const verb = subjectStart + at
    const read = kind ?? classifyEvent(found[0]) ?? 'other'
    return {
      verb,
      phrase: verb,
      kind: read === 'other' && sessionReviews(rest.slice(at)) ? 'review' : read,
      passive: false,
      lead: false,
      ...(joined === undefined ? {} : { joined }),
      confidence: 0.75,
    }
  }
  return null
}

// A working session whose clause goes on `, sơ kết ...` was held to review.
const SESSION_REVIEW = new RegExp(`^[^;.]{0,200}?,\\s+(?:${SESSION_BUSINESS.join('|')})(?![\\p{L}])`, 'u')
// So does one held to hear or assess the results of years of carrying a document out (`cuộc làm
// việc ... để nghe kết quả 3 năm thực hiện Đề án số 12 ...`, `là dịp để đánh giá kết quả 10 năm
// thực hiện Chỉ thị 05`).
const HEARS_RESULTS =
  /(?<![\p{L}])(?:nghe\s+(?:báo cáo\s+)?|đánh giá\s+)kết quả\s+\d{1,2}\s+năm\s+(?:thực hiện|triển khai)(?![\p{L}])/iu
const sessionReviews = (clause: string) => SESSION_REVIEW.test(clause) || HEARS_RESULTS.test(clause.slice(0, 300))

// The link to a second verb in the same clause after the first verb's words (a subject that ends
// with `và` after a clause of its own is read by endsWithAnd).
const JOINED_NEXT = /^[^,;.]{0,120}?\svà\s+/u
// How far after its start JOINED_NEXT's `và` may stand; SECOND_NAMED's.
const JOINED_REACH = 121
const SECOND_REACH = 161

// A reporting verb right after `và` in the clause that goes on at `from`: `X giao ban công tác
// quý I và phát động ...` reports a second event. (After a holding verb, `tổ chức Lễ kỷ niệm ... và
// tuyên dương ...` most often names what was done at the one event, so it is not read there.)
function joinedAfter(text: string, from: number): Trigger['joined'] {
  const link = andWithin(text, from, JOINED_REACH) ? JOINED_NEXT.exec(text.slice(from)) : null
  if (link === null) return undefined
  const at = from + link[0].length
  const later = firstVerb(text.slice(at, at + 80))
  return later !== null && later.at === 0
    ? { kind: later.kind ?? classifyEvent(later.found[0]) ?? 'other', phrase: at }
    : undefined
}

// `X tổ chức Hội nghị gặp mặt kỷ niệm ... và phát hành cuốn sách ...`: after a holding verb, a
// launch joined by `và` is a launch of its own (what else is joined, `và tuyên dương ...`, is
// done at the one event).
function launchJoined(text: string, from: number): Trigger['joined'] {
  return (
    launchAfterLink(text, from, andWithin(text, from, JOINED_REACH) ? JOINED_NEXT.exec(text.slice(from)) : null) ??
    launchAfterLink(text, from, launchAfterList(text, from))
  )
}

function launchAfterLink(text: string, from: number, link: RegExpExecArray | null): Trigger['joined'] {
  if (link === null) return undefined
  const at = from + link[0].length
  const words = text.slice(at, at + 40)
  const launch = LAUNCH_AT.exec(words) ?? COUNTED_LAUNCH.exec(words)
  return launch !== null && launch.index === 0 ? { kind: 'launch', phrase: at } : undefined
}

// `... và ra mắt 5 mô hình ...`: what is presented may be counted.
const COUNTED_LAUNCH = /^ra mắt\s+\d{1,3}\s+\p{L}/u

// `X tổ chức tập huấn kiến thức, kỹ năng ... và ra mắt 5 mô hình ...`: the words of what was held
// may list with commas; `và ra mắt` / `và phát động` joins a launch to it in the same clause.
const LISTED_THEN_LAUNCH = /^[^;.:]{0,160}?\svà\s+(?=ra mắt|phát động)/u

function launchAfterList(text: string, from: number): RegExpExecArray | null {
  const window = text.slice(from, from + 200)
  if (window.includes(', phát động ')) {
    const chained = CHAINED_LAUNCH.exec(window)
    if (chained !== null) return chained
  }
  return window.includes(' và ra mắt') || window.includes(' và phát động') ? LISTED_THEN_LAUNCH.exec(window) : null
}
// `X tổ chức họp mặt kỷ niệm ..., kỷ niệm ..., phát động thi đua ...`: a launch chained by a comma
// after what was held, in the same clause, is one too.
const CHAINED_LAUNCH = /^[^;.]{0,180}?,\s+(?=phát động\s)/u

// `X tổ chức Hội nghị tổng kết 10 năm ... và Lễ ký Chương trình phối hợp ...`, `X tổ chức kỷ
// niệm 95 năm ..., đồng thời tổ chức họp giao ban ...`: a second event named after `và` (its
// head capitalised, as an event's own name is) or after `đồng thời tổ chức` in the same sentence,
// of another kind than the first, is a second event of the one sitting. (`và Lễ ...` of the same
// kind, or `và trao Huy hiệu ...` in lower case, names what was done at the one event.)
const SECOND_NAMED = /^[^,;.]{0,160}?\svà\s+(?=(?:Lễ|Hội nghị|Hội thảo|Tọa đàm|Hội thi|Cuộc thi)\s)/u

function secondSitting(text: string, from: number, first: EventKind): Trigger['joined'] {
  const rest = text.slice(from)
  const link =
    (andWithin(text, from, SECOND_REACH) ? SECOND_NAMED.exec(rest) : null) ??
    (AT_SAME_TIME_GATE.admits(text) ? AT_SAME_TIME.exec(rest) : null)
  if (link === null) return undefined
  const at = from + link[0].length
  const name = text.slice(at)
  if (!startsWithHead(name)) return undefined
  const kind = classifyEvent(name)
  return kind !== null && kind !== first ? { kind, phrase: at } : undefined
}

// `X tổ chức giải bóng đá ..., quán triệt Nghị quyết ...`: a contest or a ceremony does not
// disseminate, so a dissemination chained after its name by a comma is a second event of the
// gathering. (After a meeting's name, `, quán triệt ...` is its business.)
const CHAINED_DISSEMINATION = /^[^,;.]{0,120},\s+(?=quán triệt\s)/iu
const GATHERINGS: readonly EventKind[] = ['contest', 'ceremony', 'launch']

function disseminatedAtIt(text: string, from: number, first: EventKind): Trigger['joined'] {
  if (!GATHERINGS.includes(first)) return undefined
  const link = CHAINED_DISSEMINATION.exec(text.slice(from, from + 200))
  return link === null ? undefined : { kind: 'dissemination', phrase: from + link[0].length }
}

// `X tổ chức lễ kỷ niệm 30 năm ... và tổng kết công tác năm 2019`: a ceremony does not sum up a
// year's work, so the review joined to it by `và` is a second sitting of the day. (A meeting's
// `và tổng kết ...`, `hội nghị Báo cáo viên ... và tổng kết công tác truyền miệng`, is its own
// business; a ceremony's `và tổng kết, trao giải` hands awards at it.)
const REVIEW_JOINED = /^[^,;.]{0,160}?\svà\s+(?=(?:tổng kết|sơ kết)\s)/iu

function reviewAfterCeremony(text: string, from: number, first: EventKind): Trigger['joined'] {
  if (first !== 'ceremony') return undefined
  const link = REVIEW_JOINED.exec(text.slice(from))
  if (link === null) return undefined
  const at = from + link[0].length
  return classifyEvent(text.slice(at)) === 'review' ? { kind: 'review', phrase: at } : undefined
}

// The earliest reporting verb in `text` (inspecting aside), with its kind.
function firstVerb(text: string): { found: RegExpExecArray; kind: EventKind | null; at: number } | null {
  let best: { found: RegExpExecArray; kind: EventKind | null; at: number } | null = null
  for (const [pattern, kind] of REPORTING) {
    const found = pattern.exec(text)
    if (found !== null && (best === null || found.index < best.at)) best = { found, kind, at: found.index }
  }
  return best
}

const LEADER = /^\s*(?:đồng chí|Đồng chí)\s+\p{Lu}/u

const AT_NAMED = /^tại\s+/iu

// Those called, invited or planned to attend or take part (`Tỉnh đoàn kêu gọi đoàn viên tham gia
// Hội thi ...`, `ban hành kế hoạch tham gia Hội thi ...`): the event is not reported as held.
const CALLED_TO = new RegExp(
  `${firstLetters(CALLS_TO_ATTEND)}(?<![\\p{L}])(?:${CALLS_TO_ATTEND.join('|')})(?![\\p{L}])`,
  'iu',
)

// `Sáng ngày 08/7, tại Kỳ họp thứ 7 HĐND tỉnh; ...` and `Sáng 30/6, tại các tỉnh ... đã diễn ra
// Lễ công bố ...`: after a date, an event named where something was done, or after a verb of
// taking place, took place that day.
function happenedAt(
  rest: string,
  whole: string,
  masked: (to: number) => string,
  cue: Cue,
  subjectStart: number,
): Trigger | null {
  if (cue.kind !== 'date' && !datedEarlier(cue)) return null
  const place = AT_NAMED.exec(rest)
  let at = place !== null && startsWithHead(rest.slice(place[0].length)) ? place[0].length : -1
  // The verbs are read from lastIndex (matchAll copies the expression), where the sentence holds one.
  if (at < 0 && HAPPENED_BEFORE_GATE.admits(whole)) {
    HAPPENED_BEFORE.lastIndex = 0
    for (let m = HAPPENED_BEFORE.exec(rest); m !== null; m = HAPPENED_BEFORE.exec(rest)) {
      if (startsWithHead(rest.slice(m.index + m[0].length))) {
        at = m.index + m[0].length
        break
      }
    }
  }
  if (at < 0) return null
  const name = rest.slice(at, at + 400)
  const before = masked(subjectStart + at).slice(subjectStart, subjectStart + at)
  if (PLURAL.test(name) || PLANNED.test(before) || CALLED_TO.test(before)) return null
  const kind = classifyEvent(name)
  if (kind === null) return null
  const verb = subjectStart + at
  return { verb, phrase: verb, kind, passive: true, lead: false, confidence: 0.6 }
}

// `Trước đó, ngày 26/5, tại ... đã diễn ra Lễ ...`: an earlier event given a day of its own (with
// or without its year) is dated as a report is.
const datedEarlier = (cue: Cue) => cue.kind === 'before' && (cue.date !== null || cue.yearless !== undefined)

// `Hội nghị nghe ...`: a sentence that opens with an event's name, no plan in its first words.
function openedByEventName(
  rest: string,
  masked: (to: number) => string,
  subjectStart: number,
  reference: string | undefined,
): Trigger | null {
  if (!startsWithHead(rest) || PLANNED.test(masked(subjectStart + 60).slice(subjectStart, subjectStart + 60)))
    return null
  // An anniversary opening the sentence (`Kỷ niệm 90 năm Ngày thành lập Hội ...`) is the occasion
  // a heading or a clause names, not an event's name.
  if (OCCASION_OPENING.test(rest)) return null
  if (NOT_A_REPORT.test(rest.slice(0, 400).split(/[,:;.]/u, 1)[0]!) || MOVEMENT.test(rest)) return null
  // A caption or a heading names an event; a sentence that sets a deadline instructs.
  if (((rest.includes('Ảnh') || rest.includes('nhiệm kỳ')) && CAPTION.test(rest)) || DEADLINE.test(rest)) return null
  // `Quán triệt Nghị quyết của Đảng về ..., ngày 09 tháng 01 năm 2013, Thủ tướng Chính phủ ban hành
  // ...`: an activity verb opening a clause that a dated one follows after its comma is a clause
  // of purpose, as `Thực hiện ...` is; the report is the dated clause's. (Read after the tests
  // above, which are cheaper: each of its commas is read for a date.)
  if (!EVENT_HEAD_START.test(rest) && afterAside(rest, reference, true) !== null) return null
  // `Hội nghị ... là dịp để đánh giá kết quả 10 năm thực hiện Chỉ thị 05`: a meeting held to assess
  // years of carrying a document out reviews it, whatever its later words name.
  const kind = sessionReviews(rest) || ASSESSED_WORK.test(rest) ? 'review' : classifyEvent(rest, 80)
  return kind === null
    ? null
    : { verb: subjectStart, phrase: subjectStart, kind, passive: true, lead: true, confidence: 0.6 }
}

// `Hội nghị đã đánh giá công tác Đoàn và phong trào thanh niên ...`: a meeting that assessed a
// body's work (not `đánh giá cao`, praise) reviewed it.
const ASSESSED_WORK = /^(?:hội nghị|cuộc họp|phiên họp)\s+(?:đã\s+)?đánh giá\s+(?:kết quả\s+)?công tác(?![\p{L}])/iu

// What makes a sentence that opens with an event's name something else than its report, in its
// first clause: a definition (`Sinh hoạt chuyên đề là ...`), events of every level (`Đại hội
// đảng bộ các cấp trở thành ...`), a body stating its line (`Đại hội ... lần thứ XII (tháng
// 1/2016) khẳng định:`), an activity verb taking a point made before (`Quán triệt quan điểm đó, ...`).
const NOT_A_REPORT =
  /(?=là|các|khẳ|xác|chỉ|nêu|đề|nhấ|dự|cho|đó|này|trê)(?:(?<![\p{L}])(?:là|các cấp|khẳng định|xác định|chỉ rõ|nêu rõ|đề ra|nhấn mạnh|dự báo|cho rằng)(?![\p{L}])|(?<![\p{L}])(?:đó|này|trên)$)/iu

// A photo's caption (`Lễ khai giảng lớp ... - Ảnh: ...`) or a heading that is a congress's name
// and term alone (`Đại hội ... lần thứ II (nhiệm kỳ 2018-2023).`) names an event; it reports none.
const CAPTION = /(?:[-–(]\s*Ảnh\s*:.*|^[^,]*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}\)?\.?)$/u

// A movement's name heading a page (`Học tập và làm theo tấm gương đạo đức Hồ Chí Minh`).
const MOVEMENT = new RegExp(`^[“"]?(?:${MOVEMENT_NAMES.join('|')})(?![\\p{L}])`, 'iu')

// Words of a plan before an event named in passing: `sẽ phát biểu tại Hội nghị`.
const AHEAD = wordPattern(['sẽ', 'dự kiến', 'sắp', 'chuẩn bị', 'chưa'])

// `Phát biểu kết luận của đồng chí ... tại Hội nghị rút kinh nghiệm ...`, `dự và phát biểu chỉ
// đạo Hội nghị Công an toàn quốc`: in a text that reported no event before, the event named
// where a speaker's words were given took place. One event, not a count of them.
function spokenAt(rest: string, whole: string, subjectStart: number, firstMention: number): Trigger | null {
  // Where the first speech word and the first word of a plan stand, each found once: a long
  // sentence is not read again for every `tại` in it.
  const opened = concludedAt(rest, subjectStart)
  if (opened !== null) return opened
  // Read at the first place a speech may name its event: most sentences have none. A sentence with
  // no speech word (SPEECH_BEFORE's, which hold SPOKEN_AT's) names none: each of its `tại` is a
  // place with no speech before it.
  if (!SPOKEN_AT_GATE.admits(whole) || !SPEECH_BEFORE_GATE.admits(whole)) return null
  let speech = -1
  let ahead = -1
  // Read from lastIndex (matchAll copies the expression); nothing the loop calls reads SPOKEN_AT.
  SPOKEN_AT.lastIndex = 0
  for (let m = SPOKEN_AT.exec(rest); m !== null; m = SPOKEN_AT.exec(rest)) {
    if (ahead < 0) {
      speech = SPEECH_BEFORE.exec(rest)?.index ?? rest.length
      ahead = AHEAD.exec(rest)?.index ?? rest.length
    }
    // A speech a cited document records (`Thông báo số 122/TB-VPCP ... về kết luận ... tại cuộc họp`) is its content.
    if (subjectStart + m.index > firstMention || ahead < m.index) return null
    if (m[1] !== undefined && speech >= m.index) continue
    const name = m.index + m[0].length
    // An event's name is read on its first words, not on the rest of a sentence of any length.
    const after = rest.slice(name, name + 400)
    if (!startsWithHead(after) || PLURAL.test(after)) continue
    const named = classifyEvent(after)
    if (named === null) continue
    const kind = named === 'other' && sessionReviews(after) ? 'review' : named
    const at = subjectStart + name
    return { verb: at, phrase: at, kind, passive: true, lead: false, mentioned: true, inPassing: true, confidence: 0.6 }
  }
  return null
}

// `Kết luận hội nghị quán triệt ... diễn ra sáng nay (5/3), ...`: a speech opening the sentence
// at an event that, by the verb of holding in the same sentence, took place.
function concludedAt(rest: string, subjectStart: number): Trigger | null {
  const opening = SPOKEN_OPENING.exec(rest)
  if (opening === null) return null
  const after = rest.slice(opening[0].length, opening[0].length + 400)
  if (!startsWithHead(after) || PLURAL.test(after) || !HAPPENED.test(after.split(/\.(?:\s|$)/u, 1)[0]!)) return null
  const kind = classifyEvent(after)
  if (kind === null) return null
  const at = subjectStart + opening[0].length
  return { verb: at, phrase: at, kind, passive: true, lead: false, mentioned: true, inPassing: true, confidence: 0.6 }
}

// `Kết thúc cuộc thi, Ban tổ chức trao một giải nhất ...`: in a text that reported no event
// before, one event named as over took place; its name runs to the comma.
function endedAt(rest: string, subjectStart: number): Trigger | null {
  const m = ENDED.exec(rest)
  if (m === null) return null
  const name = rest.slice(m[0].length, m[0].length + 120).split(/[,;.]/u, 1)[0]!
  if (!startsWithHead(name) || PLURAL.test(name)) return null
  const kind = classifyEvent(name)
  if (kind === null) return null
  const at = subjectStart + m[0].length
  return { verb: at, phrase: at, kind, passive: true, lead: false, inPassing: true, confidence: 0.5 }
}

// `Tại hội nghị, các đại biểu đã được quán triệt ...`: in a text that reported no event before,
// a report referring back to its event; what the sentence says was done there gives its kind.
// The words are read as the occasion of a cue (`Tại hội nghị,`), so from the sentence's start.
function atTheEvent(text: string): Trigger | null {
  const m = AT_THE_EVENT.exec(text)
  if (m === null) return null
  const name = text.slice(4, m[0].length)
  const done = doneThere(text.slice(m[0].length))
  const kind = doneKind(done, 24) ?? (REPORTED_PERIOD.test(done) ? 'review' : classifyEvent(name))
  if (kind === null) return null
  const at = 4
  return { verb: at, phrase: at, kind, passive: true, lead: false, inPassing: true, confidence: 0.5 }
}

// `Tại Hội nghị sơ kết Hội Nông dân xã đề ra ...`: in a text that reported no event before (an
// excerpt), a sentence opening at an event named by its activity word right after its head tells
// that it took place; a head named by no activity (`Tại Hội nghị Trung ương 4 khóa XII, Đảng ...`,
// history) does not.
const NAMED_ACTIVITY_REACH = 3

function atTheNamedEvent(text: string): Trigger | null {
  const m = AT_THE_NAMED_EVENT.exec(text)
  if (m === null) return null
  const kind = activityKind(text.slice(m[0].length, m[0].length + 80), NAMED_ACTIVITY_REACH)
  if (kind === null) return null
  return { verb: 4, phrase: 4, kind, passive: true, lead: false, inPassing: true, confidence: 0.5 }
}

// `Trong buổi ra quân, đông đảo hội viên ... đã tham gia thu gom rác thải`: in a text that reported
// no event before, an occasion named by its activity word (see OCCASION) took place; a bare head
// (`Tại hội nghị,`) is read by atTheEvent.
function inTheNamedOccasion(text: string, cue: Cue): Trigger | null {
  if (cue.kind !== 'occasion') return null
  const kind = activityKind(text.slice(0, cue.end), NAMED_ACTIVITY_REACH + 2)
  if (kind === null) return null
  return { verb: 0, phrase: 0, kind, passive: true, lead: false, inPassing: true, confidence: 0.5 }
}

// `Tại đây các đại biểu ... được nghe qua báo cáo công tác ... năm 2018 và 8 tháng đầu năm 2019`: in
// a text that reported no event before (an excerpt), a report referring back to an event told
// before the passage; what was done there gives its kind, a report on a past period's work a review.
function atHere(text: string): Trigger | null {
  const m = AT_HERE.exec(text)
  if (m === null) return null
  const done = doneThere(text.slice(m[0].length))
  const kind = doneKind(done, 24) ?? (REPORTED_PERIOD.test(done) ? 'review' : null)
  if (kind === null) return null
  return { verb: 0, phrase: 0, kind, passive: true, lead: false, inPassing: true, confidence: 0.5 }
}

// `Tại Đại hội Đảng bộ huyện Ia Grai, đồng chí ... tái đắc cử Bí thư Huyện ủy`: in a text that
// reported no event before, the event named where someone was elected took place.
function electedAt(text: string): Trigger | null {
  const m = ELECTED_AT.exec(text)
  if (m === null || !startsWithHead(m[1]!) || PLURAL.test(m[1]!)) return null
  const kind = classifyEvent(m[1]!)
  if (kind === null) return null
  const at = 4
  return { verb: at, phrase: at, kind, passive: true, lead: false, inPassing: true, confidence: 0.5 }
}

// `Chi đoàn ... vận động các bạn đoàn viên đăng ký tham gia dự thi vào sáng ngày 20/3/2015`: in a
// text that reported no event before, a contest entered on a written day took place then; those
// who sent entrants did not hold it.
function enteredOn(rest: string, whole: string, masked: (to: number) => string, subjectStart: number): Trigger | null {
  const m = ENTERED_ON_GATE.admits(whole) ? ENTERED_ON.exec(rest) : null
  if (m === null) return null
  if (PLANNED.test(masked(subjectStart + m.index).slice(subjectStart, subjectStart + m.index))) return null
  const at = subjectStart + m.index + m[0].length
  return {
    verb: at,
    phrase: at,
    kind: 'contest',
    passive: true,
    lead: false,
    mentioned: true,
    inPassing: true,
    confidence: 0.5,
  }
}

// `... thông tin về cuộc họp của Bộ Chính trị ngày 18 và 19-9, do đồng chí Tổng Bí thư ... chủ trì,
// để cho ý kiến ...`: in a text that reported no event before, a meeting named with its day and
// the one who chaired it took place that day.
function chairedOn(rest: string, whole: string, masked: (to: number) => string, subjectStart: number): Trigger | null {
  const m = CHAIRED_ON_GATE.admits(whole) ? CHAIRED_ON.exec(rest) : null
  if (m === null || PLURAL.test(m[1]!)) return null
  if (PLANNED.test(masked(subjectStart + m.index).slice(subjectStart, subjectStart + m.index))) return null
  const kind = classifyEvent(m[1]!)
  if (kind === null) return null
  const at = subjectStart + m.index
  return { verb: at, phrase: at, kind, passive: true, lead: false, mentioned: true, inPassing: true, confidence: 0.5 }
}

// `Nhằm triển khai ... Kết luận số 84-KL/TW ..., ngày 8/8, tại Hà Nội, đồng chí ..., Trưởng Ban
// Tuyên giáo Trung ương đã`: in a text that reported no event before, a teaser cut off after its
// subject's `đã`, a day written before it, reports something done that day, of a kind not told.
function cutBeforeVerb(rest: string, masked: (to: number) => string, subjectStart: number): Trigger | null {
  const trimmed = rest.trimEnd()
  // The expression is anchored at the end but tried at every offset: a text that does not end
  // with its words is not read.
  if (!trimmed.endsWith('đã') && !trimmed.endsWith('vừa')) return null
  const m = CUT_BEFORE_VERB.exec(trimmed)
  if (m === null) return null
  const verb = subjectStart + m.index + 1
  if (!dayWritten(masked(verb).slice(subjectStart, verb)) || PLANNED.test(masked(verb).slice(subjectStart, verb)))
    return null
  return { verb, phrase: verb, kind: 'other', passive: false, lead: false, inPassing: true, confidence: 0.4 }
}

// `Đúng dịp kỷ niệm ..., Đảng bộ huyện có 44 đảng viên được tặng huy hiệu Đảng`: in a text that
// reported no event before, honours received on an occasion (or a dated day) were handed at their
// award ceremony; none is written as its organiser.
function honoured(
  rest: string,
  whole: string,
  masked: (to: number) => string,
  cue: Cue,
  subjectStart: number,
): Trigger | null {
  const m = HONOUR_RECEIVED_GATE.admits(whole) ? HONOUR_RECEIVED.exec(rest) : null
  if (m === null) return null
  const before = rest.slice(0, m.index)
  if (undated(cue) && !HONOUR_OCCASION.test(before)) return null
  if (PLANNED.test(masked(subjectStart + m.index).slice(subjectStart, subjectStart + m.index))) return null
  const at = subjectStart + m.index
  return {
    verb: at,
    phrase: at,
    kind: 'ceremony',
    passive: true,
    lead: false,
    inPassing: true,
    ...(undated(cue) ? { occasion: true as const } : {}),
    confidence: 0.5,
  }
}

// What the fillers between an organiser and its verb end with, in either case: their ends are
// compared, not searched for (an expression anchored at the end is tried at every offset), and
// most subjects end otherwise and are not compared.
const FILLER_ENDS = new Set(FILLERS.flatMap((w) => [w.charCodeAt(w.length - 1), w.at(-1)!.toUpperCase().charCodeAt(0)]))

function dropFiller(s: string): string {
  if (s.length === 0 || !FILLER_ENDS.has(s.charCodeAt(s.length - 1))) return s
  for (const w of FILLERS)
    if (endsWithLower(s, w))
      // `Ban Tổ chức` is a body, not `Ban` and then the holding verb.
      return nounBefore(s, s.length - w.length) ? s : s.slice(0, s.length - w.length).trim()
  return s
}

// A round-up item's marker (an asterisk or a bullet before a space), as ROUND_UP_MARK: a dash or a
// plus opens a document's list of tasks, whose undated items report nothing (no subject is read).
const LIST_MARKER = /^\s*[*•]\s+/u

// Phrases of place, time or purpose that open a clause before its subject (`Ở cơ sở, ...`).
const ADVERBIAL =
  /^(?:tại|ở|trong|về|với|theo|để|sau|trước|từ|qua|nhân|nhằm|thực hiện|vừa qua|mới đây|gần đây|thời gian qua|hôm qua|đến nay|những ngày qua|những năm qua|năm qua|từ đầu năm)(?![\p{L}])/iu
// Verbs and adverbs that no organisation's name holds: a subject read with them is a clause.
const NOT_IN_A_NAME = wordPattern(['cũng', 'đã', 'đang', 'sẽ', 'được', 'bị', 'là', 'thì'], 'u')

const LED_BY =
  /\s+do\s+(?:đồng chí|ông|bà|đ\/c|(?:thượng|đại|trung|thiếu)\s+(?:tướng|tá|úy|uý)|(?:pgs|gs|ts|ths)\.?)\s/iu
const WITH_OTHERS = /\s+(?:phối hợp với|phối hợp cùng|phối hợp|cùng với|kết hợp với|chủ trì,? phối hợp)(?![\p{L}])/iu
const SEGMENT_BREAK = /,\s+/u
const holdsDo = (s: string) => s.includes('do') || s.includes('Do') || s.includes('DO') || s.includes('dO')
const AT_PLACE = /^tại\s/iu
const BRACKETED_END = /\s*\([^()]{1,40}\)\s*$/u
const COLLECTIVE = new RegExp(`^(?:${COLLECTIVES.join('|')})\\s+(?=\\p{Lu})`, 'iu')
// Words that open no organiser: purposes, events, and a verb of directing opening an item of a
// list of what was done (`Chỉ đạo và tổ chức thành công Đại hội Nông dân ...`).
// An occasion opening the sentence (`Nhân dịp kỷ niệm 63 năm Ngày thầy thuốc Việt Nam ...`) is no body either.
const NOT_A_SUBJECT =
  /^(?:thực hiện|nhằm|để|theo|hội nghị|buổi|lớp|chỉ đạo|nhân dịp|nhân kỷ niệm|nhân kỉ niệm|kỷ niệm|kỉ niệm|chào mừng|hướng tới|hưởng ứng)(?![\p{L}])/iu

// A unit's name, its unit word in any case (`Thành phố Hải Phòng`, `tỉnh Long An`, `TP Vinh`), its
// name capitalised; a unit's committee or union (`Tỉnh ủy`, `Thành đoàn`, `Huyện Đoàn`) is a body.
const UNIT_WORD =
  /^(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|đặc khu|TP\.?)\s*(?!(?:ủy|uỷ|đoàn|hội|đội)(?![\p{L}]))/iu
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u
function isUnitName(part: string): boolean {
  const word = UNIT_WORD.exec(part)
  return word !== null && CAPITAL_OR_DIGIT.test(part.slice(word[0].length))
}

// Whether the last of `segments` is a unit's name that goes on with a place stated before it
// (`Tại Đồ Sơn`, `Thành phố Hải Phòng`), possibly through other units' names.
function placeGoesOn(segments: readonly string[]): boolean {
  for (let k = segments.length - 1; k >= 0; k--) {
    const part = segments[k]!.trim()
    if (AT_PLACE.test(part)) return k < segments.length - 1
    if (!isUnitName(part) || spaced(part) > 6) return false
  }
  return false
}

// A link after a semicolon that goes on with the same subject: `đồng thời`, `sau đó`, `tiếp đó`.
const SAME_SUBJECT_LINK = /^(?:đồng thời|sau đó|tiếp đó|tiếp theo đó)(?:\s+(?:cũng|đã))?$/iu

// How many words a subject listing three bodies or more may hold.
const LONGEST_LIST = 32

const DELEGATION = /(?:^|\s)(đoàn (?:công tác|kiểm tra|giám sát|khảo sát)(?![\p{L}])[^,;]*)$/u

// The organiser and location written between the time cue and the verb:
// `tại Hội trường A, Trường Chính trị tỉnh phối hợp với Ban Tuyên giáo Tỉnh ủy`.
type Subject = Readonly<{ organizer: string | null; location: string | null }>

// The subjects last read, by region: a reporting verb's subject is read to find the report, and
// read again for its event.
const subjects: Array<{ region: string; subject: Subject }> = []
const SUBJECTS_KEPT = 2

function readSubject(region: string): Subject {
  for (const s of subjects) if (s.region === region) return s.subject
  const subject = readSubjectOnce(region)
  if (subjects.length === SUBJECTS_KEPT) subjects.shift()
  subjects.push({ region, subject })
  return subject
}

function readSubjectOnce(region: string): Subject {
  // A list's marker opening the item (`* Hội CCB quận Thanh Khê vừa tổ chức ...`) is no part of it.
  let s = LIST_MARKER.test(region) ? region.replace(LIST_MARKER, '') : region
  // LED_BY reads `do` (in any case: no other letters fold to these), which most subjects lack.
  const by = holdsDo(s) ? LED_BY.exec(s) : null
  if (by !== null) s = s.slice(0, by.index)
  const co = WITH_OTHERS.exec(s)
  if (co !== null) s = s.slice(0, co.index)
  // A semicolon ends a clause: the subject of the verb stands after the last one, unless that
  // clause opens with a link that keeps the subject before it (`Đảng ủy và Ban Giám đốc bệnh viện
  // trao tặng hoa ...; đồng thời tổ chức Họp mặt ...`): the body opening the clause before holds it.
  const semicolon = s.lastIndexOf(';')
  if (semicolon >= 0 && SAME_SUBJECT_LINK.test(s.slice(semicolon + 1).trim())) {
    const before = s.slice(0, semicolon)
    const body = titleSubject(before.slice(before.lastIndexOf(', ') + 1).trim())
    if (body !== null) return { organizer: body, location: null }
  }
  s = withoutPartner(s.slice(semicolon + 1).trim())
  for (let k = 0; k < 3; k++) s = dropFiller(s)
  // A delegation is named in lower case, and after the person who leads it: `đồng chí X cùng
  // đoàn công tác của Tỉnh ủy`.
  const delegation = s.includes('đoàn ') ? DELEGATION.exec(s) : null
  if (delegation !== null) return { organizer: delegation[1]!, location: null }
  const segments = s.includes(',') ? s.split(SEGMENT_BREAK) : [s]
  // `tại Hội trường UBND huyện Huyện ủy X`: the place and the subject, no comma between them.
  const joined = placeThenBody(segments.at(-1)?.trim() ?? '')
  if (joined !== null) segments.splice(-1, 1, `tại ${joined.place}`, joined.body)
  let organizer = withPlaceAppositions(withoutMembers(withoutTimeInWords(segments.pop()?.trim() ?? '')), segments)
  // Several bodies written as one organiser: `Huyện ủy, HĐND, UBND, Ủy ban MTTQ huyện X`; a unit's
  // name right after the place (`Tại Đồ Sơn, Thành phố Hải Phòng, Đoàn ...`) is the place's.
  let listed = 0
  while (segments.length > 0) {
    const last = segments[segments.length - 1]!.trim()
    if (placeGoesOn(segments)) break
    if (!listedBody(last) && (spaced(last) > 3 || !isUpperStart(last) || ADVERBIAL.test(last))) break
    organizer = `${segments.pop()!.trim()}, ${organizer}`
    listed++
  }
  const at = segments.findIndex((x) => AT_PLACE.test(x))
  const location =
    at >= 0
      ? segments
          .slice(at)
          .join(', ')
          .replace(/^tại\s+/iu, '')
          .trim()
      : null
  if (organizer.includes(')') && !endsWithPlace(organizer)) organizer = organizer.replace(BRACKETED_END, '').trim()
  organizer = firstOfLongList(organizer.replace(COLLECTIVE, ''))
  const valid =
    (isUpperStart(organizer) || opensLowerCaseBody(organizer)) &&
    // a list of bodies names each one short (`Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh X`)
    spaced(organizer) <= (listed + dashListedBodies(organizer) >= 2 ? LONGEST_LIST : 20) &&
    !NOT_A_SUBJECT.test(organizer) &&
    !NOT_IN_A_NAME.test(organizer)
  return { organizer: valid ? organizer : null, location: location === '' ? null : location }
}

// The organiser named after `do` in a sentence about an event; a person (`do đồng chí ...`) is no organiser.
function organizerAfterDo(text: string): string | null {
  const m = HELD_BY.exec(text)
  if (m === null || /^(?:Đồng chí|Ông|Bà|Đ\/c)\s/u.test(m[1]!)) return null
  return readSubject(m[1]!).organizer
}

const AT_PLACE_AFTER = /(?=tại)(?<![\p{L}])tại\s+([^,;.“”"]{2,80}?)(?=,|\.|;|\s+(?:với|nhằm|cho|về|để|có|từ|vào)\s|$)/u

function locationAfter(text: string): string | null {
  // Most texts name no place: the clause is cut and read only where `tại` is written.
  if (!text.includes('tại')) return null
  const clause = text.split(/[;.]/u, 1)[0] ?? ''
  const m = clause.includes('tại') ? AT_PLACE_AFTER.exec(clause) : null
  return m === null ? null : m[1]!.trim()
}

// The kinds of the events read so far, as a set, made again only when an event was added or
// changed its kind since the set was last made (most sentences add none).
function keptKinds(): (events: readonly FoundEvent[]) => ReadonlySet<EventKind> {
  let made: EventKind[] = []
  let set = new Set<EventKind>()
  return (events) => {
    let same = made.length === events.length
    for (let i = 0; same && i < events.length; i++) same = events[i]!.kind === made[i]
    if (!same) {
      made = events.map((e) => e.kind)
      set = new Set(made)
    }
    return set
  }
}

/**
 * Reads the events reported by the body `sentences` (in order), linking the directives cited in
 * them (`mentionsBySentence[i]` for sentence `i`). A `title` that reports an event (`Chi bộ ... tổ
 * chức sinh hoạt chuyên đề quý II năm 2024`, `Sinh hoạt chuyên đề “Tháng 5 nhớ Bác”`) gives it
 * when the body reports none (an excerpt, a teaser); its `sentence` is then -1.
 */
export function findEvents(
  sentences: Piece[],
  mentionsBySentence: ResolvedMention[][],
  reference: string | undefined,
  title: Piece | null = null,
  sourcedLead = false,
): FoundEvent[] {
  const reading: Reading = {
    events: [],
    codes: new Map(),
    citing: new Map(),
    lastDated: null,
    inPassing: new Set(),
    plannedHeads: new Set(),
    rites: [],
    closed: new Map(),
  }
  // A page may print its lead twice (under the title and again as the first paragraph): one report.
  // Few sentences report: they are compared as they are, not hashed as a set's keys would be.
  const reported: string[] = []
  const kinds = keptKinds()
  const quoted = insideQuotes(sentences)
  // Whether each sentence may hold the words addDatedLaunches and addAppositeMeetings read, asked
  // of the gates while the sentence's folded pairs are at hand (its reading asks gates too), not
  // looked for in every sentence again once all are read.
  const mayLaunch: boolean[] = []
  const mayAppose: boolean[] = []
  // The cue of each sentence as written, read once: it is asked as the sentence before the next
  // one (cueSentence) and for its own report.
  const cues: Cue[] = []
  const cueOf = (i: number): Cue => {
    let cue = cues[i]
    if (cue === undefined) {
      cue = readCue(sentences[i]!.text, reference)
      cues[i] = cue
    }
    return cue
  }
  sentences.forEach((written, index) => {
    mayLaunch.push(LAUNCHED_ON_GATE.admits(written.text))
    mayAppose.push(APPOSED_GATE.admits(written.text))
    const cueBefore = index > 0 ? cueSentence(sentences, index, cueOf) : null
    const sentence = cueBefore ?? written
    const mentions =
      cueBefore === null
        ? (mentionsBySentence[index] ?? [])
        : [...(mentionsBySentence[index - 1] ?? []), ...(mentionsBySentence[index] ?? [])]
    if (reported.includes(sentence.text)) return
    const cue = cueBefore === null ? cueOf(index) : readCue(sentence.text, reference)
    // A speaker's quoted words that go on past a sentence (`... chia sẻ: "Chúng tôi ... Kết thúc
    // năm học, Trường tổ chức hội thi ..."`) tell of a practice unless they give a day.
    const speech = quoted[index] === true && cue.kind !== 'date'
    if (!speech) addCeremonyBefore(reading, sentence, index)
    const report = speech
      ? null
      : (readReport(sentence, cue, mentions, reference, kinds(reading.events), sourcedLead && index === 0) ??
        namedOccasion(sentence.text, reading))
    const before = reading.events.length
    const head = report === null || report.trigger.lead ? openingHead(sentence.text) : null
    if (report === null && head !== null && AHEAD_OF_IT.test(sentence.text)) reading.plannedHeads.add(head)
    // A report that names neither who held it nor when tells more of the event before; a sentence
    // that opens with the head of an event told as planned tells more of the plan.
    const ofPlan = report !== null && head !== null && reading.plannedHeads.has(head)
    if (report === null || ofPlan || !addEvent(reading, report, sentence, index, mentions, reference)) {
      readFollowUp(reading, sentence, index, mentions)
      addRite(reading, sentence, index)
    } else {
      reported.push(sentence.text)
      if (before === 0 && index > 0) {
        addHeldUnder(reading, sentences[index - 1]!, mentionsBySentence[index - 1] ?? [])
        kindNamedBefore(reading.events[0]!, sentence.text, sentences[index - 1]!.text)
      }
    }
  })
  if (reading.events.length === 0 && title !== null) {
    const report = readReport(title, readCue(title.text, reference), [], reference, new Set())
    if (report !== null && !plannedInBody(title.text.slice(report.trigger.phrase), sentences))
      addEvent(reading, report, title, -1, [], reference)
  }
  dropHeadline(reading, sentences)
  joinSittings(reading)
  addClosed(reading)
  addDatedLaunches(reading, sentences, reference, mayLaunch)
  addAppositeMeetings(reading, sentences, reference, mayAppose)
  if (title !== null && reading.events.length > 0) addTitleAct(reading, title)
  for (const rite of reading.rites) {
    if (reading.events.some((e) => e.kind === rite.kind)) continue
    const after = reading.events.findIndex((e) => e.sentence > rite.sentence)
    reading.events.splice(after < 0 ? reading.events.length : after, 0, rite)
  }
  for (const e of reading.events) {
    e.directives = [...(reading.codes.get(e) ?? [])]
    // Kind stage, once the directives are known: a reporters' conference that cites one disseminates it.
    if (e.directives.length > 0) e.kind = reading.citing.get(e) ?? e.kind
  }
  return reading.events
}

// `Chiều ngày 18/5/2023 tại Hội trường xã Minh Tân. BCH Đảng bộ xã Minh Tân tổ chức Lễ trao tặng
// ...`: a sentence of a time cue and a place alone, in the same paragraph, is the cue of the next
// one, which gives none of its own. The two are read as one sentence, its stop read as a comma, each
// character where the page has it (so mentions keep their places).
// A verb in what follows the cue makes the sentence a report (`Sáng 12/9, tại Hội trường Huyện ủy đã
// diễn ra Hội nghị ...`), not a cue alone.
const REPORTED_IN_PLACE = /(?<![\p{L}])(?:đã|vừa|diễn ra|tổ chức|được|khai mạc)(?![\p{L}])/iu
const CUE_ALONE_REST = /^\s*(?:,\s*)?(?:tại\s+[^.;:,]{2,80})?\.\s*$/iu

// The sentence at `index` of `sentences` read with the one before it as its cue, or null; `cueOf`
// gives each sentence's own cue.
function cueSentence(sentences: readonly Piece[], index: number, cueOf: (i: number) => Cue): Piece | null {
  const before = sentences[index - 1]!
  const sentence = sentences[index]!
  const gap = sentence.start - before.end
  if (gap < 0 || gap > SAME_PARAGRAPH || before.text.length > 160) return null
  const cue = cueOf(index - 1)
  const rest = before.text.slice(cue.end)
  if (cue.kind !== 'date' || !CUE_ALONE_REST.test(rest) || REPORTED_IN_PLACE.test(rest)) return null
  if (cueOf(index).kind !== 'none') return null
  const stop = before.text.lastIndexOf('.')
  const text = `${before.text.slice(0, stop)},${before.text.slice(stop + 1)}${' '.repeat(gap)}${sentence.text}`
  return { start: before.start, end: sentence.end, text }
}

// A quotation a speaker opens (`chia sẻ: "`, `cho biết: “`; read by quoteOpened as `/:\s*["“]/u`)
// and has not closed by a sentence's end.
// Sentences of one paragraph follow each other after one space.
const SAME_PARAGRAPH = 1

/** For each sentence, whether it starts inside a speaker's quotation opened in a sentence before it. */
function insideQuotes(sentences: readonly Piece[]): boolean[] {
  const inside: boolean[] = []
  let open = false
  let previousEnd = -1
  for (const s of sentences) {
    if (s.start - previousEnd > SAME_PARAGRAPH) open = false
    inside.push(open)
    if (!open) {
      const at = quoteOpened(s.text)
      open = at >= 0 && !closesQuote(s.text, at)
    } else open = !closesQuote(s.text, 0)
    previousEnd = s.end
  }
  return inside
}

// The head an event's name opens a sentence with (`Hội nghị do Ban Bí thư ... dự kiến tổ chức
// ngày 7/2/2026`, `Hội nghị cũng được phát trực tiếp ...`), lower case: what refers back to it.
function openingHead(text: string): string | null {
  // Most sentences open with none, as their reading found (kept by startsWithHead).
  if (!startsWithHead(text)) return null
  const m = EVENT_NAME_START.exec(text)
  return m === null ? null : m[0].replace(/^[“"]\s?/u, '').toLowerCase()
}

// `Ngay sau lễ phát động, đoàn viên ... đã tổ chức buổi chăm sóc tuyến đường hoa`: a sentence that
// opens after a ceremony named by what it did tells that the ceremony took place, before what the
// sentence reports; an event of its own when none of its kind was reported. A bare `Sau lễ,` or
// An event known only from a passing mention (a ceremony the next sentence opens after, a launch
// dated after what it launched): no organiser, place or directives of its own, half a report's confidence.
function mentionedEvent(
  kind: EventKind,
  title: FoundEvent['title'],
  date: FoundEvent['date'],
  sentence: number,
  span: FoundEvent['span'],
): FoundEvent {
  return {
    kind,
    title,
    date,
    yearless: null,
    dateInferred: false,
    dateConfidence: 1,
    follows: null,
    organizer: null,
    location: null,
    directives: [],
    sentence,
    span,
    confidence: 0.5,
  }
}

// `Sau buổi lễ,` refers back to one reported (see OCCASION).
const AFTER_CEREMONY = /^(?:Ngay\s+)?[Ss]au\s+(?:buổi\s+)?lễ\s+([^,;.]{2,60}),/u

function addCeremonyBefore(reading: Reading, sentence: Piece, index: number): void {
  const m = AFTER_CEREMONY.exec(sentence.text)
  if (m === null) return
  const kind = activityKind(m[1]!)
  if (kind === null || reading.events.some((e) => e.kind === kind)) return
  const at = m[0].indexOf('lễ')
  const ceremony = mentionedEvent(kind, eventTitle(sentence.text.slice(at, m[0].length - 1)), null, index, {
    start: sentence.start + at,
    end: sentence.start + m[0].length - 1,
  })
  reading.events.push(ceremony)
  reading.codes.set(ceremony, new Set())
}

// `Tháng 9: Tổ chức Hội thi báo cáo viên giỏi ở cấp huyện` over a body that tells of the contest
// only as planned (`Hội thi cấp tỉnh dự kiến tổ chức trong tháng 10`, `gửi hồ sơ ... trước ngày
// 30-9`): the title announces a plan, not a report. The event is known by its first two words.
function plannedInBody(phrase: string, sentences: readonly Piece[]): boolean {
  const name = eventWords(phrase, 2).join(' ')
  if (name.length === 0) return false
  return sentences.some((s) => {
    const text = s.text.toLowerCase()
    return text.includes(name) && (AHEAD_OF_IT.test(s.text) || DEADLINE.test(s.text))
  })
}
// Holding put ahead (`dự kiến tổ chức`, `sẽ diễn ra`), not the duties and habits PLANNED also reads
// (`cần`, `phải`, `để`) nor another step planned (`chi bộ sẽ bàn về ...`).
const AHEAD_OF_IT = /(?=dự|sẽ|sắp)(?<![\p{L}])(?:dự kiến|sẽ|sắp)\s+(?:được\s+)?(?:tổ chức|diễn ra)(?![\p{L}])/iu

// `... là sự tiếp nối các tủ sách “...” ra mắt tháng 11/2021; Tủ sách ..., ra mắt tháng 12/2021`:
// a launch verb after what was launched and before a day or a month dates each launch, of no
// organiser written; not one planned, nor one already reported on that date.
// The launch verbs a dated launch is read after (LAUNCH_DATED's words), as written.
const LAUNCHED_ON_GATE = wordGate(LAUNCHED_ON)

function addDatedLaunches(
  reading: Reading,
  sentences: readonly Piece[],
  reference: string | undefined,
  mayHold: readonly boolean[],
): void {
  sentences.forEach((sentence, index) => {
    const text = sentence.text
    if (!mayHold[index]) return
    if (!LAUNCHED_ON.some((w) => text.includes(w))) return
    // Read from lastIndex (matchAll copies the expression); nothing the loop calls reads LAUNCH_DATED.
    LAUNCH_DATED.lastIndex = 0
    for (let m = LAUNCH_DATED.exec(text); m !== null; m = LAUNCH_DATED.exec(text)) {
      const clause = text.slice(text.lastIndexOf(';', m.index) + 1, m.index)
      if (PLANNED.test(clause)) continue
      const cue = readCue(text.slice(m.index + m[0].length), reference)
      if (cue.kind !== 'date' || cue.date === null) continue
      if (reading.events.some((e) => e.kind === 'launch' && sameDate(e.date, cue.date))) continue
      const at = m.index
      const launch = mentionedEvent('launch', eventTitle(text.slice(at)), cue.date, index, {
        start: sentence.start + at,
        end: sentence.start + at + m[0].length,
      })
      const after = reading.events.findIndex((e) => e.sentence > index)
      reading.events.splice(after < 0 ? reading.events.length : after, 0, launch)
      reading.codes.set(launch, new Set())
    }
  })
}

// `... kết quả Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng Khóa XI, họp từ ngày 08 đến ngày
// 14/5/2014, tại thủ đô Hà Nội`: a meeting named with its sitting days in apposition took place
// then (a plenum or a congress whose results are made known); not one planned, nor one already
// reported on that date. Sentences without the verb after a comma are not searched.
const APPOSED_VERBS = [', họp ', ', diễn ra ', ', được tổ chức ']
const APPOSED_GATE = wordGate(APPOSED_VERBS)
const APPOSED_MEETING =
  /(?<![\p{L}])((?:Hội nghị|Đại hội|Kỳ họp|Hội thảo)\s[^,;.:“”"]{2,160}),\s+(?:họp|diễn ra|được tổ chức)\s+(?=(?:từ\s+)?ngày\s)/gu

function addAppositeMeetings(
  reading: Reading,
  sentences: readonly Piece[],
  reference: string | undefined,
  mayHold: readonly boolean[],
): void {
  sentences.forEach((sentence, index) => {
    const text = sentence.text
    if (!mayHold[index] || !APPOSED_VERBS.some((v) => text.includes(v))) return
    // Read from lastIndex (matchAll copies the expression); nothing the loop calls reads APPOSED_MEETING.
    APPOSED_MEETING.lastIndex = 0
    for (let m = APPOSED_MEETING.exec(text); m !== null; m = APPOSED_MEETING.exec(text)) {
      const clause = text.slice(text.lastIndexOf(';', m.index) + 1, m.index)
      if (PLANNED.test(clause) || AHEAD.test(m[0])) continue
      const rest = text.slice(m.index + m[0].length)
      const cue = readCue(rest, reference)
      if (cue.kind !== 'date' || cue.date === null || cue.date.precision !== 'day') continue
      const kind = classifyEvent(m[1]!)
      if (kind === null || reading.events.some((e) => e.kind === kind && sameDate(e.date, cue.date))) continue
      const meeting = mentionedEvent(kind, eventTitle(m[1]!), cue.date, index, {
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
      })
      meeting.location = locationAfter(rest.slice(cue.end))
      const after = reading.events.findIndex((e) => e.sentence > index)
      reading.events.splice(after < 0 ? reading.events.length : after, 0, meeting)
      reading.codes.set(meeting, new Set())
    }
  })
}

// A title that opens with a launch (`Phát động phong trào thi đua yêu nước năm 2023`) over a body
// that reports one event of another kind (the conference at which it was launched): the launch
// was made there.
function addTitleAct(reading: Reading, title: Piece): void {
  const act = LAUNCH_AT.exec(title.text)
  if (act === null || act.index !== 0 || reading.events.length !== 1 || reading.rites.length > 0) return
  const [event] = reading.events
  if (event!.kind === 'launch') return
  reading.rites.push(actAt(event!, 'launch', title, event!.sentence, act))
}

// `Tại lễ tổng kết và trao giải, Ban tổ chức ...` after the report of a contest: a ceremony
// named by what it does, of a kind the text has not reported, took place (its award ceremony).
const AT_NAMED_CEREMONY = /^Tại\s+(?:buổi\s+)?lễ\s+([^,;.]{2,60}),/u

function namedOccasion(text: string, reading: Reading): Report | null {
  const m = AT_NAMED_CEREMONY.exec(text)
  if (m === null) return null
  const kind = activityKind(m[1]!)
  if (kind === null || reading.events.some((e) => e.kind === kind)) return null
  return {
    trigger: { verb: 4, phrase: 4, kind, passive: true, lead: false, inPassing: true, confidence: 0.5 },
    cue: { kind: 'none', end: 0, date: null },
    subjectStart: 0,
    subjectBeforeDate: null,
  }
}

/**
 * A body's sittings on one day (`Chiều nay (7/5), Ban Chấp hành Trung ương Đảng làm việc tại tổ
 * ...`, `trong buổi sáng ngày 7/5, Ban Chấp hành Trung ương Đảng làm việc tại Hội trường ...`) are
 * one event: a later sitting of the same organiser on the same day is the first one's.
 */
const SITTING = new RegExp(`^(?:${SITTING_WORDS.join('|')})(?![\\p{L}])`, 'iu')

function joinSittings(reading: Reading): void {
  const key = (e: FoundEvent) =>
    e.kind !== 'conference' || e.organizer === null || e.date?.precision !== 'day' || !SITTING.test(e.title ?? '')
      ? null
      : `${e.organizer} ${e.date.year}-${e.date.month}-${e.date.day}`
  const first = new Map<string, FoundEvent>()
  reading.events = reading.events.filter((e) => {
    const k = key(e)
    if (k === null) return true
    const kept = first.get(k)
    if (kept === undefined) {
      first.set(k, e)
      return true
    }
    for (const code of reading.codes.get(e) ?? []) reading.codes.get(kept)?.add(code)
    return false
  })
}

/**
 * A closing ceremony (`Tối 25.11, bế mạc Hội thi ...`, `lễ bế giảng lớp bồi dưỡng ...`) tells that
 * the contest or course it closed took place before it: an event of that kind, by the same
 * organiser, undated, when the text reports none of that kind.
 */
function addClosed(reading: Reading): void {
  for (const [ceremony, kind] of reading.closed) {
    if (reading.events.some((e) => e.kind === kind)) continue
    const at = reading.events.indexOf(ceremony)
    if (at < 0) continue
    const closed: FoundEvent = {
      ...ceremony,
      kind,
      date: null,
      yearless: null,
      follows: 'earlier',
      confidence: 0.5,
    }
    reading.events.splice(at, 0, closed)
    reading.codes.set(closed, new Set(reading.codes.get(ceremony)))
  }
}

/**
 * A headline reports the event its lead then reports with a date: the article's first sentence
 * (a title or summary line the page prints in its text) or a line in capitals (a heading printed
 * after site chrome) reporting an undated event, or an
 * undated event first named in passing (a quoted speech `tại Hội nghị ...`), when a later report
 * of the same kind is dated and names the same organiser or the first names none, is that
 * report's headline, not an event of its own.
 */
function dropHeadline(reading: Reading, sentences: readonly Piece[]): void {
  const first = reading.events[0]
  const dated = (e: FoundEvent) => e.date !== null || e.yearless !== null
  if (first === undefined || dated(first)) return
  const heading = first.sentence === 0 || inCapitals(sentences[first.sentence]?.text ?? '')
  if (!heading && !reading.inPassing.has(first)) return
  const lead = reading.events.find(
    (e) =>
      e !== first &&
      e.kind === first.kind &&
      dated(e) &&
      // one told as earlier (`Trước đó, ngày 26/5, ...`) is another event, not the one the headline tells
      e.follows !== 'earlier' &&
      (first.organizer === null || e.organizer === null || samePlace(e.organizer, first.organizer)),
  )
  if (lead === undefined) return
  for (const code of reading.codes.get(first) ?? []) reading.codes.get(lead)?.add(code)
  reading.events.shift()
}

// A headline names its organiser shorter than its lead does (`Đảng bộ phường Mỹ Quý` over `Ban
// Thường vụ Đảng ủy phường Mỹ Quý`): the same body when both end in the same place's name (their
// last two words, the length of most names of places).
function samePlace(a: string, b: string): boolean {
  if (a === b) return true
  const tail = (s: string) => s.split(/\s+/u).slice(-2).join(' ').toLowerCase()
  return a.split(/\s+/u).length > 2 && b.split(/\s+/u).length > 2 && tail(a) === tail(b)
}

// A line written in capitals (`BUỔI NÓI CHUYỆN CHUYÊN ĐỀ ...`) is a heading wherever the page
// prints it, not only first: a letter in lower case makes it a sentence.
const LOWER_LETTER = /\p{Ll}/u
const inCapitals = (text: string) => !LOWER_LETTER.test(text)

/** The events read so far from an article's sentences. */
type Reading = {
  events: FoundEvent[]
  /** Each event's directive codes, in the order first met. */
  codes: Map<FoundEvent, Set<string>>
  /** The kind of an event whose kind changes when its report cites a directive. */
  citing: Map<FoundEvent, EventKind>
  /** The date of the last dated event, which `Cùng ngày` and `Nhân dịp này` refer to. */
  lastDated: PartialDate | null
  /** Events named in passing (where a speaker's words were given), not reported. */
  inPassing: Set<FoundEvent>
  /** The heads (`hội nghị`) of events a sentence opened with and told as planned (`dự kiến tổ chức`). */
  plannedHeads: Set<string>
  /** Ceremonies of rites performed at an event (`dâng hương`), which carry no directive. */
  rites: FoundEvent[]
  /** Closing ceremonies, each with the kind of what it closed. */
  closed: Map<FoundEvent, EventKind>
}

/** A sentence read as the report of an event. */
type Report = {
  trigger: Trigger
  cue: Cue
  /** Where the subject starts: after the time cue. */
  subjectStart: number
  /** A subject written before a date in mid-sentence (`Đoàn giám sát ... ngày 15/3 đã làm việc`). */
  subjectBeforeDate: string | null
}

// The time cue and the words that report an event, when the sentence reports one (`sentenceCue`:
// the cue its start gives); a sentence with no cue before its verb may give its date in
// mid-sentence, after the subject.
function readReport(
  sentence: Piece,
  sentenceCue: Cue,
  mentions: ResolvedMention[],
  reference: string | undefined,
  reported: ReadonlySet<EventKind>,
  lead = false,
): Report | null {
  const text = sentence.text
  let cue = sentenceCue
  const masked = maskMentions(sentence, mentions)
  const firstMention = mentions.length === 0 ? text.length : mentions[0]!.start - sentence.start
  const presided =
    opensPresiding(text, cue.end) && PRESIDED.test(text.slice(cue.end, cue.end + 40))
      ? afterPresiding(text, masked, cue, reported, firstMention, reference)
      : null
  let subjectStart = presided?.subjectStart ?? cue.end
  let trigger = presided?.trigger ?? findTrigger(text, masked, cue, subjectStart, reported, firstMention, reference)
  // No report read from the sentence's start: one may follow an aside, at a date after its comma.
  const aside = trigger === null && undated(cue) ? afterAside(text, reference) : null
  if (aside !== null) {
    cue = aside
    subjectStart = aside.end
    trigger = findTrigger(text, masked, cue, subjectStart, reported, firstMention, reference)
  }
  // `TT - Thành đoàn TP.HCM triển khai cuộc thi viết “Thư gửi Đại hội Đoàn” ...`: the lead a newsroom's
  // source prefix opens tells, undated, what a body has just done; read as `Mới đây` is, when
  // nothing else was. A page's first sentence with no prefix may be a document's own words.
  if (trigger === null && lead && cue.kind === 'none') {
    const recent: Cue = { kind: 'recent', end: 0, date: null }
    trigger = findTrigger(text, masked, recent, subjectStart, reported, firstMention, reference)
    if (trigger !== null) cue = recent
  }
  if (trigger === null) return null
  let subjectBeforeDate: string | null = null
  // An occasion opening the sentence (`Kỷ niệm 114 năm Ngày Quốc tế Phụ nữ (8.3.1910 - 8.3.2024)
  // ..., chiều 1.3, Hội LHPN xã ... tổ chức hội thi`): its dates are history, the report's is the
  // cue after its comma, with or without its year.
  const occasion = cue.kind === 'none' && OCCASION_OPENING.test(text) ? afterAside(text, reference, true) : null
  if (occasion !== null && occasion.end <= trigger.verb) {
    cue = occasion
    subjectStart = occasion.end
  } else if (undated(cue)) {
    const d = dateBefore(text, sentence.start, trigger.verb, mentions, reference)
    if (d !== null) {
      cue = { kind: 'date', end: d.end, date: d.date, ...(d.history ? { history: true as const } : {}) }
      subjectBeforeDate = text.slice(subjectStart, d.start)
      subjectStart = d.end + (/^\s*,?\s*/u.exec(text.slice(d.end))?.[0].length ?? 0)
    }
  }
  return { trigger, cue, subjectStart, subjectBeforeDate }
}

// An opening clause of purpose or circumstance (`Nhằm giúp cán bộ ... để triển khai ..., `, `Được
// sự quan tâm, chỉ đạo của ..., `, `Với tinh thần khẩn trương, không để chậm trễ, `) before a dated
// report: its words (`để`, `chỉ đạo`, `không`) are not the report's, which starts at the date
// after one of its commas. Clauses that cite a basis (`Thực hiện Kế hoạch số ... ngày ...`) are
// read as before, by the date nearest the verb.
const ASIDE_OPENING = /^(?:Nhằm|Để|Được sự|Với|Hưởng ứng|Chào mừng|Hướng tới|Hướng đến|Trên cơ sở|Tiếp tục|Sau khi)\s/u
// How far into a sentence the aside's commas are tried.
const ASIDE_REACH = 400

// An opening clause naming the occasion an event marks, whose own dates (`(8.3.1910 - 8.3.2024)`)
// are not the report's: `Kỷ niệm 114 năm Ngày Quốc tế Phụ nữ ...`, `Nhân dịp ...`, `Chào mừng ...`,
// `Hướng tới` or `Hướng đến` (looking ahead to) `kỷ niệm 93 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2024)`.
const OCCASION_OPENING = /^(?:Kỷ niệm|Kỉ niệm|Nhân dịp|Nhân kỷ niệm|Nhân kỉ niệm|Chào mừng|Hướng tới|Hướng đến)\s/u

function afterAside(text: string, reference: string | undefined, occasion = false): Cue | null {
  if (!occasion && !ASIDE_OPENING.test(text)) return null
  for (let comma = text.indexOf(', '); comma !== -1 && comma < ASIDE_REACH; comma = text.indexOf(', ', comma + 2)) {
    const inner = readCue(text.slice(comma + 2, comma + 2 + ASIDE_REACH), reference)
    if (inner.kind === 'date') return { ...inner, end: comma + 2 + inner.end }
  }
  return null
}

// `Ngày 29-9, dưới sự chủ trì của đồng chí ..., Hội nghị ... đã được tổ chức`: the clause of
// who presided is no subject. The subject starts after the first of its commas from which an
// event is reported with no comma between subject and verb, within PRESIDING_REACH code units
// and PRESIDING_COMMAS commas of the cue.
const PRESIDING_REACH = 600
// The first letters of PRESIDED's clauses, in either case (PRESIDED reads them so).
const PRESIDING_LETTERS = new Set(
  PRESIDING_CLAUSES.flatMap((w) => [w.charCodeAt(0), w[0]!.toUpperCase().charCodeAt(0)]),
)

// Whether `text` from `at`, its white space read over, opens with a letter PRESIDED's clauses open
// with: most sentences do not, and PRESIDED is not tried on them.
function opensPresiding(text: string, at: number): boolean {
  let i = at
  while (i < text.length && isWhiteUnit(text.charCodeAt(i))) i++
  return PRESIDING_LETTERS.has(text.charCodeAt(i))
}
const PRESIDING_COMMAS = 24

function afterPresiding(
  text: string,
  masked: (to: number) => string,
  cue: Cue,
  reported: ReadonlySet<EventKind>,
  firstMention: number,
  reference: string | undefined,
): { subjectStart: number; trigger: Trigger } | null {
  // Each comma reads the sentence again: only those a presiding clause could end at are tried
  // (the clause names who presided and their posts; the real pages' longest ends at its 9th
  // comma, 281 code units on), so a long sentence of commas is not read once per comma.
  let tried = 0
  for (
    let comma = text.indexOf(', ', cue.end);
    comma !== -1 && comma - cue.end <= PRESIDING_REACH && tried < PRESIDING_COMMAS;
    comma = text.indexOf(', ', comma + 2)
  ) {
    tried++
    const trigger = findTrigger(text, masked, cue, comma + 2, reported, firstMention, reference)
    if (trigger !== null && trigger.verb > comma && !text.slice(comma + 2, trigger.verb).includes(','))
      return { subjectStart: comma + 2, trigger }
  }
  return null
}

// A cited document's title after its tail, up to the clause's end (`Kế hoạch số 44-KH/ĐU ngày
// 19/12/2022 về tổ chức học tập ...`): what the document is about, not what the sentence reports.
const CITED_TITLE = /^\s*(?:về|V\/v)\s[^,;:.]*/u
// A plan's title may name the event it plans with no `về` (`ban hành Kế hoạch số 67/KH-SVHTTDL tổ
// chức Hội thi xe tuyên truyền lưu động ...`): the holding verb is the title's, not a report.
const PLAN_TITLE = /^\s*(?:về\s+)?(?:tổ chức|triển khai|thực hiện)\s[^,;:.]*/u
const PLAN_TYPE = 'KH'

// Document names (`Kế hoạch số 45-KH/HU của ...`) and their titles are not plans of the sentence's
// subject nor events it reports: the sentence up to `to` with its mentions, their tails and titles blanked. Built only when a candidate
// verb asks about text that a mention starts in: most mentions stand after the verb, and the
// text before them is the same masked or not.
function maskMentions(sentence: Piece, mentions: ResolvedMention[]): (to: number) => string {
  const text = sentence.text
  let maskedText: string | undefined
  const firstMention = mentions.length === 0 ? text.length : mentions[0]!.start - sentence.start
  return (to) => {
    if (to <= firstMention) return text
    if (maskedText !== undefined) return maskedText
    const chunks: string[] = []
    let at = 0
    for (const m of mentions) {
      const a = Math.max(at, m.start - sentence.start)
      const tail = Math.max(a, Math.min(text.length, m.tailEnd - sentence.start))
      const after = text.slice(tail, tail + 240)
      const title = CITED_TITLE.exec(after) ?? (m.type === PLAN_TYPE ? PLAN_TITLE.exec(after) : null)
      const b = tail + (title?.[0].length ?? 0)
      chunks.push(text.slice(at, a), ' '.repeat(b - a))
      at = b
    }
    chunks.push(text.slice(at))
    maskedText = chunks.join('')
    return maskedText
  }
}

// The event a report gives, with its date, organiser and directives; none when the report
// names neither who held it nor when.
function addEvent(
  reading: Reading,
  report: Report,
  sentence: Piece,
  index: number,
  mentions: ResolvedMention[],
  reference: string | undefined,
): boolean {
  const text = sentence.text
  const { trigger, cue, subjectStart } = report
  const previous = reading.events[reading.events.length - 1]
  const date = eventDate(report, text, mentions, sentence.start, reference, reading.lastDated)
  const subject = eventSubject(report, text)
  // A report names who organised it or when; `tổ chức` with neither is a general statement, and
  // so is a tally of what was done so far (`Đến thời điểm này, tỉnh Hà Tĩnh đã tổ chức Đại hội
  // đảng bộ cơ sở cho 80% đơn vị ...`), whoever did it.
  if (!trigger.passive && undated(cue) && (subject.organizer === null || SO_FAR.test(text))) return false
  // `Cũng trong hội nghị này, Đảng ủy xã đã phát động Cuộc thi viết “...”` after `... tổ chức Hội
  // nghị ... và phát động cuộc thi viết “...”`: an event of the occasion of a kind already reported
  // that day, under the same name, is that event told again.
  const name = cue.kind === 'occasion' ? nameOf(text.slice(trigger.phrase)) : null
  const told =
    cue.kind === 'occasion' && name !== null
      ? reading.events.find((e) => e.kind === trigger.kind && sameDate(e.date, date) && nameOf(e.title ?? '') === name)
      : date === null && undated(cue)
        ? (toldByNumber(reading.events, trigger.kind, text.slice(trigger.phrase)) ??
          toldByHost(reading.events, trigger.kind, text.slice(trigger.phrase), subject.organizer))
        : undefined
  if (told !== undefined) {
    for (const code of eventDirectives(sentence, text.slice(trigger.phrase), told, reading.codes, mentions))
      reading.codes.get(told)?.add(code)
    // Told again with its organiser (`Đảng bộ tỉnh Kiên Giang long trọng khai mạc Đại hội ... lần thứ
    // XI` after a passive report that named none): the event's organiser.
    if (told.organizer === null) told.organizer = subject.organizer
    return true
  }
  const phrase = text.slice(trigger.phrase)
  const title = eventTitle(phrase)
  const event: FoundEvent = {
    kind: kindByHost(trigger.kind, phrase, subject.organizer),
    title,
    date,
    yearless: date === null ? yearlessDay(cue, previous) : null,
    dateInferred: false,
    dateConfidence: 1,
    follows:
      cue.kind === 'sameDay' || cue.kind === 'occasion' || cue.kind === 'frame'
        ? 'same'
        : cue.kind === 'before'
          ? 'earlier'
          : null,
    organizer: subject.organizer,
    location: subject.location ?? locationAfter(phrase),
    directives: [],
    sentence: index,
    span: {
      start: sentence.start + Math.min(subjectStart, trigger.verb),
      end: sentence.start + Math.min(text.length, trigger.phrase + reportedClauseLength(phrase)),
    },
    confidence: trigger.confidence,
  }
  // `Nhân dịp này, X ra mắt ...`: X hosts the occasion, so it organised the event before.
  if (cue.kind === 'occasion' && previous !== undefined && previous.organizer === null)
    previous.organizer = event.organizer
  reading.events.push(event)
  if (trigger.inPassing) reading.inPassing.add(event)
  if (event.date !== null) reading.lastDated = event.date
  reading.codes.set(event, eventDirectives(sentence, phrase, previous, reading.codes, mentions))
  if (trigger.closes !== undefined) reading.closed.set(event, trigger.closes)
  if (trigger.joined !== undefined) addJoined(reading, event, trigger.joined, sentence, mentions)
  const citing = kindWhenCiting(phrase)
  if (citing !== null && trigger.kind === classifyEvent(phrase)) {
    // A briefing that announces a congress's or a plenum's results disseminates them, as one that
    // cites a directive does: the results are what the Party has its members study.
    if (ANNOUNCES_RESULTS.test(phrase.split(CLAUSE_END, 1)[0]!)) event.kind = citing
    else reading.citing.set(event, citing)
  }
  return true
}

// `Hội nghị Báo cáo viên ... thông báo nhanh kết quả Đại hội đại biểu toàn quốc lần thứ XIV`,
// `... thông báo kết quả Hội nghị Trung ương 5`: announcing a congress's or a plenum's results.
const ANNOUNCES_RESULTS =
  /(?=thô)(?<![\p{L}])thông báo\s+(?:nhanh\s+)?kết quả\s+(?:của\s+)?(?:Đại hội|Hội nghị)(?![\p{L}])/iu
const CLAUSE_END = /[;.](?:\s|$)/u

// `hôm nay, Đảng bộ tỉnh ... long trọng khai mạc Đại hội đại biểu lần thứ XI` after `Sáng nay
// (16/10/2020), Đại hội Đại biểu đảng bộ tỉnh ... lần thứ XI ... khai mạc`: an undated report of
// an event of a kind already reported, under the same head and number, is that event told again.
const NUMBERED = /^[“"]?(\p{L}+(?:\s+\p{L}+)?)\s[^,;.]{0,80}?(?<![\p{L}])lần\s+thứ\s+([IVXLC]+|\d{1,3})(?![\p{L}\d])/iu

function numberKey(phrase: string): string | null {
  const m = NUMBERED.exec(phrase)
  return m === null ? null : `${m[1]!.toLowerCase()} ${m[2]!.toUpperCase()}`
}

function toldByNumber(events: readonly FoundEvent[], kind: EventKind, phrase: string): FoundEvent | undefined {
  const key = numberKey(phrase)
  return key === null ? undefined : events.find((e) => e.kind === kind && numberKey(e.title ?? '') === key)
}

// `Tiếp tục ..., Chi bộ Sinh viên ... đã tổ chức lễ kết nạp Đảng cho hai quần chúng ...` after
// `Ngày 08/7/2025, Chi bộ Sinh viên ... trực thuộc Đảng bộ ... đã tổ chức Lễ kết nạp Đảng viên
// ...`: an undated report of an event of a kind already reported, under the same first words of
// its name, by the same organiser (or the start of its name), is that event told again.
const HOST_KEY_WORDS = 3

function hostKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/[\s“”"]+/u, HOST_KEY_WORDS + 1)
    .filter(Boolean)
    .slice(0, HOST_KEY_WORDS)
    .join(' ')
}

function sameHost(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a]
  return longer.toLowerCase().startsWith(shorter.toLowerCase()) && /^(?:[\s,(]|$)/u.test(longer.slice(shorter.length))
}

function toldByHost(
  events: readonly FoundEvent[],
  kind: EventKind,
  phrase: string,
  organizer: string | null,
): FoundEvent | undefined {
  if (organizer === null) return undefined
  const key = hostKey(phrase)
  if (spaced(key) < HOST_KEY_WORDS) return undefined
  return events.find(
    (e) =>
      e.kind === kind && e.organizer !== null && sameHost(e.organizer, organizer) && hostKey(e.title ?? '') === key,
  )
}

// The quoted name an event's words give (`phát động Cuộc thi viết “Đảng, Bác Hồ với quê hương”`), in lower case.
const nameOf = (phrase: string): string | null => {
  const quoted = /“([^”]{3,200})”/u.exec(phrase)
  return quoted === null ? null : quoted[1]!.toLowerCase()
}

// The same day, month, quarter or year, whatever part of the day each gives.
const sameDate = (a: PartialDate | null, b: PartialDate | null) =>
  a === null || b === null ? a === b : formatPartialDate(a) === formatPartialDate(b)

// The second event of a subject's two verbs joined by `và`: the same day and organiser, the
// directives cited after its verb.
function addJoined(
  reading: Reading,
  first: FoundEvent,
  joined: NonNullable<Trigger['joined']>,
  sentence: Piece,
  mentions: ResolvedMention[],
): void {
  const phrase = sentence.text.slice(joined.phrase)
  const event: FoundEvent = {
    ...first,
    kind: joined.kind,
    title: eventTitle(phrase),
    span: {
      start: sentence.start + joined.phrase,
      end: sentence.start + Math.min(sentence.text.length, joined.phrase + reportedClauseLength(phrase)),
    },
  }
  reading.events.push(event)
  const after = sentence.start + joined.phrase
  reading.codes.set(event, new Set(mentions.filter((m) => m.start >= after).map((m) => m.code)))
}

// Date stage: the date the cue gives; a passive report's date may follow its verb (`vòng sơ
// khảo được tổ chức trực tuyến từ ngày 1 đến 30/11`); `Cùng ngày` and `Nhân dịp này` give the
// day of the last dated event, `Chiều cùng ngày` with its own part of day.
function eventDate(
  report: Report,
  text: string,
  mentions: ResolvedMention[],
  start: number,
  reference: string | undefined,
  lastDated: PartialDate | null,
): PartialDate | null {
  const { cue, trigger } = report
  let date: PartialDate | null = null
  if (cue.kind === 'date' || cue.kind === 'before' || cue.kind === 'year') date = cue.date
  if (date === null && trigger.passive) date = dateAfterVerb(text, trigger.verb, reference)
  // Mentions are placed in their sentence only where a day after the name is read.
  if (date === null && trigger.mentioned)
    date = dayAfterName(text, trigger.phrase, relativeMentions(mentions, start), reference)
  // An anniversary's day dates the report only when no day follows the event's name (`... tổ chức
  // Hội thi ... diễn ra từ ngày 1/11/2018`).
  if (cue.history === true)
    date = dayAfterName(text, trigger.phrase, relativeMentions(mentions, start), reference) ?? date
  if (cue.kind === 'sameDay' || cue.kind === 'occasion') {
    const part = cue.kind === 'sameDay' ? cue.date?.partOfDay : undefined
    if (lastDated !== null) {
      const { partOfDay: _drop, ...day } = lastDated
      date = part === undefined ? day : { ...day, partOfDay: part }
    }
  }
  // `Đúng dịp kỷ niệm ... (3/2/1930 - 3/2/2018), ... được tặng huy hiệu`: the occasion's day is
  // not the event's; its month is.
  if (trigger.occasion && date?.precision === 'day') return { year: date.year, month: date.month, precision: 'month' }
  return date
}

// Mentions with offsets in their sentence.
function relativeMentions(mentions: ResolvedMention[], start: number): ResolvedMention[] {
  return start === 0 ? mentions : mentions.map((m) => ({ ...m, start: m.start - start, tailEnd: m.tailEnd - start }))
}

// A day written in the clause after an event named in passing (`tại Hội nghị rút kinh nghiệm
// ..., ngày 7-4-2015`, `tại buổi làm việc với lớp ... ngày 20/4`), outside the citation of a
// directive (`Nghị quyết số 35-NQ/TW ngày 22/10/2018`).
const DAY_WORD =
  /(?<![\p{L}])(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?ngày\s|(?<![\p{L}])(?:sáng|chiều|tối|trưa)\s+(?=\d)/giu

function dayAfterName(
  text: string,
  name: number,
  mentions: ResolvedMention[],
  reference: string | undefined,
): PartialDate | null {
  const clause = text.slice(name, name + 300).split(/[;.](?:\s|$)/u, 1)[0]!
  // Read from lastIndex (matchAll copies the expression); nothing the loop calls reads DAY_WORD.
  DAY_WORD.lastIndex = 0
  for (let m = DAY_WORD.exec(clause); m !== null; m = DAY_WORD.exec(clause)) {
    const at = name + m.index
    if (mentions.some((x) => x.start <= at && at < x.tailEnd)) continue
    const cue = readCue(text.slice(at), reference)
    if (cue.kind === 'date' && cue.date?.precision === 'day') return cue.date
  }
  return null
}

// The day an undated report gives without its year: its cue's, or for `Cùng ngày` and `Nhân dịp
// này` the event before's, `Chiều cùng ngày` with its own part of day.
function yearlessDay(cue: Cue, previous: FoundEvent | undefined): YearlessDate | null {
  if (cue.kind === 'date' || cue.kind === 'before') return cue.yearless ?? null
  if ((cue.kind !== 'sameDay' && cue.kind !== 'occasion') || previous?.yearless == null) return null
  const { partOfDay: _drop, ...day } = previous.yearless
  const part = cue.kind === 'sameDay' ? cue.date?.partOfDay : undefined
  return part === undefined ? day : { ...day, partOfDay: part }
}

// Organiser stage: a passive report names its organiser after `do`; an active one before its
// verb, or before the date it gives in mid-sentence.
function eventSubject(report: Report, text: string): Subject {
  const { trigger, subjectStart, subjectBeforeDate } = report
  if (trigger.passive) return { organizer: organizerAfterDo(text.slice(subjectStart)), location: null }
  const region = text.slice(subjectStart, trigger.verb)
  const subject = readSubject(region)
  if (subject.organizer === null && subjectBeforeDate !== null) return readSubject(subjectBeforeDate)
  return subject.organizer === null ? chainedSubject(region) : subject
}

// `BTV Tỉnh ủy đã kịp thời ban hành Kế hoạch số 248-KH/TU ..., tổ chức hội nghị quán triệt`: verbs
// chained by commas after one subject, written before the first with its `đã`; the subject of
// the first clause holds the event.
const CHAINED = /^([^,;]{2,80}?)\s+đã\s[^;]*,\s*$/u

function chainedSubject(region: string): Subject {
  const m = CHAINED.exec(region.trim())
  return m === null ? { organizer: null, location: null } : { organizer: readSubject(m[1]!).organizer, location: null }
}

// Directives stage for a new event: those its sentence cites, after the event before's when it
// is a round of a contest or a visit `về cùng nội dung`.
function eventDirectives(
  sentence: Piece,
  phrase: string,
  previous: FoundEvent | undefined,
  codes: ReadonlyMap<FoundEvent, Set<string>>,
  mentions: ResolvedMention[],
): Set<string> {
  // Only an event before can be inherited from: the words are not read for the first.
  const inherits =
    previous !== undefined &&
    (/^vòng\s/iu.test(phrase) || /cùng nội dung|nội dung tương tự|nội dung trên/iu.test(sentence.text))
  const own = new Set(inherits ? codes.get(previous) : [])
  for (let i = 0; i < mentions.length; i++) if (carriedOut(sentence, mentions, i)) own.add(mentions[i]!.code)
  return own
}

// The sentence before the first event, when it only says what is carried out (`Thực hiện Kế
// hoạch số 183-KH/TU ...; Kế hoạch số 126-KH/HU ...`, `Nhằm nâng cao hiệu quả việc thực hiện
// Nghị quyết 17, ...`, or gives their ground, `Căn cứ Kế hoạch số 19-KH/ĐTN ...`): the event is
// held under those directives.
const HELD_UNDER = /^(?:[^,;.]{0,30},\s*)?(?:[Tt]hực hiện|[Cc]ăn cứ|(?:[Nn]hằm|[Đđ]ể)\s[^,;.]{0,60}?\sthực hiện)\s/u

// `Sự kiện diễn ra ngày 28/02, tại trụ sở ...` after `Đây là nhận định của đồng chí ... tại Hội
// nghị tổng kết công tác thi đua năm 2019 ...`: the bare `sự kiện` (the event) refers back to the
// event the sentence before named after `tại`, which gives it its kind. Only the first event of a
// text, of no kind of its own; the sentence before is read on its first EVENT_NAMED_REACH code units.
const BARE_EVENT = /^(?:Sự kiện|Chương trình)(?:\s+(?:này|trên))?\s+(?:đã\s+)?(?:diễn ra|được tổ chức)(?![\p{L}])/u
const NAMED_AT = /(?<![\p{L}])tại\s+/gu
const EVENT_NAMED_REACH = 600

function kindNamedBefore(event: FoundEvent, text: string, before: string): void {
  if (event.kind !== 'other' || !BARE_EVENT.test(text)) return
  const reach = before.slice(0, EVENT_NAMED_REACH)
  // Read from lastIndex (matchAll copies the expression); nothing the loop calls reads NAMED_AT.
  NAMED_AT.lastIndex = 0
  for (let m = NAMED_AT.exec(reach); m !== null; m = NAMED_AT.exec(reach)) {
    const name = reach.slice(m.index + m[0].length)
    if (!startsWithHead(name) || PLURAL.test(name)) continue
    const kind = classifyEvent(name)
    if (kind !== null) event.kind = kind
    return
  }
}

function addHeldUnder(reading: Reading, sentence: Piece, mentions: ResolvedMention[]): void {
  const first = reading.events[0]
  if (first === undefined || mentions.length === 0 || !HELD_UNDER.test(sentence.text)) return
  const codes = reading.codes.get(first)!
  for (let i = 0; i < mentions.length; i++) if (carriedOut(sentence, mentions, i)) codes.add(mentions[i]!.code)
}

// A directive compared with (`những điểm mới của Quy định 69 so với Quy định 102`) or replaced
// (`Nghị định thay thế Nghị định số 110/2004/NĐ-CP`) is not what the event carries out.
const COMPARED = /(?<![\p{L}])(?:so với|thay thế)\s[^;.]*$/u

const COMPARING_WORDS = ['so với', 'thay thế']

// Where COMPARING_WORDS stand (start and end) in the sentence last asked about, by start: a long
// sentence is searched once, not once per mention.
let comparingText: string | null = null
let comparing: Array<[number, number]> = []
function comparingIn(text: string): Array<[number, number]> {
  if (text !== comparingText) {
    comparing = []
    for (const w of COMPARING_WORDS)
      for (let p = text.indexOf(w); p >= 0; p = text.indexOf(w, p + 1)) comparing.push([p, p + w.length])
    comparing.sort((a, b) => a[0] - b[0])
    comparingText = text
  }
  return comparing
}

// Whether one of COMPARING_WORDS stands wholly inside [from, to) of the sentence.
function comparingWithin(text: string, from: number, to: number): boolean {
  const spans = comparingIn(text)
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]![0] < from) lo = mid + 1
    else hi = mid
  }
  for (let k = lo; k < spans.length && spans[k]![0] < to; k++) if (spans[k]![1] <= to) return true
  return false
}

function carriedOut(sentence: Piece, mentions: readonly ResolvedMention[], i: number): boolean {
  const { text, start } = sentence
  const at = mentions[i]!.start - start
  if (i > 0 && namedInTitle(text.slice(Math.max(0, mentions[i - 1]!.tailEnd - start), Math.max(0, at)))) return false
  const from = Math.max(0, at - 240)
  // Most windows hold neither verb: the places of both, found once, answer before the expression.
  if (at >= 0 && !comparingWithin(text, from, at)) return true
  const window = text.slice(from, at)
  if (!window.includes('so với') && !window.includes('thay thế')) return true
  return !COMPARED.test(window.slice(window.lastIndexOf(';') + 1))
}

// `Kết luận số 83-KL/TW ... về tổng kết việc thực hiện Nghị quyết số 48-NQ/TW`: a directive
// named in the title of the one cited right before it is what that one is about, not what the
// event carries out.
const IN_TITLE = /^[\s,]*về\s+(?:việc\s+)?(?:tổng kết|sơ kết)\s[^;:()“”"]{0,40}?thực hiện\s*$/u
const namedInTitle = (gap: string): boolean => gap.length < 80 && IN_TITLE.test(gap)

// A sentence that reports no event tells more of the last one: who held it, when the event
// was reported the sentence before without saying, and the directives it was about.
function readFollowUp(reading: Reading, sentence: Piece, index: number, mentions: ResolvedMention[]): void {
  const context = reading.events[reading.events.length - 1]
  if (context === undefined) return
  // `Hội thi do Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với ... tổ chức`.
  if (context.organizer === null && index === context.sentence + 1 && startsWithHead(sentence.text))
    context.organizer = organizerAfterDo(sentence.text)
  refineKind(context, sentence.text)
  addCitedDirectives(reading.codes.get(context)!, sentence, mentions)
}

// How many sentences after its event's report a rite is read as performed there.
const RITE_REACH = 3

// What is done at an event that makes an event of its own: a rite, a launch.
const ACTS_AT_EVENT: ReadonlyArray<readonly [RegExp, EventKind, WordGate]> = [
  [RITE, 'ceremony', RITE_GATE],
  [LAUNCH_AT, 'launch', LAUNCH_AT_GATE],
  [TURNOUT, 'other', TURNOUT_GATE],
]

// `Trước khi diễn ra hội nghị, các đại biểu đã dâng hương tại Đền thờ ...`, `Tại buổi họp mặt,
// ...; phát động thi đua ...`, told soon after an event of another kind is reported: the rite is
// a ceremony of its own, the launch a launch, the same day, by the same organiser; one of each
// kind only, and none where one of its kind is already reported or the act is planned or named
// as made before (`hưởng ứng phong trào do ... phát động`). A sentence that opens with a span its
// acts were done over (`Trong năm, Hội đã ... phát động ...`) sums up that span: no act of the event.
function addRite(reading: Reading, sentence: Piece, index: number): void {
  const context = reading.events[reading.events.length - 1]
  if (context === undefined || index > context.sentence + RITE_REACH) return
  if (DONE_OVER_SPAN.test(sentence.text)) return
  for (const [pattern, kind, gate] of ACTS_AT_EVENT) {
    if (!gate.admits(sentence.text)) continue
    if (reading.rites.some((r) => r.kind === kind) || reading.events.some((e) => e.kind === kind)) continue
    const act = pattern.exec(sentence.text)
    if (act === null) continue
    const before = sentence.text.slice(0, act.index)
    if (PLANNED.test(before) || LAUNCHED_EARLIER.test(before)) continue
    reading.rites.push(actAt(context, kind, sentence, index, act))
  }
}

// The event of an act done at `context`, kept aside so that what the next sentences tell is
// told of the event, not of the act.
function actAt(context: FoundEvent, kind: EventKind, sentence: Piece, index: number, act: RegExpExecArray): FoundEvent {
  return {
    ...context,
    kind,
    title: eventTitle(sentence.text.slice(act.index)),
    follows: 'same',
    directives: [],
    sentence: index,
    span: { start: sentence.start + act.index, end: sentence.start + act.index + act[0].length },
    confidence: 0.5,
  }
}

// How many words after an event's head, named again, its activity word is read in.
const NAMED_AGAIN_REACH = 2

// A meeting named by its head alone (`Hội nghị được tổ chức ...`) whose report goes on `Tại hội
// nghị, các đại biểu đã được quán triệt ...` was held to disseminate: what was done there names it.
function refineKind(event: FoundEvent, text: string): void {
  if (event.kind !== 'conference') return
  const at = AT_THE_EVENT.exec(text)
  // `Tại Hội nghị quán triệt Nghị quyết ...`: the head named again with its activity word right after it.
  const named = at === null ? AT_THE_NAMED_EVENT.exec(text) : null
  // The title is read for its activity only when the sentence refers back to the event: most do not.
  if ((at === null && named === null) || activityKind(event.title ?? '') !== null) return
  if (at !== null && doneKind(doneThere(text.slice(at[0].length)), 24) === 'dissemination') event.kind = 'dissemination'
  if (named !== null && activityKind(text.slice(named[0].length), NAMED_AGAIN_REACH) === 'dissemination')
    event.kind = 'dissemination'
}

// What a sentence says was done at an event, before a list it opens (`như: Tổng kết 10 năm ...`
// names the items discussed, not what the meeting was).
const doneThere = (text: string) => text.slice(0, 400).split(/[:;]/u, 1)[0]!

// A sentence that opens with a verb of carrying on and no subject is a direction for the time
// ahead (`Tiếp tục tuyên truyền việc triển khai thực hiện Chỉ thị số 05-CT/TW ...`), not a report.
const DIRECTION = /^(?:Tiếp tục|Đẩy mạnh|Tăng cường)\s/u

// Directives stage for a later sentence: the directives it cites, except those a speaker asks
// for (`đồng chí Bí thư yêu cầu ...`) or a list names (`gồm: ...`).
function addCitedDirectives(codes: Set<string>, sentence: Piece, mentions: ResolvedMention[]): void {
  // Most sentences cite none: nothing to read.
  if (mentions.length === 0 || DIRECTION.test(sentence.text)) return
  const speech = growingTest(SPEECH, 20, 0)
  // What a report referring back to its event says was given there (`Tại Hội nghị, các đại biểu
  // nghe triển khai ..., gồm: Nghị quyết số 37 ..., Chỉ thị số 41 ...`) lists what it was about.
  // So is a list of what a speaker conveyed (`đồng chí ... đã truyền đạt 3 Nghị quyết và 1 kết
  // luận, gồm: Nghị quyết số 27-NQ/TW ...`).
  const list =
    AT_THE_EVENT.test(sentence.text) ||
    (DISSEMINATED_LIST_GATE.admits(sentence.text) && DISSEMINATED_LIST.test(sentence.text)) ||
    // LIST reads `gồm` as written.
    !sentence.text.includes('gồm')
      ? () => false
      : growingTest(LIST, 90, 0)
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!
    // A code added already is not asked about again: each test answers for its mention alone.
    if (codes.has(m.code)) continue
    const at = m.start - sentence.start
    if (speech(sentence.text, at) || list(sentence.text, at) || !carriedOut(sentence, mentions, i)) continue
    codes.add(m.code)
  }
}
