import { type EventKind, findVietnameseDates, type PartialDate, readDateCue, readSameDayCue } from '@vanban/core'
import type { ResolvedMention } from './directives.ts'
import { classifyEvent, EVENT_HEADS } from './event-kinds.ts'
import type { Piece } from './sentences.ts'
import { firstLetters, WHITE_SPACE, withCapitals, wordPattern } from './word-pattern.ts'

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
 * `Nhân dịp này` / `Sau hội nghị` (the same occasion); `Trước đó` (an earlier, undated event
 * unless a date follows); `Mới đây` / `Vừa qua` (a recent, undated event).
 */
export type FoundEvent = {
  kind: EventKind
  title: string | null
  date: PartialDate | null
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
  kind: 'date' | 'sameDay' | 'occasion' | 'before' | 'recent' | 'none'
  end: number
  date: PartialDate | null
}

const BEFORE = /^(?:trước đó|trước đấy)\s*,?\s*/iu
const OCCASION =
  /^(?:nhân dịp này|dịp này|cũng trong dịp này|(?:cũng\s+)?(?:tại|sau) (?:hội nghị|buổi lễ|lễ|buổi sinh hoạt|chương trình)(?: này)?)\s*,?\s*/iu
// Words that lead into a sentence before its time cue: `Tiếp đó, sáng 13-3, ...`.
const CONNECTIVE = /^(?:tiếp đó|tiếp theo|sau đó|mới đây|vừa qua|gần đây)\s*,?\s*/iu

// Words before a verb that make it a plan, an instruction or reported speech, not a report.
// Matched in lower case, and capitalised only where no name starts with them: `Giao Thủy`,
// `Cần Thơ`, `Mong Thọ` are places.
const NOT_A_REPORT_WORDS = withCapitals(
  [
    'dự kiến',
    'theo kế hoạch',
    'chuẩn bị',
    'đề nghị',
    'yêu cầu',
    'đề xuất',
    'kiến nghị',
    'hằng năm',
    'định kỳ',
    'sẽ',
    'chưa',
    'nếu',
  ],
  [
    'sắp(?!\\s+xếp)',
    'cần',
    'phải',
    'giao(?!\\s+(?:ban|lưu|thông|tiếp|nhận|ước))',
    'mong',
    'để',
    // `không gian mạng` (cyberspace), `Không quân` (the air force) say no `không` (not).
    'không(?!\\s+(?:gian|khí|quân|phận))',
    // `thực hiện chỉ đạo của Thành ủy` (the direction of) is a noun, as is `Ban Chỉ đạo`.
    '(?<!(?:[Bb]an|[Tt]hực hiện|[Tt]heo|[Ss]ự|[Cc]ủa) )chỉ đạo',
    'lưu ý',
    'nhắc nhở',
    'nhấn mạnh',
  ],
)
const NOT_A_REPORT = wordPattern(NOT_A_REPORT_WORDS, 'u')
const NOT_A_REPORT_ALL = wordPattern(NOT_A_REPORT_WORDS, 'gu')
const SPEECH_WORDS = withCapitals(
  [
    'yêu cầu',
    'đề nghị',
    'nhấn mạnh',
    'khẳng định',
    'cho rằng',
    'cho biết',
    'lưu ý',
    'đề xuất',
    'kiến nghị',
    'mong muốn',
    'phát biểu',
    'nêu rõ',
    'kết luận (?:hội nghị|buổi|hội thảo)',
    'theo báo cáo',
    'báo cáo tại',
    'dự kiến',
    'sẽ',
  ],
  ['cần', 'phải', '(?<!(?:[Bb]an|[Ll]ãnh đạo,|[Tt]hực hiện|[Tt]heo|[Ss]ự|[Cc]ủa) )chỉ đạo'],
)
const SPEECH = wordPattern(SPEECH_WORDS, 'gu')
const LIST = /gồm[^:]{0,80}:/gu

