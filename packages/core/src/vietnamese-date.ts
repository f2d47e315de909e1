import { z } from 'zod'
import {
  DATE_LABEL_WORDS,
  ENGLISH_MONTH_WORDS,
  MONTH_NAME_WORDS,
  PART_OF_DAY_WORDS,
  PARTS_OF_DAY,
  WEEKDAY_WORDS,
} from './date-words.ts'
import {
  daysInMonth,
  type PartialDate,
  PartialDateSchema,
  type PartOfDay,
  parsePartialDate,
  partialDateRange,
} from './partial-date.ts'
import { scanShortcuts } from './scan-shortcuts.ts'
import { foldDiacritics } from './text.ts'

/**
 * Dates as Vietnamese news writes them, read with a small tokenizer and a grammar that looks at
 * most a few tokens ahead of where it starts. That keeps whole-article scanning linear in the
 * length of the text, whatever the text (runs of digits and slashes, `ngày ngày ngày`...), which
 * a backtracking regular expression cannot promise.
 */

/**
 * What a year-less date (`Sáng 13/5`, `quý IV`) is read against: a partial date, a string
 * (`2024-01-10`, `2023-12`, or any date {@link parseVietnameseDate} reads, such as
 * `13/05/2024` or `2023-12-08T09:15:00+07:00`, whose time and zone are ignored) or a `Date`
 * (read in Vietnam time, UTC+7).
 */
export type DateReference = PartialDate | string | Date

/** Options for {@link parseVietnameseDate} and {@link findVietnameseDates}. */
export type VietnameseDateOptions = {
  /** The year of a date written without one comes from here, usually the publication date. */
  reference?: DateReference | undefined
}

/** One date expression found in a text, with its UTF-16 offsets (`raw === text.slice(start, end)`). */
export const DateMentionSchema = z.object({
  date: PartialDateSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  raw: z.string(),
})

/** A date expression found in a text. */
export type DateMention = z.infer<typeof DateMentionSchema>

// ---------------------------------------------------------------------------------------------
// Tokens: maximal runs of ASCII digits, of letters (with their combining marks), of white
// space; anything else is a one-code-unit punctuation token. Kept in typed arrays so a
// megabyte of input costs a few megabytes, not a million objects.

const NUM = 1
const WORD = 2
const SPACE = 3 // on one line
const PUNCT = 4
// White space holding a line break, which no date expression spans.
const LINE_BREAK = 5

type Tokens = {
  text: string
  count: number
  // The kind of token i at i; at size + i which keyword form a word is (see formOf), filled
  // in as the grammar asks: 0 not yet looked at, 1 none, k + 2 for FORMS[k]. One array, as
  // short texts pay more for allocating arrays than for filling them.
  kinds: Uint8Array
  size: number
  // Token i spans starts[i]..starts[i + 1]: one more entry than tokens.
  starts: Int32Array
}

const LETTER = /[\p{L}\p{M}]/uy
// Whether a BMP code unit outside the surrogates is a letter or mark, decided once per code
// unit: 0 unknown, 1 yes, 2 no.
const IS_LETTER = new Uint8Array(0x10000)

function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

const isBreakCode = (c: number): boolean => (c >= 10 && c <= 13) || c === 0x85 || c === 0x2028 || c === 0x2029
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57
const isAsciiLetterCode = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122

// The length of the letter at i (0 when there is none): 1 or 2 code units.
function letterLength(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (isAsciiLetterCode(c)) return 1
  if (c < 128) return 0
  if (c < 0xd800 || c > 0xdfff) {
    let known = IS_LETTER[c] ?? 0
    if (known === 0) {
      LETTER.lastIndex = 0
      known = LETTER.test(String.fromCharCode(c)) ? 1 : 2
      IS_LETTER[c] = known
    }
    return known === 1 ? 1 : 0
  }
  LETTER.lastIndex = i
  return LETTER.test(text) ? LETTER.lastIndex - i : 0
}

// What each code unit is to the tokenizer, decided once per unit (0: not yet): a digit, a letter
// or mark of the basic plane, white space on one line or breaking it, a surrogate (whose pair
// letterLength reads), anything else.
const U_DIGIT = 1
const U_LETTER = 2
const U_SPACE = 3
const U_BREAK = 4
const U_SURROGATE = 5
const U_OTHER = 6
const UNIT_CLASS = new Uint8Array(0x10000)

function unitClass(c: number): number {
  const known = UNIT_CLASS[c] ?? 0
  if (known !== 0) return known
  const found = isDigitCode(c)
    ? U_DIGIT
    : c >= 0xd800 && c <= 0xdfff
      ? U_SURROGATE
      : letterLength(String.fromCharCode(c), 0) > 0
        ? U_LETTER
        : isBreakCode(c)
          ? U_BREAK
          : isSpaceCode(c)
            ? U_SPACE
            : U_OTHER
  UNIT_CLASS[c] = found
  return found
}

// Arrays to tokenize into, grown as needed: callers scan many short windows and parse many
// short lines, and allocating per call cost more than the reading. One pair for the scan and
// one for parsing, each used by one call at a time: the scan reads no other text with its tokens
// alive but through parsing a reference, and parsing reads its reference only once its tokens
// are done with.
type TokenArrays = { kinds: Uint8Array; starts: Int32Array }
const SCANNING: TokenArrays = { kinds: new Uint8Array(512), starts: new Int32Array(257) }
const PARSING: TokenArrays = { kinds: new Uint8Array(512), starts: new Int32Array(257) }

function tokenize(text: string, shared: TokenArrays): Tokens {
  const n = text.length
  if (shared.starts.length < n + 1) {
    shared.kinds = new Uint8Array(4 * n)
    shared.starts = new Int32Array(2 * n + 1)
  }
  const { kinds, starts } = shared
  let count = 0
  let i = 0
  while (i < n) {
    const start = i
    const c = unitClass(text.charCodeAt(i))
    let kind: number
    // Letters before white space, which starts fewer tokens; no letter is white space.
    let len = c === U_LETTER ? 1 : c === U_SURROGATE ? letterLength(text, i) : 0
    if (c === U_DIGIT) {
      kind = NUM
      i++
      while (i < n && isDigitCode(text.charCodeAt(i))) i++
    } else if (len > 0) {
      kind = WORD
      while (len > 0) {
        i += len
        const next = i < n ? unitClass(text.charCodeAt(i)) : U_OTHER
        len = next === U_LETTER ? 1 : next === U_SURROGATE ? letterLength(text, i) : 0
      }
    } else if (c === U_SPACE || c === U_BREAK) {
      kind = SPACE
      for (let next = c; next === U_SPACE || next === U_BREAK; next = i < n ? unitClass(text.charCodeAt(i)) : U_OTHER) {
        if (next === U_BREAK) kind = LINE_BREAK
        i++
      }
    } else {
      kind = PUNCT
      i++
    }
    kinds[count] = kind
    // Not looked up yet: cleared per token rather than all at once, as shared arrays hold the
    // last call's lookups.
    kinds[n + count] = 0
    starts[count] = start
    count++
  }
  starts[count] = n
  return { text, count, kinds, size: n, starts }
}

const kindAt = (t: Tokens, i: number): number => (i >= 0 && i < t.count ? (t.kinds[i] ?? 0) : 0)
const startOf = (t: Tokens, i: number): number => t.starts[i] ?? 0
const endOf = (t: Tokens, i: number): number => t.starts[i + 1] ?? 0
const tokenText = (t: Tokens, i: number): string => t.text.slice(startOf(t, i), endOf(t, i))

// Tokens cover the text without gaps, so consecutive indices are adjacent in the text and a
// space between two parts of an expression is a SPACE token the grammar must ask for.

/** Whether token i is a word spelled exactly `word` (case included). */
const wordIs = (t: Tokens, i: number, word: string): boolean =>
  kindAt(t, i) === WORD && endOf(t, i) - startOf(t, i) === word.length && t.text.startsWith(word, startOf(t, i))

