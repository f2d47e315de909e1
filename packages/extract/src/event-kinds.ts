import type { EventKind } from '@vanban/core'
import { ACTIVITIES, ELECTED_BODIES, HEADS, MANNERS, TRAINING_SCHOOLS } from './rules/event-words.ts'
import { isWhiteUnit, unitClass } from './unit-class.ts'

/**
 * The kind of an event from the words that name it. The activity word decides (`Hội nghị tập
 * huấn` is a training, `Hội nghị sơ kết` a review, `Lễ ra mắt` a launch, `Hội nghị thông tin
 * thời sự ... quán triệt` a dissemination); the bare heads `Lễ` and `Hội nghị` only decide when
 * no activity word follows.
 */

type Row = { words: string; kind: EventKind; citing?: EventKind; person?: true; opening?: true }
type Phrases = ReadonlyMap<string, ReadonlyArray<readonly [readonly string[], Row]>>

// The phrases of a list by their first word, each keeping its place in the list.
function byFirstWord(list: ReadonlyArray<Row>): Phrases {
  const map = new Map<string, Array<readonly [readonly string[], Row]>>()
  for (const row of list) {
    const words = row.words.split(' ')
    const same = map.get(words[0]!)
    if (same === undefined) map.set(words[0]!, [[words, row]])
    else same.push([words, row])
  }
  return map
}

// A word that closes a word of two syllables and opens no phrase there: the `hội` of `đại hội`
// (`Đại hội thi đua yêu nước` is a congress, not a `hội thi`).
const BOUND_AFTER: ReadonlyMap<string, string> = new Map([['đại', 'hội']])

// The row of the phrase that starts earliest in `words`, the one listed first when several
// start at the same word: each word is looked up once instead of every phrase searched for.
function earliestRow(words: readonly string[], phrases: Phrases): Row | null {
  for (let i = 0; i < words.length; i++) {
    const candidates = phrases.get(words[i]!)
    if (candidates === undefined || (i > 0 && BOUND_AFTER.get(words[i - 1]!) === words[i])) continue
    outer: for (const [p, row] of candidates) {
      if (i + p.length > words.length || (row.opening && i > 0)) continue
      for (let k = 1; k < p.length; k++) if (words[i + k] !== p[k]) continue outer
      return row
    }
  }
  return null
}

// The word lists indexed once, not per classification.
const ACTIVITY_WORDS = byFirstWord(ACTIVITIES)
const DONE_WORDS = byFirstWord(ACTIVITIES.filter((a) => !a.person))
const HEAD_WORDS = byFirstWord(HEADS)

// `ra mắt Ban Chấp hành khóa VI` presents a congress's elected body: a step of the congress, not a launch.
const PRESENTING_ELECTED = new RegExp(`ra mắt(?=\\s+(?:${ELECTED_BODIES.join('|')})(?![\\p{L}\\p{N}]))`, 'giu')

// A phrase longer than this is read on its first units when the words asked for, and the break
// after the last of them, end more than EVENT_WORDS_MARGIN units before the end of what was read:
// what a cut changes lies near it (a quoted title is removed within 402 units, a replaced word is
// a few units long), or in a run of units that reaches the cut, and then so does the break. A
// capital sigma, which lower-cases by what follows it however far, is read in the whole phrase.
const EVENT_WORDS_PREFIX = 4000
const EVENT_WORDS_MARGIN = 1000

/** Lower-case words of a phrase with quoted titles removed (a title's words are not the event's). */
export function eventWords(phrase: string, limit: number): string[] {
  if (phrase.length > EVENT_WORDS_PREFIX) {
    const prefix = phrase.slice(0, EVENT_WORDS_PREFIX)
    if (!prefix.includes('Σ')) {
      const read = wordsOf(prefix, limit)
      if (read.end <= read.length - EVENT_WORDS_MARGIN) return wordsUpTo(read, limit)
    }
    return wordsUpTo(wordsOf(phrase, limit), limit)
  }
  return wordsUpTo(keptReading(phrase, limit), limit)
}

// The readings last made, by phrase: one phrase is read with several limits in turn (its kind
// with 16 words, its kind when citing with 14), each a prefix of the longest.
const READINGS_KEPT = 4
const readings: Reading[] = []

function keptReading(phrase: string, limit: number): Reading {
  for (const r of readings) if (r.phrase === phrase && (r.limit >= limit || r.done)) return r
  const read = wordsOf(phrase, limit)
  if (readings.length === READINGS_KEPT) readings.shift()
  readings.push(read)
  return read
}

