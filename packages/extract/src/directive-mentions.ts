import {
  type DirectiveCodeMatch,
  type DirectiveCodeParts,
  findDirectiveCodes,
  findVietnameseDates,
  formatDirectiveCode,
  issuerCodeForBody,
  mayStartDate,
  type PartialDate,
  parseDirectiveCode,
} from '@vanban/core'
import { changesInLowerCase, lowered } from './lower-case.ts'
import { SPECIMEN_WORDS } from './rules/citation-words.ts'
import { SPECIMEN_BEFORE } from './rules/expressions.ts'
import type { Piece } from './sentences.ts'
import { findShortForms, isSo, typeNameStartBefore } from './short-forms.ts'
import { isWhiteUnit, unitClass } from './unit-class.ts'
import { DOCUMENT_TYPE_WORDS } from './vocabulary.ts'
import { firstLetters } from './word-pattern.ts'

/**
 * Where a text mentions a directive, and what the words around the mention say about it.
 *
 * Two forms are read. A written code (`35-NQ/TW`, `57-NQ-TW`, `85 - QĐ/TW`, `13/2023/NĐ-CP`,
 * `06/QĐ-TTg`, `64/2025/QH15`), with or without its type name and `số` before it; and a short
 * form, a type name and a number (`Nghị quyết 35`, `Chỉ thị số 05 của Bộ Chính trị`), which
 * names a directive only when the article writes its code elsewhere or names its issuing body.
 * The tail of a mention gives the issue date (`ngày 22/10/2018`, `, ngày 7/10/2022`) and the
 * issuing body (`của Bộ Chính trị`, `được Quốc hội thông qua ngày ...`).
 */
export type DirectiveMention = {
  /** The mention as written, type name included when it stands right before the number. */
  start: number
  end: number
  /** End of the mention with its tail (date, issuing body). */
  tailEnd: number
  /** The parsed code when written; null for a short form. */
  parts: DirectiveCodeParts | null
  /** Type letters and number of a short form (also filled for a written code). */
  type: string
  number: string
  issuedOn: PartialDate | null
  issuingBody: string | null
  /** Set when `issuedOn` is the date of the clause that reports the issuing (`Ngày ..., X ban hành ...`). */
  issuing?: boolean | undefined
  /** The mention this short form replaces or amends (`Quy định số 368 thay thế Kết luận số 35`). */
  relatedTo?: DirectiveMention | undefined
  /**
   * The issuer code a short form with no issuing body takes from the central Party body that
   * disseminates it (`Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Nghị quyết số 79`: `TW`).
   */
  issuerHint?: string | undefined
  /** The code the mention resolves to, and whether it is inferred: undefined until resolved (`ResolvedMention`). */
  code?: string | undefined
  inferred?: boolean | undefined
}

// The words that join a document to the one it replaces or amends, right after it.
const REPLACES_OR_AMENDS = /^[\s,]*(?:thay thế|sửa đổi(?:,?\s*bổ sung)?(?:\s+một số điều)?)(?:\s+(?:cho|của))?\s*$/iu

const TYPE_NAME_LIST = DOCUMENT_TYPE_WORDS.map(([name]) => name.replace(/ /g, '\\s+'))
const TYPE_NAMES = TYPE_NAME_LIST.join('|')
const AT_TYPE_NAME = `${firstLetters(TYPE_NAME_LIST)}(?<![\\p{L}])`

// `số` and white space end the text before `end`: the only texts TYPE_NAME_THEN_SO can match.
function endsWithSo(text: string, end: number): boolean {
  let p = end
  while (p > 0 && isWhiteUnit(text.charCodeAt(p - 1))) p--
  return p >= 2 && isSo(text.charCodeAt(p - 2), text.charCodeAt(p - 1))
}

const TYPE_NAME_THEN_SO = new RegExp(`${AT_TYPE_NAME}(${TYPE_NAMES})(?:\\s+[^\\s,;.]{1,20}){0,10}\\s+số\\s*$`, 'iu')

const LETTERS_BY_NAME = new Map(DOCUMENT_TYPE_WORDS)
// Names are mostly written with single spaces, and then need no other rewriting to be looked up.
const lettersOf = (name: string): string => {
  const n = lowered(name)
  return LETTERS_BY_NAME.get(n) ?? LETTERS_BY_NAME.get(n.replace(/\s+/gu, ' ')) ?? ''
}