const HEAD_PATTERN = new RegExp(
  `^[“"]?(?:(?:thành công|long trọng|trọng thể|trang trọng|chính thức|trực tuyến)\\s+)?(?:(?:\\d{1,3}|các|nhiều|một|hai|ba|bốn|năm)\\s+)?(?:${[...EVENT_HEADS].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'iu',
)

const startsWithHead = (text: string) => HEAD_PATTERN.test(text)

function readCue(text: string, reference: string | undefined): Cue {
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
  m = CONNECTIVE.exec(text)
  if (m !== null) {
    const inner = readCue(text.slice(m[0].length), reference)
    // `Mới đây, Lễ ra mắt ... đã diễn ra`: a report of something lately done, with no date.
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
    if (inner.kind === 'date') return { kind: 'before', end: m[0].length + inner.end, date: inner.date }
    return { kind: 'before', end: m[0].length, date: null }
  }
  const dated = readDateCue(text, { reference })
  return dated === null ? { kind: 'none', end: 0, date: null } : { kind: 'date', end: dated.end, date: dated.date }
}

// The date written right after a passive verb (`được tổ chức`, `diễn ra`), read as a cue.
const HELD_THEN = /(?<![\p{L}])(?:được tổ chức|tổ chức|diễn ra|khai mạc|bế mạc)\s+(?:(?:trực tuyến|trực tiếp)\s+)?/iu

// The date written right after the verb of a passive report (`được tổ chức`, `diễn ra`, the
// `tổ chức` of `do X tổ chức`), within the clause that follows the report's start, read as a cue.
function dateAfterVerb(text: string, verb: number, reference: string | undefined): PartialDate | null {
  const clause = text.slice(verb, verb + 240)
  const after = HELD_THEN.exec(clause)
  if (after === null) return null
  const cue = readCue(clause.slice(after.index + after[0].length), reference)
  return cue.kind === 'date' ? cue.date : null
}

// The date written before the verb, nearest to it, outside directive mentions and their tails.
function dateBefore(
  text: string,
  offset: number,
  limit: number,
  mentions: ResolvedMention[],
  reference: string | undefined,
): { date: PartialDate; start: number; end: number } | null {
  const found = findVietnameseDates(text.slice(0, limit), { reference })
  let best: { date: PartialDate; start: number; end: number } | null = null
  // Dates and mentions both run in text order: one pointer keeps the furthest tail of the
  // mentions that start before the date ends.
  let k = 0
  let tail = -1
  for (const d of found) {
    while (k < mentions.length && mentions[k]!.start < offset + d.end) tail = Math.max(tail, mentions[k++]!.tailEnd)
    if (d.date.precision !== 'day' && d.date.precision !== 'month') continue
    const inMention = tail > offset + d.start
    if (!inMention) best = { date: d.date, start: d.start, end: d.end }
  }
  return best
}

type Trigger = { verb: number; phrase: number; kind: EventKind; passive: boolean; lead: boolean; confidence: number }

// `tổ chức` (to hold) an event, `khai mạc` (to open) one, `mở` (to open) a class or a course,
// `họp` (to meet in) a conference or a session.
const ORGANIZE = new RegExp(
  `${firstLetters(['được', 'tổ chức', 'mở', 'họp', 'khai mạc'])}(?<![\\p{L}])(được\\s+)?(?:tổ chức|khai mạc|mở(?=\\s+(?:\\d{1,3}\\s+|các\\s+)?(?:lớp|khóa)(?![\\p{L}]))|họp(?=\\s+(?:hội nghị|phiên|kỳ họp)(?![\\p{L}])))\\s+`,
  'giu',
)
const LAUNCH = wordPattern(['ra mắt', 'khai trương', 'phát động', 'khánh thành'], 'iu', '\\s')
const VISIT = wordPattern(['làm việc (?:với|tại)', 'tiếp xúc cử tri', 'đối thoại với'], 'iu', '\\s')
const VERB_EVENT = wordPattern(['sơ kết', 'tổng kết', 'tuyên dương', 'tập huấn', 'sinh hoạt chuyên đề'], 'iu', '\\s')
// Inspecting as a verb after `đã`, `vừa` or `tiến hành`: `Đoàn giám sát ... đã giám sát việc ...`
// (the team's name holds the same words as a noun).
const INSPECT = wordPattern(['đã', 'vừa', 'tiến hành'], 'u', '\\s+(?=(?:giám sát|kiểm tra|khảo sát)\\s)')

// Verbs an organisation reports with, each with the kind it gives (null: the verb names it).
const VERB_TRIGGERS = [
  [LAUNCH, 'launch'],
  [VISIT, 'other'],
  [VERB_EVENT, null],
  [INSPECT, 'other'],
] as const
const HAPPENED = wordPattern(['được tổ chức', 'đã được tổ chức', 'diễn ra', 'đã diễn ra', 'khai mạc', 'bế mạc'])

const isUpperStart = (s: string) => s.length > 0 && s[0] !== s[0]!.toLowerCase()

// Plural or counted events without a date are habits and tallies (`tổ chức các buổi nói chuyện`).
const PLURAL = /^[“"]?(?:các|nhiều|những|hàng|\d{1,4})\s/iu

// `ban tổ chức`, `việc tổ chức`: the words a noun `tổ chức` follows.
const NOUN_BEFORE = /(?:ban|các|những|của|cơ sở|việc)$/iu

// Whether `text` before `end` is one of NOUN_BEFORE's words and then white space; the word is
// read on the few code units before the space, so each check costs its own length.
function nounBefore(text: string, end: number): boolean {
  let j = end
  while (j > 0 && WHITE_SPACE.test(text[j - 1]!)) j--
  return j < end && NOUN_BEFORE.test(text.slice(Math.max(0, j - 8), j))
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

function findTrigger(
  text: string,
  masked: (to: number) => string,
  cue: Cue,
  subjectStart: number,
  noEventsYet: boolean,
): Trigger | null {
  const planned = growingTest(NOT_A_REPORT_ALL, 16, subjectStart)
  for (const m of text.matchAll(ORGANIZE)) {
    if (m[1] !== undefined) continue
    if (nounBefore(text, m.index)) continue
    const after = text.slice(m.index + m[0].length)
    if (!startsWithHead(after)) continue
    // A plan (`... để chuẩn bị tổ chức đại hội`) ends the search for `tổ chức`; an event the
    // sentence reported before it in the passive is still read below.
    if (planned(masked(m.index), m.index)) break
    if ((cue.kind === 'none' || cue.kind === 'recent') && PLURAL.test(after)) continue
    const kind = classifyEvent(after) ?? 'other'
    return { verb: m.index, phrase: m.index + m[0].length, kind, passive: false, lead: false, confidence: 0.85 }
  }
  const rest = text.slice(subjectStart)
  if (cue.kind !== 'none' && startsWithHead(rest)) {
    const happened = HAPPENED.exec(rest) ?? HELD_BY_NAMED.exec(rest)
    if (
      happened !== null &&
      !NOT_A_REPORT.test(masked(subjectStart + happened.index).slice(subjectStart, subjectStart + happened.index))
    ) {
      return {
        verb: subjectStart + happened.index,
        phrase: subjectStart,
        kind: classifyEvent(rest.slice(0, happened.index)) ?? 'other',
        passive: true,
        lead: false,
        confidence: 0.75,
      }
    }
  }
  for (const [pattern, kind] of VERB_TRIGGERS) {
    const found = pattern.exec(rest)
    if (found === null) continue
    // INSPECT matches the adverb before its verb: the verb starts where the match ends.
    const at = pattern === INSPECT ? found.index + found[0].length : found.index
    const subject = rest.slice(0, at)
    // The subject may open with its place (`tại Quảng trường Lam Sơn, Huyện đoàn ...`). Its own
    // clause is short; what comes before its last comma may be long (`Thực hiện Kế hoạch số
    // 47/KH-MTTQ-BTT ... về giám sát chuyên đề năm 2024, sáng ngày 16/9, Đoàn ...`).
    const clause = subject.slice(subject.lastIndexOf(', ') + 1)
    if (
      readSubject(subject).organizer === null ||
      NOT_A_REPORT.test(masked(subjectStart + at).slice(subjectStart, subjectStart + at)) ||
      clause.split(' ').length > 40
    )
      continue
    const hasCue = cue.kind !== 'none' || /(?:đã|vừa|chính thức)\s+$/iu.test(subject)
    const dated = cue.kind === 'date' || cue.kind === 'sameDay' || (cue.kind === 'before' && cue.date !== null)
    if (!hasCue || (kind === null && !dated)) continue
    const verb = subjectStart + at
    return {
      verb,
      phrase: verb,
      kind: kind ?? classifyEvent(found[0]) ?? 'other',
      passive: false,
      lead: false,
      confidence: 0.75,
    }
  }
  if (
    noEventsYet &&
    startsWithHead(rest) &&
    !NOT_A_REPORT.test(masked(subjectStart + 60).slice(subjectStart, subjectStart + 60))
  ) {
    const kind = classifyEvent(rest, 80)
    if (kind !== null)
      return { verb: subjectStart, phrase: subjectStart, kind, passive: true, lead: true, confidence: 0.6 }
  }
  return null
}

