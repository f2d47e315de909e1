import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldDiacritics, normalizeText, slugify } from '../src/text.ts'

describe('normalizeText: tone marks', () => {
  it.each([
    ['uỷ', 'ủy'],
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['UỶ BAN NHÂN DÂN', 'ỦY BAN NHÂN DÂN'],
    ['Đảng uỷ Khối', 'Đảng ủy Khối'],
    ['hoà bình', 'hòa bình'],
    ['khoá học', 'khóa học'],
    ['KHOÁ XIII', 'KHÓA XIII'],
    ['thuỷ lợi', 'thủy lợi'],
    ['Thuý', 'Thúy'],
    ['toà án', 'tòa án'],
    ['thoả thuận', 'thỏa thuận'],
    ['sức khoẻ', 'sức khỏe'],
    ['xoè', 'xòe'],
    ['hoạ sĩ', 'họa sĩ'],
    ['luỹ kế', 'lũy kế'],
    ['(hoà)', '(hòa)'],
    ['chuyển đổi số hoá.', 'chuyển đổi số hóa.'],
  ])('%s → %s', (text, expected) => {
    expect(normalizeText(text)).toBe(expected)
  })

  it.each([
    ['a closed syllable', 'Hoàng Văn Thụ'],
    ['qu- with its tone on the y', 'quý'],
    ['qu- in capitals', 'QUÝ II'],
    ['qu- closed', 'Quỳnh'],
    ['oă', 'hoặc'],
    ['uyê', 'thuyền'],
    ['a modern spelling', 'Ủy ban hòa giải'],
    ['a tone on a followed by a consonant', 'toán học'],
    ['uy followed by u', 'khuỷu tay'],
    ['ua', 'của quá'],
  ])('leaves %s alone: %s', (_, text) => {
    expect(normalizeText(text)).toBe(text)
  })

  it('composes decomposed text first (NFC)', () => {
    const decomposed = 'Đảng ủy hoà'.normalize('NFD')
    expect(decomposed).not.toBe('Đảng ủy hoà')
    expect(normalizeText(decomposed)).toBe('Đảng ủy hòa')
  })
})

describe('normalizeText: characters and white space', () => {
  it.each([
    ['the look-alike Ð (U+00D0) to Đ', '\u00D0ảng ủy', 'Đảng ủy'],
    ['the look-alike ð (U+00F0) to đ', '\u00F0ồng chí', 'đồng chí'],
    ['zero-width space dropped', 'Nghị\u200B quyết', 'Nghị quyết'],
    ['zero-width joiners and BOM dropped', '\uFEFF35\u200C-\u200DNQ\u2060/TW', '35-NQ/TW'],
    ['a zero-width space between a letter and its mark', 'a\u200B\u0301', 'á'],
    ['NBSP to space', 'Bộ\u00A0Tư\u00A0pháp', 'Bộ Tư pháp'],
    ['narrow and ideographic spaces to space', 'Bộ\u202FTư\u3000pháp', 'Bộ Tư pháp'],
    ['runs of spaces and tabs folded', 'Ban  Chỉ\t\tđạo \t 35', 'Ban Chỉ đạo 35'],
    ['lines trimmed', '  Tiêu đề  \n  Nội dung  ', 'Tiêu đề\nNội dung'],
    ['CRLF and CR to LF', 'một\r\nhai\rba', 'một\nhai\nba'],
    ['Unicode line and paragraph separators to LF', 'một\u2028hai\u2029ba', 'một\nhai\nba'],
    ['one blank line kept between paragraphs', 'đoạn một\n\nđoạn hai', 'đoạn một\n\nđoạn hai'],
    ['runs of blank lines to one', 'đoạn một\n\n\n\n \n\t\nđoạn hai', 'đoạn một\n\nđoạn hai'],
    ['blank lines at both ends dropped', '\n\n  \nnội dung\n\n\n', 'nội dung'],
    ['an empty text stays empty', '', ''],
    ['white space alone becomes empty', ' \u00A0\n\t\n ', ''],
  ])('%s', (_, text, expected) => {
    expect(normalizeText(text)).toBe(expected)
  })
})

