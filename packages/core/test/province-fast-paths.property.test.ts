import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { resolveProvince } from '../src/province.ts'
import { KNOWN_VENUES, venueProvince } from '../src/province-venues.ts'
import { foldDiacritics } from '../src/text.ts'
import { capitalOrDigitAt, keyAmong, keySet, onlyWhite } from '../src/word-keys.ts'

// The province readers' fast paths, each checked against the expression it stands for, kept here.

// Units that fold to one letter, to several, to none or to a space, marks, surrogates and
// non-Latin letters and digits: what keyAmong compares in place or hands to the whole fold.
const unit = fc.constantFrom(
  ...'tTThHiInNpPuUaAxXdDcCgGoO',
  ...'ỉìíĩịÌỈủùúũụăâđĐơưếềểễệ',
  ...'ţŢťŤṫṭẗțæßıİΣσς',
  '\u0300',
  '\u0301',
  '\u0309',
  '\u0323',
  'д',
  '字',
  '٣',
  '𝐭',
  '\ud835',
  '\udc2d',
)
const word = fc.array(unit, { minLength: 1, maxLength: 7 }).map((us) => us.join(''))
const keySets = fc.constantFrom<string[]>(
  ['tinh', 'thanh', 'tp', 'thu'],
  ['xa', 'phuong', 'dac'],
  ['xa', 'phuong', 'thi'],
  ['t', 'th', 'thanh'],
  ['ae', 'ss', 'i'],
)

describe('keyAmong (properties)', () => {
  it('says whether a word key is among the keys, as the word folded whole would', () => {
    fc.assert(
      fc.property(word, keySets, (w, keys) => {
        const expected = new Set(keys).has(foldDiacritics(w).replace(/\s+/g, ''))
        expect(keyAmong(w, 0, w.length, keySet(keys))).toBe(expected)
      }),
      { numRuns: 2000 },
    )
  })
})

// venueProvince as it read every known name with indexOf, and schoolProvince with no gate.
const fold = (text: string): string =>
  foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
const NAMED_SCHOOL =
  /(?<![\p{L}\p{M}])(?:Đại học|Cao đẳng|Trường Chính trị)\s+(?:Quốc gia\s+|tỉnh\s+|thành phố\s+)?((?:[\p{Lu}][\p{L}\p{M}.]*\s*){1,4})/gu
function schoolAsBefore(text: string, date: string): ReturnType<typeof resolveProvince> {
  for (const m of text.matchAll(NAMED_SCHOOL)) {
    const words = (m[1] ?? '').trim().split(/\s+/u)
    for (let n = words.length; n >= 1; n--) {
      const province = resolveProvince(words.slice(0, n).join(' '), { date })
      if (province !== null) return province
    }
  }
  return null
}
function venueAsBefore(text: string, date: string): ReturnType<typeof resolveProvince> {
  const folded = ` ${fold(text)} `
  let first: { at: number; province: string } | null = null
  for (const v of KNOWN_VENUES) {
    for (const n of v.names) {
      const at = folded.indexOf(` ${fold(n)} `)
      if (at >= 0 && (first === null || at < first.at)) first = { at, province: v.province }
    }
  }
  return first === null ? schoolAsBefore(text, date) : resolveProvince(first.province, { date })
}

const venueName = fc.constantFrom(...KNOWN_VENUES.flatMap((v) => v.names))
const piece = fc.oneof(
  venueName,
  venueName.map((n) => n.split(' ').slice(1).join(' ')),
  venueName.map((n) => n.split(' ').slice(0, -1).join(' ')),
  venueName.map((n) => n.toUpperCase()),
  fc.constantFrom('Đại học Huế', 'Trường Chính trị tỉnh Bến Tre', 'Cao đẳng', 'Hà Nội', 'tại', ',', ' - ', '', '  '),
)
const place = fc.array(piece, { maxLength: 5 }).map((ps) => ps.join(' '))
const anyDate = fc.constantFrom('2020', '2024-05', '2025-03', '2025-08-01', '2026')

describe('venueProvince (properties)', () => {
  it('reads the venue named first, the one listed first at one place, as every name looked for in turn would', () => {
    fc.assert(
      fc.property(place, anyDate, (text, date) => {
        expect(venueProvince(text, { date })).toEqual(venueAsBefore(text, date))
      }),
      { numRuns: 1000 },
    )
  })
})

// The merger's date as the expression read it.
function beforeMergerAsBefore(date: string): boolean {
  const m = /^(\d{4})(?:-(?:Q(\d)|(\d{2})))?/.exec(date)
  if (m === null) return false
  const year = Number(m[1])
  if (year !== 2025) return year < 2025
  if (m[2] !== undefined) return Number(m[2]) <= 2
  if (m[3] !== undefined) return Number(m[3]) <= 6
  return true
}
const dateText = fc
  .array(fc.constantFrom(...'0123456789-Q/ x٣'), { maxLength: 4 })
  .chain((tail) =>
    fc.constantFrom('2024', '2025', '2026', '1999', '202', '٢٠٢٥', '').map((year) => year + tail.join('')),
  )

describe('the merger date (properties)', () => {
  it('places a date before or after the merger as its expression did', () => {
    fc.assert(
      fc.property(dateText, (date) => {
        // Bắc Giang (24) is itself before the merger, Bắc Ninh's territory after.
        const atDate = resolveProvince('tỉnh Bắc Giang', { date })?.atDate.name
        expect(atDate).toBe(beforeMergerAsBefore(date) ? 'Bắc Giang' : 'Bắc Ninh')
      }),
      { numRuns: 1000 },
    )
  })
})

// Capitals, digits, small letters, white space of several kinds, surrogate pairs and lone halves.
const nameUnit = fc.constantFrom(...'AĐÂaz09 \t\n\u00a0\u2003\u200b,.', '٣', 'Σ', '𝐀', '𝐚', '\ud835', '\udc00')
const unitsText = fc.array(nameUnit, { maxLength: 8 }).map((us) => us.join(''))

describe('unitNamedAt’s unit tests', () => {
  it('reads a capital or a digit opening a text from an offset as its expression did', () => {
    fc.assert(
      fc.property(unitsText, fc.nat(9), (text, i) => {
        expect(capitalOrDigitAt(text, i)).toBe(/^[\p{Lu}\p{N}]/u.test(text.slice(i)))
      }),
      { numRuns: 3000 },
    )
  })

  it('reads white space between two offsets as its expression did', () => {
    fc.assert(
      fc.property(unitsText, fc.nat(9), fc.nat(9), (text, a, b) => {
        const end = Math.min(b, text.length)
        expect(onlyWhite(text, a, end)).toBe(/^\s+$/u.test(text.slice(a, end)))
      }),
      { numRuns: 3000 },
    )
  })
})
