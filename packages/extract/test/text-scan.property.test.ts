import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FILLERS } from '../src/rules/event-words.ts'
import { closesQuote, endsWithLower, quoteOpened, spaced } from '../src/text-scan.ts'

const piece = fc.constantFrom(
  ':',
  ': ',
  ':\u00a0',
  ':\n',
  '"',
  '“',
  '”',
  ' ',
  'x',
  'İ',
  'Σ',
  'ſ',
  '𐐀',
  '\ud801',
  'đã',
  'ĐÃ',
  'Đã',
  'tổ chức',
  'TỔ CHỨC',
  'Tổ Chức',
  'tham gia',
  'Ban',
  'cũng',
  'CŨNG',
  'đều',
)
const text = fc.array(piece, { maxLength: 20 }).map((p) => p.join(''))

describe('text scans', () => {
  it('finds the quotation a speaker opens where the expression does', () => {
    fc.assert(
      fc.property(text, (t) => {
        const m = /:\s*["“]/u.exec(t)
        expect(quoteOpened(t)).toBe(m === null ? -1 : m.index + m[0].length)
      }),
      { numRuns: 5000 },
    )
  })

  it('finds a closing mark where the expression does', () => {
    fc.assert(
      fc.property(text, fc.nat(30), (t, from) => {
        expect(closesQuote(t, from)).toBe(/["”]/u.test(t.slice(from)))
      }),
      { numRuns: 3000 },
    )
  })

  it('compares a filler with the end of a text as its lower-cased copy does', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...FILLERS), (t, w) => {
        expect(endsWithLower(t, w)).toBe(t.length >= w.length && t.slice(t.length - w.length).toLowerCase() === w)
      }),
      { numRuns: 5000 },
    )
  })

  it('counts the pieces split by a space gives', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(spaced(t)).toBe(t.split(' ').length)
      }),
      { numRuns: 3000 },
    )
  })
})