// Words that end an organisation name read after `của`.
const BODY_STOP = new Set([
  'về',
  'hướng',
  'thực',
  'ngày',
  'nhằm',
  'đã',
  'trong',
  'tại',
  'đến',
  'cho',
  'với',
  'là',
  'được',
  'có',
  'theo',
  'gắn',
  'để',
  'nêu',
  'năm',
  'ban hành',
  'khóa',
  'khoá',
  'nhiệm',
  'quy',
  'triển',
  'và',
  'thì',
  'mà',
  'như',
  'sẽ',
  'cũng',
  'đang',
  'từ',
  'vào',
  'thông',
  'ký',
  'số',
  'hoặc',
  'sửa',
  'bổ',
  'thay',
  // `của Thủ tướng Chính phủ phê duyệt Chiến lược ...`: approving is what the body does.
  'phê',
])
const TYPE_WORD_STARTS = new Set(DOCUMENT_TYPE_WORDS.map(([w]) => w.split(' ')[0]!))

// The units that end a word of a body's name: white space and ,;.:()“”"!?. Read unit by unit:
// an expression per word cost more than the rest.
const endsWord = unitClass(/^[\s,;.:()“”"!?]$/u)

// What SPECIMEN_BEFORE's match holds after its specimen word (white space, `:`, a quote, the
// letters of `số`, in either case), and the last letters of the specimen words: the match ends
// with a run of the first right after one of the second.
const SPECIMEN_TAIL = unitClass(/^[\s:“"'số]$/iu)
const SPECIMEN_WORD_END = unitClass(
  new RegExp(`^[${[...new Set(SPECIMEN_WORDS.map((w) => w.at(-1)!))].join('')}]$`, 'iu'),
)

// Whether SPECIMEN_BEFORE may match the 24 units before `end`: only then is it tried, on a copy of
// them (most codes follow a type name, whose last letter ends no specimen word).
function mayFollowSpecimen(text: string, end: number): boolean {
  const from = Math.max(0, end - 24)
  let p = end
  while (p > from && SPECIMEN_TAIL(text.charCodeAt(p - 1))) p--
  return p > from && SPECIMEN_WORD_END(text.charCodeAt(p - 1))
}

// Stop words that never stand in a place's name, even capitalised (`Tỉnh Về việc` in a heading).
const NEVER_IN_NAMES = new Set(['về', 'ngày', 'khóa', 'khoá', 'số', 'và', 'được', 'đã', 'theo', 'nhiệm'])

// `huyện Đại Từ`, `huyện Năm Căn`: a stop word written with a capital and the rest in lower case,
// inside a body's name, is a syllable of a place's name, not the preposition.
function isNameSyllable(w: string, lw: string): boolean {
  return w !== lw && w.length > 1 && w.slice(1) === lw.slice(1) && !NEVER_IN_NAMES.has(lw)
}

// The two words after `và` in a body's name.
const NEXT_WORDS = /^\s+([^\s,;.:()“”"]+)(?:\s+([^\s,;.:()“”"]+))?/u

// Reads an organisation name at `from`: up to 14 words, stopping at punctuation and at words
// that start a new phrase. `và` continues a name only between capitalised words that are not a
// document type (`Bộ Thông tin và Truyền thông`, but `Ban Bí thư và Hướng dẫn số 99`).
function readBody(text: string, from: number, limit: number): { name: string; end: number } | null {
  let words = 0
  let i = from
  let end = from
  let wideGap = false
  while (i < limit && words < 14) {
    // A word is read at most 40 code units long, and never past `limit`.
    const stop = Math.min(limit, i + 40)
    let j = i
    while (j < stop && !endsWord(text.charCodeAt(j))) j++
    if (j === i) break
    const w = text.slice(i, j)
    const lw = changesInLowerCase(text, i, j) ? lowered(w) : w
    // `của Chính phủ ban hành Chương trình ...`: the verb, not the `ban` of `Ủy ban`.
    if (words > 0 && w === 'ban' && text.startsWith(' hành', i + 3)) break
    if (words > 0 && BODY_STOP.has(lw) && !isNameSyllable(w, lw)) {
      if (lw !== 'và') break
      const next = NEXT_WORDS.exec(text.slice(i + w.length, i + w.length + 40))
      const nextWord = next?.[1] ?? ''
      const isType = TYPE_WORD_STARTS.has(lowered(nextWord)) && lettersOf(`${nextWord} ${next?.[2] ?? ''}`) !== ''
      if (nextWord === '' || nextWord[0] === nextWord[0]!.toLowerCase() || isType) break
    }
    if (words === 0 && w[0] === w[0]!.toLowerCase()) return null
    words++
    if (i > from && i - end > 1) wideGap = true
    end = j
    // Up to four spaces between words.
    let gap = 0
    while (gap < 4 && text.charCodeAt(end + gap) === 32) gap++
    if (gap === 0) break
    i = end + gap
  }
  if (words === 0) return null
  // The words one space apart, as written or with wider gaps closed.
  const name = text.slice(from, end)
  return { name: wideGap ? name.replace(/ +/gu, ' ') : name, end }
}

// First letters, in either case, of the words that open a tail without a date.
const TAIL_OPENERS = new Set([...'bBkKcCđĐdD'].map((l) => l.charCodeAt(0)))

type Tail = { issuedOn: PartialDate | null; issuingBody: string | null; end: number }

// What may stand between a mention and a date of its tail: white space, commas, `ban hành`, `ký`, `cùng`.
const TAIL_OPENING = /^[\s,]*(?:(?:ban hành|ký|cùng)\s+)?/iu

// Whether a digit stands in the first `n` units of `text`.
function hasDigit(text: string, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) return true
  }
  return false
}

// How many units of white space and commas open `text` from `from`, up to `to`.
function gapLength(text: string, from: number, to: number): number {
  let p = from
  while (p < to && isGapUnit(text.charCodeAt(p))) p++
  return p - from
}

// The verb of a passive tail, right after `được` or after the body that issued it.
const ISSUED = /^(?:thông qua|ban hành|ký ban hành|ký)(?:\s+vào)?\s*/iu
// A body's term after its name: `khóa XI`, `khoá 13`.
const TERM_AFTER_BODY = /^\s+(?:khóa|khoá)\s+(?:[IVXL]{1,6}|\d{1,2})(?![\p{L}\p{N}])/u
const BODY_THEN_ISSUED = /^\s+(?:thông qua|ban hành|ký ban hành|ký)(?:\s+vào)?\s*/iu

// What may stand before a tail's date, and the words that open its body.
const DATE_OPENING = /^[\s,]*(?:ban hành\s+|ký\s+|cùng\s+)?$/iu
const OF = /^[\s,]*của\s+/iu
const PASSIVE = /^[\s,]*(?:được|do)\s+/iu
const GAP_ONLY = /^[\s,]*$/u

// The date and issuing body written after a mention, within one clause.
function readTail(text: string, from: number, limit: number): Tail {
  const tail: Tail = { issuedOn: null, issuingBody: null, end: from }
  const window = text.slice(from, Math.min(limit, from + 160))
  let lead = 0
  while (lead < window.length && (window.charCodeAt(lead) === 44 || isWhiteUnit(window.charCodeAt(lead)))) lead++
  // Most mentions are followed by other words (`và`, `về`, `,`): neither a date nor one of
  // the words a tail opens with (`ban hành`, `ký`, `của`, `được`, `do`) stands at `lead`.
  // The date may stand in brackets right after the mention: `150/QĐ-TTg (ngày 26/01/2022) của ...`.
  const bracket = window.charCodeAt(lead) === 0x28 && mayStartDate(window, lead + 1)
  if (!bracket && !TAIL_OPENERS.has(window.charCodeAt(lead)) && !mayStartDate(window, lead)) return tail
  let at = 0
  // Only a date right after the mention (white space, commas, `ban hành`, `ký`, and `cùng`
  // for one shared with the mention before) counts.
  // The opening words are read only when no date stands at `lead`.
  let dated = false
  if (hasDigit(window, Math.min(60, window.length))) {
    if (bracket || mayStartDate(window, lead)) dated = true
    else {
      const opening = TAIL_OPENING.exec(window)![0].length
      dated = opening !== lead && mayStartDate(window, opening)
    }
  }
  const dates = dated ? findVietnameseDates(window.slice(0, 60)) : []
  const d = dates[0]
  if (
    d !== undefined &&
    d.date.precision === 'day' &&
    (bracket ? d.start === lead + 1 : DATE_OPENING.test(window.slice(0, d.start)))
  ) {
    tail.issuedOn = d.date
    at = d.end
    // The bracket closes right after the date, and what follows goes on with the tail.
    if (bracket) at = window.charCodeAt(at) === 0x29 ? at + 1 : at
  }
  // `của`, `được` and `do` open with their `c` or `d`, `đ` (either case), after white space and commas.
  const opener = window.charCodeAt(at + gapLength(window, at, window.length))
  const of = opener === 0x63 || opener === 0x43 ? OF.exec(window.slice(at)) : null
  if (of !== null) {
    const body = readBody(text, from + at + of[0].length, limit)
    if (body !== null) {
      tail.issuingBody = body.name
      at = body.end - from
      if (
        tail.issuedOn === null &&
        mayStartDate(text, body.end + gapLength(text, body.end, Math.min(text.length, body.end + 30)))
      ) {
        const after = findVietnameseDates(text.slice(body.end, Math.min(limit, body.end + 30)))[0]
        if (
          after !== undefined &&
          after.date.precision === 'day' &&
          GAP_ONLY.test(text.slice(body.end, body.end + after.start))
        ) {
          tail.issuedOn = after.date
          at = body.end + after.end - from
        }
      }
    }
  } else {
    // `được Quốc hội thông qua ngày 19/02/2025`, `do Chính phủ ban hành ngày ...`, and with no
    // body named, `được ban hành ngày 10/7/2023`.
    const passive =
      opener === 0x64 || opener === 0x44 || opener === 0x111 || opener === 0x110 ? PASSIVE.exec(window.slice(at)) : null
    if (passive !== null) {
      const bodyStart = from + at + passive[0].length
      const body = readBody(text, bodyStart, limit)
      // The body's term may stand before the verb: `được Ban Chấp hành Trung ương Đảng khóa XI ban hành`.
      const term = body === null ? null : TERM_AFTER_BODY.exec(text.slice(body.end, body.end + 16))
      const bodyEnd = body === null ? bodyStart : body.end + (term?.[0].length ?? 0)
      const verbAt = bodyEnd
      const verb = (body === null ? ISSUED : BODY_THEN_ISSUED).exec(text.slice(verbAt, verbAt + 30))
      if (verb !== null) {
        if (body !== null) tail.issuingBody = term === null ? body.name : `${body.name} ${term[0].trim()}`
        at = verbAt + verb[0].length - from
        const dateAt = verbAt + verb[0].length
        const after = mayStartDate(text, dateAt)
          ? findVietnameseDates(text.slice(dateAt, Math.min(limit, dateAt + 30)))[0]
          : undefined
        if (tail.issuedOn === null && after !== undefined && after.start === 0 && after.date.precision === 'day') {
          tail.issuedOn = after.date
          at += after.end
        }
      }
    }
  }
  tail.end = from + at
  return tail
}

// The subject of a sentence that disseminates or carries out what it cites, after a leading time
// cue (`Sáng 25/2, Ban Bí thư tổ chức Hội nghị toàn quốc ... quán triệt ... Nghị quyết số 79`):
// a central Party body disseminates only the centre's documents, so its issuer code `TW`.
const SUBJECT_AFTER_CUE = /^(?:[^,;.]{0,30},\s*)?/u
const SUBJECT_VERB = /\s(?:đã\s+|vừa\s+)?(?:tổ chức|quán triệt|triển khai|học tập|thực hiện)\s/u
const CARRYING_OUT = /(?<![\p{L}])(?:quán triệt|triển khai|học tập|thực hiện)\s/u

function centralDisseminator(text: string, mentionStart: number): string | null {
  // The subject opens the sentence: only a mention within its first clauses is asked about.
  if (mentionStart > 300) return null
  const at = SUBJECT_AFTER_CUE.exec(text.slice(0, 40))![0].length
  const verb = at < mentionStart ? SUBJECT_VERB.exec(text.slice(at, mentionStart)) : null
  if (verb === null) return null
  const body = readBody(text, at, at + verb.index)
  if (body === null || body.end !== at + verb.index || issuerCodeForBody(body.name) !== 'TW') return null
  return CARRYING_OUT.test(text.slice(body.end, mentionStart)) ? 'TW' : null
}

// `Chính phủ đã ban hành Nghị quyết ...`, `Tỉnh ủy cũng đã ban hành`: the subject of `ban hành` is
// the issuing body.
function issuerBefore(text: string, clauseStart: number, mentionStart: number): string | null {
  const from = Math.max(clauseStart, mentionStart - 120)
  // `ban hành` and white space end the text before the mention; read from the end, not by an
  // expression tried at every offset of the window.
  let verbEnd = mentionStart
  while (verbEnd > from && isWhiteUnit(text.charCodeAt(verbEnd - 1))) verbEnd--
  if (verbEnd === mentionStart || verbEnd - 8 < from || !text.startsWith('ban hành', verbEnd - 8)) return null
  const before = text.slice(from, mentionStart)
  const m =
    /(?:^|[,;:]\s*|\s)((?:\p{Lu}[\p{L}\p{M}&]*\s+){0,8}?\p{Lu}?[\p{L}\p{M}&]*)\s+(?:cũng\s+)?(?:đã\s+|vừa\s+|mới\s+)?ban hành\s+$/u.exec(
      before,
    )
  const body = m === null ? null : readBody(m[1]!, 0, m[1]!.length)
  const read = body !== null && body.end === m![1]!.length ? body.name : null
  if (read !== null && issuerCodeForBody(read) !== null) return read
  return namedIssuerBefore(before) ?? read
}

// `Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành`: a name whose inner words are not all capitalised,
// read as the longest run of words before the verb, within its clause, that opens with a capital
// and names an issuing body.
function namedIssuerBefore(before: string): string | null {
  const verb = /\s+(?:cũng\s+)?(?:đã\s+|vừa\s+|mới\s+)?ban hành\s+$/u.exec(before)
  if (verb === null) return null
  const clause = before.slice(0, verb.index)
  const words = clause
    .slice(Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';'), clause.lastIndexOf(':')) + 1)
    .trim()
    .split(/\s+/u)
  for (let k = Math.min(9, words.length); k >= 2; k--) {
    const name = words.slice(words.length - k).join(' ')
    if (!/^\p{Lu}/u.test(name)) continue
    const body = readBody(name, 0, name.length)
    if (body !== null && body.end === name.length && issuerCodeForBody(name) !== null) return name
  }
  return null
}