/** The punctuation character at token i, or '' when it is not punctuation. */
const punctAt = (t: Tokens, i: number): string => (kindAt(t, i) === PUNCT ? t.text.charAt(startOf(t, i)) : '')

/** The number at token i when it has between minDigits and maxDigits (at most 9) digits, else -1. */
function numAt(t: Tokens, i: number, minDigits: number, maxDigits: number): number {
  if (kindAt(t, i) !== NUM) return -1
  const start = startOf(t, i)
  const end = endOf(t, i)
  if (end - start < minDigits || end - start > maxDigits) return -1
  let value = 0
  for (let k = start; k < end; k++) value = value * 10 + t.text.charCodeAt(k) - 48
  return value
}

// Every word the grammar asks for, in lower case (NFC).
const KEYWORDS = [
  ...PARTS_OF_DAY,
  ...WEEKDAY_WORDS,
  'ngày',
  'hôm',
  'thứ',
  'chủ',
  'nhật',
  'quý',
  'tháng',
  'nay',
  'qua',
  'mai',
  'am',
  'pm',
  'sa',
  'ch',
  'gmt',
  'utc',
  'ict',
  'h',
  'g',
  'giờ',
  'phút',
  'cập',
  'đăng',
  'tải',
  'phát',
  'hành',
  'xuất',
  'bản',
  'lúc',
  'vào',
  'thời',
  'gian',
  'published',
  'updated',
  'posted',
  'publish',
  'date',
  'tin',
  'giêng',
  'sớm',
  'muộn',
  'mười',
  'một',
  'tám',
  'chín',
  'chạp',
  ...(Object.keys(ENGLISH_MONTH_WORDS) as (keyof typeof ENGLISH_MONTH_WORDS)[]),
] as const

type Keyword = (typeof KEYWORDS)[number]

// The spellings a token may have in lower case to be a keyword: the keyword itself, or its
// form without diacritics (`sang`, `chieu`), so `tôi` is never read as `tối`. Each spelling
// with the keywords it stands for (`bay` for both `bảy` and `bẩy`).
const FORMS: string[] = []
const FORM_KEYWORDS: Keyword[][] = []
const FORM_INDEX = new Map<string, number>()
for (const keyword of new Set(KEYWORDS)) {
  for (const form of new Set([keyword, foldDiacritics(keyword)])) {
    let f = FORM_INDEX.get(form)
    if (f === undefined) {
      f = FORMS.length
      FORMS.push(form)
      FORM_KEYWORDS.push([])
      FORM_INDEX.set(form, f)
    }
    FORM_KEYWORDS[f]?.push(keyword)
  }
}
const LONGEST_FORM = Math.max(...FORMS.map((f) => f.length))

// A word longer than this is never lower-cased: it cannot be a keyword, even decomposed.
const LONGEST_KEYWORD = Math.max(...KEYWORDS.map((k) => k.length))

// The lower case of letters that are NFC on their own, never compose with a neighbour and
// lower-case to one code unit (ASCII, Latin-1, Latin Extended-A/B and the Vietnamese block),
// or 0. A word made only of them is its own NFC form and lower-cases letter by letter.
const SIMPLE_LOWER = new Uint16Array(0x1f00)
for (let c = 0; c < SIMPLE_LOWER.length; c++) {
  if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || c >= 0x1e00)) continue
  const ch = String.fromCharCode(c)
  const lower = ch.toLowerCase()
  LETTER.lastIndex = 0
  if (LETTER.test(ch) && ch.normalize('NFC') === ch && lower.length === 1 && lower.normalize('NFC') === lower) {
    SIMPLE_LOWER[c] = lower.charCodeAt(0)
  }
}

// FORMS in an open-addressed table by a hash of their code units, so that a short simple word
// is looked up without building a string or asking a Map (most words are no keyword, and the
// grammar asks about nearly every word): a slot holds f + 1, or 0 when empty.
const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0
const FORM_SLOTS = new Uint8Array(512)
const slotOf = (h: number): number => (h ^ (h >>> 9)) & (FORM_SLOTS.length - 1)
FORMS.forEach((form, f) => {
  let h = 0
  for (let k = 0; k < form.length; k++) h = hashStep(h, form.charCodeAt(k))
  let slot = slotOf(h)
  while (FORM_SLOTS[slot] !== 0) slot = (slot + 1) & (FORM_SLOTS.length - 1)
  FORM_SLOTS[slot] = f + 1
})

// The FORMS index of word token i, or -1.
function lookUpForm(t: Tokens, i: number): number {
  const start = startOf(t, i)
  const end = endOf(t, i)
  if (end - start > LONGEST_KEYWORD * 2) return -1
  let h = 0
  let simple = end - start <= LONGEST_FORM
  for (let k = start; simple && k < end; k++) {
    const lower = SIMPLE_LOWER[t.text.charCodeAt(k)] ?? 0
    if (lower === 0) simple = false
    else h = hashStep(h, lower)
  }
  if (!simple) return FORM_INDEX.get(tokenText(t, i).normalize('NFC').toLowerCase()) ?? -1
  for (let slot = slotOf(h); ; slot = (slot + 1) & (FORM_SLOTS.length - 1)) {
    const f = (FORM_SLOTS[slot] ?? 0) - 1
    if (f < 0) return -1
    const form = FORMS[f] ?? ''
    if (form.length !== end - start) continue
    let k = 0
    while (k < form.length && form.charCodeAt(k) === SIMPLE_LOWER[t.text.charCodeAt(start + k)]) k++
    if (k === form.length) return f
  }
}

function formOf(t: Tokens, i: number): number {
  if (kindAt(t, i) !== WORD) return -1
  let known = t.kinds[t.size + i] ?? 0
  if (known === 0) {
    known = lookUpForm(t, i) + 2
    t.kinds[t.size + i] = known
  }
  return known - 2
}

/** Whether token i is the word `vi`, in any case, with its diacritics or with none at all. */
function isWord(t: Tokens, i: number, vi: Keyword): boolean {
  const f = formOf(t, i)
  return f >= 0 && (FORM_KEYWORDS[f]?.includes(vi) ?? false)
}

function wordIn<W extends Keyword>(t: Tokens, i: number, words: readonly W[]): W | null {
  const f = formOf(t, i)
  const keywords = f >= 0 ? FORM_KEYWORDS[f] : undefined
  if (keywords === undefined) return null
  for (const w of words) if (keywords.includes(w)) return w
  return null
}

/** Past one optional space on the same line. */
const sp = (t: Tokens, i: number): number => (kindAt(t, i) === SPACE ? i + 1 : i)

/** Past one required space on the same line, or -1. */
const sp1 = (t: Tokens, i: number): number => (kindAt(t, i) === SPACE ? i + 1 : -1)

/**
 * Past one required space that may break the line once, or -1: the words of a worded date are
 * unmistakable, and text copied from a document breaks its lines anywhere (`ngày 22\ntháng 11
 * năm 2019`).
 */
function sp1OrBreak(t: Tokens, i: number): number {
  const kind = kindAt(t, i)
  if (kind === SPACE) return i + 1
  if (kind !== LINE_BREAK) return -1
  let breaks = 0
  const end = endOf(t, i)
  for (let k = startOf(t, i); k < end && breaks < 2; k++) {
    const c = t.text.charCodeAt(k)
    // `\r\n` is one break.
    if (isBreakCode(c) && !(c === 13 && t.text.charCodeAt(k + 1) === 10)) breaks++
  }
  return breaks === 1 ? i + 1 : -1
}

/** Matches consecutive words separated by single spaces; returns the index after them, or -1. */
function words(t: Tokens, i: number, seq: readonly Keyword[]): number {
  let j = i
  for (let k = 0; k < seq.length; k++) {
    if (k > 0) j = sp1(t, j)
    const w = seq[k]
    if (j < 0 || w === undefined || !isWord(t, j, w)) return -1
    j++
  }
  return j
}

// ---------------------------------------------------------------------------------------------
// Grammar pieces. Each takes a token index and returns what it read with the index after it.