describe('foldDiacritics', () => {
  it.each([
    ['Đảng ủy', 'dang uy'],
    ['ĐẢNG ỦY', 'dang uy'],
    ['đồng chí', 'dong chi'],
    ['\u00D0ảng', 'dang'],
    ['Nghị quyết 35-NQ/TW', 'nghi quyet 35-nq/tw'],
    ['85-QĐ/TW', '85-qd/tw'],
    ['Nguyễn Trọng Nghĩa', 'nguyen trong nghia'],
    ['Thượng tướng Võ Tiến Trung', 'thuong tuong vo tien trung'],
    ['hoà', 'hoa'],
    ['hòa', 'hoa'],
    ['“nền tảng”', ' nen tang '],
    ['Ban Tuyên giáo – Dân vận', 'ban tuyen giao   dan van'],
  ])('%s → %j', (text, expected) => {
    expect(foldDiacritics(text)).toBe(expected)
  })

  it('folds đ to d, which Intl.Collator("vi") keeps apart', () => {
    expect(new Intl.Collator('vi', { sensitivity: 'base' }).compare('đảng', 'dang')).not.toBe(0)
    expect(foldDiacritics('đảng')).toBe(foldDiacritics('dang'))
  })

  it('always gives ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(foldDiacritics(text)).toMatch(/^\p{ASCII}*$/u)
      }),
    )
  })

  it('has no upper-case letters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(foldDiacritics(text)).toBe(foldDiacritics(text).toLowerCase())
      }),
    )
  })
})

// foldDiacritics as first written, four passes over the whole text: the definition the
// one-pass lookup must agree with on every string.
const UNDECOMPOSED: Record<string, string> = { đ: 'd', ð: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', ı: 'i' }
const foldByDefinition = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\P{ASCII}/gu, (c) => UNDECOMPOSED[c] ?? ' ')

describe('foldDiacritics agrees with its definition', () => {
  it.each([
    ['combining marks on their own', '\u0301\u0323\u031B'],
    ['decomposed Vietnamese', 'Đảng ủy Khối hoà'.normalize('NFD')],
    ['a decomposed horn on U', 'TU\u031B'],
    ['dotted capital I, which lower-cases to i and a mark', 'İstanbul'],
    ['capital sharp s, which lower-cases to ß', 'STRAẞE'],
    ['Hangul syllables, which decompose into jamo', '한국어'],
    ['conjoining jamo', '\u1100\u1161\u11A8'],
    ['a final sigma and a medial one', 'ΟΔΥΣΣΕΥΣ Σ'],
    ['astral letters with a lower case', '𐐀𐐁'],
    ['an astral character that decomposes', '\u{1D15E}\u{1D160}'],
    ['emoji', '😀👍🏽'],
    ['lone surrogates, in either order and beside a pair', '\uD800a\uDC00\uDC00\uD800\uD83D\uDE00\uD800'],
    ['a mark after a surrogate pair', '😀\u0301'],
    ['lone surrogates that dropping the marks between them joins', '\uD800\u0301\u0323\uDC00\u0301\uDC00'],
    ['lone surrogates with an astral mark between them', '\uD801\u{1D165}\uDC00'],
    ['compatibility characters NFD keeps', 'ﬁ ǅ Ⅳ １'],
    ['Latin letters NFD does not decompose', 'ĐđÐðØøÆæŒœßŁłı'],
    ['ASCII control characters', '\u0000\t\n\u007F'],
    ['the empty string', ''],
  ])('on %s', (_, text) => {
    expect(foldDiacritics(text)).toBe(foldByDefinition(text))
  })

  it('on every code point alone', () => {
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x10000 ? 1 : 97) {
      const text = String.fromCodePoint(cp)
      if (foldDiacritics(text) !== foldByDefinition(text)) expect.fail(`U+${cp.toString(16)}`)
    }
  })

  it('on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme' }),
          fc.string({ unit: 'grapheme-composite' }),
          fc.string({ unit: 'binary' }),
          fc.string({
            unit: fc.constantFrom(
              'Σ',
              'ς',
              'İ',
              'ẞ',
              'Đ',
              'ư',
              '\u0301',
              '\u031B',
              '한',
              '\uD800',
              '\uDC00',
              '😀',
              '\u{1D165}',
              'a',
              ' ',
            ),
          }),
        ),
        (text) => {
          expect(foldDiacritics(text)).toBe(foldByDefinition(text))
        },
      ),
      { numRuns: 2000 },
    )
  })
})

describe('slugify', () => {
  it.each([
    ['Nghị quyết 35-NQ/TW', 'nghi-quyet-35-nq-tw'],
    ['Nghị định 13/2023/NĐ-CP', 'nghi-dinh-13-2023-nd-cp'],
    ['  Đảng ủy Khối các cơ quan Trung ương  ', 'dang-uy-khoi-cac-co-quan-trung-uong'],
    ['“Bảo vệ nền tảng tư tưởng của Đảng”', 'bao-ve-nen-tang-tu-tuong-cua-dang'],
    ['Uỷ ban', 'uy-ban'],
    ['---', ''],
    ['', ''],
  ])('%s → %s', (text, expected) => {
    expect(slugify(text)).toBe(expected)
  })

  it('gives only lower-case letters, digits and inner single dashes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(slugify(text)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/)
      }),
    )
  })
})

