import { z } from 'zod'
import { anniversaryOrigin } from './anniversary-origins.ts'
import { COUNT_SPANS, COUNT_WORDS, fromNam } from './count-spans.ts'
import {
  DatePrecisionSchema,
  isPartialDate,
  type PartialDate,
  PartialDateSchema,
  PartOfDaySchema,
  partialDateRange,
} from './partial-date.ts'
import { findVietnameseDates, findVietnameseDays, type YearlessDate } from './vietnamese-date.ts'
import { closesQuotedYear } from './year-gates.ts'

/**
 * The year of a date that a text writes without one (`Sáng 12/8`) when there is no publication
 * date to take it from: read, as a careful reader does, from the text's own evidence. Each piece
 * of evidence is a year with a reason (`sơ kết 5 năm` of a 2016 directive: 2021; `năm 2024`
 * written in the text), a lower bound (the event carries out a directive issued on 20/7/2025) or
 * a period (`giai đoạn 2021 - 2025`). {@link readYearEvidence} collects what a text states,
 * {@link inferYearFromEvidence} chooses a year; the result is marked `inferred`, with a
 * confidence below a written year's and lower again for weaker evidence.
 *
 * @module
 */

/**
 * Why a piece of evidence gives a year, strongest first:
 * - `review-span`: a review of N years of a dated document (`sơ kết 5 năm thực hiện Chỉ thị 05
 *   ... 2016` is in 2021);
 * - `anniversary`: the later end of an anniversary span (`3/2/1930 – 3/2/2025`, `(1949 - 2024)`);
 * - `year-turn`: a year the text reviews (`tổng kết ... năm 2023`) or plans the next of
 *   (`phương hướng, nhiệm vụ năm 2024`): the event is at the turn of that year, in it when held
 *   in its second half (`29/12`), in the next when held in the first (`9/1`);
 * - `named-year`: a year in the event's own words (`Hội nghị tập huấn ... năm 2023`);
 * - `written-date`: a full date written elsewhere in the text;
 * - `written-year`: a year written elsewhere in the text (`năm 2024`, `tháng 9/2023`);
 * - `document-issued`: the issue date of a document the event carries out, a lower bound;
 * - `period`: a period the text names (`giai đoạn 2021 - 2025`, `nhiệm kỳ 2020 - 2025`).
 */
export const YearReasonSchema = z.enum([
  'review-span',
  'anniversary',
  'year-turn',
  'school-year',
  'lunar-new-year',
  'named-year',
  'written-date',
  'written-year',
  'document-issued',
  'period',
])

/** Why a piece of evidence gives a year. */
export type YearReason = z.infer<typeof YearReasonSchema>

const YearSchema = z.number().int().min(1).max(9999)
const ConfidenceSchema = z.number().min(0).max(1)

/**
 * One piece of evidence for the year of an undated event: `year`, a year the event is in;
 * `notBefore`, a day (`YYYY-MM-DD`) the event cannot come before; `period`, the years (inclusive)
 * the event falls in; `turn`, a year whose end the event is near (it reviews that year or plans
 * the next); `window`, twelve months the event falls in from a given day. Each with its reason and how far it is trusted (0 to 1).
 */
export const YearEvidenceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('year'),
    year: YearSchema,
    reason: YearReasonSchema,
    confidence: ConfidenceSchema,
    /**
     * The year of the national occasion an anniversary is counted from when the text does not
     * write it (`kỷ niệm 95 năm Ngày thành lập Hội LHPN Việt Nam`: 1930): outside knowledge, which
     * dates a report only where the text agrees (see {@link corroborated}).
     */
    knownOrigin: YearSchema.optional(),
    /**
     * The year is one the report covers the first months of (`8 tháng đầu năm 2019`, `6 tháng
     * đầu năm 2024`): the report is given in it, after those months.
     */
    part: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('notBefore'),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
    reason: YearReasonSchema,
    confidence: ConfidenceSchema,
    /** `false` when the bound alone does not date the event, which comes an unknown span after it (a review of a document). */
    givesYear: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('turn'),
    year: YearSchema,
    reason: YearReasonSchema,
    confidence: ConfidenceSchema,
    /**
     * The turn is into the year after `year`, which the report plans (`triển khai phương hướng,
     * nhiệm vụ năm 2024`, `hoàn thành các chỉ tiêu, nhiệm vụ năm 2021`), not the year it reviews:
     * a report that gives no day is dated to the year it plans.
     */
    planned: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('window'),
    /**
     * The first day (`YYYY-MM-DD`) of the twelve months the event falls in: a school year from
     * August, the months around the day a review span ends (a review of three years of a
     * resolution of 10/12/2020 is held from late summer 2023 to the next summer).
     */
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
    /** The year of a date written without its month; without it, such a date takes no year here. */
    year: YearSchema.optional(),
    reason: YearReasonSchema,
    confidence: ConfidenceSchema,
  }),
  z.object({
    kind: z.literal('period'),
    from: YearSchema,
    to: YearSchema,
    reason: YearReasonSchema,
    confidence: ConfidenceSchema,
    /**
     * The event falls in the period, named in its own words (`phát động phong trào ... giai
     * đoạn 2023-2025`): years outside it are passed over, and with nothing else its first year
     * dates the event, which opens it. Without it, a period is the last resort, its last year.
     */
    holds: z.boolean().optional(),
    /**
     * The period is a term of office (`nhiệm kỳ 2023 - 2028`), which a congress opens: a reader
     * dating a congress takes its first year (see the extraction's event years).
     */
    term: z.boolean().optional(),
  }),
])

/** A piece of evidence for the year of an undated event. */
export type YearEvidence = z.infer<typeof YearEvidenceSchema>