const RELATIVE_DAYS = ['nay', 'qua', 'mai'] as const
const EARLY_OR_LATE = ['sớm', 'muộn'] as const
const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 }
const MERIDIEMS = ['am', 'pm', 'sa', 'ch'] as const
const ZONE_NAMES = ['gmt', 'utc', 'ict'] as const
// Each label's words, all of them keywords.
const LABELS = DATE_LABEL_WORDS.map((label) => label.split(' ') as Keyword[])

/** `Thứ Năm`, `Thứ 2`, `T2`, `CN`, `Chủ nhật`: the index after it, or -1. */
function weekday(t: Tokens, i: number): number {
  if (isWord(t, i, 'thứ')) {
    const j = sp1(t, i + 1)
    if (j < 0) return -1
    if (wordIn(t, j, WEEKDAY_WORDS) !== null) return j + 1
    const n = numAt(t, j, 1, 1)
    return n >= 2 && n <= 7 ? j + 1 : -1
  }
  const chuNhat = words(t, i, ['chủ', 'nhật'])
  if (chuNhat >= 0) return chuNhat
  if (wordIs(t, i, 'CN')) return i + 1
  if (wordIs(t, i, 'T')) {
    const n = numAt(t, i + 1, 1, 1)
    return n >= 2 && n <= 7 ? i + 2 : -1
  }
  return -1
}

// `meridiem`: an English 12-hour clock (`AM`/`PM`), which US-order dates come with; the
// Vietnamese `SA`/`CH` (sáng, chiều) come with day-first dates and do not set it.
type Time = { end: number; meridiem: boolean }

/** A clock time: `16:26`, `9:36:00 PM`, `09:15:00.000`, `16h30`, `16h`, `16 giờ 30 (phút)`. */
function clockTime(t: Tokens, i: number): Time | null {
  const hour = numAt(t, i, 1, 2)
  if (hour < 0 || hour > 24) return null
  let j: number
  if (punctAt(t, i + 1) === ':') {
    const minute = numAt(t, i + 2, 2, 2)
    if (minute < 0 || minute > 59) return null
    j = i + 3
    if (punctAt(t, j) === ':' && numAt(t, j + 1, 2, 2) >= 0 && numAt(t, j + 1, 2, 2) <= 60) {
      j += 2
      if (punctAt(t, j) === '.' && numAt(t, j + 1, 1, 9) >= 0) j += 2
    }
  } else if (isWord(t, i + 1, 'h') || isWord(t, i + 1, 'g')) {
    j = i + 2
    const minute = numAt(t, j, 2, 2)
    if (minute > 59) return null
    if (minute >= 0) j++
  } else {
    const gio = sp1(t, i + 1)
    if (gio < 0 || !isWord(t, gio, 'giờ')) return null
    j = gio + 1
    const at = sp1(t, j)
    const minute = at < 0 ? -1 : numAt(t, at, 1, 2)
    if (minute > 59) return null
    if (minute >= 0) {
      j = at + 1
      const phut = sp1(t, j)
      if (phut >= 0 && isWord(t, phut, 'phút')) j = phut + 1
    }
  }
  const m = sp(t, j)
  const meridiem = wordIn(t, m, MERIDIEMS)
  if (meridiem !== null) return { end: m + 1, meridiem: meridiem === 'am' || meridiem === 'pm' }
  return { end: j, meridiem: false }
}

/** `[GMT+7]`, `(GMT+07:00)`, `GMT+7`, `+07:00`, `Z`: the index after it, or -1. */
function timeZone(t: Tokens, i: number, bracketed = false): number {
  const open = punctAt(t, i)
  if (!bracketed && (open === '[' || open === '(')) {
    const inner = timeZone(t, sp(t, i + 1), true)
    if (inner < 0) return -1
    const close = sp(t, inner)
    return punctAt(t, close) === (open === '[' ? ']' : ')') ? close + 1 : -1
  }
  if (wordIs(t, i, 'Z')) return i + 1
  let j = i
  const named = wordIn(t, i, ZONE_NAMES) !== null
  // `GMT +7`: some sites space the offset from the zone's name.
  if (named) j = sp(t, i + 1)
  const sign = punctAt(t, j)
  if (sign !== '+' && sign !== '-') return named ? i + 1 : -1
  const hours = numAt(t, j + 1, 1, 2)
  if (hours < 0 || hours > 14) return named ? i + 1 : -1
  j += 2
  if (punctAt(t, j) === ':' && numAt(t, j + 1, 2, 2) >= 0) j += 2
  return j
}

/** A time after a date, with its zone: `, 16:26 [GMT+7]`, ` - 08:15`, ` 9:36:00 PM`. */
function timeSuffix(t: Tokens, i: number): Time | null {
  let j = sp(t, i)
  const sep = punctAt(t, j)
  if (sep === ',' || sep === '-' || sep === '–' || sep === '|') j = sp(t, j + 1)
  if (j === i) return null
  const time = clockTime(t, j)
  if (time === null) return null
  const zone = timeZone(t, sp(t, time.end))
  return zone >= 0 ? { end: zone, meridiem: time.meridiem } : time
}

/** The `T09:15:00+07:00` of an ISO 8601 date-time, touching the date. */
function isoTime(t: Tokens, i: number): Time | null {
  if (!wordIs(t, i, 'T')) return null
  const time = clockTime(t, i + 1)
  if (time === null || time.meridiem) return null
  const zone = timeZone(t, time.end)
  return { end: zone >= 0 ? zone : time.end, meridiem: false }
}

// What the core of an expression says before the year is settled.
type Core =
  | { kind: 'day'; first: number; second: number; year: number | null; sep: string; numeric: boolean }
  | { kind: 'month'; month: number; year: number | null }
  | { kind: 'quarter'; quarter: number; year: number | null }
  | { kind: 'year'; year: number }

type CoreMatch = { core: Core; end: number }

const MIN_YEAR = 1000
const MAX_YEAR = 2999

/** A four-digit year, or -1. */
function yearAt(t: Tokens, i: number): number {
  const y = numAt(t, i, 4, 4)
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : -1
}

/** ` năm 2023` after a date part: the year and the index after it; `broken`: the line may break before `năm`. */
function namYear(t: Tokens, i: number, broken = false): { year: number; end: number } | null {
  const nam = broken ? sp1OrBreak(t, i) : sp1(t, i)
  if (nam < 0 || !isWord(t, nam, 'năm')) return null
  const at = sp1(t, nam + 1)
  const year = at < 0 ? -1 : yearAt(t, at)
  return year < 0 ? null : { year, end: at + 1 }
}

/** ` 2023` or `, 2023` after a worded month without `năm` (`11 Tháng 12 2023`, `22 tháng 4, 2024`, as some sites print it). */
function bareYear(t: Tokens, i: number): { year: number; end: number } | null {
  const comma = punctAt(t, i) === ','
  const at = sp1(t, comma ? i + 1 : i)
  const year = at < 0 ? -1 : yearAt(t, at)
  // After a comma a number may start the next clause (`Ngày 14 tháng 10, 1500 đoàn viên ...`):
  // only a year of the last two centuries there, with nothing but a clause's end after it.
  if (comma && (year < 1900 || year > 2099 || kindAt(t, sp(t, at + 1)) === WORD)) return null
  return year < 0 ? null : { year, end: at + 1 }
}

/** `/2023`, `-2023`, `.2023` touching what is before it. */
function slashYear(t: Tokens, i: number, seps: string): { year: number; end: number } | null {
  const sep = punctAt(t, i)
  if (sep === '' || !seps.includes(sep)) return null
  const year = yearAt(t, i + 1)
  return year < 0 ? null : { year, end: i + 2 }
}