// Text made of the characters normalisation cares about, so properties meet them often.
const vietnameseish = fc
  .array(
    fc.constantFrom(
      'u',
      'ỷ',
      'o',
      'à',
      'á',
      'q',
      'Q',
      'U',
      'Ỷ',
      'O',
      'À',
      'h',
      'n',
      'g',
      'e',
      'è',
      'y',
      'ý',
      '\u0300',
      '\u0301',
      '\u0323',
      'Ð',
      'ð',
      'Đ',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u00A0',
      '\u200B',
      '\uFEFF',
      '\u2028',
      '\uD800',
      '\uDC00',
      '😀',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''))

describe('normalizeText properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseish, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        const once = normalizeText(text)
        expect(normalizeText(once)).toBe(once)
      }),
      { numRuns: 2000 },
    )
  })

  it('leaves no zero-width characters, no look-alike Ð, no tabs and no untrimmed lines', () => {
    fc.assert(
      fc.property(vietnameseish, (text) => {
        const out = normalizeText(text)
        expect(out).not.toMatch(/[\u200B-\u200D\u2060\uFEFF\u00D0\u00F0\t\r\u00A0]/)
        expect(out).not.toMatch(/ \n|\n | {2}|\n\n\n|^\s|\s$/)
        expect(out).toBe(out.normalize('NFC'))
      }),
      { numRuns: 1000 },
    )
  })

  it('does not change the diacritic-free search key', () => {
    fc.assert(
      fc.property(vietnameseish, (text) => {
        const key = (s: string) => foldDiacritics(s).replace(/\s+/g, ' ').trim()
        expect(key(normalizeText(text))).toBe(key(text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')))
      }),
      { numRuns: 1000 },
    )
  })
})

// normalizeText as its definition reads, with expressions: NFC without zero-width characters, the
// look-alike Đ, the tone moved to the o/u before a toned a/e/y at a word's end (oa, oe, uy; not
// after q), and white space runs kept as a space, a line break or a blank line, none at the ends.
const TONED = { a: 'àáảãạ', e: 'èéẻẽẹ', y: 'ỳýỷỹỵ', o: 'òóỏõọ', u: 'ùúủũụ' } as const
const SPACES = '\\t \\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000'
const BREAKS = '\\n\\u000b\\u000c\\r\\u0085\\u2028\\u2029'
function normalizedByExpressions(text: string): string {
  const composed = text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').normalize('NFC')
  const toned = `${TONED.a}${TONED.e}${TONED.y}`
  const moved = composed.replace(
    new RegExp(`(?<=(^|[^qQ]))([oOuU])([${toned}${toned.toUpperCase()}])(?![\\p{L}\\p{M}])`, 'gu'),
    (whole, _before: string, vowel: string, mark: string) => {
      const lower = mark.toLowerCase()
      const base = (['a', 'e', 'y'] as const).find((b) => TONED[b].includes(lower))!
      const tone = TONED[base].indexOf(lower)
      const v = vowel.toLowerCase() as 'o' | 'u'
      if (!['oa', 'oe', 'uy'].includes(v + base)) return whole
      const toneOn = TONED[v][tone]!
      return (vowel === v ? toneOn : toneOn.toUpperCase()) + (mark === lower ? base : base.toUpperCase())
    },
  )
  const d = moved.replace(/Ð/g, 'Đ').replace(/ð/g, 'đ')
  return d.replace(new RegExp(`[${SPACES}${BREAKS}]+`, 'gu'), (run: string, at: number, whole: string) => {
    if (at === 0 || at + run.length === whole.length) return ''
    const breaks = run.replace(/\r\n/g, '\n').match(new RegExp(`[${BREAKS}]`, 'gu'))?.length ?? 0
    return breaks === 0 ? ' ' : breaks === 1 ? '\n' : '\n\n'
  })
}

describe('normalizeText agrees with its definition', () => {
  it('on text of the characters it changes', () => {
    const words = fc.constantFrom('hoà', 'Quý', 'thuỷ', 'KHOÁ', 'hoàng', 'oè', 'Ðảng', 'ủy', 'ba', 'x2', '')
    fc.assert(
      fc.property(fc.array(fc.oneof(vietnameseish, words), { maxLength: 8 }), (parts) => {
        const text = parts.join('')
        expect(normalizeText(text)).toBe(normalizedByExpressions(text))
      }),
      { numRuns: 20000 },
    )
  })
})
