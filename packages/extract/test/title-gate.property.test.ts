import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isTitle, TITLE, titleOpensAt } from '../src/rules/expressions.ts'
import { OPEN_TITLES, RANK_GRADES, TITLE_ABBREVIATIONS, TITLES } from '../src/rules/people-words.ts'

// Titles and their pieces, the same letters in the other case, words that open no title, and
// white space, commas and dashes between them.
const PIECES = [
  ...TITLES,
  ...TITLE_ABBREVIATIONS,
  ...OPEN_TITLES,
  ...RANK_GRADES,
  ...TITLES.map((t) => t.toLowerCase()),
  ...TITLE_ABBREVIATIONS.map((t) => t.toLowerCase()),
  'tướng',
  'tá',
  'úy',
  'Lao động',
  'Lực lượng vũ trang nhân dân',
  'đồng chí',
  'ông',
  'Bí thư',
  'Đảng',
  'Tiến',
  'PGS.',
  'TS.',
  '.',
  ' ',
  '  ',
  '\n',
  ', ',
  ' - ',
  'ſ',
  'Ð',
]
const textOf = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 6 })
  .map((a) => a.join(''))

describe('isTitle', () => {
  it('answers as TITLE.test', () => {
    fc.assert(
      fc.property(textOf, (text) => {
        expect(isTitle(text)).toBe(TITLE.test(text))
      }),
      { numRuns: 5000 },
    )
  })

  it('passes over no unit that opens a title', () => {
    fc.assert(
      fc.property(textOf, fc.nat(8), (text, at) => {
        if (TITLE.test(text.slice(at))) expect(titleOpensAt(text, at)).toBe(true)
      }),
      { numRuns: 5000 },
    )
  })
})