/** `22/10/2018`, `22-10-2018`, `22.10.2018`, `13/5`, `13/5 năm 2023`, `11/14/2023`. */
function numericDay(t: Tokens, i: number): CoreMatch | null {
  const first = numAt(t, i, 1, 2)
  const sep = punctAt(t, i + 1)
  if (first < 0 || (sep !== '/' && sep !== '-' && sep !== '.')) return null
  const second = numAt(t, i + 2, 1, 2)
  if (second < 0) return null
  const range = sep === '-' ? dayRangeStart(t, i + 3, first, second) : null
  if (range !== null) return range
  const y = slashYear(t, i + 3, sep) ?? namYear(t, i + 3)
  return { core: { kind: 'day', first, second, year: y?.year ?? null, sep, numeric: true }, end: y?.end ?? i + 3 }
}

/**
 * The first day of a range of days in one month, `21-24/5/2019`, `10-11/6`: what was read as
 * `first-second` is two days when a month follows the second after a `/` or `.` (a date's own
 * separators never mix a dash with a slash). The range dates from its first day, as reports
 * date a meeting of several days.
 */
function dayRangeStart(t: Tokens, i: number, first: number, last: number): CoreMatch | null {
  const sep = punctAt(t, i)
  if ((sep !== '/' && sep !== '.') || first >= last || last > 31) return null
  const month = numAt(t, i + 1, 1, 2)
  if (month < 1 || month > 12) return null
  const y = slashYear(t, i + 2, sep) ?? namYear(t, i + 2)
  return {
    core: { kind: 'day', first, second: month, year: y?.year ?? null, sep, numeric: true },
    end: y?.end ?? i + 2,
  }
}

/** `2023-12-08`. */
function isoDay(t: Tokens, i: number): CoreMatch | null {
  const year = yearAt(t, i)
  if (year < 0 || punctAt(t, i + 1) !== '-') return null
  const month = numAt(t, i + 2, 2, 2)
  if (month < 0 || punctAt(t, i + 3) !== '-') return null
  const day = numAt(t, i + 4, 2, 2)
  if (day < 0) return null
  return { core: { kind: 'day', first: day, second: month, year, sep: 'iso', numeric: false }, end: i + 5 }
}

/** `8 tháng 12`, `08 tháng 12 năm 2023`, `11 Tháng 12 2023`. */
function wordedDay(t: Tokens, i: number): CoreMatch | null {
  const day = numAt(t, i, 1, 2)
  const thang = sp1OrBreak(t, i + 1)
  if (day < 0 || thang < 0 || !isWord(t, thang, 'tháng')) return null
  const at = sp1OrBreak(t, thang + 1)
  const named = at < 0 ? null : monthName(t, at)
  const month = named?.month ?? (at < 0 ? -1 : numAt(t, at, 1, 2))
  if (month < 0) return null
  const after = named?.end ?? at + 1
  const y = namYear(t, after, true) ?? bareYear(t, after)
  // A month by name without its year is read only when capitalised (`14 tháng Mười`), as a
  // lower-case word after `tháng` may be prose.
  if (named !== null && y === null && !named.capital) return null
  return {
    core: { kind: 'day', first: day, second: month, year: y?.year ?? null, sep: ' ', numeric: false },
    end: y?.end ?? after,
  }
}

/**
 * A month by its Vietnamese name (`Mười`, `Mười Một`, `Giêng`, `Chạp`): its number, the index
 * after it and whether it is capitalised; null for any other word.
 */
function monthName(t: Tokens, i: number): { month: number; end: number; capital: boolean } | null {
  const word = wordIn(t, i, MONTH_NAME_KEYWORDS)
  if (word === null) return null
  const capital = /\p{Lu}/u.test(t.text.charAt(startOf(t, i)))
  if (word === 'mười') {
    // `mười một`, `mười hai`: November, December.
    const next = sp1(t, i + 1)
    const second = next < 0 ? null : wordIn(t, next, ['một', 'hai'] as const)
    if (second !== null) return { month: second === 'một' ? 11 : 12, end: next + 1, capital }
  }
  const month = MONTH_NAME_WORDS[word]
  return month === undefined ? null : { month, end: i + 1, capital }
}

const MONTH_NAME_KEYWORDS = ['giêng', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'chạp'] as const

const ENGLISH_MONTHS = Object.keys(ENGLISH_MONTH_WORDS) as (keyof typeof ENGLISH_MONTH_WORDS)[]

/**
 * A day in English, always with its year: `18 October 2019`, `October 18, 2019`, as the
 * English layout of some sites prints its date line.
 */
function englishDay(t: Tokens, i: number): CoreMatch | null {
  const dayFirst = numAt(t, i, 1, 2)
  const monthAt = dayFirst >= 0 ? sp1(t, i + 1) : i
  const name = monthAt < 0 ? null : wordIn(t, monthAt, ENGLISH_MONTHS)
  if (name === null) return null
  let day = dayFirst
  let j = monthAt + 1
  if (day < 0) {
    const at = sp1(t, j)
    day = at < 0 ? -1 : numAt(t, at, 1, 2)
    if (day < 0) return null
    j = at + 1
    if (punctAt(t, j) === ',') j++
  }
  const y = bareYear(t, j)
  if (y === null) return null
  return {
    core: { kind: 'day', first: day, second: ENGLISH_MONTH_WORDS[name], year: y.year, sep: ' ', numeric: false },
    end: y.end,
  }
}

/** `tháng 12/2023`, `tháng 12-2023`, `tháng 12 năm 2023`, `tháng 12`. */
function month(t: Tokens, i: number): CoreMatch | null {
  const at = sp1(t, i + 1)
  if (!isWord(t, i, 'tháng') || at < 0) return null
  const m = numAt(t, at, 1, 2)
  if (m < 1 || m > 12) return null
  const y = slashYear(t, at + 1, '/-.') ?? namYear(t, at + 1)
  return { core: { kind: 'month', month: m, year: y?.year ?? null }, end: y?.end ?? at + 1 }
}

/** `Quý II năm 2023`, `quý 4/2023`, `Quý I - 2024`, `quý IV`. */
function quarter(t: Tokens, i: number): CoreMatch | null {
  const at = sp1(t, i + 1)
  if (!isWord(t, i, 'quý') || at < 0) return null
  const q =
    kindAt(t, at) === WORD
      ? endOf(t, at) - startOf(t, at) <= 3
        ? (ROMAN_QUARTERS[tokenText(t, at).toLowerCase()] ?? -1)
        : -1
      : numAt(t, at, 1, 1)
  if (q < 1 || q > 4) return null
  let y = slashYear(t, at + 1, '/-') ?? namYear(t, at + 1)
  if (y === null) {
    // `Quý I - 2024`, `quý IV / 2023`
    const sep = sp(t, at + 1)
    const year = (punctAt(t, sep) === '/' || punctAt(t, sep) === '-') && sp1(t, sep + 1) > 0 ? yearAt(t, sep + 2) : -1
    if (year >= 0 && sep > at + 1) y = { year, end: sep + 3 }
  }
  return { core: { kind: 'quarter', quarter: q, year: y?.year ?? null }, end: y?.end ?? at + 1 }
}

/** `năm 2023`. */
function year(t: Tokens, i: number): CoreMatch | null {
  const at = sp1(t, i + 1)
  if (!isWord(t, i, 'năm') || at < 0) return null
  const y = yearAt(t, at)
  return y < 0 ? null : { core: { kind: 'year', year: y }, end: at + 1 }
}

function core(t: Tokens, i: number): CoreMatch | null {
  return (
    isoDay(t, i) ??
    numericDay(t, i) ??
    wordedDay(t, i) ??
    quarter(t, i) ??
    month(t, i) ??
    year(t, i) ??
    englishDay(t, i)
  )
}

// ---------------------------------------------------------------------------------------------
// Boundaries: a date is not a piece of a longer token chain such as `13/2023/NĐ-CP`, `35-NQ/TW`
// or `0912.345.678`.

function startsCleanly(t: Tokens, i: number): boolean {
  const before = kindAt(t, i - 1)
  if (before === NUM || before === WORD) return false
  const p = punctAt(t, i - 1)
  const chained = kindAt(t, i - 2) === NUM || kindAt(t, i - 2) === WORD
  return !(chained && (p === '/' || p === '.' || p === ':' || p === '-' || p === '_'))
}

