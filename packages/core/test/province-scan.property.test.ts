import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FORMER_PROVINCES, findProvinces } from '../src/province.ts'
import { foldDiacritics } from '../src/text.ts'
import { capitalAfterWords, keyPattern, keySet, nextKeyAmong, plainText, wordBefore } from '../src/word-keys.ts'

// The province readers' scans of whole articles, each checked against what it stands for.

const VIETNAMESE = 'àáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ'
// Units of plain texts (ASCII, Vietnamese letters, punctuation and white space) and a few others:
// marks, letters of other scripts and Latin letters Vietnamese does not write, digits of other
// scripts, a surrogate pair and lone surrogates.
const plainUnit = fc.constantFrom(
  ...'tTThHiInNpPuUaAxXdDcCgGoOqQyYeE0123456789',
  ...VIETNAMESE,
  ...VIETNAMESE.toUpperCase(),
  ...' ,.;:-–()“”\n\t\u00a0',
)
const otherUnit = fc.constantFrom(
  '\u0300',
  '\u0309',
  'ţ',
  'ñ',
  'î',
  'ı',
  'İ',
  'ß',
  '²',
  'д',
  '字',
  '٣',
  '𝐭',
  '\ud835',
  '\udc2d',
)
const plainWord = fc.array(plainUnit, { minLength: 1, maxLength: 6 }).map((us) => us.join(''))
const unitWords = fc.constantFrom('tỉnh', 'Tỉnh', 'TỈNH', 'tinh', 'thành', 'Thành', 'thanh', 'TP', 'tp', 'thủ', 'Thu')
const piece = fc.oneof(plainWord, unitWords, fc.constantFrom(' ', ', ', '. ', ' phố ', ' ủy ', ' đô ', ' Hà Nội'))
const plain = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''))
const mixed = fc.array(fc.oneof(piece, otherUnit), { maxLength: 40 }).map((ps) => ps.join(''))
const keySets = fc.constantFrom<string[]>(
  ['tinh', 'thanh', 'tp', 'thu'],
  ['xa', 'phuong', 'dac'],
  ['huyen', 'quan', 'thi'],
)

// The words of a text, as the readers split them, with their keys.
const WORD = /[\p{L}\p{M}\p{N}]+/gu
const wordsOf = (text: string) =>
  [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    key: foldDiacritics(m[0]).replace(/\s+/g, ''),
  }))