/**
 * A phrase's words as split, up to `limit` of them or to the first `công tác` (`tác` is not
 * read; `công` is kept here, wordsUpTo drops it), where the break after the last word read
 * ends, and the length of the lower-cased text they were read in. `done`: the phrase has no
 * word past those read that a longer limit would read.
 */
type Reading = {
  phrase: string
  limit: number
  words: string[]
  /** Where `tác` after `công` stands among the words, -1 when it was not read. */
  cut: number
  done: boolean
  end: number
  length: number
}

// The words a reading gives under `limit` (at most its own): `eventWords` as one reading with that
// limit gives them. `công tác` within the limit ends the words before `công`; past it, it is not read.
function wordsUpTo(read: Reading, limit: number): string[] {
  if (read.cut >= 0 && read.cut < limit) return read.words.slice(0, read.cut - 1)
  return read.words.length <= limit ? read.words.slice() : read.words.slice(0, limit)
}

// Quoted titles, and the words read as others: `trao đổi` (to discuss) is not `trao` (to hand
// over an award); `triển khai công tác` (to deploy the work of a year) is read as `triển khai
// nhiệm vụ`, since `công tác` ends the words read.
const QUOTED_TITLE = /“[^”]{0,400}”|"[^"]{0,400}"/gu
const DISCUSSING = /trao đổi/giu
const DEPLOYING_WORK = /triển khai công tác/giu

// Units that break words, as WORD_BREAK's first alternative reads them; stops, its second.
const isBreakUnit = unitClass(/^[\s,;:()]$/u)
const isStopUnit = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026

// The words of `phrase` between breaks (runs of white space, `,;:()`, or of stops followed by
// white space or the end: a sentence's final stop is no part of its last word, `tổ chức hội nghị
// tổng kết.`), read unit by unit as `split` by that expression would give them.
function wordsOf(phrase: string, limit: number): Reading {
  const quoted = phrase.includes('“') || phrase.includes('"')
  const unquoted = quoted ? phrase.replace(QUOTED_TITLE, ' ') : phrase
  // Each replacement is looked for in the lower-cased text first: most phrases hold none, and
  // lower case holds every spelling the `iu` flags read as them (checked code point by code point).
  let lower = unquoted.toLowerCase()
  let read = unquoted
  if (lower.includes('trao đổi')) read = read.replace(DISCUSSING, 'thảo-luận')
  if (lower.includes('triển khai công tác')) read = read.replace(DEPLOYING_WORK, 'triển khai nhiệm vụ')
  if (read.includes('ra mắt') || read.includes('Ra mắt')) read = read.replace(PRESENTING_ELECTED, 'giới-thiệu')
  if (read !== unquoted) lower = read.toLowerCase()
  const n = lower.length
  const words: string[] = []
  let from = 0
  for (;;) {
    // The next break at or after `from`: where it starts (`to`) and ends.
    let to = from
    let end = n
    for (; to < n; to++) {
      const c = lower.charCodeAt(to)
      if (isBreakUnit(c)) {
        end = to + 1
        while (end < n && isBreakUnit(lower.charCodeAt(end))) end++
        break
      }
      if (isStopUnit(c)) {
        let after = to + 1
        while (after < n && isStopUnit(lower.charCodeAt(after))) after++
        if (after === n || isWhiteUnit(lower.charCodeAt(after))) {
          end = after
          break
        }
        // Stops inside a word (`TP.HCM`, `1.000`): none of them starts a break.
        to = after - 1
      }
    }
    if (to > from) {
      const w = lower.slice(from, to)
      // `công tác` (the work of) opens the topic: `giao ban công tác kiểm tra` is a meeting, not an inspection.
      if (w === 'tác' && words[words.length - 1] === 'công')
        return { phrase, limit, words, cut: words.length, done: true, end, length: n }
      words.push(w)
      if (words.length >= limit) return { phrase, limit, words, cut: -1, done: end >= n, end, length: n }
    }
    if (to >= n) return { phrase, limit, words, cut: -1, done: true, end: n, length: n }
    from = end
  }
}

// The row of the word that names the event a phrase names.
const QUOTED_NAME = new RegExp(`^(?:(?:${MANNERS.join('|')})\\s+)?[“"]([^”"]{1,200})[”"]`, 'iu')

// The rows last read, by phrase and window: one report's phrase is classified again and again
// (its trigger, its kind when citing, its title's kind), each time read word by word.
type Named = { phrase: string; window: number; row: Row | null }
const NAMED_KEPT = 4
const named: Named[] = []

