import {
  type Directive,
  type DirectiveCodeParts,
  foldDiacritics,
  issuerCodeForBody,
  mayStartIssuingBody,
} from '@vanban/core'
import type { ResolvedMention } from './directives.ts'
import type { DocumentHead } from './document-head.ts'
import { meetingBody } from './event-organizer.ts'
import { groupByPiece, type Piece, pieceIndexAt, splitSentences } from './sentences.ts'
import { isCasedUnit, isWhiteUnit, unitClass } from './unit-class.ts'
import { sameType } from './vocabulary.ts'
import { firstLetters } from './word-pattern.ts'

/**
 * Issuing bodies the mentions' own tails do not give (`của Bộ Chính trị`), read from what the
 * document system fixes. The head of a document printed on the page names the body that issued
 * it (`ỦY BAN NHÂN DÂN TỈNH NGHỆ AN ... Số: 594/KH-UBND`). A code's issuer part names its body
 * (`TTg` the Prime Minister, `ĐU` a Party committee, `QH15` the 15th National Assembly), so a
 * body of that code named in the sentence that cites the directive is its issuer: `Thủ tướng
 * Chính phủ đã có Công văn số 73/TTg-CN`, `Thay mặt Bộ Chính trị, ... ký ban hành Kết luận số
 * 34-KL/TW`, `Luật Thủ đô số 39/2024/QH15 đã được Quốc hội khóa XV thông qua`. A body named as a
 * person's position (`Thường trực Ban Bí thư`, `Chủ tịch UBND tỉnh`) is not the subject.
 */

// Words before a body that make it a person's position, not a body acting.
const POSITION_WORDS = [
  'thường trực',
  'bí thư',
  'chủ tịch',
  'trưởng',
  'phó',
  'ủy viên',
  'uỷ viên',
  'giám đốc',
  'thành viên',
  'chánh văn phòng',
  'đại diện',
  'lãnh đạo',
  'tổng bí thư',
]
const POSITION_BEFORE = new RegExp(`(?:^|\\s)(?:${POSITION_WORDS.join('|')})\\s+$`, 'iu')
// A head signs on behalf of the body it heads (`thừa lệnh Chủ tịch UBND tỉnh`): that body issues.
const ON_BEHALF = /(?:thừa lệnh|thay mặt|ký thay)\s+(?:\S+\s+){1,2}$/iu
// A body in lower case is read only where `của` names it (`của tỉnh ủy Hải Dương`).
const OF_BEFORE = /(?:^|\s)của\s+$/iu
// The last letters, in either case, of the words POSITION_BEFORE and OF_BEFORE end with.
const POSITION_LAST = unitClass(new RegExp(`^[${POSITION_WORDS.map((w) => w.at(-1)).join('')}]$`, 'iu'))
const OF_LAST = unitClass(/^a$/iu)

// Whether white space ends `text.slice(lo, end)` with a unit of `last` before it: what the
// expressions above need of the units before a word (a word, then white space, to the end),
// tested before the slice is copied and the expression tried at each of its offsets.
function endsAfterWhite(text: string, lo: number, end: number, last: (code: number) => boolean): boolean {
  let p = end
  while (p > lo && isWhiteUnit(text.charCodeAt(p - 1))) p--
  return p < end && p > lo && last(text.charCodeAt(p - 1))
}

/** `POSITION_BEFORE.test(text.slice(lo, end))`, the slice made only when it may match. */
export const positionBefore = (text: string, lo: number, end: number): boolean =>
  endsAfterWhite(text, lo, end, POSITION_LAST) && POSITION_BEFORE.test(text.slice(lo, end))

/** `OF_BEFORE.test(text.slice(lo, end))`, the slice made only when it may match. */
export const ofBefore = (text: string, lo: number, end: number): boolean =>
  endsAfterWhite(text, lo, end, OF_LAST) && OF_BEFORE.test(text.slice(lo, end))
// Words that place a body (`tỉnh`, `huyện`, `khóa`), after which its place or term is named.
const PLACE_WORDS = new Set(['tinh', 'huyen', 'quan', 'xa', 'phuong', 'thi xa', 'thi tran', 'thanh pho', 'khoa'])
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}&]*/gu