// `số 12, 13 và` right before a code's number: the numbers and where each stands in the window.
const NUMBERS_BEFORE = /(?<![\p{L}\p{N}])số\s+(\d{1,6})((?:\s*,\s*\d{1,6}){0,4})\s*(?:,\s*)?và\s+$/iu
const NUMBER = /\d{1,6}/gu

/**
 * The numbers written before a code that share its type and issuer (`Nghị quyết số 2174 và
 * 2175-NQ/QU`, `Quyết định số 12, 13 và 14/QĐ-UBND`): each a code of its own, read only after
 * `số` and joined by commas and a last `và`. `from` is where the code starts.
 */
function sharedNumbers(
  text: string,
  from: number,
  parts: DirectiveCodeParts,
): { start: number; end: number; parts: DirectiveCodeParts }[] {
  // Most codes follow no `và `: only those are read further.
  if (from < 6 || text.charCodeAt(from - 1) !== 32 || text.charCodeAt(from - 2) !== 0xe0) return []
  const lo = Math.max(0, from - 60)
  const m = NUMBERS_BEFORE.exec(text.slice(lo, from))
  if (m === null) return []
  const out: { start: number; end: number; parts: DirectiveCodeParts }[] = []
  const at = lo + m.index + m[0].indexOf(m[1]!)
  for (const n of text.slice(at, from).matchAll(NUMBER)) {
    const code = formatDirectiveCode({ ...parts, number: n[0] })
    const read = parseDirectiveCode(code)
    if (read === null || read.code !== code) return []
    out.push({ start: at + n.index, end: at + n.index + n[0].length, parts: read })
  }
  return out
}

