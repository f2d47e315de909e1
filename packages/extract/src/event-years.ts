import {
  anniversaryYearOverWritten,
  corroborated,
  type Directive,
  inferYear,
  inferYearFromEvidence,
  parsePartialDate,
  partialDateRange,
  readYearEvidence,
  type YearEvidence,
  yearReasonConfidence,
} from '@vanban/core'
import type { FoundEvent } from './events.ts'
import type { Piece } from './sentences.ts'

/**
 * Years for the events of a page that gives no publication date, from the text's own evidence
 * (`inferYearFromEvidence` of `@vanban/core`): what the event's sentence and the title state
 * (a review span, an anniversary, a year in the event's name), what the rest of the text states
 * (a year or a full date written elsewhere, a period), and the issue dates of the directives the
 * event carries out, which it cannot come before. An event stays undated when nothing bounds its
 * year.
 *
 * @module
 */

/** The text an article's events are dated from. */
export type YearSources = {
  text: string
  title: Piece | null
  sentences: Piece[]
  directives: Directive[]
}

/**
 * Dates each event that its report gave without a year (`yearless`), in place: its `date`
 * with the inferred year, `dateInferred` and the evidence's `dateConfidence`.
 */
export function inferEventYears(found: FoundEvent[], sources: YearSources): void {
  if (!found.some((e) => e.date === null)) return
  // What the text at large states, read once and only when an event needs it.
  let textEvidence: YearEvidence[] | undefined
  const inTextOnce = (): YearEvidence[] =>
    (textEvidence ??= fewOfEach(readYearEvidence(sources.text.slice(0, EVIDENCE_TEXT))))
  let titleEvidence: YearEvidence[] | undefined
  const inTitleOnce = (): YearEvidence[] =>
    (titleEvidence ??= sources.title === null ? [] : readYearEvidence(sources.title.text, { near: true }))
  let issuedBounds: Map<string, YearEvidence & { kind: 'notBefore' }> | undefined
  const issuedOnce = () => (issuedBounds ??= issueBounds(sources.directives))
  let previous: FoundEvent | undefined
  for (const e of found) {
    const before = previous
    previous = e
    // `Tại hội nghị này, ...` after an undated event names its own year as well as any report;
    // told first, it tells of a meeting the page does not report, whose year it may not name.
    const anchored = e.follows !== null && (before === undefined || before.date !== null || before.yearless !== null)
    if (e.date === null && e.yearless === null && !anchored) datedByName(e, sources, inTextOnce, e === found[0])
    if (e.date !== null || e.yearless === null) continue
    // `Cùng ngày` takes the year of the event before; `Trước đó` the latest that does not put
    // it after that event.
    const anchor = before?.date ?? null
    if (e.follows !== null && anchor !== null) {
      const date = e.follows === 'same' ? { ...e.yearless, year: anchor.year } : inferYear(e.yearless, anchor)
      if (date !== null) {
        e.date = date
        e.dateInferred = before?.dateInferred ?? true
        e.dateConfidence = before?.dateConfidence ?? 1
        continue
      }
    }
    const sentence = ownWords(e, found, sources).slice(0, EVIDENCE_SENTENCE)
    const read = readYearEvidence(sentence, { near: true })
    const context = [...read, ...inTitleOnce(), ...inTextOnce()]
    const own = [...corroborated(read, context), ...corroborated(inTitleOnce(), context)]
    // A review comes an unknown span after what it reviews: the issue date bounds it, no more. So
    // does a meeting that works on one (`Ban Chỉ đạo tổng kết thực hiện Nghị quyết số 18 ... họp`).
    const reviews = e.kind === 'review' || REVIEW_OF.test(sentence)
    const bounds = e.directives.flatMap((code) => {
      const bound = issuedOnce().get(code)
      return bound === undefined ? [] : reviews ? [{ ...bound, givesYear: false }] : [bound]
    })
    const near = e.kind === 'review' || CLOSES.test(e.title ?? '') ? own.map(closesPeriod) : own
    const text = inTextOnce()
    const evidence = [...near, ...corroborated(text, text)]
    const reading = inferYearFromEvidence(e.yearless, [
      ...(CONGRESS.test(e.title ?? '') ? latestTermHolds(evidence) : withoutTerms(evidence)),
      ...bounds,
    ])
    if (reading === null) continue
    e.date = reading.date
    e.dateInferred = true
    e.dateConfidence = reading.confidence
  }
  sameOccasionBack(found)
  oneDayOneYear(found)
}