const fold = (s: string): string => foldDiacritics(s).toLowerCase()
// The body part of an issuer code, compared in one case with `Đ` as `D`: `UBND-TNMT` is `UBND`'s.
const issuerKey = (code: string): string => fold(code.split('-')[0] ?? code).replace(/đ/gu, 'd')

// The head's code names the directive when their numbers and years agree: a head's code may
// be mangled (`06/2019/TTBTTTT`) where the text writes it whole elsewhere.
const sameDocument = (head: DirectiveCodeParts, d: Directive): boolean =>
  head.code === d.code ||
  (head.number === d.number && (head.year ?? null) === (d.year ?? null) && sameType(head.type, d.type))

type Word = { start: number; end: number; text: string }

// The units that open a word and that go on with one, as WORD reads them unit by unit (a surrogate
// is neither: a text that holds one is read by the expression, whose classes take pairs whole).
const opensWord = unitClass(/^[\p{L}\p{N}]$/u)
const goesOnWord = unitClass(/^[\p{L}\p{M}\p{N}&]$/u)
const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff

/** The words of `text`, as `text.matchAll(WORD)` gives them, read without a match object per word. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = []
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (isSurrogate(c)) return wordsByExpression(text)
    if (!opensWord(c)) continue
    let j = i + 1
    for (; j < n; j++) {
      const d = text.charCodeAt(j)
      if (isSurrogate(d)) return wordsByExpression(text)
      if (!goesOnWord(d)) break
    }
    out.push({ start: i, end: j, text: text.slice(i, j) })
    i = j - 1
  }
  return out
}

function wordsByExpression(text: string): Word[] {
  const out: Word[] = []
  for (const m of text.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] })
  return out
}

// Whether a word opens with a unit lower-casing changes, as `w[0] !== w[0].toLowerCase()` asks.
const isUpper = (w: string): boolean => isCasedUnit(w.charCodeAt(0))

// The body's name from word `i`: the fewest words that make a body of the code, `Chính phủ`
// after `Thủ tướng`, then the word that places it and its name (`tỉnh Tuyên Quang`, `xã`, `khóa
// XV`, a committee's `Tây Hồ`; at most two capitalised words); `null` when no body of the code
// starts there.
function bodyAt(text: string, words: Word[], i: number, key: string): string | null {
  // One look at what starts here (a body's name and whatever follows it) before its extent is
  // measured word by word: most capitalised words start no body of the code.
  if (!mayStartIssuingBody(words[i]!.text)) return null
  const here = issuerCodeForBody(text.slice(words[i]!.start, words[i]!.start + 60))
  if (here === null || issuerKey(here) !== key) return null
  let end = -1
  for (let k = i; k < Math.min(words.length, i + 8); k++) {
    // A body's words stand together: punctuation between them ends it.
    if (k > i && /[,;:.()“”"]/u.test(text.slice(words[k - 1]!.end, words[k]!.start))) break
    const code = issuerCodeForBody(text.slice(words[i]!.start, words[k]!.end))
    if (code !== null && issuerKey(code) === key) {
      end = k
      break
    }
  }
  if (end < 0) return null
  const joined = (a: number) => /^\s+$/u.test(text.slice(words[a - 1]!.end, words[a]!.start))
  let k = end + 1
  if (
    k + 1 < words.length &&
    joined(k) &&
    joined(k + 1) &&
    fold(`${words[k]!.text} ${words[k + 1]!.text}`) === 'chinh phu'
  )
    k += 2
  const place = k < words.length && joined(k) ? fold(words[k]!.text) : ''
  const place2 = k + 1 < words.length && joined(k + 1) ? `${place} ${fold(words[k + 1]!.text)}` : ''
  const placeWords = PLACE_WORDS.has(place2) ? 2 : PLACE_WORDS.has(place) ? 1 : 0
  // A committee named for its place takes the place's name at once (`Quận ủy Tây Hồ`).
  const committee = fold(words[k - 1]!.text) === 'uy'
  if (placeWords > 0 || committee) {
    k += placeWords
    // Its name, in a text that writes names in capitals and other words not.
    const cased = /\p{Ll}/u.test(text)
    for (let named = 0; cased && named < 2 && k < words.length && joined(k) && isUpper(words[k]!.text); named++) k++
  }
  return text.slice(words[i]!.start, words[k - 1]!.end)
}

// The body of the directive's issuer code nearest to its mention in the sentence, if any.
function issuerIn(sentence: string, mentionAt: number, key: string): string | null {
  const words = wordsOf(sentence)
  let best: { name: string; distance: number } | null = null
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    const lo = Math.max(0, w.start - 24)
    // The case first: most words are lower-case and not after `của`.
    if (!isUpper(w.text) && !ofBefore(sentence, lo, w.start)) continue
    if (positionBefore(sentence, lo, w.start) && !ON_BEHALF.test(sentence.slice(Math.max(0, w.start - 40), w.start)))
      continue
    // The issuer part of a code (`594/KH-UBND`) is no body named.
    const previous = w.start > 0 ? sentence.charCodeAt(w.start - 1) : 0
    if (previous === 0x2f || previous === 0x2d) continue
    const name = bodyAt(sentence, words, i, key)
    if (name === null) continue
    const distance = Math.abs(w.start - mentionAt)
    if (best === null || distance < best.distance) best = { name, distance }
  }
  return best?.name ?? null
}

// How far from a mention a body is looked for, and how many mentions of a directive are read:
// a sentence that names its issuer names it near, and a long text is not read again and again.
const NEAR = 300
const MENTIONS_READ = 3

const isStop = unitClass(/^[.!?;:…]$/u)

// Whether a stop and white space end `text`, as `/[.!?;:…]\s*$/u` reads it, read from the end
// (the expression is tried at every offset of a piece that may be a whole article long).
function endsWithStop(text: string): boolean {
  let p = text.length
  while (p > 0 && isWhiteUnit(text.charCodeAt(p - 1))) p--
  return p > 0 && isStop(text.charCodeAt(p - 1))
}

// The sentence of `pieces` around `offset`, with the next piece when a line break cut it (a
// piece that ends without a stop), cut to NEAR units either side of `offset`, and where `offset`
// falls in it. Each piece is split once (`split`).
function sentenceAround(
  pieces: readonly Piece[],
  offset: number,
  split: (index: number) => Piece[],
): { text: string; at: number } | null {
  const index = pieceIndexAt(pieces, offset)
  const piece = pieces[index]
  if (piece === undefined) return null
  const sentences = split(index)
  const sentence = sentences[pieceIndexAt(sentences, offset)] ?? piece
  let text = sentence.text
  const next = pieces[index + 1]
  if (sentence === sentences[sentences.length - 1] && !endsWithStop(piece.text) && next !== undefined)
    text = `${text} ${split(index + 1)[0]?.text ?? next.text}`
  const at = offset - sentence.start
  const from = Math.max(0, at - NEAR)
  return { text: text.slice(from, at + NEAR), at: at - from }
}

// A piece with the tails that named another directive's body (`Chỉ thị 05 của Bộ Chính trị`)
// blanked: that body issued the other directive, which says nothing of this one's.
function withoutTails(piece: Piece, mentions: readonly ResolvedMention[]): Piece {
  const named = mentions.filter((m) => m.issuingBody !== null && m.tailEnd > m.end)
  if (named.length === 0) return piece
  // One pass over the piece, however many tails it holds (mentions come in text order).
  const chunks: string[] = []
  let at = 0
  for (const m of named) {
    const a = Math.max(at, m.end - piece.start)
    const b = Math.max(a, Math.min(piece.text.length, m.tailEnd - piece.start))
    chunks.push(piece.text.slice(at, a), ' '.repeat(b - a))
    at = b
  }
  chunks.push(piece.text.slice(at))
  return { ...piece, text: chunks.join('') }
}

// What may stand between the directives of one list (`Công điện số 1099/CĐ-TTg ngày 22/8/2021,
// Công điện số 1102/CĐ-TTg ngày 23/8/2021 của Thủ tướng Chính phủ`): no sentence or clause ends.
const LIST_BREAK = /[;!?]|\.\s+\p{Lu}/u

/**
 * The body a list names once after its last directive (`..., Công điện số 1102/CĐ-TTg ... của
 * Thủ tướng Chính phủ`), for a directive of the same issuer code listed before it in the same
 * piece: the nearest later mention within NEAR units, with its body from its own tail, whose
 * code has the same issuer; null when none.
 */