// Two mentions joined by `và`, and `cùng` before a date and body that belong to both.
const isGapUnit = unitClass(/^[\s,]$/u)
const VA = 'và'

// Whether `text.slice(from, to)` is `và` after white space and commas and before white space, as
// `/^[\s,]*và\s*$/u` reads it, read in place: an article may join tens of thousands of mentions,
// and a copy and an expression for each cost more than the rest.
function joinedByVa(text: string, from: number, to: number): boolean {
  let p = from
  while (p < to && isGapUnit(text.charCodeAt(p))) p++
  if (p + VA.length > to || !text.startsWith(VA, p)) return false
  p += VA.length
  while (p < to && isWhiteUnit(text.charCodeAt(p))) p++
  return p === to
}
const BOTH_ON = /^[\s,]*cùng\s/u

// `Quyết định số 1748-QĐ/HU và Quyết định số 1749-QĐ/HU ngày 31/7/2024 của ...`: one issuer's
// documents of one type numbered one after the other were issued together, on the date written
// once after the last.
function numberedTogether(a: DirectiveMention, b: DirectiveMention): boolean {
  const p = a.parts
  const q = b.parts
  if (p === null || q === null || p.type !== q.type || p.issuerCode !== q.issuerCode || p.year !== q.year) return false
  return /^\d+$/u.test(p.number) && /^\d+$/u.test(q.number) && Number(q.number) === Number(p.number) + 1
}