// Events one sentence reports on one day (`Ngày 23/11, ... tổ chức Hội nghị Tổng kết ... và Lễ ký
// ...`) are in one year: the one whose year is best trusted gives it to the others.
function oneDayOneYear(found: FoundEvent[]): void {
  for (const e of found) {
    if (e.date === null || e.yearless === null || !e.dateInferred) continue
    for (const o of found) {
      if (o === e || o.sentence !== e.sentence || o.yearless === null || !o.dateInferred || o.date === null) continue
      if (o.yearless.month !== e.yearless.month || o.yearless.day !== e.yearless.day) continue
      if (o.dateConfidence >= e.dateConfidence || o.date.year === e.date.year) continue
      const { partOfDay, ...day } = e.date
      o.date = { ...day, ...(o.date.partOfDay === undefined ? {} : { partOfDay: o.date.partOfDay }) }
      o.dateConfidence = e.dateConfidence
    }
  }
}

// An event's sentence up to the next event it reports (`Hội nghị Tổng kết 10 năm ... và Lễ ký
// Chương trình phối hợp ... giai đoạn 2021-2026`): the words after are the other event's.
function ownWords(e: FoundEvent, found: FoundEvent[], sources: YearSources): string {
  const piece = sources.sentences[e.sentence]
  if (piece === undefined) return ''
  let end = piece.text.length
  for (const o of found)
    if (o.sentence === e.sentence && o.span.start > e.span.start) end = Math.min(end, o.span.start - piece.start)
  return piece.text.slice(0, Math.max(0, end))
}

// `Tại hội nghị này, ...` dated by its own words (an anniversary it celebrates) dates the
// meeting reported before it, which gave no day: one occasion, one date.
function sameOccasionBack(found: FoundEvent[]): void {
  for (let i = found.length - 1; i > 0; i--) {
    const e = found[i]!
    const before = found[i - 1]!
    if (e.follows !== 'same' || e.date === null || before.date !== null || before.yearless !== null) continue
    const { partOfDay: _drop, ...day } = e.date
    before.date = day
    before.dateInferred = e.dateInferred
    before.dateConfidence = e.dateConfidence
  }
}

/**
 * On a page with a publication date, dates each event that its report gave no day at all by the
 * year its own words name (`lễ tôn vinh "Nông dân Việt Nam xuất sắc 2021"`), as on a page
 * without one; never past the publication date's year.
 */
export function dateNamedYears(found: FoundEvent[], sources: YearSources, publishedYear: number): void {
  let textEvidence: YearEvidence[] | undefined
  const inTextOnce = (): YearEvidence[] =>
    (textEvidence ??= fewOfEach(readYearEvidence(sources.text.slice(0, EVIDENCE_TEXT))))
  for (const e of found) {
    if (e.date !== null || e.yearless !== null || e.follows !== null) continue
    datedByName(e, sources, inTextOnce)
    // Read anew: datedByName has just dated it, which narrowing does not see.
    const dated = dateOf(e)
    if (dated !== null && dated.year > publishedYear) {
      e.date = null
      e.dateInferred = false
      e.dateConfidence = 1
    }
  }
}

const dateOf = (e: FoundEvent) => e.date

// A review of a period in its own words (`tổng kết ... giai đoạn 2021-2025`) comes at its end,
// when not in it: the period is a last resort, its last year.
function closesPeriod(e: YearEvidence): YearEvidence {
  if (e.kind !== 'period' || e.holds !== true) return e
  const { holds: _, ...period } = e
  return period
}

// A congress (`Đại hội`) elects a term and opens it, closing the one before: held in the first
// year of the latest term the text names (`Đại hội ... lần thứ XI`, beside `nhiệm kỳ 2018-2023`
// reviewed and `nhiệm kỳ 2023-2028` opened, is in 2023). That term holds it.
const CONGRESS = /^đại hội(?![\p{L}\p{M}])/iu

// Any other event held under a term (`Hội nghị Ban Chấp hành lần thứ 3`, `học tập Nghị quyết Đại
// hội ... nhiệm kỳ 2018 – 2023`, which follows the congress) may fall in any of its years: the
// term does not date it.
function withoutTerms(evidence: YearEvidence[]): YearEvidence[] {
  return evidence.filter((x) => x.kind !== 'period' || x.term !== true)
}