/** A date without its year (`12/8`, `tháng 10`, `quý IV`), as a cue writes it: every field but `year`. */
export const YearlessDateSchema = z.object({
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  quarter: z.number().int().min(1).max(4).optional(),
  precision: DatePrecisionSchema,
  partOfDay: PartOfDaySchema.optional(),
})

/**
 * A date with its year: `inferred` false and `confidence` 1 when the text wrote the year,
 * else `inferred` true, the confidence of the evidence chosen (below 1) and its `reason`.
 */
export const YearReadingSchema = z.object({
  date: PartialDateSchema,
  inferred: z.boolean(),
  confidence: ConfidenceSchema,
  reason: YearReasonSchema.nullable(),
})

/** A date with its year, written or inferred. */
export type YearReading = z.infer<typeof YearReadingSchema>

// How far each reason is trusted when read from the text at large; evidence in the event's own
// sentence or title is trusted a step more (NEAR_STEP). Never 1: only a written year is sure.
const REASON_CONFIDENCE: Record<YearReason, number> = {
  'review-span': 0.8,
  anniversary: 0.75,
  'named-year': 0.7,
  'year-turn': 0.7,
  'school-year': 0.6,
  'lunar-new-year': 0.7,
  'written-date': 0.6,
  'document-issued': 0.6,
  'written-year': 0.55,
  period: 0.4,
}
const NEAR_STEP = 0.1
const MOST_INFERRED = 0.85
// Several pieces naming the same year agree: each after the first adds this much.
const AGREEMENT_STEP = 0.05

/** The confidence a reason has, read in the event's own words (`near`) or elsewhere in the text. */
export function yearReasonConfidence(reason: YearReason, near = false): number {
  return roundTrust(Math.min(MOST_INFERRED, REASON_CONFIDENCE[reason] + (near ? NEAR_STEP : 0)))
}

// Trust to two decimals, so sums of steps print as written (0.8, not 0.7999999999999999).
const roundTrust = (n: number): number => Math.round(n * 100) / 100

// The date with its year, fields in the grammar's order, when it is a real date.
function dated(date: YearlessDate, year: number): PartialDate | null {
  const d = { year } as PartialDate
  if (date.month !== undefined) d.month = date.month
  if (date.day !== undefined) d.day = date.day
  if (date.quarter !== undefined) d.quarter = date.quarter
  d.precision = date.precision
  if (date.partOfDay !== undefined) d.partOfDay = date.partOfDay
  return isPartialDate(d) ? d : null
}

// Whether a date ends on or after the bound (a month or quarter that holds the bound counts).
const notBefore = (d: PartialDate, bound: string | null): boolean => bound === null || partialDateRange(d).end >= bound

// Leap days recur within eight years: as far past a bound as a real date is looked for.
const YEARS_AHEAD = 8

// The earliest real date on or after the bound.
function earliestFrom(date: YearlessDate, bound: string): PartialDate | null {
  const first = Number(bound.slice(0, 4))
  for (let y = first; y <= first + YEARS_AHEAD && y <= 9999; y++) {
    const d = dated(date, y)
    if (d !== null && notBefore(d, bound)) return d
  }
  return null
}

// A document is carried out in the months after it is issued: the earliest date past the bound
// dates the event only within this many days of it. Further on (`Ngày 17-4` after a directive
// of 15-5-2016), the event may be any year later, and the bound no longer gives its year.
const BOUND_REACH_DAYS = 183
const DAY_MS = 86_400_000

function withinReach(date: PartialDate, bound: string): boolean {
  const start = partialDateRange(date).start
  const days = (Date.parse(`${start}T00:00:00Z`) - Date.parse(`${bound}T00:00:00Z`)) / DAY_MS
  return days <= BOUND_REACH_DAYS
}

const hasYear = (date: YearlessDate | PartialDate): date is PartialDate =>
  'year' in date && typeof date.year === 'number'

/**
 * Gives a date its year. A date that writes its year keeps it (`inferred` false, confidence 1):
 * evidence never overrides a written year. A year-less date takes, of the years the evidence
 * gives, the best trusted (pieces naming the same year adding up, never past the trust their
 * reason can have) that does not put it before the latest `notBefore` bound; the bound itself
 * gives the earliest date on or after it, with the bound's trust, when that date is within half
 * a year of it and the bound does not say it `givesYear` false; a year at whose turn the
 * event stands gives that year for a date in its second half and the next for one in its
 * first; failing all, the first year of a period the event's own words name (`holds`), else the
 * last year of the best trusted period. Years outside a period that `holds` the event are passed
 * over. `null` when nothing bounds the
 * year, or the fields make no real date (`31/4`).
 */
