import { type Directive, type DirectiveCodeParts, foldDiacritics, issuerCodeForBody } from '@vanban/core'
import type { ResolvedMention } from './directives.ts'
import type { DocumentHead } from './document-head.ts'
import { groupByPiece, type Piece, pieceIndexAt, splitSentences } from './sentences.ts'
import { sameType } from './vocabulary.ts'

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
const POSITION_BEFORE =
  /(?:^|\s)(?:thường trực|bí thư|chủ tịch|trưởng|phó|ủy viên|uỷ viên|giám đốc|thành viên|chánh văn phòng|đại diện|lãnh đạo|tổng bí thư)\s+$/iu
// A head signs on behalf of the body it heads (`thừa lệnh Chủ tịch UBND tỉnh`): that body issues.
const ON_BEHALF = /(?:thừa lệnh|thay mặt|ký thay)\s+(?:\S+\s+){1,2}$/iu
// A body in lower case is read only where `của` names it (`của tỉnh ủy Hải Dương`).
const OF_BEFORE = /(?:^|\s)của\s+$/iu
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

function wordsOf(text: string): Word[] {
  const out: Word[] = []
  for (const m of text.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] })
  return out
}

const isUpper = (w: string): boolean => w[0] !== w[0]!.toLowerCase()

// The body's name from word `i`: the fewest words that make a body of the code, `Chính phủ`
// after `Thủ tướng`, then the word that places it and its name (`tỉnh Tuyên Quang`, `xã`, `khóa
// XV`, a committee's `Tây Hồ`; at most two capitalised words); `null` when no body of the code
// starts there.
function bodyAt(text: string, words: Word[], i: number, key: string): string | null {
  // One look at what starts here (a body's name and whatever follows it) before its extent is
  // measured word by word: most capitalised words start no body of the code.
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
    const before = sentence.slice(Math.max(0, w.start - 24), w.start)
    // The case first: most words are lower-case and not after `của`.
    if (!isUpper(w.text) && !OF_BEFORE.test(before)) continue
    if (POSITION_BEFORE.test(before) && !ON_BEHALF.test(sentence.slice(Math.max(0, w.start - 40), w.start))) continue
    // The issuer part of a code (`594/KH-UBND`) is no body named.
    if (w.start > 0 && /[/-]/u.test(sentence[w.start - 1]!)) continue
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
  if (sentence === sentences[sentences.length - 1] && !/[.!?;:…]\s*$/u.test(piece.text) && next !== undefined)
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

/**
 * Gives each directive without an issuing body the one its document's head on the page names,
 * else the body of its issuer code named in a sentence that cites it (its first such mention).
 * `pieces` are the article's title, paragraphs and captions in text order.
 */
export function fillIssuingBodies(
  directives: Directive[],
  mentions: readonly ResolvedMention[],
  pieces: readonly Piece[],
  document: DocumentHead | null,
): void {
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
  for (const d of directives) {
    if (d.issuingBody !== null) continue
    if (document?.body != null && sameDocument(document.code, d)) {
      d.issuingBody = document.body
      continue
    }
    const key = issuerKey(d.issuerCode)
    for (const m of (byCode.get(d.code) ?? []).slice(0, MENTIONS_READ)) {
      const around = sentenceAround(pieces, m.start, split)
      const body = around === null ? null : issuerIn(around.text, around.at, key)
      if (body !== null) {
        d.issuingBody = body
        break
      }
    }
  }
}