function latestTermHolds(evidence: YearEvidence[]): YearEvidence[] {
  let latest: YearEvidence | undefined
  for (const x of evidence)
    if (x.kind === 'period' && x.term === true && (latest?.kind !== 'period' || x.from > latest.from)) latest = x
  return latest === undefined ? evidence : evidence.map((x) => (x === latest ? { ...x, holds: true } : x))
}

// An undated report whose event names its year (`Vừa qua, ... tổ chức Hội thi ... năm 2023`), or
// the anniversary it celebrates, is dated to that year, when its words name one year only and the text states no later one: a
// year older than the text's others is history (`Cách mạng Tháng Tám năm 1945`).
function datedByName(e: FoundEvent, sources: YearSources, inText: () => YearEvidence[], first = false): void {
  const report = (sources.sentences[e.sentence]?.text ?? '').slice(0, EVIDENCE_SENTENCE)
  const title = (sources.title?.text ?? '').slice(0, EVIDENCE_SENTENCE)
  // Most reports name no year: those are not read further. The title names the page's main
  // event, which the page reports first (`Hội thi tuyên truyền viên giỏi năm 2023` over `Vừa
  // qua, Huyện đoàn tổ chức Hội thi tuyên truyền viên giỏi`).
  const sentence = NAMES_A_YEAR.test(report) ? report : first && NAMES_A_YEAR.test(title) ? title : null
  if (sentence === null) return
  const read = readYearEvidence(sentence, { near: true })
  // Only a count from a known occasion's year asks the text at large, which is read only then.
  const own = read.some(fromKnownOrigin) ? corroborated(read, [...read, ...inText()]) : read
  if (datedByPlannedYear(e, own, inText)) return
  const named = own.filter((x) => x.kind === 'year' && NAMING.has(x.reason))
  let years = new Set(named.map((x) => (x.kind === 'year' ? x.year : 0)))
  // `báo cáo ... năm 2018 và 8 tháng đầu năm 2019`: a year reviewed whole and the first months of
  // the next, the latest, which the report is given in.
  const parts = new Set(named.flatMap((x) => (x.kind === 'year' && x.part === true ? [x.year] : [])))
  if (years.size > 1 && parts.size === 1 && [...parts][0] === Math.max(...years)) years = parts
  if (years.size === 0 && sentence === report) {
    datedByPeriodOpened(e, own)
    return
  }
  if (years.size !== 1 || own.some((x) => x.kind !== 'year')) return
  const [year = 0] = years
  if (inText().some((x) => (x.kind === 'year' || x.kind === 'turn') && x.year > year)) return
  const reading = inferYearFromEvidence({ precision: 'year' }, own)
  if (reading === null || reading.date.year !== year) return
  e.date = reading.date
  e.dateInferred = true
  e.dateConfidence = reading.confidence
}

// A day-less report of a meeting whose words plan a year (`tổng kết nhiệm vụ ... năm 2017, triển
// khai phương hướng, nhiệm vụ năm 2018`, `ký kết ... hoàn thành các chỉ tiêu, nhiệm vụ năm 2021`)
// is dated to the year it plans, which such meetings open, when nothing in its words or the text
// names a later year, and no period its words name leaves that year out.
function datedByPlannedYear(e: FoundEvent, own: YearEvidence[], text: () => YearEvidence[]): boolean {
  let year = 0
  for (const x of own) if (x.kind === 'turn' && x.planned === true) year = Math.max(year, x.year + 1)
  if (year === 0) return false
  const later = (x: YearEvidence) =>
    x.kind === 'year' ? x.year > year : x.kind === 'turn' ? x.year + (x.planned === true ? 1 : 0) > year : false
  const outside = (x: YearEvidence) => x.kind === 'window' || (x.kind === 'period' && (year < x.from || year > x.to))
  if (own.some((x) => later(x) || outside(x)) || text().some(later)) return false
  const confidence = own.find((x) => x.kind === 'turn' && x.planned === true)?.confidence ?? 0
  e.date = { year, precision: 'year' }
  e.dateInferred = true
  e.dateConfidence = confidence
  return true
}

