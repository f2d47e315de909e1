import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FILLERS } from '../src/rules/event-words.ts'
import {
  andWithin,
  closesQuote,
  endsWithAnd,
  endsWithDone,
  endsWithLower,
  quoteOpened,
  spaced,
} from '../src/text-scan.ts'
import { expectLowerCaseHoldsEverySpelling } from './lower-case-spellings.ts'

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
  'và',
  'VÀ',
  'Và',
  'va\u0300',
  ' và',
  'vừa',
  'VỪA',
  'chính thức',
  'CHÍNH THỨC',
  'Lễ ',
  'Hội nghị ',
  '\t',
  '  ',
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

  it('reads a clause ending with `và` as the expression does', () => {
    fc.assert(
      fc.property(text, fc.nat(40), (t, cut) => {
        const to = Math.min(cut, t.length)
        expect(endsWithAnd(t, to)).toBe(/\S\s+và\s*$/u.test(t.slice(0, to)))
      }),
      { numRuns: 5000 },
    )
  })

  it('reads a subject told as done as the expression does', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(endsWithDone(t)).toBe(/(?:đã|vừa|chính thức)\s+$/iu.test(t))
      }),
      { numRuns: 5000 },
    )
  })

  // Lower case holds every spelling the `iu` flags read as the letters of the words compared in it.
  it('finds every spelling of the words it compares in lower case', () => {
    // `do` too, which events.ts looks for as written in its four spellings before LED_BY.
    expectLowerCaseHoldsEverySpelling('đã vừa chính thức do')
  })

  // events.ts's links after a verb, read only where andWithin finds their `và`.
  it('finds the `và` of every link the expressions read', () => {
    const links: ReadonlyArray<readonly [RegExp, number]> = [
      [/^[^,;.]{0,120}?\svà\s+/u, 121],
      [/^[^,;.]{0,160}?\svà\s+(?=(?:Lễ|Hội nghị|Hội thảo|Tọa đàm|Hội thi|Cuộc thi)\s)/u, 161],
    ]
    const long = fc.tuple(text, fc.nat(200), text).map(([a, n, b]) => a + 'x'.repeat(n) + b)
    fc.assert(
      fc.property(long, fc.nat(40), (t, cut) => {
        const from = Math.min(cut, t.length)
        for (const [link, reach] of links) if (link.test(t.slice(from))) expect(andWithin(t, from, reach)).toBe(true)
      }),
      { numRuns: 5000 },
    )
    // At the edge of each reach.
    for (let n = 0; n < 200; n++)
      for (const [link, reach] of links) {
        const t = `${'x'.repeat(n)} và Lễ x`
        if (link.test(t)) expect([n, andWithin(t, 0, reach)]).toEqual([n, true])
      }
  })
})