function endsCleanly(t: Tokens, i: number, c: Core): boolean {
  const after = kindAt(t, i)
  if (after === NUM) return false
  // A page whose space was lost after the year (`ngày 14 tháng 01 năm 2021công đoàn ...`): a
  // year of four digits and a word run together is no code (`12/2021NĐ-CP` goes on as one).
  if (after === WORD) {
    const p = punctAt(t, i + 1)
    return c.year !== null && numAt(t, i - 1, 4, 4) === c.year && p !== '-' && p !== '/'
  }
  const p = punctAt(t, i)
  const next = kindAt(t, i + 1)
  if (next !== NUM && next !== WORD) return true
  if (p === '/' || p === '_') return false
  if (p === '.' || p === ':') return next !== NUM
  // A dash before a number is a range (`13/5-15/5`) unless it continues the date's own
  // separators (`1-2-3-4`) or follows a year (`năm 2023-2024`).
  if (p === '-' || p === '–') {
    if (next === WORD) return false
    return c.kind === 'day' && c.year === null && c.numeric && c.sep !== '-'
  }
  return true
}

// ---------------------------------------------------------------------------------------------
// A whole expression: optional prefixes (label, part of day, weekday, `ngày`, a time), the
// date, an optional time and zone.

type Expression = {
  core: Core
  partOfDay: PartOfDay | undefined
  cued: boolean
  meridiem: boolean
  end: number
}

type Mode = { whole: boolean }

function prefixSeparator(t: Tokens, i: number): number {
  const j = sp(t, i)
  const p = punctAt(t, j)
  return p === ',' || p === '-' || p === '–' || p === '|' || p === ':' ? sp(t, j + 1) : j
}

function label(t: Tokens, i: number): number {
  for (const seq of LABELS) {
    const j = words(t, i, seq)
    if (j >= 0) return j
  }
  return -1
}

function expression(t: Tokens, i: number, mode: Mode): Expression | null {
  let j = i
  let partOfDay: PartOfDay | undefined
  let cued = false
  let inParens = false
  const used = { label: false, partOfDay: false, weekday: false, ngay: false, time: false }
  if (mode.whole) {
    const after = label(t, j)
    if (after >= 0) {
      used.label = true
      j = prefixSeparator(t, after)
    }
  }
  // Each kind of prefix at most once, so the look-ahead stays bounded.
  for (let step = 0; step < 4 && !inParens; step++) {
    let next = -1
    const pod = used.partOfDay ? null : wordIn(t, j, PARTS_OF_DAY)
    if (pod !== null) {
      used.partOfDay = true
      partOfDay = PART_OF_DAY_WORDS[pod]
      next = j + 1
      // `Sáng sớm 12/4`, `Tối muộn 12/4`, `Chiều tối 12/4`: the part of the day, told closer.
      const closer = sp1(t, next)
      if (closer >= 0 && (wordIn(t, closer, EARLY_OR_LATE) !== null || (pod === 'chiều' && isWord(t, closer, 'tối'))))
        next = closer + 1
    } else if (!used.ngay && (isWord(t, j, 'ngày') || isWord(t, j, 'hôm'))) {
      used.ngay = true
      next = j + 1
    } else if (!used.weekday && weekday(t, j) >= 0) {
      used.weekday = true
      next = weekday(t, j)
    } else if (!used.time && kindAt(t, j) === NUM) {
      const time = clockTime(t, j)
      if (time !== null && core(t, j) === null) {
        used.time = true
        next = time.end
      }
    }
    if (next < 0) break
    cued ||= used.partOfDay || used.ngay || used.weekday
    // `Sáng nay (13/5)`, `Hôm qua (14/11)`
    const rel = sp1(t, next)
    if ((used.partOfDay || used.ngay) && rel >= 0 && wordIn(t, rel, RELATIVE_DAYS) !== null) {
      const open = sp(t, rel + 1)
      if (punctAt(t, open) === '(') {
        inParens = true
        j = sp(t, open + 1)
      } else if (!mode.whole && used.partOfDay && punctAt(t, open) === ',') {
        // `Sáng nay, 16-10-2015, ...`, `Chiều qua, ngày 17/12, ...`: the day set off by commas
        // after a part of the day and its relative word, opening a report. Only after a part of
        // the day: `Hôm nay, 19/09/2024` heads a site's clock as `Hôm nay: 19/09/2024` does; and
        // not as a whole line, which a report's opening is not (see parseDateLine).
        j = sp(t, open + 1)
      } else {
        // `Sáng nay ngày 20/9/2024`: the day named after the relative word. Not a site's clock
        // (`Hôm nay: 19/09/2024`), which is no date of the page.
        const after = sp1(t, rel + 1)
        if (after < 0 || !isWord(t, after, 'ngày')) return null
        j = after
      }
    } else {
      j = prefixSeparator(t, next)
    }
  }
  const found = core(t, j)
  if (found === null) return null
  const prefixed = used.partOfDay || used.weekday || used.ngay || used.time
  if (prefixed && found.core.kind !== 'day') return null
  let end = found.end
  let meridiem = false
  const time = found.core.kind === 'day' ? (isoTime(t, end) ?? (inParens ? null : timeSuffix(t, end))) : null
  // A zone alone after the date belongs to a time printed before it: `09:05, 11/06/2021 [GMT+7]`.
  const zone = time === null && used.time && found.core.kind === 'day' ? timeZone(t, sp(t, end)) : -1
  if (time !== null && endsCleanly(t, time.end, found.core)) {
    end = time.end
    meridiem = time.meridiem
  } else if (zone >= 0 && endsCleanly(t, zone, found.core)) {
    end = zone
  } else if (!endsCleanly(t, end, found.core)) {
    return null
  }
  if (inParens) {
    const close = sp(t, end)
    if (punctAt(t, close) !== ')') return null
    end = close + 1
  }
  return { core: found.core, partOfDay, cued, meridiem, end }
}

// ---------------------------------------------------------------------------------------------
// From an expression to a partial date.

type DayParts = { year: number; month: number; day: number }

/**
 * Reads a {@link DateReference} (what a year-less date is read against, or a publication date
 * given beside an article): a partial date as it is, when valid; a string as a partial date's
 * string form (`2024-01-10`, `2023-12`), as one followed by a time (`2023-12-08T09:15:00Z`,
 * read as written, zone ignored) or as any date {@link parseVietnameseDate} reads (`13/05/2024`);
 * a `Date` as its day in Vietnam time (UTC+7). `null` when it is none of these.
 */
export function parseDateReference(reference: DateReference): PartialDate | null {
  if (reference instanceof Date) {
    const ms = reference.getTime()
    if (Number.isNaN(ms)) return null
    const vn = new Date(ms + 7 * 3_600_000)
    return { year: vn.getUTCFullYear(), month: vn.getUTCMonth() + 1, day: vn.getUTCDate(), precision: 'day' }
  }
  if (typeof reference === 'string') {
    const trimmed = reference.trim()
    return parsePartialDate(trimmed) ?? parsePartialDate(trimmed.slice(0, 10)) ?? parseVietnameseDate(reference)
  }
  return PartialDateSchema.safeParse(reference).success ? reference : null
}

// The last day of the reference, `YYYY-MM-DD`, or null.
function fromReference(reference: DateReference | undefined): string | null {
  if (reference === undefined) return null
  if (typeof reference !== 'string') {
    const date = parseDateReference(reference)
    return date === null ? null : partialDateRange(date).end
  }
  const known = REFERENCE_ENDS.get(reference)
  if (known !== undefined) return known
  const date = parseDateReference(reference)
  const end = date === null ? null : partialDateRange(date).end
  if (REFERENCE_ENDS.size >= 256) REFERENCE_ENDS.clear()
  REFERENCE_ENDS.set(reference, end)
  return end
}