export function inferYearFromEvidence(
  date: YearlessDate | PartialDate,
  evidence: readonly YearEvidence[],
): YearReading | null {
  if (hasYear(date)) {
    return isPartialDate(date) ? { date, inferred: false, confidence: 1, reason: null } : null
  }
  const bounds = evidence.filter((e) => e.kind === 'notBefore')
  const bound = bounds.reduce<(typeof bounds)[number] | null>((a, b) => (a === null || b.date > a.date ? b : a), null)
  const lower = bound?.date ?? null
  const candidates = yearCandidates(date, evidence)
  if (bound !== null && bound.givesYear !== false) {
    const earliest = earliestFrom(date, bound.date)
    if (earliest !== null && withinReach(earliest, bound.date))
      candidates.push({ year: earliest.year, confidence: bound.confidence, reason: bound.reason })
  }
  const holding = evidence.filter((e) => e.kind === 'period' && e.holds === true)
  const inPeriods = (year: number) => holding.every((p) => p.kind === 'period' && year >= p.from && year <= p.to)
  candidates.sort(byTrust)
  for (const c of candidates) {
    const d = dated(date, c.year)
    if (d !== null && notBefore(d, lower) && inPeriods(c.year))
      return { date: d, inferred: true, confidence: c.confidence, reason: c.reason }
  }
  // A term or a phase that ends the year the next begins (`nhiệm kỳ 2018-2023` reviewed,
  // `nhiệm kỳ 2023-2028` opened): a congress or a review at their turn is held that year.
  const turn = periodsTurn(evidence)
  if (turn !== null) {
    const d = dated(date, turn.year)
    if (d !== null && notBefore(d, lower) && inPeriods(turn.year))
      return { date: d, inferred: true, confidence: turn.confidence, reason: 'period' }
  }
  const periods = evidence
    // A period longer than a term (`thời kỳ 2021 - 2030`, a strategy's) ends on a horizon, not
    // near a report: its last year dates nothing; one the event's own words name still holds it.
    .filter(
      (e): e is Extract<YearEvidence, { kind: 'period' }> =>
        e.kind === 'period' && (e.holds === true || e.to - e.from <= LONGEST_TERM_YEARS),
    )
    .toSorted(
      (a, b) => Number(b.holds === true) - Number(a.holds === true) || b.confidence - a.confidence || b.to - a.to,
    )
  for (const p of periods) {
    const year = p.holds === true ? p.from : p.to
    const d = dated(date, year)
    if (d !== null && notBefore(d, lower) && inPeriods(year))
      return { date: d, inferred: true, confidence: p.confidence, reason: p.reason }
  }
  return null
}

// The longest span of years a term or a phase runs (`nhiệm kỳ 2020 - 2025`, `giai đoạn 2021 - 2025`).
const LONGEST_TERM_YEARS = 5

type Candidate = { year: number; confidence: number; reason: YearReason }

// The one year where periods that follow each other meet (one's last year the next one's first,
// and no period that names another year in common), with the lower of their trusts; null when
// the periods do not meet so.
function periodsTurn(evidence: readonly YearEvidence[]): { year: number; confidence: number } | null {
  const periods = evidence.filter((e): e is Extract<YearEvidence, { kind: 'period' }> => e.kind === 'period')
  if (periods.length < 2) return null
  const from = Math.max(...periods.map((p) => p.from))
  const to = Math.min(...periods.map((p) => p.to))
  if (from !== to) return null
  return { year: from, confidence: Math.min(...periods.map((p) => p.confidence)) }
}

const REASON_RANK = new Map(YearReasonSchema.options.map((r, i) => [r, i]))

// Best trusted first; between equals the stronger reason, then the later year.
const byTrust = (a: Candidate, b: Candidate): number =>
  b.confidence - a.confidence || (REASON_RANK.get(a.reason) ?? 0) - (REASON_RANK.get(b.reason) ?? 0) || b.year - a.year

// Whether a year-less date falls in the second half of a year: a turn's year, not the next.
function lateInYear(date: YearlessDate): boolean {
  if (date.month !== undefined) return date.month >= 7
  return date.quarter !== undefined ? date.quarter >= 3 : true
}

// A year's plan is adopted in its last quarter before (the December meetings, the budget voted)
// or within the year itself (`Hội nghị ... tháng 7 để thông qua một số nhiệm vụ năm 2020`): a
// planned turn keeps its year only for a date in that quarter.
const PLANNED_FROM_MONTH = 10

function inPlanningQuarter(date: YearlessDate): boolean {
  if (date.month !== undefined) return date.month >= PLANNED_FROM_MONTH
  return date.quarter !== undefined ? date.quarter >= 4 : true
}

// The year a turn gives a date: the turn's own when the date is late enough in it, else the next.
function turnYear(date: YearlessDate, turn: Extract<YearEvidence, { kind: 'turn' }>): number {
  const late = turn.planned === true ? inPlanningQuarter(date) : lateInYear(date)
  return late ? turn.year : turn.year + 1
}

// The year that puts a date in the twelve months from `from` (`YYYY-MM-DD`): its first year for
// a day on or after the day `from` names, else the next. A month is read at its middle, a
// quarter at its middle month; a date with neither takes the window's `year`, when it gives one.
function windowYear(date: YearlessDate, window: Extract<YearEvidence, { kind: 'window' }>): number | null {
  const month = date.month ?? (date.quarter === undefined ? undefined : date.quarter * 3 - 1)
  if (month === undefined) return window.year ?? null
  const first = Number(window.from.slice(0, 4))
  const from = Number(window.from.slice(5, 7)) * 100 + Number(window.from.slice(8, 10))
  return month * 100 + (date.day ?? 15) >= from ? first : first + 1
}

// The years the evidence names for this date, each once with its best reason and the agreement
// of the others (never past the trust its reason can have).
function yearCandidates(date: YearlessDate, evidence: readonly YearEvidence[]): Candidate[] {
  const byYear = new Map<number, { best: Candidate; count: number }>()
  for (const e of evidence) {
    if (e.kind !== 'year' && e.kind !== 'turn' && e.kind !== 'window') continue
    const year = e.kind === 'window' ? windowYear(date, e) : e.kind === 'turn' ? turnYear(date, e) : e.year
    if (year === null) continue
    const piece = { year, confidence: e.confidence, reason: e.reason }
    const seen = byYear.get(year)
    if (seen === undefined) byYear.set(year, { best: piece, count: 1 })
    else {
      seen.count++
      if (byTrust(piece, seen.best) < 0) seen.best = piece
    }
  }
  return [...byYear.values()].map(({ best, count }) => ({
    ...best,
    confidence: roundTrust(
      Math.min(yearReasonConfidence(best.reason, true), best.confidence + AGREEMENT_STEP * (count - 1)),
    ),
  }))
}

