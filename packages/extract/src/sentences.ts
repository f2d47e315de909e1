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

const ABBREVIATIONS = new Set([
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

const isSpace = (c: string | undefined) => c === ' ' || c === '\n'
const isCloser = (c: string | undefined) => c === '"' || c === '”' || c === '’' || c === ')' || c === '»' || c === "'"
const startsSentence = (c: string | undefined) =>
  c !== undefined && (c !== c.toLowerCase() || c === '"' || c === '“' || c === '(' || (c >= '0' && c <= '9'))

function wordBefore(text: string, end: number): string {
  let i = end
  while (i > 0 && !isSpace(text[i - 1])) i--
  return text.slice(i, end).toLowerCase()
}

/** Splits the paragraph `piece` into sentences, each a piece of the same article text. */
export function splitSentences(piece: Piece): Piece[] {
  const t = piece.text
  const out: Piece[] = []
  let from = 0
  // Jumps from one possible end to the next instead of reading every character.
  const ends = /[.!?…]/gu
  for (let m = ends.exec(t); m !== null; m = ends.exec(t)) {
    const i = m.index
    const c = m[0]
    let j = i + 1
    while (j < t.length && (t[j] === '.' || t[j] === '…' || isCloser(t[j]))) j++
    if (j >= t.length || !isSpace(t[j])) continue
    if (!startsSentence(t[j + 1])) continue
    if (c === '.') {
      const w = wordBefore(t, i)
      if (ABBREVIATIONS.has(w) || (/^\p{Lu}$/u.test(t.slice(i - 1, i)) && w.length === 1)) continue
    }
    out.push(trimPiece(piece, from, j))
    from = j + 1
    ends.lastIndex = j
  }
  if (from < t.length) out.push(trimPiece(piece, from, t.length))
  return out.filter((p) => p.text.length > 0)
}

function trimPiece(piece: Piece, from: number, to: number): Piece {
  let a = from
  let b = to
  while (a < b && isSpace(piece.text[a])) a++
  while (b > a && isSpace(piece.text[b - 1])) b--
  return { start: piece.start + a, end: piece.start + b, text: piece.text.slice(a, b) }
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