// The last day of each string reference lately read: an extractor passes the same one to
// hundreds of short scans, and reading it runs the schema.
const REFERENCE_ENDS = new Map<string, string | null>()

function build(e: Expression, year: number): PartialDate | null {
  const c = e.core
  let date: PartialDate
  if (c.kind === 'day') {
    const parts: DayParts = { year, month: c.second, day: c.first }
    // Month first (US order) when the day-first reading is impossible or a 12-hour clock
    // follows: `11/14/2023 9:36:00 PM`.
    if (c.numeric && c.year !== null && c.first <= 12 && (c.second > 12 || e.meridiem)) {
      parts.month = c.first
      parts.day = c.second
    }
    date = { ...parts, precision: 'day' }
    if (e.partOfDay !== undefined) date.partOfDay = e.partOfDay
  } else if (c.kind === 'month') {
    date = { year, month: c.month, precision: 'month' }
  } else if (c.kind === 'quarter') {
    date = { year, quarter: c.quarter, precision: 'quarter' }
  } else {
    date = { year, precision: 'year' }
  }
  return isRealDate(date) ? date : null
}

// What PartialDateSchema checks, for the dates build() makes (integer fields, the precision's
// fields only), without a schema run per candidate.
function isRealDate(d: PartialDate): boolean {
  if (!Number.isInteger(d.year) || d.year < 1 || d.year > 9999) return false
  if (d.month !== undefined && !(d.month >= 1 && d.month <= 12)) return false
  if (d.day !== undefined && !(d.day >= 1 && d.day <= 31 && d.day <= daysInMonth(d.year, d.month ?? 0))) return false
  return d.quarter === undefined || (d.quarter >= 1 && d.quarter <= 4)
}

// Leap days recur within eight years, so that is as far back as a year-less date can reach.
const YEARS_BACK = 8

// The last day of the reference, read at most once per call and only when a date needs it.
type Reference = { read: boolean; end: string | null; from: DateReference | undefined }

const referenceOf = (from: DateReference | undefined): Reference => ({ read: false, end: null, from })

function resolve(e: Expression, reference: Reference): PartialDate | null {
  const c = e.core
  if (c.year !== null) return build(e, c.year)
  if (!reference.read) {
    reference.end = fromReference(reference.from)
    reference.read = true
  }
  return reference.end === null ? null : latestNotAfter(reference.end, (year) => build(e, year))
}

// The one rule for a year-less date: of the years from the reference's back, the latest for
// which `make` gives a real date that starts on or before the reference's last day.
function latestNotAfter(refEnd: string, make: (year: number) => PartialDate | null): PartialDate | null {
  const refYear = Number(refEnd.slice(0, 4))
  for (let y = refYear; y >= refYear - YEARS_BACK && y >= 1; y--) {
    const date = make(y)
    if (date !== null && partialDateRange(date).start <= refEnd) return date
  }
  return null
}

/** A partial date without its year (`20/5`, `tháng 10`, `quý IV`): every field but `year`. */
export type YearlessDate = Omit<PartialDate, 'year'>

// The date with its year, fields in the order the grammar writes them (so records compare
// and serialise alike whichever reader made them).
function withYear(d: YearlessDate, year: number): PartialDate {
  const date = { year } as PartialDate
  if (d.month !== undefined) date.month = d.month
  if (d.day !== undefined) date.day = d.day
  if (d.quarter !== undefined) date.quarter = d.quarter
  date.precision = d.precision
  if (d.partOfDay !== undefined) date.partOfDay = d.partOfDay
  return date
}

// Whether a year-less date has the integer fields of its precision and no others, which
// isRealDate takes for granted; with them, a year makes it valid exactly when isRealDate says so.
function hasFieldsOfPrecision(d: YearlessDate): boolean {
  const day = d.precision === 'day'
  const month = day || d.precision === 'month'
  const quarter = d.precision === 'quarter'
  return (
    (d.month !== undefined) === month &&
    (d.day !== undefined) === day &&
    (d.quarter !== undefined) === quarter &&
    [d.month, d.day, d.quarter].every((n) => n === undefined || Number.isInteger(n)) &&
    (d.partOfDay === undefined || (day && PART_OF_DAY_VALUES.has(d.partOfDay)))
  )
}

const PART_OF_DAY_VALUES: ReadonlySet<string> = new Set(Object.values(PART_OF_DAY_WORDS))

/**
 * Gives a date written without its year the year that {@link parseVietnameseDate} and
 * {@link findVietnameseDates} give it: the most recent year that does not put the date after
 * the reference (reference 2024-05-10: `20/5` is 2023-05-20, `10/5` is 2024-05-10; reference
 * 2024-01-10: `tháng 12` is 2023-12). A day that only leap years have goes back to the last
 * one (`29/2` against 2023-06-01 is 2020-02-29), at most eight years.
 *
 * Every reader of year-less dates in vanban uses this one rule. Returns `null` when `reference`
 * is missing or unreadable, or when the fields make no real date in any year (`31/4`).
 */
export function inferYear(date: YearlessDate, reference: DateReference | undefined): PartialDate | null {
  const refEnd = fromReference(reference)
  if (refEnd === null || !hasFieldsOfPrecision(date)) return null
  return latestNotAfter(refEnd, (year) => {
    const d = withYear(date, year)
    return isRealDate(d) ? d : null
  })
}

// ---------------------------------------------------------------------------------------------
// Public entry points.

// The words an expression found in running text can start with (labels only start a whole
// parsed expression): a part of day, `ngày`/`hôm`, a weekday, `quý`, `tháng`, `năm`.
const STARTS = FORMS.map((_, f) =>
  (FORM_KEYWORDS[f] ?? []).some(
    (k) => k in PART_OF_DAY_WORDS || ['ngày', 'hôm', 'thứ', 'chủ', 'quý', 'tháng', 'năm'].includes(k),
  ),
)

// Prefixes in running text (part of day, `ngày`, weekday, each with its separator or a
// `nay (`) take at most 24 tokens before the number that every date but `quý IV` holds.
const PREFIX_TOKENS = 32
const QUY = FORMS.map((_, f) => FORM_KEYWORDS[f]?.includes('quý') ?? false)

/**
 * Whether an expression may start at token i in running text: a number, or a word that the
 * grammar can start with, close enough before a number (`numberNear`) unless it is `quý`.
 * Everything else (most of the text, and runs of cue words far from any number or after the
 * last) never wakes the grammar: only `quý IV` is a date without a number.
 */
function mayStart(t: Tokens, i: number, numberNear: boolean): boolean {
  const kind = kindAt(t, i)
  if (kind === NUM) return true
  if (kind !== WORD) return false
  // Far from a number only `quý` may start, and every spelling of it starts with q or Q.
  if (!numberNear && (t.text.charCodeAt(startOf(t, i)) | 32) !== 0x71) return false
  const f = formOf(t, i)
  if (f >= 0 && QUY[f] === true) return true
  if (!numberNear) return false
  return f >= 0 ? (STARTS[f] ?? false) : wordIs(t, i, 'CN') || wordIs(t, i, 'T')
}

function trimmedBounds(text: string): { start: number; end: number } {
  let start = 0
  let end = text.length
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++
  while (end > start) {
    const c = text.charCodeAt(end - 1)
    if (!isSpaceCode(c) && c !== 44 && c !== 46) break
    end--
  }
  return { start, end }
}