// Whether the body a text names issues under `issuerCode` (`Chính phủ` under `CP`).
function bodyOwnsCode(body: string, issuerCode: string): boolean {
  return issuerCodeForBody(body)?.toUpperCase() === issuerCode.toUpperCase()
}

/**
 * Sorts `mentions` by start, as a stable sort does. Mentions come as one or two runs in order
 * (codes, then short forms), which are merged in one pass, ties to the first run; anything
 * else is sorted.
 */
export function sortByStart<M extends { start: number }>(mentions: M[]): void {
  let split = 1
  while (split < mentions.length && mentions[split - 1]!.start <= mentions[split]!.start) split++
  if (split >= mentions.length) return
  for (let i = split + 1; i < mentions.length; i++) {
    if (mentions[i - 1]!.start > mentions[i]!.start) {
      mentions.sort((a, b) => a.start - b.start)
      return
    }
  }
  const first = mentions.slice(0, split)
  let a = 0
  let b = split
  for (let i = 0; i < mentions.length; i++) {
    mentions[i] =
      b >= mentions.length || (a < first.length && first[a]!.start <= mentions[b]!.start) ? first[a++]! : mentions[b++]!
  }
}

/**
 * Finds every directive mention in `piece` (a title, paragraph or caption), in order. `codes`
 * are the written codes inside the piece, offsets into the article text as the piece's are;
 * the extractor scans the whole article once and hands each piece its share, so that no code
 * is copied to move its offsets. By default the piece is scanned on its own.
 */