// ---------------------------------------------------------------------------------------------
// Reading evidence from a text.

/** Options for {@link readYearEvidence}. */
export type YearEvidenceOptions = {
  /** The text is the event's own sentence or title, whose years are trusted a step more. */
  near?: boolean | undefined
}

/**
 * Every match of a global expression in `text`, as `text.matchAll` gives them, without the copy
 * of the expression matchAll makes on every call, which costs more than reading a sentence. All
 * are read before any is used, so a caller may read with the same expression meanwhile.
 */
function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m)
    // An empty match moves on by one character, as matchAll does.
    if (m[0] === '') pattern.lastIndex += (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1
  }
  pattern.lastIndex = 0
  return found
}

// A plausible year of a report or of a document it cites.
const isPlausibleYear = (y: number): boolean => y >= 1900 && y <= 2100

// The spans of years counted before `năm`, each read from its `năm` (see count-spans.ts): a
// match ends where the span does, its first group the count.
const REVIEW_SPAN = fromNam(COUNT_SPANS.review)
const RESULT_SPAN = fromNam(COUNT_SPANS.result)
// How far after a review span the dated document it reviews is looked for.
const REVIEW_WINDOW = 220
// A year the reviewed document carries: in its code (`13/2023/NĐ-CP`), its date or `năm 2016`.
const FOUR_DIGITS = /(?<!\d)(\d{4})(?!\d)/u

// Two years joined by a dash, each maybe after its day and month: `1930 – 2025`,
// `3/2/1930 – 3/2/2025`, `2021-2025`.
const YEAR_SPAN =
  /(?<![\d/.])(?:\d{1,2}[/.-]\d{1,2}[/.-])?(\d{4})\s*(?:[-–—]|đến)\s*(?:(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-])?(\d{4})(?![\d/])/gu
// Words before a span that make it an anniversary.
const ANNIVERSARY = /(?:kỷ niệm|kỉ niệm|năm ngày|năm thành lập|năm truyền thống|tuổi đảng|chào mừng)/iu
// A review held halfway through a term.
const MID_TERM = /giữa\s+(?:nhiệm\s+)?kỳ/iu
// A span right after `nhiệm kỳ` is a term of office (`nhiệm kỳ 2020 - 2025`, `NK 2022-2027`).
const TERM_BEFORE = /(?<![\p{L}])(?:nhiệm\s+kỳ|NK)\s*:?\s*$/iu
// How far before a span `nhiệm kỳ` may end: its words and a colon.
const TERM_REACH = 16
// The next of a list of terms (`Chi ủy Chi bộ nhiệm kỳ 2020 - 2022, 2022 - 2025`): a term too.
const TERM_LIST_BEFORE = /(?<![\p{L}])(?:nhiệm\s+kỳ|NK)\s*:?\s*\d{4}\s*[-–—]\s*\d{4}\s*(?:,|và)\s*$/iu
const TERM_LIST_REACH = 40
// How far before a span its anniversary word may stand.
const ANNIVERSARY_WINDOW = 160

// `kỷ niệm 70 năm ngày ... (11/6/1948)`: an anniversary counted from a date in brackets, which
// falls N years after that date's year. Only a year in brackets is the origin, so a year that
// follows for another reason (`mừng xuân Giáp Thìn 2024`) is not counted from.
const ANNIVERSARY_COUNT = fromNam(COUNT_SPANS.anniversary)
// A second count joined to the first in one clause: `... và 15 năm ...`.
const NEXT_COUNT = /^[^.;:\n]{0,80}?\s(?:và|cùng)\s+(\d{1,3})\s+năm(?![\p{L}])/u
// The first year in brackets, and whether a span goes on from it (`(1949 - 2024)` is read as a span).
const BRACKETED_YEAR = /\([^()\n]{0,40}?(?<!\d)(\d{4})(?!\d)(\s*(?:[-–—]|đến))?/u

// `năm 2024`, `tháng 9/2023`, `quý II/2023`, `tháng 10-2015`.
const WRITTEN_YEAR =
  /(?=nă|th|qu)(?<![\p{L}])(?:năm\s+(\d{4})|(?:tháng|quý)\s+(?:\d{1,2}|[IV]{1,3})\s*[/-]\s*(\d{4})|(?:tháng|quý)\s+(?:\d{1,2}|[IV]{1,3})\s+năm\s+(\d{4}))(?!\d)/giu

// A quoted name that ends with its year, without `năm` (`danh hiệu “Nông dân Việt Nam xuất sắc
// 2021”`, `Giải “Búa liềm vàng 2023”`): the year of what it names.
const QUOTED_NAME_YEAR = /["“«][^"“”«»\n]{0,120}?[\p{L}\p{M}]\s+(\d{4})\s*["”»]/gu

// A document's name before a date makes the date its issue date, which dates the document, not
// the report: `Nghị quyết số 18 ngày 25-10-2017`, `Chỉ thị 05-CT/TW, ngày 15/5/2016`. A comma
// and a word other than `ngày` start a new clause, whose date is no document's: `Theo chương
// trình, hội nghị làm việc đến ngày 10/5/2022`.
const DOCUMENT_BEFORE =
  /(?:nghị quyết|chỉ thị|kết luận|quy định|quyết định|hướng dẫn|kế hoạch|thông báo|thông tư|nghị định|luật|đề án|công văn|công điện|chương trình|văn bản|[A-ZĐ]{1,6}\/[A-ZĐ][\p{L}-]*|ban hành)(?:(?!,\s*(?!ngày)\p{L})[^.;!?\n]){0,60}$/iu
const DOCUMENT_WINDOW = 90

/**
 * Whether the date written at offset `at` of `text` is a document's issue date: it follows the
 * document's name or code in the same clause (`Nghị quyết số 18 ngày 25-10-2017`, `Chỉ thị
 * 05-CT/TW, ngày 15/5/2016`, `Kế hoạch số 12-KH/TU ... ban hành ngày 3/4`), which dates the
 * document, never an event. A comma and a word other than `ngày` start a new clause (`Theo
 * chương trình, hội nghị làm việc đến ngày 10/5/2022`).
 */
export function isIssueDate(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - DOCUMENT_WINDOW), at)
  // The comma right before the date ends the name when the date opens with a word other than
  // `ngày` (`Nghị quyết số 57-NQ/TW, sáng 25/11, ...`), which the window alone does not show.
  const opening = text.slice(at, at + 12)
  if (CLAUSE_END.test(before) && !NGAY_OPENS.test(opening)) return false
  // A document is dated by its day, never by a part of one (`... Nghị quyết số 57-NQ/TW vào
  // sáng 22/4`), and `vào ngày` follows only the verb that issued it (`ban hành vào ngày ...`).
  if (PART_OF_DAY_OPENS.test(opening)) return false
  if (VAO_OPENS.test(opening) && !ISSUED_BEFORE.test(before)) return false
  return DOCUMENT_BEFORE.test(before)
}

