import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ABBREVIATIONS, type Piece, splitSentences } from '../src/sentences.ts'

// splitSentences as it was written with an expression over the stops: the reference the unit by
// unit reading must give back exactly, over the same abbreviations.
const isSpace = (c: string | undefined) => c === ' ' || c === '\n'
const isCloser = (c: string | undefined) => c === '"' || c === '”' || c === '’' || c === ')' || c === '»' || c === "'"
const startsSentence = (c: string | undefined) =>
  c !== undefined && (c !== c.toLowerCase() || c === '"' || c === '“' || c === '(' || (c >= '0' && c <= '9'))
function wordBefore(text: string, end: number): string {
  let i = end
  while (i > 0 && !isSpace(text[i - 1])) i--
  return text.slice(i, end).toLowerCase()
}
function trimPiece(piece: Piece, from: number, to: number): Piece {
  let a = from
  let b = to
  while (a < b && isSpace(piece.text[a])) a++
  while (b > a && isSpace(piece.text[b - 1])) b--
  return { start: piece.start + a, end: piece.start + b, text: piece.text.slice(a, b) }
}
function splitByExpression(piece: Piece): Piece[] {
  const t = piece.text
  const out: Piece[] = []
  let from = 0
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

describe('splitSentences', () => {
  it('cuts where the expression over the stops cut', () => {
    const parts = [
      '.',
      '!',
      '?',
      '…',
      ' ',
      '\n',
      '"',
      '”',
      '’',
      ')',
      '»',
      "'",
      '“',
      '(',
      'a',
      'A',
      'Đ',
      'đ',
      'İ',
      'ǅ',
      '7',
      'TP',
      'tp',
      'PGS.TS',
      'Th.S',
      'sđt',
      'Q',
      'Ông',
      'xã',
      '😀',
      '𐐀',
      '\ud800',
      '\t',
    ]
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { arbitrary: fc.constantFrom('. ', '! ', '.” ', 'x', 'B', '7'), weight: 3 },
            { arbitrary: fc.constantFrom(...parts), weight: 3 },
            { arbitrary: fc.string({ maxLength: 2 }), weight: 1 },
          ),
          { maxLength: 14 },
        ),
        fc.nat(1000),
        (units, start) => {
          const text = units.join('')
          const piece = { start, end: start + text.length, text }
          expect(splitSentences(piece)).toEqual(splitByExpression(piece))
        },
      ),
      { numRuns: 50000 },
    )
  })
})