describe('plainText (properties)', () => {
  it('says a text holds no letter, mark or digit but ASCII and Vietnamese letters, and no surrogate', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const expected = [...text].every(
          (ch) =>
            !/[\ud800-\udfff]/u.test(ch) &&
            (ch.charCodeAt(0) < 0x80 ||
              (VIETNAMESE + VIETNAMESE.toUpperCase()).includes(ch) ||
              !/^[\p{L}\p{M}\p{N}]$/u.test(ch)),
        )
        expect(plainText(text)).toBe(expected)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('keyPattern (properties)', () => {
  it('finds, in a plain text, the words whose key is among the keys: where a word starts, to its end', () => {
    fc.assert(
      fc.property(plain, keySets, (text, keys) => {
        fc.pre(plainText(text))
        const pattern = keyPattern(keys)!
        const found: { start: number; end: number }[] = []
        pattern.lastIndex = 0
        for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
          if (m.index === 0 || !/[\p{L}\p{M}\p{N}]/u.test(text[m.index - 1]!))
            found.push({ start: m.index, end: m.index + m[0].length })
        }
        const expected = wordsOf(text)
          .filter((w) => keys.includes(w.key))
          .map(({ start, end }) => ({ start, end }))
        expect(found).toEqual(expected)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('findProvinces (properties)', () => {
  // A text of 256 units or more that is plain is read by keyPattern; a letter of another script
  // after it makes it read word by word, as any text was.
  const name = fc.constantFrom(...FORMER_PROVINCES.map((p) => p.name), 'Hồ Chí Minh', 'HCM', 'Huế')
  const part = fc.oneof(
    piece,
    name,
    name.map((n) => n.toUpperCase()),
    name.map((n) => foldDiacritics(n)),
  )
  const long = fc
    .array(part, { minLength: 20, maxLength: 120 })
    .map((ps) => ps.join(' '))
    .filter((t) => t.length >= 256)
  it('reads a long plain text as the same text read word by word', () => {
    fc.assert(
      fc.property(long, (text) => {
        expect(findProvinces(text, { date: '2024-05-01' })).toEqual(findProvinces(`${text} 字`, { date: '2024-05-01' }))
      }),
      { numRuns: 500 },
    )
  })
})

describe('the gates before a unit word is read (properties)', () => {
  const keys = keySet(['uy', 'doan', 'pho'])
  it('nextKeyAmong: the next word after a place has its key among the keys', () => {
    fc.assert(
      fc.property(mixed, fc.nat(), (text, at) => {
        const end = text.length === 0 ? 0 : at % (text.length + 1)
        // From a place inside a word, the rest of it is the next word.
        const after = wordsOf(text.slice(end))[0]
        expect(nextKeyAmong(text, end, keys)).toBe(after !== undefined && keys.keys.has(after.key))
      }),
      { numRuns: 2000 },
    )
  })

  it('capitalAfterWords: a capital or a digit opens a word after white space, the words before it of the keys', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const ws = wordsOf(text)
        fc.pre(ws.length > 0)
        const follow = [keys]
        const opensName = (k: number): boolean =>
          ws[k] !== undefined &&
          /^\s+$/u.test(text.slice(ws[k - 1]!.end, ws[k]!.start)) &&
          /^[\p{Lu}\p{N}]/u.test(text.slice(ws[k]!.start))
        const expected = opensName(1) || (ws[1] !== undefined && keys.keys.has(ws[1].key) && opensName(2))
        expect(capitalAfterWords(text, ws[0]!.end, follow)).toBe(expected)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('findDistricts candidates (properties)', () => {
  const districtWords = fc.constantFrom(
    'huyện',
    'Huyện',
    'HUYỆN',
    'huyen',
    'quận',
    'Quân',
    'quan',
    'thị',
    'THỊ',
    'thi',
    'thành',
    'Thanh',
    'TP',
    'tp',
    'xthi',
    'thiên',
  )
  const text = fc.array(fc.oneof(piece, otherUnit, districtWords), { maxLength: 40 }).map((ps) => ps.join(''))
  it('wordBefore: a letter, mark or digit ends before a place, as the `u` look-behind reads it', () => {
    fc.assert(
      fc.property(text, fc.nat(), (t, at) => {
        const i = t.length === 0 ? 0 : at % (t.length + 1)
        // The look-behind is asked only where a word may start, never inside a surrogate pair.
        fc.pre(!(/[\udc00-\udfff]/u.test(t[i] ?? '') && /[\ud800-\udbff]/u.test(t[i - 1] ?? '')))
        const lookBehind = /(?<![\p{L}\p{M}\p{N}])/uy
        lookBehind.lastIndex = i
        expect(wordBefore(t, i)).toBe(!lookBehind.test(t))
      }),
      { numRuns: 3000 },
    )
  })
  it('the unit words found without a look-behind, each asked whether it starts a word, are those found with it', () => {
    const words = '(?:huyện|huyen|quận|quan|thị|thi|thành|thanh|tp)(?![\\p{L}\\p{M}\\p{N}])'
    const withLookBehind = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${words}`, 'giu')
    const without = new RegExp(words, 'giu')
    fc.assert(
      fc.property(text, (t) => {
        const expected = [...t.matchAll(withLookBehind)].map((m) => m.index)
        const found = [...t.matchAll(without)].map((m) => m.index).filter((i) => !wordBefore(t, i))
        expect(found).toEqual(expected)
      }),
      { numRuns: 3000 },
    )
  })
})
