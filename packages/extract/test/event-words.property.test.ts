import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { eventWords } from '../src/event-kinds.ts'
import { ELECTED_BODIES } from '../src/rules/event-words.ts'
import { expectLowerCaseHoldsEverySpelling } from './lower-case-spellings.ts'

// eventWords as it was written, each phrase read whole by expressions (the reference).
const PRESENTING_ELECTED = new RegExp(`ra mắt(?=\\s+(?:${ELECTED_BODIES.join('|')})(?![\\p{L}\\p{N}]))`, 'giu')
const WORD_BREAK = /[\s,;:()]+|[.!?…]+(?=\s|$)/gu

function referenceWordsOf(phrase: string, limit: number): { words: string[]; end: number; length: number } {
  const quoted = phrase.includes('“') || phrase.includes('"')
  const unquoted = (quoted ? phrase.replace(/“[^”]{0,400}”|"[^"]{0,400}"/gu, ' ') : phrase)
    .replace(/trao đổi/giu, 'thảo-luận')
    .replace(/triển khai công tác/giu, 'triển khai nhiệm vụ')
  const presented =
    unquoted.includes('ra mắt') || unquoted.includes('Ra mắt')
      ? unquoted.replace(PRESENTING_ELECTED, 'giới-thiệu')
      : unquoted
  const lower = presented.toLowerCase()
  const words: string[] = []
  let from = 0
  WORD_BREAK.lastIndex = 0
  for (;;) {
    const m = WORD_BREAK.exec(lower)
    const to = m === null ? lower.length : m.index
    const end = m === null ? lower.length : m.index + m[0].length
    const w = lower.slice(from, to)
    from = end
    if (w.length > 0) {
      if (w === 'tác' && words[words.length - 1] === 'công') {
        words.pop()
        return { words, end, length: lower.length }
      }
      words.push(w)
      if (words.length >= limit) return { words, end, length: lower.length }
    }
    if (m === null) return { words, end: lower.length, length: lower.length }
  }
}

function referenceEventWords(phrase: string, limit: number): string[] {
  if (phrase.length > 4000) {
    const prefix = phrase.slice(0, 4000)
    if (!prefix.includes('Σ')) {
      const read = referenceWordsOf(prefix, limit)
      if (read.end <= read.length - 1000) return read.words
    }
  }
  return referenceWordsOf(phrase, limit).words
}

const word = fc.constantFrom(
  'công',
  'tác',
  'Công',
  'TÁC',
  'trao',
  'đổi',
  'TRAO ĐỔI',
  'Trao đổi',
  'triển khai',
  'Triển Khai',
  'ra mắt',
  'Ra mắt',
  'RA MẮT',
  'ban chấp hành',
  'BCH',
  'hội nghị',
  'Hội nghị',
  'tổng kết',
  'lễ',
  'TP.HCM',
  '1.000',
  'Σ',
  'ΑΣ',
  'İ',
  'ſ',
  'K',
  'x',
  '“Ngày hội”',
  '“',
  '”',
  '"',
  '12',
)
const gap = fc.constantFrom(
  ' ',
  '  ',
  ', ',
  ': ',
  ':',
  '; ',
  '(',
  ')',
  '. ',
  '.',
  '...',
  '!',
  '? ',
  '…',
  '.,',
  '!(',
  '?:',
  '.) ',
  '\u00a0',
  '\n',
  '',
  '-',
)
const phrase = fc.array(fc.tuple(word, gap), { maxLength: 30 }).map((parts) => parts.map(([w, g]) => w + g).join(''))
const limits = fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 4 })

describe('eventWords', () => {
  // Read with several limits in turn, as classifications of one phrase do, each answer is what
  // the reference gives for that limit alone.
  it('reads the words the expressions read, whatever limits came before', () => {
    fc.assert(
      fc.property(phrase, limits, (p, ls) => {
        for (const l of ls) expect([p, l, eventWords(p, l)]).toEqual([p, l, referenceEventWords(p, l)])
      }),
      { numRuns: 5000 },
    )
  })

  it('reads a phrase longer than its prefix as the reference does', () => {
    const long = fc
      .tuple(phrase, fc.integer({ min: 3000, max: 4200 }), phrase)
      .map(([a, n, b]) => a + 'x '.repeat(n) + b)
    fc.assert(
      fc.property(long, fc.integer({ min: 1, max: 30 }), (p, l) => {
        expect(eventWords(p, l)).toEqual(referenceEventWords(p, l))
      }),
      { numRuns: 300 },
    )
  })

  // The replacements are looked for in lower case: every code point the `iu` flags read as one of
  // their letters lower-cases to it.
  it('finds every spelling of the replaced words in lower case', () => {
    expectLowerCaseHoldsEverySpelling('trao đổi triển khai công tác')
  })
})