// Words between an organiser and its verb (`Đảng ủy xã đã long trọng tổ chức`). Their ends
// are compared, not searched for: an expression anchored at the end is tried at every offset.
const FILLERS = ['đã', 'cũng', 'vừa', 'mới', 'chính thức', 'long trọng', 'trang trọng', 'trọng thể', 'tiếp tục']

// What the fillers end with, in either case: most subjects end otherwise and are not compared.
const FILLER_ENDS = new Set(FILLERS.flatMap((w) => [w.at(-1)!, w.at(-1)!.toUpperCase()]))

function dropFiller(s: string): string {
  if (!FILLER_ENDS.has(s.at(-1) ?? '')) return s
  for (const w of FILLERS)
    if (s.length >= w.length && s.slice(s.length - w.length).toLowerCase() === w)
      return s.slice(0, s.length - w.length).trim()
  return s
}

// Phrases of place, time or purpose that open a clause before its subject (`Ở cơ sở, ...`).
const ADVERBIAL =
  /^(?:tại|ở|trong|về|với|theo|để|sau|trước|từ|qua|nhân|nhằm|thực hiện|vừa qua|mới đây|gần đây|thời gian qua|hôm qua|đến nay|những ngày qua|những năm qua|năm qua|từ đầu năm)(?![\p{L}])/iu