export function sharedTailBody(
  mention: ResolvedMention,
  later: readonly ResolvedMention[],
  issuerOf: (code: string) => string | null,
  key: string,
  piece: Piece,
): string | null {
  for (const n of later) {
    if (n.start <= mention.end) continue
    if (n.start - mention.end > NEAR || n.start >= piece.end) return null
    if (LIST_BREAK.test(piece.text.slice(mention.end - piece.start, n.start - piece.start))) return null
    const issuer = issuerOf(n.code)
    if (n.issuingBody !== null && n.tailEnd > n.end && issuer !== null && issuerKey(issuer) === key)
      return n.issuingBody
  }
  return null
}

// Documents counted by type and given one body (`3 nghị quyết và 1 kết luận của Hội nghị lần thứ
// sáu Ban Chấp hành Trung ương Đảng khóa XIII`, `4 nghị quyết của Bộ Chính trị`), before or after
// the text lists them one by one.
const COUNT_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
}
const COUNTED_TYPES: Readonly<Record<string, string>> = {
  'nghị quyết': 'NQ',
  'chỉ thị': 'CT',
  'kết luận': 'KL',
  'quy định': 'QĐ',
  'hướng dẫn': 'HD',
}
export const COUNTED_LETTERS: ReadonlySet<string> = new Set(Object.values(COUNTED_TYPES))
const COUNT = `(\\d{1,2}|${Object.keys(COUNT_WORDS).join('|')})\\s+(${Object.keys(COUNTED_TYPES).join('|')})`
// A digit or the first letters of a count word lead, so that the look-behind is tried only there.
const COUNTED = new RegExp(
  `(?:(?=\\d)|${firstLetters(Object.keys(COUNT_WORDS))})(?<![\\p{L}\\p{N}])${COUNT}((?:\\s*(?:,|và)\\s*${COUNT})*)(?:\\s+quan trọng)?(?:\\s+(của)\\s+|\\s+)([^.;:!?\\n]{3,120}?)(?=\\s+(?:về|đến|cho|tới|là|và các|nhằm)\\s|[.;:!?\\n,]|$)`,
  'giu',
)
const ONE_COUNT = new RegExp(COUNT, 'giu')
// A count and a type (`3 nghị quyết`), without the rest COUNTED asks for: most pieces that cite a
// directive (`Nghị quyết số 35`) count none, and are not read at every offset for a list.
const ONE_COUNTED = new RegExp(COUNT, 'iu')