const fromKnownOrigin = (x: YearEvidence): boolean => x.kind === 'year' && x.knownOrigin !== undefined

// A day-less report of an event that opens a period its own words name (`Đại hội Chi bộ nhiệm
// kỳ 2025 - 2027`, `phát động phong trào thi đua giai đoạn 2023 - 2025`, `khai giảng lớp ... khóa
// 2023 - 2025`) is in the period's first year; of one that closes it (`bế giảng lớp ... khóa
// 2023 - 2025`), in its last. Of any other, or of several periods, nothing is said.
function datedByPeriodOpened(e: FoundEvent, own: YearEvidence[]): void {
  const [period, ...others] = own
  if (others.length > 0) return
  // A school year (`khai giảng năm học 2023 - 2024`, `tổng kết năm học 2023-2024`) likewise.
  const span =
    period?.kind === 'period' && period.holds === true
      ? { from: period.from, to: period.to }
      : period?.kind === 'window' && period.reason === 'school-year'
        ? { from: Number(period.from.slice(0, 4)), to: Number(period.from.slice(0, 4)) + 1 }
        : null
  if (span === null || period === undefined) return
  const title = e.title ?? ''
  // A review of a congress (`tổng kết công tác tổ chức Đại hội ... nhiệm kỳ 2020 - 2025`) follows
  // the congress, which opens the term: the term's first year.
  const year =
    REVIEWS_CONGRESS.test(title) || PREPARES_CONGRESS.test(title)
      ? span.from
      : CLOSES.test(title)
        ? span.to
        : e.kind === 'launch' || OPENS.test(title)
          ? span.from
          : null
  if (year === null) return
  e.date = { year, precision: 'year' }
  e.dateInferred = true
  e.dateConfidence = period.confidence
}

// Training or guidance for a congress (`tập huấn công tác tổ chức đại hội chi bộ`, with `Đại hội chi
// bộ nhiệm kỳ 2022-2025` in its words) readies the congress that opens the term: its first year.
const PREPARES_CONGRESS =
  /^(?:hội nghị\s+)?(?:tập huấn|hướng dẫn|bồi dưỡng)\s+(?:nghiệp vụ\s+)?(?:công tác\s+)?(?:tổ chức\s+|chuẩn bị\s+)?đại hội(?![\p{L}\p{M}])/iu

// The names of events that open a period or a course, and of those that close one.
const OPENS = /^(?:(?:lễ\s+)?(?:khai giảng|khai mạc|ra quân|phát động)|đại hội)(?![\p{L}\p{M}])/iu
const CLOSES = /^(?:lễ\s+)?(?:bế giảng|bế mạc|tổng kết)(?![\p{L}\p{M}])/iu
// A review whose object is a congress: `(hội nghị) tổng kết (công tác tổ chức) Đại hội`.
const REVIEWS_CONGRESS =
  /^(?:hội nghị\s+)?(?:tổng kết|rút kinh nghiệm)\s+(?:công tác\s+)?(?:tổ chức\s+)?đại hội(?![\p{L}\p{M}])/iu

