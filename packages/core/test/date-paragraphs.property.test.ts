import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type DateMention, findFirstVietnameseDate, findVietnameseDates } from '../src/vietnamese-date.ts'

// Without a reference the scan reads only the paragraphs that hold a four-digit year, each on its
// own, splitting after white space with two line breaks that holds a `\n`. The same text with
// every line break written as U+2028 (`\r\n` as U+2028 and a space: one break, as before) has the
// same tokens and breaks for the grammar, but no `\n` to split at: it is read whole.
const unsplit = (text: string): string => text.replace(/\r\n/gu, '\u2028 ').replace(/\n/gu, '\u2028')

// The dates found in the masked text, with their raw words taken from the text itself.
const rawFrom = (text: string, found: DateMention[]): DateMention[] =>
  found.map((m) => ({ ...m, raw: text.slice(m.start, m.end) }))

const piece = fc.constantFrom(
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\r\n\r\n',
  ' \n \n ',
  '\n\u00a0\n',
  '\u2028\n',
  '\t',
  ',',
  '.',
  '/',
  '-',
  '–',
  ':',
  '(',
  ')',
  '+',
  '1',
  '5',
  '12',
  '29',
  '08',
  '2023',
  '2024',
  '12345',
  '0912',
  'IV',
  'ngày',
  'Ngày',
  'tháng',
  'Tháng',
  'năm',
  'Quý',
  'sáng',
  'Chiều',
  'nay',
  'Thứ',
  'Hai',
  'CN',
  'T',
  'NQ/TW',
  'GMT',
  'PM',
  'h',
  'giờ',
  'phút',
  'Mười',
  'October',
  '😀',
  '\u200b',
)
const soup = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''))
// Words of dates, each after a space or a line break, so dates written over lines come often.
const word = fc.constantFrom(
  'ngày',
  'Sáng',
  'tháng',
  'năm',
  'Mười',
  'Một',
  '22',
  '11',
  '12/3',
  '12/3/',
  '2019',
  '2024',
  ',',
  '(GMT+7)',
  '08:15',
  'quý IV',
  'Thứ Năm,',
  'hội nghị',
)
const gap = fc.constantFrom(' ', ' ', '\n', '\n\n', '\r\n', ' \n\n ', '')
const lines = fc.array(fc.tuple(gap, word), { maxLength: 40 }).map((parts) => parts.flat().join(''))
const anyText = fc.oneof(soup, lines, lines, fc.string({ unit: 'binary' }))

describe('reading dates paragraph by paragraph', () => {
  it('finds what reading the whole text at once finds', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(findVietnameseDates(text)).toEqual(rawFrom(text, findVietnameseDates(unsplit(text))))
      }),
      { numRuns: 20_000 },
    )
  })

  it('finds the same first date up to any offset', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), (text, n) => {
        const until = n % (text.length + 1)
        const first = findFirstVietnameseDate(text, until)
        const whole = findFirstVietnameseDate(unsplit(text), until)
        expect(first).toEqual(whole === null ? null : rawFrom(text, [whole])[0])
      }),
      { numRuns: 20_000 },
    )
  })

  it('reads dates on both sides of a paragraph break and within one broken line', () => {
    const text = 'Sáng 12/3/2024, hội nghị.\n\nNgày 5 tháng 6\nnăm 2023 và 1/1\r\n\r\n2020'
    expect(findVietnameseDates(text).map((m) => m.raw)).toEqual(['Sáng 12/3/2024', 'Ngày 5 tháng 6\nnăm 2023'])
  })
})