/**
 * The body of documents a text counts by type (`3 nghị quyết và 1 kết luận của X`), with how many
 * of each type it counts (`{ NQ: 3, KL: 1 }`); a meeting's name gives the body that meets (`Hội
 * nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII`: the Central Committee of that term).
 */
export function countedBodies(text: string): { body: string; counts: Map<string, number> }[] {
  const found: { body: string; counts: Map<string, number> }[] = []
  if (!/\d|một|hai|ba|bốn|năm/u.test(text) || !ONE_COUNTED.test(text)) return found
  for (const m of text.matchAll(COUNTED)) {
    const counts = new Map<string, number>()
    const named = m[7]!.trim()
    // Without `của`, only a name (capitalised) right after the types is their body: `03 Nghị
    // quyết và 01 Kết luận Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XIII`.
    if (m[6] === undefined && named[0] === named[0]!.toLowerCase()) continue
    const counted = m[0].slice(0, m[0].length - m[7]!.length)
    for (const c of counted.matchAll(ONE_COUNT)) {
      const n = /^\d/u.test(c[1]!) ? Number(c[1]) : COUNT_WORDS[c[1]!.toLowerCase()]!
      const type = COUNTED_TYPES[c[2]!.toLowerCase()]!
      counts.set(type, (counts.get(type) ?? 0) + n)
    }
    found.push({ body: meetingBody(named) ?? named, counts })
  }
  return found
}