// A year in the event's words, or the later end of the anniversary it celebrates (`họp mặt kỷ
// niệm 95 năm Ngày thành lập Đảng 3/2/1930 - 3/2/2025`): a day-less report is in that year.
const NAMES_A_YEAR =
  /(?:năm|tháng|quý)\s+\S{0,4}\s*[/-]?\s*\d{4}|(?:kỷ|kỉ)\s+niệm\s+\d{1,3}\s+năm|\d{4}\s*[-–—]\s*(?:\d{1,2}[/.-]\d{1,2}[/.-])?\d{4}|\s\d{4}\s*["”»]/iu
// A review of carrying a document out, named in an event's words of another kind.
const REVIEW_OF = /(?:tổng kết|sơ kết)\s+(?:việc\s+)?(?:thực hiện|triển khai)/iu
const NAMING: ReadonlySet<string> = new Set(['named-year', 'anniversary'])

// How much of the text at large is read for evidence: far more than any article, so a megabyte
// of hostile input costs what an article does.
const EVIDENCE_TEXT = 50_000

// How much of an event's own sentence is: its words, not a run-on megabyte.
const EVIDENCE_SENTENCE = 2_000

// Pieces beyond the first few alike add nothing (agreement has a ceiling), and a long text may
// repeat one many times: each event then weighs a few, not thousands.
const ALIKE_KEPT = 4

function fewOfEach(evidence: YearEvidence[]): YearEvidence[] {
  // Pieces alike share their year (or first year, or day): each is compared with the few kinds
  // of piece met under it, field by field, not keyed by a string of all its fields.
  const groups = new Map<unknown, { piece: YearEvidence; count: number }[]>()
  return evidence.filter((e) => {
    const x = e as Partial<Record<string, unknown>>
    const at = x.year ?? x.from ?? x.date
    let group = groups.get(at)
    if (group === undefined) {
      group = []
      groups.set(at, group)
    }
    let seen = group.find((g) => alike(g.piece, e))
    if (seen === undefined) {
      seen = { piece: e, count: 0 }
      group.push(seen)
    }
    return seen.count++ < ALIKE_KEPT
  })
}

// What makes two pieces alike: every field of every kind equal.
const ALIKE_FIELDS = [
  'kind',
  'year',
  'from',
  'to',
  'date',
  'reason',
  'confidence',
  'knownOrigin',
  'part',
  'planned',
  'givesYear',
  'holds',
  'term',
] as const

function alike(a: YearEvidence, b: YearEvidence): boolean {
  const x = a as Partial<Record<string, unknown>>
  const y = b as Partial<Record<string, unknown>>
  for (const field of ALIKE_FIELDS) if (x[field] !== y[field]) return false
  return true
}

// The day each directive was issued, or the first day of the year its code carries
// (`13/2023/NĐ-CP`): a bound that an event carrying it out cannot come before.
function issueBounds(directives: Directive[]): Map<string, YearEvidence & { kind: 'notBefore' }> {
  const bounds = new Map<string, YearEvidence & { kind: 'notBefore' }>()
  for (const d of directives) {
    const issued = d.issuedOn === null ? null : parsePartialDate(d.issuedOn)
    const date = issued !== null ? partialDateRange(issued).start : d.year !== null ? `${d.year}-01-01` : null
    if (date === null) continue
    const reason = 'document-issued'
    bounds.set(d.code, { kind: 'notBefore', date, reason, confidence: yearReasonConfidence(reason) })
  }
  return bounds
}

// A review of a year that plans the next (`Sáng ngày 06/01/2017, Đảng ủy xã ... tổ chức Hội nghị
// tổng kết ... năm 2017, triển khai phương hướng nhiệm vụ năm 2018`) is held when the year
// reviewed is out: a day early in that very year is the next year's, the old year typed out of
// habit at the turn of the year.
const TURN_MONTHS = 2
const REVIEWS_WORD = /tổng kết|kiểm điểm/iu

/** Moves to the next year each dated event held early in the year its own words review and plan past. */
export function dateReviewsPastTheirYear(found: FoundEvent[], sentences: Piece[]): void {
  for (const e of found) {
    const d = e.date
    if (d === null || e.dateInferred || d.month === undefined || d.month > TURN_MONTHS) continue
    const sentence = (sentences[e.sentence]?.text ?? '').slice(0, EVIDENCE_SENTENCE)
    if (!REVIEWS_WORD.test(sentence)) continue
    const turns = readYearEvidence(sentence).filter((x) => x.kind === 'turn' && x.year === d.year)
    const reviewed = turns.some((x) => x.kind === 'turn' && x.planned !== true)
    const planned = turns.some((x) => x.kind === 'turn' && x.planned === true)
    if (!reviewed || !planned) continue
    e.date = { ...d, year: d.year + 1 }
    e.dateInferred = true
    e.dateConfidence = yearReasonConfidence('year-turn', true)
  }
}

/**
 * Gives each dated event the year its own anniversary span names where its written year
 * contradicts it (`anniversaryYearOverWritten` of `@vanban/core`), marked inferred.
 */
export function dateByOwnAnniversary(found: FoundEvent[], sentences: Piece[]): void {
  for (const e of found) {
    const d = e.date
    if (d === null || e.dateInferred) continue
    const year = anniversaryYearOverWritten(d, (sentences[e.sentence]?.text ?? '').slice(0, EVIDENCE_SENTENCE))
    if (year === null) continue
    e.date = { ...d, year }
    e.dateInferred = true
    e.dateConfidence = yearReasonConfidence('anniversary', true)
  }
}