// Verbs and adverbs that no organisation's name holds: a subject read with them is a clause.
const NOT_IN_A_NAME = /(?<![\p{L}])(?:cũng|đã|đang|sẽ|được|bị|là|thì)(?![\p{L}])/u

const LED_BY =
  /\s+do\s+(?:đồng chí|ông|bà|đ\/c|(?:thượng|đại|trung|thiếu)\s+(?:tướng|tá|úy|uý)|(?:pgs|gs|ts|ths)\.?)\s/iu
const WITH_OTHERS = /\s+(?:phối hợp với|phối hợp cùng|phối hợp|cùng với|kết hợp với|chủ trì,? phối hợp)(?![\p{L}])/iu
const SEGMENT_BREAK = /,\s+/u
const AT_PLACE = /^tại\s/iu
const BRACKETED_END = /\s*\([^()]{1,40}\)\s*$/u
const NOT_A_SUBJECT = /^(?:thực hiện|nhằm|để|theo|hội nghị|buổi|lớp)(?![\p{L}])/iu

const DELEGATION = /(?:^|\s)(đoàn (?:công tác|kiểm tra|giám sát|khảo sát)(?![\p{L}])[^,;]*)$/u

// The organiser and location written between the time cue and the verb:
// `tại Hội trường A, Trường Chính trị tỉnh phối hợp với Ban Tuyên giáo Tỉnh ủy`.
function readSubject(region: string): { organizer: string | null; location: string | null } {
  let s = region
  const by = LED_BY.exec(s)
  if (by !== null) s = s.slice(0, by.index)
  const co = WITH_OTHERS.exec(s)
  if (co !== null) s = s.slice(0, co.index)
  // A semicolon ends a clause: the subject of the verb stands after the last one.
  s = s.slice(s.lastIndexOf(';') + 1).trim()
  for (let k = 0; k < 3; k++) s = dropFiller(s)
  // A delegation is named in lower case, and after the person who leads it: `đồng chí X cùng
  // đoàn công tác của Tỉnh ủy`.
  const delegation = DELEGATION.exec(s)
  if (delegation !== null) return { organizer: delegation[1]!, location: null }
  const segments = s.split(SEGMENT_BREAK)
  let organizer = segments.pop()?.trim() ?? ''
  // Several bodies written as one organiser: `Huyện ủy, HĐND, UBND, Ủy ban MTTQ huyện X`.
  while (segments.length > 0) {
    const last = segments[segments.length - 1]!.trim()
    if (last.split(' ').length > 3 || !isUpperStart(last) || ADVERBIAL.test(last)) break
    organizer = `${segments.pop()!.trim()}, ${organizer}`
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
  if (organizer.includes(')')) organizer = organizer.replace(BRACKETED_END, '').trim()
  const valid =
    isUpperStart(organizer) &&
    organizer.split(' ').length <= 20 &&
    !NOT_A_SUBJECT.test(organizer) &&
    !NOT_IN_A_NAME.test(organizer)
  return { organizer: valid ? organizer : null, location: location === '' ? null : location }
}

// `do X tổ chức` (held by X), in a sentence that opens with the event; a quoted title may hold commas.
const HELD_BY =
  /^(?:[^;.“”"]|“[^”]{0,200}”|"[^"]{0,200}"){0,200}?\s(?:do|được)\s+(\p{Lu}[^,;.]{1,100}?)\s+(?:chủ trì|phối hợp|tổ chức|đăng cai)(?![\p{L}])/u
// The same `do X ... tổ chức` (or `được X tổ chức`) as the verb of a passive report:
// `hội thảo ... do Trường Chính trị tỉnh tổ chức`, `hội nghị ... đã được Ban Chỉ đạo tổ chức`.
const HELD_BY_NAMED = /(?<![\p{L}])(?:do|được)\s+\p{Lu}[^,;.]{0,100}?\s+tổ chức(?![\p{L}])/u

// The organiser named after `do` in a sentence about an event; a person (`do đồng chí ...`) is no organiser.
function organizerAfterDo(text: string): string | null {
  const m = HELD_BY.exec(text)
  if (m === null || /^(?:Đồng chí|Ông|Bà|Đ\/c)\s/u.test(m[1]!)) return null
  return readSubject(m[1]!).organizer
}

const AT_PLACE_AFTER = /(?<![\p{L}])tại\s+([^,;.“”"]{2,80}?)(?=,|\.|;|\s+(?:với|nhằm|cho|về|để|có|từ|vào)\s|$)/u

function locationAfter(text: string): string | null {
  const clause = text.split(/[;.]/u, 1)[0] ?? ''
  // Most clauses name no place: the expression is tried only where `tại` is written.
  const m = clause.includes('tại') ? AT_PLACE_AFTER.exec(clause) : null
  return m === null ? null : m[1]!.trim()
}

function titleOf(text: string): string | null {
  const clause = text
    .split(/;|\.\s|\s+nhằm\s|,\s+(?:với|thu hút|có sự)/u, 1)[0]!
    .trim()
    .replace(/[,.]+$/u, '')
  if (clause.length === 0) return null
  return clause.length > 200 ? `${clause.slice(0, 199).trimEnd()}…` : clause
}

/** Reads the events reported by the body `sentences` (in order), linking the directives cited in them (`mentionsBySentence[i]` for sentence `i`). */
export function findEvents(
  sentences: Piece[],
  mentionsBySentence: ResolvedMention[][],
  reference: string | undefined,
): FoundEvent[] {
  const events: FoundEvent[] = []
  const byEvent = new Map<FoundEvent, Set<string>>()
  let lastDated: PartialDate | null = null
  sentences.forEach((sentence, index) => {
    const text = sentence.text
    const inSentence = mentionsBySentence[index] ?? []
    const cue0 = readCue(text, reference)
    let subjectStart = cue0.end
    let cue = cue0
    // Document names (`Kế hoạch số 45-KH/HU của ...`) are not plans of the sentence's subject.
    // Built only when a candidate verb asks about text that a mention starts in: most mentions
    // stand after the verb, and the text before them is the same masked or not.
    let maskedText: string | undefined
    const firstMention = inSentence.length === 0 ? text.length : inSentence[0]!.start - sentence.start
    const masked = (to: number): string => {
      if (to <= firstMention) return text
      if (maskedText !== undefined) return maskedText
      const chunks: string[] = []
      let at = 0
      for (const m of inSentence) {
        const a = Math.max(at, m.start - sentence.start)
        const b = Math.max(a, Math.min(text.length, m.tailEnd - sentence.start))
        chunks.push(text.slice(at, a), ' '.repeat(b - a))
        at = b
      }
      chunks.push(text.slice(at))
      maskedText = chunks.join('')
      return maskedText
    }
    const trigger0 = findTrigger(text, masked, cue, subjectStart, events.length === 0)
    // A subject written before a date in mid-sentence (`Đoàn giám sát ... ngày 15/3 đã làm việc`).
    let subjectBeforeDate: string | null = null
    if (trigger0 !== null && cue.kind === 'none') {
      const d = dateBefore(text, sentence.start, trigger0.verb, inSentence, reference)
      if (d !== null) {
        cue = { kind: 'date', end: d.end, date: d.date }
        subjectBeforeDate = text.slice(subjectStart, d.start)
        subjectStart = d.end + (/^\s*,?\s*/u.exec(text.slice(d.end))?.[0].length ?? 0)
      }
    }
    const trigger = trigger0
    const previous = events[events.length - 1]
    if (trigger !== null) {
      let date: PartialDate | null = null
      if (cue.kind === 'date' || cue.kind === 'before') date = cue.date
      // `vòng sơ khảo được tổ chức trực tuyến từ ngày 1 đến 30/11`: a passive report's date may follow its verb.
      if (date === null && trigger.passive) date = dateAfterVerb(text, trigger.verb, reference)
      if (cue.kind === 'sameDay' || cue.kind === 'occasion') {
        const base = lastDated
        const part = cue.kind === 'sameDay' ? cue.date?.partOfDay : undefined
        if (base !== null) {
          const { partOfDay: _drop, ...day } = base
          date = part === undefined ? day : { ...day, partOfDay: part }
        }
      }
      let subject = trigger.passive
        ? { organizer: organizerAfterDo(text.slice(subjectStart)), location: null }
        : readSubject(text.slice(subjectStart, trigger.verb))
      if (!trigger.passive && subject.organizer === null && subjectBeforeDate !== null)
        subject = readSubject(subjectBeforeDate)
      // A report names who organised it or when; `tổ chức` with neither is a general statement.
      if (!trigger.passive && subject.organizer === null && cue.kind === 'none') return
      const phrase = text.slice(trigger.phrase)
      const title = titleOf(phrase)
      const event: FoundEvent = {
        kind: trigger.kind,
        title,
        date,
        organizer: subject.organizer,
        location: subject.location ?? locationAfter(phrase),
        directives: [],
        sentence: index,
        span: {
          start: sentence.start + Math.min(subjectStart, trigger.verb),
          end: sentence.start + Math.min(text.length, trigger.phrase + (title?.length ?? 0)),
        },
        confidence: trigger.confidence,
      }
      // `Nhân dịp này, X ra mắt ...`: X hosts the occasion, so it organised the event before.
      if (cue.kind === 'occasion' && previous !== undefined && previous.organizer === null)
        previous.organizer = event.organizer
      // A round of a contest and a visit `về cùng nội dung` share the directives of the event before.
      const inherits = /^vòng\s/iu.test(phrase) || /cùng nội dung|nội dung tương tự|nội dung trên/iu.test(text)
      events.push(event)
      if (event.date !== null) lastDated = event.date
      byEvent.set(event, new Set(inherits && previous !== undefined ? byEvent.get(previous) : []))
      const codes = byEvent.get(event)!
      for (let i = 0; i < inSentence.length; i++) codes.add(inSentence[i]!.code)
      return
    }
    const context = events[events.length - 1]
    if (context === undefined) return
    // `Hội thi do Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với ... tổ chức`: who held the
    // event the sentence before reported without saying.
    if (context.organizer === null && index === context.sentence + 1 && startsWithHead(text))
      context.organizer = organizerAfterDo(text)
    const speech = growingTest(SPEECH, 20, 0)
    const list = growingTest(LIST, 90, 0)
    for (let i = 0; i < inSentence.length; i++) {
      const m = inSentence[i]!
      const at = m.start - sentence.start
      if (speech(text, at) || list(text, at)) continue
      byEvent.get(context)!.add(m.code)
    }
  })
  for (const e of events) e.directives = [...(byEvent.get(e) ?? [])]
  return events
}