const PART_OF_DAY_OPENS = /^(?:vào\s+)?(?:sáng|chiều|tối|trưa|đêm)(?![\p{L}\p{M}])/iu
const VAO_OPENS = /^vào(?![\p{L}\p{M}])/iu
const ISSUED_BEFORE = /(?:ban hành|ký|thông qua|công bố)\s*$/iu

const CLAUSE_END = /,\s*$/u
const NGAY_OPENS = /^ngày(?![\p{L}\p{M}])/iu

// A horizon or a deadline is no year of the report: `đến năm 2030`, `tầm nhìn 2045`, `trước năm 2025`.
// Each of these, read at every offset of the words before a year, opens with a look-ahead for
// the first letters of its words, as the expressions over the whole text do.
const HORIZON_BEFORE = /(?=đế|tớ|tầ|tr)(?:đến|tới|tầm nhìn|trước)\s+(?:năm\s+)?$/iu
// A year a report plans (`phương hướng, nhiệm vụ năm 2024`, `kế hoạch năm 2024`, a council's
// `dự toán ngân sách nhà nước năm 2024`, voted in the December before) or looks ahead
// to (`tạo tiền đề vững chắc cho năm 2023`): the report stands at the turn into it.
// A plan's noun may name the field of work before the year in up to sixteen words, its short
// form in brackets (`chỉ tiêu, nhiệm vụ công tác thi hành án dân sự (THADS), thi hành án hành
// chính năm 2026`).
const PLAN_BEFORE =
  /(?=ph|nh|kế|mụ|ch|tr|dự)(?:(?:phương hướng|nhiệm vụ|kế hoạch|mục tiêu|chỉ tiêu)(?:[\s,]+(?:\p{L}+|\(\p{Lu}[\p{Lu}\p{M}&-]*\)))(?:[\s,]+(?:\p{L}+|\(\p{Lu}[\p{Lu}\p{M}&-]*\))){0,15}|(?:phương hướng|nhiệm vụ|kế hoạch|mục tiêu|chỉ tiêu|triển khai|(?<![\p{L}\p{M}])cho)(?:[\s,]+\p{L}+){0,3}|(?:dự toán|phân bổ)(?:[\s,]+\p{L}+){0,5})\s+$/iu
// A year a report reviews whole (`tổng kết công tác ... năm 2023`, `báo cáo kiểm điểm sự lãnh đạo
// ... năm 2021`, a review held when the year is out; not `6 tháng đầu năm 2024`, nor the year of
// a document a span of years is reviewed of: `tổng kết 10 năm ... Nghị quyết ... năm 2014`).
const REVIEW_BEFORE = /(?=tổ|ki)(?:tổng kết|kiểm điểm)(?:(?!tháng|năm)[^.;\n]){0,120}$/iu
// A plan's word right after a review's is what the review weighs (`tổng kết nhiệm vụ quốc phòng
// năm 2017`, `đánh giá kết quả thực hiện kế hoạch năm 2023`): a year reviewed, not planned.
const REVIEW_OF_PLAN = /(?:tổng kết|kiểm điểm|đánh giá|sơ kết)(?:\s+(?:việc|kết quả|tình hình|thực hiện))*\s+$/iu

// Whether the words before a year plan it: a plan's word that no review's stands right before.
function plansYear(before: string): boolean {
  const plan = PLAN_BEFORE.exec(before)
  return plan !== null && !REVIEW_OF_PLAN.test(before.slice(0, plan.index))
}
const CONTEXT_WINDOW = 140
// `8 tháng đầu năm 2019`, `9 tháng đầu năm`, `sáu tháng đầu năm 2024`: the first months of a year.
const FIRST_MONTHS_BEFORE = /(?=\d|sá|ch)(?<![\p{L}\d])(?:\d{1,2}|sáu|chín)\s+tháng\s+đầu\s+$/iu

const evidenceYear = (year: number, reason: YearReason, near: boolean): Extract<YearEvidence, { kind: 'year' }> => ({
  kind: 'year',
  year,
  reason,
  confidence: yearReasonConfidence(reason, near),
})