/**
 * Reads one date expression as Vietnamese news writes it: `Sáng 13/5`, `chiều ngày 27/4/2023`,
 * `ngày 22-10-2018`, `22.10.2018`, `8 tháng 12 năm 2023`, `tháng 12/2023`, `Quý II năm 2023`,
 * `năm 2023`, `Thứ Năm, 21/12/2023, 16:26 [GMT+7]`, `Cập nhật: 08:30 ngày 14/11/2023`,
 * `2023-12-08T09:15:00+07:00`, `11/14/2023 9:36:00 PM` (month first when the second number is
 * over 12 or an AM/PM follows), with or without diacritics (`sang 13/5`).
 *
 * The whole input (bar surrounding white space and a trailing comma or period) must be the
 * expression. Weekdays, times and zones are accepted and ignored; `sáng`, `trưa`, `chiều`,
 * `tối`, `đêm` become `partOfDay`. A date without a year takes the most recent year that does
 * not put it after `reference` (reference 2024-01-10: `Sáng 20/12` is 2023-12-20).
 *
 * Returns `null` when the text is not a date (`35-NQ/TW`, `13/2023/NĐ-CP`, `Ban Chỉ đạo 35`,
 * a phone number, a lone number such as `2023`), when the date does not exist (`31/2`,
 * `29/2/2023`; never rolled over), or when it has no year and no usable reference.
 */
export function parseVietnameseDate(text: string, options: VietnameseDateOptions = {}): PartialDate | null {
  const { start, end } = trimmedBounds(text)
  if (start >= end) return null
  const t = tokenize(text.slice(start, end), PARSING)
  const e = expression(t, 0, { whole: true })
  if (e === null || e.end !== t.count) return null
  return resolve(e, referenceOf(options.reference))
}

/**
 * Finds every date expression in a text, in order, with UTF-16 offsets into it: `Sáng 8/12,
 * Đảng ủy...` gives 8 December (of the reference's year or the one before) with `partOfDay`
 * morning over `Sáng 8/12`; `Nghị quyết số 35-NQ/TW ngày 22/10/2018` gives `ngày 22/10/2018`.
 *
 * Stricter than {@link parseVietnameseDate}, since prose is full of numbers: a day without a
 * year counts only after a cue (`ngày`, `hôm`, a part of day or a weekday), a month needs its
 * year, and nothing inside a longer chain of numbers and codes counts (`13/2023/NĐ-CP`,
 * `35-NQ/TW`, `0912.345.678`). Expressions that need a year and have no usable `reference` are
 * skipped. Runs in time linear in the length of the text and never throws.
 */
export function findVietnameseDates(text: string, options: VietnameseDateOptions = {}): DateMention[] {
  return scanDates(text, options, text.length, false)
}

/**
 * The dates to the day (`precision: 'day'`) that {@link findVietnameseDates} finds, in order:
 * for a caller that wants no others. Without a reference, the paragraphs where no four-digit
 * number stands as such a date's year (see mayBeDayYear) are not read.
 */
export function findVietnameseDays(text: string, options: VietnameseDateOptions = {}): DateMention[] {
  return scanDates(text, options, text.length, false, true).filter(isDay)
}

const isDay = (m: DateMention): boolean => m.date.precision === 'day'

/**
 * The first date {@link findVietnameseDates} finds in `text` when it starts at or before offset
 * `until`, else `null`: for a caller that wants a date only where a text opens (or right after
 * its opening words), the scan stops there, and at the first date.
 */
export function findFirstVietnameseDate(
  text: string,
  until: number,
  options: VietnameseDateOptions = {},
): DateMention | null {
  return scanDates(text, options, until, true)[0] ?? null
}

// The dates found by expressions that start at or before offset `until`, only the first if `first`.
// With `days`, a paragraph that cannot hold a date to the day is passed over.
function scanDates(
  text: string,
  options: VietnameseDateOptions,
  until: number,
  first: boolean,
  days = false,
): DateMention[] {
  const found: DateMention[] = []
  if (options.reference !== undefined) {
    scanTokens(text, 0, referenceOf(options.reference), until, first, false, found)
    return found
  }
  // Without a reference only dates that write their four-digit year resolve, and no expression
  // spans a paragraph break: only the paragraphs that hold such a year are tokenized and read,
  // each as the whole text would read it (see spaceRunAt).
  const reference = referenceOf(undefined)
  let floor = 0
  for (let year = nextYearRun(text, 0); year >= 0; year = nextYearRun(text, floor)) {
    const start = paragraphStart(text, year, floor)
    if (start > until) break
    floor = paragraphEnd(text, year)
    if (days && !mayHoldDay(text, year, start, floor)) continue
    scanTokens(text.slice(start, floor), start, reference, until, first, true, found)
    if (first && found.length > 0) break
  }
  return found
}

// Reads the dates of `text`, which stands at `offset` of the text asked about, into `found`.
function scanTokens(
  text: string,
  offset: number,
  reference: Reference,
  until: number,
  first: boolean,
  yearWritten: boolean,
  found: DateMention[],
): void {
  const t = tokenize(text, SCANNING)
  let nextNumber = 0
  let nextYear = 0
  // The year whose way back to a word no date holds is looked at already.
  let clearFor = -1
  let i = 0
  while (i < t.count && startOf(t, i) + offset <= until) {
    if (yearWritten) {
      // Only an expression that writes its year resolves, and its year stands at most YEAR_REACH
      // tokens after its start: the grammar is not woken farther from a four-digit number.
      while (nextYear < t.count && (nextYear < i || !isFourDigits(t, nextYear))) nextYear++
      if (nextYear === t.count) break
      i = Math.max(i, nextYear - YEAR_REACH)
      // An expression that resolves holds every token from its start to its year: none starts
      // before a word that no date holds (`Hội nghị năm 2023`: only from `năm`).
      if (clearFor !== nextYear && scanShortcuts.wordsBeforeYear) {
        clearFor = nextYear
        for (let k = nextYear - 1; k >= i; k--) {
          if (kindAt(t, k) === WORD && !inDates(t, k)) {
            i = k + 1
            break
          }
        }
      }
    }
    while (nextNumber < t.count && (nextNumber < i || t.kinds[nextNumber] !== NUM)) nextNumber++
    const e =
      mayStart(t, i, nextNumber < t.count && nextNumber - i <= PREFIX_TOKENS) && startsCleanly(t, i)
        ? expression(t, i, { whole: false })
        : null
    const acceptable =
      e !== null &&
      !(e.core.kind === 'day' && e.core.year === null && !e.cued) &&
      !(e.core.kind === 'month' && e.core.year === null)
    const date = acceptable ? resolve(e, reference) : null
    if (e !== null && date !== null) {
      const start = startOf(t, i)
      const end = endOf(t, e.end - 1)
      found.push({ date, start: start + offset, end: end + offset, raw: text.slice(start, end) })
      if (first) break
      i = e.end
    } else {
      i++
    }
  }
}

// The offset of the first run of exactly four ASCII digits at or after `from`, or -1. Any four
// units in a row hold one offset that is a multiple of four from `from`: only those are looked
// at until a digit is met, and the run around it measured. A caller that wants only the runs
// before `until` (where no run goes on from before it) has the text past it not looked at; a run
// that starts just past it may still be given.
function nextYearRun(text: string, from: number, until = text.length): number {
  const n = text.length
  for (let i = from + 3; i < Math.min(n, until); i += 4) {
    if (i >= n || !isDigitCode(text.charCodeAt(i))) continue
    let start = i
    while (start > from && isDigitCode(text.charCodeAt(start - 1))) start--
    let end = i + 1
    while (end < n && isDigitCode(text.charCodeAt(end))) end++
    if (end - start === 4) return start
    // The next run starts past this one's end and the unit after it.
    i = end + 1 - 4
  }
  return -1
}

// Whether the paragraph text[start, end), whose first four-digit number is at `first`, may hold
// a date to the day: one of its four-digit numbers stands where such a date's year does. Most
// paragraphs that hold a year write it after a word (`năm 2023`, `xuất sắc 2021`) and none.
function mayHoldDay(text: string, first: number, start: number, end: number): boolean {
  for (let y = first; y >= 0 && y < end; y = nextYearRun(text, y + 4, end))
    if (mayBeDayYear(text, y, start)) return true
  return false
}

// How far before a year its gate reads tokens: the four before it, most of them short words.
const DAY_YEAR_REACH = 40
const DAY_GATE: TokenArrays = { kinds: new Uint8Array(128), starts: new Int32Array(65) }
// A month's name, or the last word of one (`Mười Một`).
const MONTH_WORDS = [...MONTH_NAME_KEYWORDS, 'một'] as const