const lacksBody = (d: Directive): boolean => d.issuingBody === null

/**
 * Gives the directives of one issuer code and the types a text counts (`3 nghị quyết và 1 kết
 * luận của X`) the body counted, when they are exactly as many of each type as it counts and
 * the body is one of that issuer code.
 */
function fillCountedBodies(directives: Directive[], pieces: readonly Piece[]): void {
  // A body counted goes only to a directive without one of a type counted: with none, the
  // pieces are not searched for counts.
  if (!directives.some((d) => d.issuingBody === null && COUNTED_LETTERS.has(d.type))) return
  for (const piece of pieces) {
    for (const { body, counts } of countedBodies(piece.text)) {
      const code = issuerCodeForBody(body)
      if (code === null) continue
      const key = issuerKey(code)
      const of = directives.filter((d) => issuerKey(d.issuerCode) === key && counts.has(d.type))
      const exact = [...counts].every(([type, n]) => of.filter((d) => d.type === type).length === n)
      if (!exact) continue
      for (const d of of) if (d.issuingBody === null) d.issuingBody = body
    }
  }
}

/**
 * Gives each directive without an issuing body the one its document's head on the page names,
 * else the body of its issuer code named in a sentence that cites it (its first such mention),
 * else the body a list of directives of its issuer names after its last (see {@link sharedTailBody}),
 * else the body the text counts them under (`3 nghị quyết và 1 kết luận của X`, see
 * {@link countedBodies}). `pieces` are the article's title, paragraphs and captions in text order.
 */
export function fillIssuingBodies(
  directives: Directive[],
  mentions: readonly ResolvedMention[],
  pieces: readonly Piece[],
  document: DocumentHead | null,
): void {
  // Most articles' directives all take a body from their mentions' tails, and nothing below
  // reads anything for a directive that has one: the pieces are not grouped for them.
  if (!directives.some(lacksBody)) return
  const splits = new Map<number, Piece[]>()
  const byPiece = groupByPiece(pieces, mentions)
  // Each directive's mentions, in text order, found without reading every mention for each.
  const byCode = new Map<string, ResolvedMention[]>()
  for (const m of mentions) {
    const list = byCode.get(m.code)
    if (list === undefined) byCode.set(m.code, [m])
    else list.push(m)
  }
  const split = (index: number): Piece[] => {
    let sentences = splits.get(index)
    if (sentences === undefined) {
      sentences = splitSentences(withoutTails(pieces[index]!, byPiece[index] ?? []))
      splits.set(index, sentences)
    }
    return sentences
  }
  const issuers = new Map(directives.map((d) => [d.code, d.issuerCode]))
  const issuerOf = (code: string): string | null => issuers.get(code) ?? null
  for (const d of directives) {
    if (d.issuingBody !== null) continue
    if (document?.body != null && sameDocument(document.code, d)) {
      d.issuingBody = document.body
      continue
    }
    const key = issuerKey(d.issuerCode)
    const read = (byCode.get(d.code) ?? []).slice(0, MENTIONS_READ)
    for (const m of read) {
      const around = sentenceAround(pieces, m.start, split)
      const body = around === null ? null : issuerIn(around.text, around.at, key)
      if (body !== null) {
        d.issuingBody = body
        break
      }
    }
    for (const m of d.issuingBody === null ? read : []) {
      const index = pieceIndexAt(pieces, m.start)
      const piece = pieces[index]
      const body = piece === undefined ? null : sharedTailBody(m, byPiece[index] ?? [], issuerOf, key, piece)
      if (body !== null) {
        d.issuingBody = body
        break
      }
    }
  }
  fillCountedBodies(directives, pieces)
}