function namingRow(phrase: string, window: number): Row | null {
  for (const n of named) if (n.window === window && n.phrase === phrase) return n.row
  const row = readNamingRow(phrase, window)
  if (named.length === NAMED_KEPT) named.shift()
  named.push({ phrase, window, row })
  return row
}

function readNamingRow(phrase: string, window: number): Row | null {
  // An event named only by a quoted title (`tổ chức “Ngày hội Chuyển đổi số”`, after a manner:
  // `tổ chức điểm “Ngày hội ...”`) is read from it.
  const quoted = QUOTED_NAME.exec(phrase.trim())
  const words = eventWords(quoted === null ? phrase : quoted[1]!, window)
  return earliestRow(numberedHead(words), ACTIVITY_WORDS) ?? earliestRow(words, HEAD_WORDS)
}

// `Hội nghị Công an toàn quốc lần thứ 80 và tổng kết 40 năm ...`: a meeting named by its number,
// then business joined by `và`, is the numbered meeting; the business is done at it. The words up
// to that `và` are read for an activity.
function numberedHead(words: readonly string[]): readonly string[] {
  const nth = words.indexOf('thứ')
  if (nth < 1 || words[nth - 1] !== 'lần' || words[nth + 2] !== 'và') return words
  return words.slice(0, nth + 2)
}

/**
 * The kind of the event a phrase names (`Hội nghị sơ kết 5 năm ...`); null when it names none.
 * The window reaches the second part of a joint meeting's name (`hội nghị sinh hoạt chi bộ định
 * kỳ tháng 10 và sinh hoạt chuyên đề quý 3`).
 */
export function classifyEvent(phrase: string, window = 16): EventKind | null {
  return namingRow(phrase, window)?.kind ?? null
}

/**
 * The kind an activity word of a phrase gives (`... các đại biểu đã được quán triệt ...` a
 * dissemination), heads aside; null when no activity word is written.
 */
export function activityKind(phrase: string, window = 14): EventKind | null {
  return earliestRow(eventWords(phrase, window), ACTIVITY_WORDS)?.kind ?? null
}

/**
 * The kind of what a sentence says was done at an event (`các đại biểu đã được đồng chí ..., báo
 * cáo viên Trung ương truyền đạt ...` a dissemination), the words that also name people aside;
 * null when no activity word is written.
 */
export function doneKind(phrase: string, window = 14): EventKind | null {
  return earliestRow(eventWords(phrase, window), DONE_WORDS)?.kind ?? null
}

/**
 * The kind of the event a phrase names when its report cites a directive, where that differs
 * (`Hội nghị báo cáo viên` that disseminates one); null when the citation changes nothing.
 */
export function kindWhenCiting(phrase: string, window = 14): EventKind | null {
  // Most events are named by no such row: a phrase that holds none of their first words, in any
  // case, is not read word by word (its words are the lower-cased phrase's, less some).
  if (phrase.length <= MAY_CITE_REACH && !MAY_CITE.test(phrase)) return null
  return citingKindRead(phrase, window)
}

/** {@link kindWhenCiting} read word by word, whatever the phrase holds. Exported for tests only. */
export const citingKindRead = (phrase: string, window = 14): EventKind | null =>
  namingRow(phrase, window)?.citing ?? null

// The first words of the rows that give a kind when citing (`thông tin thời sự`, `báo cáo viên`):
// a row read in a phrase has its words among the phrase's lower-cased words (quoted titles
// removed, `triển khai công tác` read as `triển khai nhiệm vụ`), so the phrase holds them in
// some case. Exported for tests only. A longer phrase is read as before, not searched whole.
export const MAY_CITE = new RegExp(
  [...new Set(ACTIVITIES.filter((a) => a.citing !== undefined).map((a) => a.words.split(' ')[0]!))].join('|'),
  'iu',
)
const MAY_CITE_REACH = 1000

const SCHOOL_YEAR_OPENING = /^(?:(?:buổi\s+)?lễ\s+)?khai giảng\s+năm học(?![\p{L}])/iu
const TRAINING_SCHOOL = new RegExp(`^(?:${TRAINING_SCHOOLS.join('|')})(?![\\p{L}])`, 'iu')

/**
 * The kind of an event given who held it: a training school's opening of its school year
 * (`Học viện ... tổ chức Lễ khai giảng năm học mới`) is a training; any other event keeps `kind`.
 */
export function kindByHost(kind: EventKind, phrase: string, organizer: string | null): EventKind {
  return kind === 'ceremony' &&
    organizer !== null &&
    SCHOOL_YEAR_OPENING.test(phrase.trimStart()) &&
    TRAINING_SCHOOL.test(organizer)
    ? 'training'
    : kind
}