/**
 * The evidence for a year that a text states: review spans of dated documents (`sơ kết 5 năm
 * thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016`: 2021), anniversary spans (`3/2/1930 – 3/2/2025`:
 * 2025) and counts (`kỷ niệm 70 năm ngày ... (11/6/1948)`: 2018), periods (`giai đoạn 2021 - 2025`), full dates (`ngày 8/9/2023`), and years written
 * (`năm 2024`, `tháng 9/2023`, a quoted name's closing `“... xuất sắc 2021”`; `named-year` when `near`). A document's issue date (`Nghị quyết
 * số 18 ngày 25-10-2017`) dates the document, not the report, and gives nothing here: the
 * caller passes the issue dates of the documents an event carries out as `notBefore` evidence.
 * Years in codes (`13/2023/NĐ-CP`) count only inside a review span.
 */
export function readYearEvidence(text: string, options: YearEvidenceOptions = {}): YearEvidence[] {
  const near = options.near === true
  const evidence: YearEvidence[] = []
  // Offsets already read as part of a span, which the written-year pass does not read again.
  const taken: { start: number; end: number }[] = []
  readReviewSpans(text, near, evidence)
  readAnniversaryCounts(text, near, evidence, taken)
  readLunarNewYears(text, near, evidence, taken)
  readYearSpans(text, near, evidence, taken)
  taken.sort((a, b) => a.start - b.start)
  // Spans and the later passes' matches both run in text order: each pass walks the spans once.
  const takenIn = () => {
    let k = 0
    return (at: number): boolean => {
      while (k < taken.length && taken[k]!.end <= at) k++
      const t = taken[k]
      return t !== undefined && at >= t.start
    }
  }
  let isTaken = takenIn()
  for (const m of matchesOf(WRITTEN_YEAR, text)) {
    const year = Number(m[1] ?? m[2] ?? m[3])
    // The year is the match's last four digits: `năm 2021 - 2025` is the span's, not a year of its own.
    if (isTaken(m.index + m[0].length - 1) || !isPlausibleYear(year)) continue
    const before = text.slice(Math.max(0, m.index - CONTEXT_WINDOW), m.index)
    const plain = m[1] !== undefined
    if (plain && HORIZON_BEFORE.test(before)) continue
    const planned = plain && plansYear(before)
    const turn = !plain ? null : planned ? year - 1 : REVIEW_BEFORE.test(before) ? year : null
    if (turn !== null)
      evidence.push({
        kind: 'turn',
        year: turn,
        reason: 'year-turn',
        confidence: yearReasonConfidence('year-turn', near),
        ...(planned ? { planned } : {}),
      })
    else {
      const written = evidenceYear(year, near ? 'named-year' : 'written-year', near)
      evidence.push(plain && FIRST_MONTHS_BEFORE.test(before) ? { ...written, part: true } : written)
    }
  }
  for (const m of closesQuotedYear(text) ? matchesOf(QUOTED_NAME_YEAR, text) : []) {
    const year = Number(m[1])
    const at = m.index + m[0].lastIndexOf(m[1] ?? '')
    // `“... năm 2023”` is a written year, read above.
    if (isPlausibleYear(year) && !/năm\s+$/iu.test(text.slice(Math.max(0, at - 8), at)))
      evidence.push(evidenceYear(year, near ? 'named-year' : 'written-year', near))
  }
  isTaken = takenIn()
  for (const d of findVietnameseDays(text)) {
    if (isTaken(d.start) || !isPlausibleYear(d.date.year)) continue
    if (isIssueDate(text, d.start)) continue
    evidence.push(evidenceYear(d.date.year, near ? 'named-year' : 'written-date', near))
  }
  return evidence
}

