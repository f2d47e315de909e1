import { isCasedUnit, unitClass } from './unit-class.ts'

/**
 * Sentences of a paragraph, with offsets into the article text. Vietnamese news ends sentences
 * with `.`, `!`, `?` or `…`, often inside closing quotes; abbreviations with a period (`TP.`,
 * `PGS.TS.`, `ThS.`) and initials do not end one.
 */

/**
 * A run of article text: `text === article.slice(start, end)`, except that a paragraph joined
 * over hard line breaks inside its sentences reads each such break as a space (same length).
 */
export type Piece = { start: number; end: number; text: string }

/** Words a stop may close without ending a sentence (lower-cased): `TP.`, `ThS.`, `PGS.TS.`. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'tp',
  'ths',
  'ts',
  'gs',
  'pgs',
  'bs',
  'ks',
  'th.s',
  'pgs.ts',
  'gs.ts',
  'tt',
  'q',
  'p',
  'st',
  'nxb',
  'mr',
  'ms',
  'dr',
  'ttg',
  'sđt',
])

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a
// `"`, `”`, `’`, `)`, `»`, `'`: what may close a sentence after its stop.
const isCloser = (c: number): boolean =>
  c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0xbb || c === 0x27
// The stops that may end a sentence.
const STOPS = /[.!?…]/g
const isCapitalUnit = unitClass(/^\p{Lu}$/u)
// A sentence opens with a capital, a quote, a bracket or a digit.
const startsSentence = (c: number): boolean =>
  c === 0x22 || c === 0x201c || c === 0x28 || (c >= 0x30 && c <= 0x39) || isCasedUnit(c)

// The longest abbreviation: a longer word before a stop is none (lower-casing never shortens one).
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length))

// Whether the stop at `i` closes an abbreviation or an initial, not a sentence: the word before
// it (from the last space or line break) lower-cased is an abbreviation, or is one capital.
function closesAbbreviation(text: string, i: number): boolean {
  let k = i
  while (k > 0 && !isSpace(text.charCodeAt(k - 1))) k--
  if (i - k > LONGEST_ABBREVIATION) return false
  const w = text.slice(k, i).toLowerCase()
  return ABBREVIATIONS.has(w) || (i > 0 && isCapitalUnit(text.charCodeAt(i - 1)) && w.length === 1)
}

/**
 * Splits the paragraph `piece` into sentences, each a piece of the same article text. The stops
 * are found by an expression's test, which makes no match object, and read around unit by unit.
 */
export function splitSentences(piece: Piece): Piece[] {
  const t = piece.text
  const n = t.length
  const out: Piece[] = []
  let from = 0
  // Jumps from one possible end to the next instead of reading every unit.
  STOPS.lastIndex = 0
  while (STOPS.test(t)) {
    const i = STOPS.lastIndex - 1
    let j = i + 1
    for (; j < n; j++) {
      const c = t.charCodeAt(j)
      if (c !== 0x2e && c !== 0x2026 && !isCloser(c)) break
    }
    if (j >= n || !isSpace(t.charCodeAt(j))) continue
    if (j + 1 >= n || !startsSentence(t.charCodeAt(j + 1))) continue
    if (t.charCodeAt(i) === 0x2e && closesAbbreviation(t, i)) continue
    pushTrimmed(out, piece, from, j)
    from = j + 1
    // The next stop is looked for after the space that ends this sentence.
    STOPS.lastIndex = j
  }
  if (from < n) pushTrimmed(out, piece, from, n)
  return out
}

// Adds the part of `piece` from `from` to `to` without the spaces and breaks around it, unless empty.
function pushTrimmed(out: Piece[], piece: Piece, from: number, to: number): void {
  const text = piece.text
  let a = from
  let b = to
  while (a < b && isSpace(text.charCodeAt(a))) a++
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--
  if (a < b) out.push({ start: piece.start + a, end: piece.start + b, text: text.slice(a, b) })
}

/** Index of the piece (sorted, non-overlapping) that contains `offset`, or -1. Binary search. */
export function pieceIndexAt(pieces: readonly Piece[], offset: number): number {
  let lo = 0
  let hi = pieces.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const p = pieces[mid]!
    if (offset < p.start) hi = mid - 1
    else if (offset >= p.end) lo = mid + 1
    else return mid
  }
  return -1
}

/**
 * Spans (sorted by start) grouped by the piece that wholly contains them, in one pass: entry
 * `i` lists the spans inside `pieces[i]`. Spans outside every piece are left out.
 */
export function groupByPiece<T extends { start: number; end: number }>(
  pieces: readonly Piece[],
  spans: readonly T[],
): T[][] {
  const groups: T[][] = pieces.map(() => [])
  let k = 0
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    while (k < pieces.length && pieces[k]!.end <= s.start) k++
    const p = pieces[k]
    if (p !== undefined && s.start >= p.start && s.end <= p.end) groups[k]!.push(s)
  }
  return groups
}