export function findDirectiveMentions(
  piece: Piece,
  codes: readonly DirectiveCodeMatch[] = findDirectiveCodes(piece.text).map((c) => ({
    ...c,
    start: c.start + piece.start,
    end: c.end + piece.start,
  })),
): DirectiveMention[] {
  const text = piece.text
  const found: DirectiveMention[] = []
  // Start and end of each code read, in pairs: numbers in one array, not an array per code.
  const taken: number[] = []
  for (let c = 0; c < codes.length; c++) {
    const code = codes[c]!
    const parts = code.parts
    const codeStart = code.start - piece.start
    const codeEnd = code.end - piece.start
    if (mayFollowSpecimen(text, codeStart) && SPECIMEN_BEFORE.test(text.slice(Math.max(0, codeStart - 24), codeStart)))
      continue
    // The type name is read within the 30 units before the code, as it always was.
    const window = Math.max(0, codeStart - 30)
    const typedAt = typeNameStartBefore(text, codeStart, window)
    const start = typedAt < 0 ? codeStart : typedAt
    const named =
      typedAt < 0 && endsWithSo(text, codeStart)
        ? TYPE_NAME_THEN_SO.exec(text.slice(Math.max(0, codeStart - 140), codeStart))
        : null
    const tail = readTail(text, codeEnd, text.length)
    const mention: DirectiveMention = {
      start: piece.start + start,
      end: piece.start + codeEnd,
      tailEnd: piece.start + tail.end,
      parts,
      type: parts.type,
      number: parts.number,
      issuedOn: tail.issuedOn,
      issuingBody: tail.issuingBody ?? issuerBefore(text, 0, named === null ? start : codeStart - named[0].length),
      // Every field given later is declared now: one added to a made object takes a store of its
      // own, and an article may hold tens of thousands of mentions.
      issuing: undefined,
      relatedTo: undefined,
      issuerHint: undefined,
      code: undefined,
      inferred: undefined,
    }
    // `số 2174 và 2175-NQ/QU`: the numbers before the code share its letters, date and body.
    for (const s of sharedNumbers(text, codeStart, parts)) {
      found.push({
        ...mention,
        start: piece.start + s.start,
        end: piece.start + s.end,
        parts: s.parts,
        number: s.parts.number,
      })
      taken.push(s.start, s.end)
    }
    found.push(mention)
    taken.push(codeStart, codeEnd)
  }
  // Codes and short forms both come in text order, so one pointer finds the overlaps.
  let k = 0
  const shortForms = findShortForms(text)
  for (let f = 0; f < shortForms.length; f++) {
    const { start, end, type, number } = shortForms[f]!
    while (k < taken.length && taken[k + 1]! <= start) k += 2
    if (k < taken.length && start < taken[k + 1]! && end > taken[k]!) continue
    const tail = readTail(text, end, text.length)
    const issuingBody = tail.issuingBody ?? issuerBefore(text, 0, start)
    const hint = issuingBody === null ? centralDisseminator(text, start) : null
    found.push({
      start: piece.start + start,
      end: piece.start + end,
      tailEnd: piece.start + tail.end,
      parts: null,
      type,
      number,
      issuedOn: tail.issuedOn,
      issuingBody,
      issuing: undefined,
      relatedTo: undefined,
      issuerHint: hint ?? undefined,
      code: undefined,
      inferred: undefined,
    })
  }
  // Codes and short forms each come in text order: only a text with both needs them merged.
  if (found.length > codes.length && codes.length > 0) sortByStart(found)
  for (let k = 1; k < found.length; k++) {
    const a = found[k - 1]!
    if (a.parts !== null || a.issuingBody !== null) continue
    if (REPLACES_OR_AMENDS.test(text.slice(a.tailEnd - piece.start, found[k]!.start - piece.start)))
      a.relatedTo = found[k]!
  }
  // `Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW cùng ngày 25/10/2017 của ...`: the date
  // and body after `cùng` belong to both.
  for (let k = 1; k < found.length; k++) {
    const a = found[k - 1]!
    const b = found[k]!
    if (a.issuingBody !== null || !joinedByVa(text, a.tailEnd - piece.start, b.start - piece.start)) continue
    if (
      a.issuedOn === null &&
      b.issuedOn !== null &&
      (BOTH_ON.test(text.slice(b.end - piece.start, b.end - piece.start + 12)) || numberedTogether(a, b))
    ) {
      a.issuedOn = b.issuedOn
      a.issuingBody = b.issuingBody
    } else if (a.issuedOn !== null && b.issuedOn !== null && a.type === b.type) {
      // `Quy định số 102 ngày 15/11/2017 và Quy định số 07 ngày 28/8/2018 của Bộ Chính trị`: each
      // dated, the body after the last belongs to both.
      a.issuingBody = b.issuingBody
    } else if (b.issuingBody !== null && a.parts !== null && bodyOwnsCode(b.issuingBody, a.parts.issuerCode)) {
      // `Nghị quyết 15/NQ-CP ngày 06/3/2014 và Quyết định 37/2014/QĐ-TTg của Chính phủ`: the body
      // after the last is the first's too when the first's own code names it.
      a.issuingBody = b.issuingBody
    }
  }
  return found
}