// The ten stems and twelve branches that name a lunar year: 1984 was Giáp Tý, the first of a cycle.
const STEMS = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý']
const BRANCHES = ['tý', 'sửu', 'dần', 'mão', 'thìn', 'tỵ', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi']
// Other spellings of a stem or branch.
const SPELLINGS: Record<string, string> = { kỉ: 'kỷ', tị: 'tỵ' }
const CYCLE_START = 1984
// `Tết Nguyên đán Giáp Thìn 2024`, `mừng Xuân Ất Tỵ`, `Tết Quý Mão năm 2023`: the festival, its
// stem and branch, maybe its year.
const LUNAR_NEW_YEAR = new RegExp(
  `(?<![\\p{L}])(?:tết|xuân)\\s+(?:nguyên\\s+đán\\s+)?(${[...STEMS, 'kỉ'].join('|')})\\s+(${[...BRANCHES, 'tị'].join('|')})(?![\\p{L}])(?:\\s+(?:năm\\s+)?(\\d{4})(?!\\d))?`,
  'giu',
)
// Greetings and visits for a new year begin in December: from July a day is in the year before.
const LUNAR_WINDOW_OPENS = '07-01'

// The year a stem and branch name, within the cycle of sixty years from 1984 (1984-2043).
function lunarYear(stem: string, branch: string): number | null {
  const spelled = (w: string) => SPELLINGS[w.toLowerCase()] ?? w.toLowerCase()
  const s = STEMS.indexOf(spelled(stem))
  const b = BRANCHES.indexOf(spelled(branch))
  if (s < 0 || b < 0 || s % 2 !== b % 2) return null
  for (let y = CYCLE_START; y < CYCLE_START + 60; y++)
    if ((y - CYCLE_START) % 10 === s && (y - CYCLE_START) % 12 === b) return y
  return null
}

function readLunarNewYears(
  text: string,
  near: boolean,
  evidence: YearEvidence[],
  taken: { start: number; end: number }[],
): void {
  for (const m of matchesOf(LUNAR_NEW_YEAR, text)) {
    const written = m[3] === undefined ? null : Number(m[3])
    const year = written ?? lunarYear(m[1] ?? '', m[2] ?? '')
    if (year === null || !isPlausibleYear(year)) continue
    evidence.push({
      kind: 'window',
      from: `${year - 1}-${LUNAR_WINDOW_OPENS}`,
      year,
      reason: 'lunar-new-year',
      confidence: yearReasonConfidence('lunar-new-year', near),
    })
    if (written !== null) taken.push({ start: m.index, end: m.index + m[0].length })
  }
}

function readReviewSpans(text: string, near: boolean, evidence: YearEvidence[]): void {
  for (const m of [...matchesOf(REVIEW_SPAN, text), ...matchesOf(RESULT_SPAN, text)]) {
    const word = (m[1] ?? '').toLowerCase()
    const span = COUNT_WORDS[word] ?? Number(word)
    const window = text.slice(m.index + m[0].length, m.index + m[0].length + REVIEW_WINDOW)
    // The reviewed document is named in the review's own paragraph: a year past a blank line (a
    // title's, before the dateline under it) is another date's.
    const paragraphEnd = window.indexOf('\n\n')
    const paragraph = paragraphEnd < 0 ? window : window.slice(0, paragraphEnd)
    // Nor past another event joined to the review (`Hội nghị tổng kết 10 năm ... và Lễ ký Chương
    // trình phối hợp ... giai đoạn 2021-2026`): that year is the other event's.
    const joined = JOINED_EVENT.exec(paragraph)
    const after = joined === null ? paragraph : paragraph.slice(0, joined.index)
    const from = FOUR_DIGITS.exec(after)
    const issued = from === null ? Number.NaN : Number(from[1])
    const year = issued + span
    if (!(span > 0) || !isPlausibleYear(year)) continue
    const day = from === null ? null : issueDay(after, from.index, issued)
    evidence.push(day === null ? evidenceYear(year, 'review-span', near) : reviewWindow(day, span, near))
  }
}

// `và Lễ ký ...`, `và Hội nghị ...`: a second event named after a review, in the same sentence.
const JOINED_EVENT =
  /\s(?:và|đồng thời)\s+(?:tổ chức\s+)?(?:lễ|hội nghị|hội thảo|tọa đàm|ký kết|phát động|trao)(?![\p{L}\p{M}])/iu

// The day the reviewed document was issued, when the window writes it in the year first met
// (`Chỉ thị số 05-CT/TW ngày 15/5/2016`, `Nghị định số 13/2018/NĐ-CP ngày 20/4/2018`).
function issueDay(after: string, at: number, year: number): PartialDate | null {
  // The year first met, then its next writing (after a code): each read with the few units
  // before it a day and month take (`ngày 15/05/`), not the whole window.
  const next = after.indexOf(String(year), at + 4)
  for (const y of next < 0 ? [at] : [at, next]) {
    const d = findVietnameseDates(after.slice(Math.max(0, y - DAY_MONTH_UNITS), y + 4)).at(-1)
    if (d !== undefined && d.date.precision === 'day' && d.date.year === year) return d.date
  }
  return null
}

// The units a day and month take before their year, with their separators: `15/05/`, `15-5-`.
const DAY_MONTH_UNITS = 8

// A review of N years falls near the day they end, seldom more than a few months before it (a
// resolution of January 2020 may be reviewed for three years in late 2022, its three calendar
// years done), often some months after: the twelve months from REVIEW_EARLY_MONTHS before it.
const REVIEW_EARLY_MONTHS = 4

function reviewWindow(issued: PartialDate, span: number, near: boolean): YearEvidence {
  const end = issued.year + span
  const from = new Date(Date.UTC(end, (issued.month ?? 1) - 1 - REVIEW_EARLY_MONTHS, issued.day ?? 1))
  return {
    kind: 'window',
    from: from.toISOString().slice(0, 10),
    year: end,
    reason: 'review-span',
    confidence: yearReasonConfidence('review-span', near),
  }
}

// The origin in brackets is a date of history, not of the report: it is taken, so the later
// passes do not read it as a year of the report.
function readAnniversaryCounts(
  text: string,
  near: boolean,
  evidence: YearEvidence[],
  taken: { start: number; end: number }[],
): void {
  for (const m of matchesOf(ANNIVERSARY_COUNT, text)) {
    const word = (m[1] ?? '').toLowerCase()
    const count = COUNT_WORDS[word] ?? Number(word)
    const at = m.index + m[0].length
    const after = text.slice(at, at + ANNIVERSARY_WINDOW)
    const origin = BRACKETED_YEAR.exec(after)
    if (origin === null) {
      // No year written: a national occasion (`ngày sinh Bác Hồ`) is counted from its known year.
      const known = anniversaryOrigin(after)
      if (known !== null && count > 0 && isPlausibleYear(known + count))
        evidence.push({ ...evidenceYear(known + count, 'anniversary', near), knownOrigin: known })
      // `kỷ niệm 95 năm Ngày thành lập Hội LHPN Việt Nam và 15 năm Ngày Phụ nữ Việt Nam`: a second count.
      const next = known === null ? null : NEXT_COUNT.exec(after)
      const more = next === null ? null : anniversaryOrigin(after.slice(next.index + next[0].length))
      const span = Number(next?.[1])
      if (more !== null && more !== known && span > 0 && isPlausibleYear(more + span))
        evidence.push({ ...evidenceYear(more + span, 'anniversary', near), knownOrigin: more })
      continue
    }
    const year = Number(origin[1]) + count
    if (origin[2] !== undefined || count <= 0 || !isPlausibleYear(year)) continue
    evidence.push(evidenceYear(year, 'anniversary', near))
    taken.push({ start: at + origin.index, end: at + origin.index + origin[0].length })
  }
}

// `năm học 2023 - 2024`, `năm học mới 2023-2024`, `NH 2023-2024` right before a span.
const SCHOOL_YEAR_BEFORE = /(?<![\p{L}])(?:năm\s+học(?:\s+mới)?|NH)\s*:?\s*$/iu
// How far before a span `năm học` may end: its words and a colon.
const SCHOOL_YEAR_REACH = 24
// Schools open their year in August (preparation, enrolment) and close it in July.
const SCHOOL_YEAR_OPENS = '08-01'

const schoolYear = (first: number, near: boolean): YearEvidence => ({
  kind: 'window',
  from: `${first}-${SCHOOL_YEAR_OPENS}`,
  reason: 'school-year',
  confidence: yearReasonConfidence('school-year', near),
})

// `Lịch sử Đảng bộ tỉnh giai đoạn`, `lịch sử truyền thống ... (`: a history's name before a span.
const HISTORY_BEFORE = /(?<![\p{L}\p{M}])lịch\s+sử(?![\p{L}\p{M}])[^.;:\n“”"]{0,60}$/iu

function readYearSpans(
  text: string,
  near: boolean,
  evidence: YearEvidence[],
  taken: { start: number; end: number }[],
): void {
  for (const m of matchesOf(YEAR_SPAN, text)) {
    const from = Number(m[1])
    const to = Number(m[2])
    if (!isPlausibleYear(from) || !isPlausibleYear(to) || to <= from) continue
    taken.push({ start: m.index, end: m.index + m[0].length })
    const before = text.slice(Math.max(0, m.index - ANNIVERSARY_WINDOW), m.index)
    // `năm học 2023 - 2024` names a school year, whatever stands before it (`lễ kỷ niệm Ngày Nhà
    // giáo Việt Nam, năm học 2023-2024` is no anniversary span).
    if (SCHOOL_YEAR_BEFORE.test(before.slice(-SCHOOL_YEAR_REACH))) {
      if (to === from + 1) evidence.push(schoolYear(from, near))
    } else if (ANNIVERSARY.test(before)) evidence.push(evidenceYear(to, 'anniversary', near))
    // A mid-term review (`sơ kết giữa nhiệm kỳ ..., nhiệm kỳ 2018-2023`) falls in the term's
    // middle, which a term of five years leaves between two years: the term gives none.
    else if (MID_TERM.test(before)) continue
    // The period a history covers (`đề cương “Lịch sử Đảng bộ tỉnh giai đoạn 2000 – 2020”`) is
    // past when it is written or discussed, by how long the text does not say.
    else if (HISTORY_BEFORE.test(before)) continue
    else {
      const term = TERM_BEFORE.test(before.slice(-TERM_REACH)) || TERM_LIST_BEFORE.test(before.slice(-TERM_LIST_REACH))
      const period: YearEvidence = {
        kind: 'period',
        from,
        to,
        reason: 'period',
        confidence: yearReasonConfidence('period', near),
        ...(term ? { term: true } : {}),
      }
      // A period in the event's own words holds it (`phát động ... giai đoạn 2023-2025`).
      evidence.push(near ? { ...period, holds: true } : period)
    }
  }
}

/**
 * The evidence without the anniversaries counted from a known occasion's year (`knownOrigin`)
 * that nothing else agrees with: such a count dates a report only when the text names the same
 * year another way (`kỷ niệm 128 năm ngày sinh Bác Hồ` beside `đến ngày 18.11.2018`) or another
 * occasion's count gives it too (`95 năm Ngày thành lập Hội LHPN Việt Nam và 15 năm Ngày Phụ nữ
 * Việt Nam`). `context` is all the evidence it may agree with, `evidence` included or not.
 */
export function corroborated(evidence: YearEvidence[], context: YearEvidence[]): YearEvidence[] {
  return evidence.filter(
    (e) =>
      e.kind !== 'year' ||
      e.knownOrigin === undefined ||
      context.some((c) => c.kind === 'year' && c.year === e.year && c.knownOrigin !== e.knownOrigin),
  )
}

// How near the anniversary's day an event celebrating it is held: the weeks before or after.
const ANNIVERSARY_NEAR_DAYS = 45
const CELEBRATES = /kỷ niệm|kỉ niệm/iu

/**
 * The year a sentence's own anniversary span gives a day whose written year it contradicts
 * (`Chào mừng kỷ niệm 47 năm ngày giải phóng miền Nam (30/4/1975-30/4/2022) ..., sáng ngày
 * 24/4/2018, ...`: 2022, last year's date kept by a template), or `null`. Only when the spans
 * name that one year, the text writes nothing else in the written one, and the anniversary's
 * day in that year falls within weeks of the event's.
 */
export function anniversaryYearOverWritten(date: PartialDate, sentence: string): number | null {
  if (date.precision !== 'day' || date.month === undefined || date.day === undefined) return null
  if (!CELEBRATES.test(sentence)) return null
  const evidence = readYearEvidence(sentence)
  const spans = new Set(evidence.flatMap((e) => (e.kind === 'year' && e.reason === 'anniversary' ? [e.year] : [])))
  const [year] = spans
  if (spans.size !== 1 || year === undefined || year === date.year) return null
  // The event's own date is the one piece naming its written year.
  if (evidence.filter((e) => e.kind === 'year' && e.year === date.year).length > 1) return null
  const day = Date.UTC(year, date.month - 1, date.day)
  const near = findVietnameseDates(sentence).some(
    (d) =>
      d.date.precision === 'day' &&
      d.date.year === year &&
      Math.abs(Date.UTC(year, (d.date.month ?? 1) - 1, d.date.day ?? 1) - day) <= ANNIVERSARY_NEAR_DAYS * DAY_MS,
  )
  return near ? year : null
}