/**
 * Whether the four digits at `at` (of a paragraph starting at `start`) may be the year of a date
 * to the day, as the grammar's day forms write it (isoDay, numericDay, dayRangeStart, wordedDay,
 * englishDay): before an ISO date's dash (`2023-12-08`); after a day's and month's digits (`8/9/2023`);
 * after one space that follows a number (`11 Tháng 12 2023`, `October 18 2019`), a comma (`22
 * tháng 4, 2024`), an English month (`18 October 2019`), a month's name after `tháng` or `Mười`
 * (`14 tháng Mười 2020`, `tháng Mười Một 2019`), or `năm` after a month's number or name (`8
 * tháng 9 năm 2023`, `13/5 năm 2024`, `tháng Mười Một năm 2019`). Where the tokens it reads may
 * stand before its window, it says yes.
 */
function mayBeDayYear(text: string, at: number, start: number): boolean {
  if (text.charCodeAt(at + 4) === 0x2d) return true
  const before = at > start ? text.charCodeAt(at - 1) : -1
  if (before === 0x2f || before === 0x2d || before === 0x2e) return dayMonthBefore(text, at - 1, start, before)
  if (before < 0 || unitClass(before) !== U_SPACE) return false
  const from = Math.max(start, at - DAY_YEAR_REACH)
  const t = tokenize(text.slice(from, at + 4), DAY_GATE)
  // The window's first token may be the end of a longer one: what it would decide is not known.
  const unknown = (i: number): boolean => from > start && i <= 0
  const year = t.count - 1
  const w = year - 2
  if (kindAt(t, year - 1) !== SPACE) return false
  if (unknown(w)) return true
  if (kindAt(t, w) === NUM || punctAt(t, w) === ',') return true
  if (wordIn(t, w, ENGLISH_MONTHS) !== null) return true
  const nam = isWord(t, w, 'năm')
  const named = wordIn(t, w, MONTH_WORDS) !== null
  if (!nam && !named) return false
  if (unknown(w - 2)) return true
  const gap = kindAt(t, w - 1)
  if (gap !== SPACE && gap !== LINE_BREAK) return false
  const b = w - 2
  if (nam && (kindAt(t, b) === NUM || wordIn(t, b, MONTH_WORDS) !== null)) return true
  return named && (isWord(t, b, 'tháng') || isWord(t, b, 'mười'))
}

// Whether a month of one or two digits and the separator `sep` stand before the separator at
// `at`, as in a day's digits (`8/9/`, `21-24/5/`): not a month's (`tháng 9/`) or a code's.
function dayMonthBefore(text: string, at: number, start: number, sep: number): boolean {
  let digits = at
  while (digits > start && isDigitCode(text.charCodeAt(digits - 1))) digits--
  const n = at - digits
  return n >= 1 && n <= 2 && digits > start && text.charCodeAt(digits - 1) === sep
}

// A paragraph break: a run of white space with two line breaks or more (`\r\n` one), which no
// expression reads across (sp1OrBreak passes one break at most, every other step none, and the
// checks at an expression's ends see white space alike on both sides of it). Texts split after
// such runs read, piece by piece, the dates the whole does: the tokens are the same, and a year
// in one piece is never within reach of an expression that starts in another.

// The run of white space around the line break at `at`: its bounds, and whether it breaks a paragraph.
function spaceRunAt(text: string, at: number): { start: number; end: number; breaks: boolean } {
  let start = at
  while (start > 0 && isSpaceCode(text.charCodeAt(start - 1))) start--
  let end = at + 1
  while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++
  let breaks = 0
  for (let k = start; k < end && breaks < 2; k++) {
    const c = text.charCodeAt(k)
    if (isBreakCode(c) && !(c === 13 && text.charCodeAt(k + 1) === 10)) breaks++
  }
  return { start, end, breaks: breaks >= 2 }
}

// Where the paragraph holding offset `at` starts: after the last paragraph break before it, not before `floor`.
function paragraphStart(text: string, at: number, floor: number): number {
  for (let p = text.lastIndexOf('\n', at); p >= floor; ) {
    const run = spaceRunAt(text, p)
    if (run.breaks) return Math.max(floor, run.end)
    p = run.start > 0 ? text.lastIndexOf('\n', run.start - 1) : -1
  }
  return floor
}

// Where the paragraph holding offset `at` ends: after the first paragraph break past it, with the break.
function paragraphEnd(text: string, at: number): number {
  for (let p = text.indexOf('\n', at); p >= 0; ) {
    const run = spaceRunAt(text, p)
    if (run.breaks) return run.end
    p = text.indexOf('\n', run.end)
  }
  return text.length
}

// How many tokens past its start an expression's year may stand: the prefixes take at most 36
// (a part of the day with `sớm`, `ngày`, a weekday and a clock time `8 giờ 30 phút SA`, each
// with its separator or a `nay (`), the core at most 10 more (`22 tháng Mười Một năm 2019`).
const YEAR_REACH = 48

// Whether word token i may stand in a date expression: a word of the grammar, a quarter in
// Roman numerals, or `CN`, `T`, `Z`, which it reads as written.
function inDates(t: Tokens, i: number): boolean {
  if (formOf(t, i) >= 0) return true
  const length = endOf(t, i) - startOf(t, i)
  if (length <= 3 && ROMAN_QUARTERS[tokenText(t, i).toLowerCase()] !== undefined) return true
  return wordIs(t, i, 'CN') || wordIs(t, i, 'T') || wordIs(t, i, 'Z')
}

const isFourDigits = (t: Tokens, i: number): boolean => t.kinds[i] === NUM && endOf(t, i) - startOf(t, i) === 4

// The spellings a date in running text may open with, lower case (NFC): every form of a start
// word of the grammar (STARTS), and `cn`, `t` (`CN`, `T2`).
const START_SPELLINGS: ReadonlySet<string> = new Set([...FORMS.filter((_, f) => STARTS[f] === true), 'cn', 't'])
const START_FIRST_UNITS: ReadonlySet<number> = new Set(
  [...START_SPELLINGS].flatMap((w) => [w.charCodeAt(0), w.charAt(0).toUpperCase().charCodeAt(0)]),
)
// The longest start spelling, decomposed and with two marks on a letter (`chiều`), is 7 units.
const LONGEST_START = 8

// Letters that are NFC whatever stands beside them: no combining marks, no Hangul.
const isComposed = (c: number): boolean => c < 0x300 || (c >= 0x1e00 && c < 0x1f00)

/**
 * Whether a date that {@link findVietnameseDates} finds may start at offset `at` of `text`: a
 * digit, or a word the grammar opens running-text dates with (a part of day, `ngày`, `hôm`,
 * `thứ`, `chủ`, `quý`, `tháng`, `năm`, in any case, with or without diacritics, `CN`, `T`).
 * Lets a caller that wants a date only at a known offset skip the scan where none can start;
 * it never says no where a date starts.
 */
export function mayStartDate(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (isDigitCode(c)) return true
  if (!START_FIRST_UNITS.has(c)) return false
  // The word is read unit by unit while it stays short and in the basic plane; a longer one is
  // no start word, and one with other characters is read by the expression.
  let end = at
  let composed = true
  for (; end < text.length && end - at <= LONGEST_START; end++) {
    const u = text.charCodeAt(end)
    if (u >= 0xd800 && u <= 0xdfff) return startWordAt(text, at)
    if (letterLength(text, end) === 0) break
    if (!isComposed(u)) composed = false
  }
  if (end - at > LONGEST_START) return false
  const word = text.slice(at, end).toLowerCase()
  return START_SPELLINGS.has(composed ? word : word.normalize('NFC'))
}

const WORD_AT = /[\p{L}\p{M}]+/uy

function startWordAt(text: string, at: number): boolean {
  WORD_AT.lastIndex = at
  const word = WORD_AT.exec(text)
  return word !== null && START_SPELLINGS.has(word[0].normalize('NFC').toLowerCase())
}
