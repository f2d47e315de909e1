import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BOILERPLATE_PHRASES,
  BUTTON_LINES,
  isBoilerplateLine,
  isMenuLine,
  isRepeatedPhrase,
  isTeaserLine,
  mayHoldPhrase,
} from '../src/boilerplate.ts'

// The phrases' expression as isBoilerplateLine tries it on a lower-cased line.
const PATTERN = new RegExp(BOILERPLATE_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'u')

// Pieces that make phrases, their cases, and what lower-casing treats apart: a unit that grows
// (`İ`), a final sigma, surrogates (paired and lone), a Kelvin sign, ©.
const PIECES = [
  ...BOILERPLATE_PHRASES,
  ...BOILERPLATE_PHRASES.map((p) => p.toUpperCase()),
  ...BOILERPLATE_PHRASES.flatMap((p) => [p.slice(0, 3), p.slice(2, 7), p.slice(-4)]),
  'LƯỢT',
  'Lượt',
  ' XEM',
  'COOKIE',
  'İ',
  'Σ',
  'ΑΣ ',
  'K',
  '©',
  '😀',
  '\ud800',
  '\udc00',
  ' ',
  '\t',
  'a',
]

describe('mayHoldPhrase', () => {
  it('never turns away a line whose lower case holds a phrase', () => {
    for (const p of BOILERPLATE_PHRASES) {
      expect(mayHoldPhrase(p)).toBe(true)
      expect(mayHoldPhrase(`Trang này ${p.toUpperCase()} nhé`)).toBe(true)
    }
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 12 }),
        (pieces) => {
          const line = pieces.join('').trim()
          if (PATTERN.test(line.toLowerCase())) expect(mayHoldPhrase(line)).toBe(true)
        },
      ),
      { numRuns: 20000 },
    )
  })

  it('turns away prose that holds no mark', () => {
    expect(mayHoldPhrase('Sáng 14/6, Chi bộ Văn phòng Sở Tư pháp tỉnh Phú Yên tổ chức sinh hoạt chuyên đề.')).toBe(
      false,
    )
  })
})

// isRepeatedPhrase as it was written with strings cut and joined.
function repeatedByStrings(line: string): boolean {
  const space = line.indexOf(' ')
  if (space < 0) return false
  const first = line.slice(0, space + 1)
  const whole = `${line} `
  for (let at = line.indexOf(` ${first}`); at > 0 && at <= 60; at = line.indexOf(` ${first}`, at + 1)) {
    const unit = whole.slice(0, at + 1)
    if (
      whole.length % unit.length === 0 &&
      whole.startsWith(unit, unit.length) &&
      unit.repeat(whole.length / unit.length) === whole
    )
      return true
  }
  return false
}

describe('isRepeatedPhrase', () => {
  it('reads what cutting and joining the line read', () => {
    const words = ['Thông', 'báo', 'a', 'ab', 'Image', '1', ' ', '  ', '']
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.string({ maxLength: 3 }),
        fc.constantFrom('', ' ', 'x', ' a'),
        (unit, times, noise, tail) => {
          const phrase = unit.join(' ')
          for (const line of [
            Array(times).fill(phrase).join(' ') + tail,
            noise + Array(times).fill(phrase).join(' '),
            Array(times)
              .fill(phrase + noise)
              .join(' '),
          ])
            expect(isRepeatedPhrase(line)).toBe(repeatedByStrings(line))
        },
      ),
      { numRuns: 20000 },
    )
  })
})

// isBoilerplateLine as it was written: the line lower-cased, then every expression tried.
const SITE_LINE =
  /^(?:từ khóa|tags?|thẻ|chủ đề)\s*:|^(?:chia sẻ|share)(?![\p{L}])|^(?:họ và tên|họ tên|tên|email|e-mail|điện thoại|hotline|đường dây nóng|fax|mã xác nhận|mã bảo mật|nội dung|tiêu đề)\s*[:*]|\d+\s*\/\s*\d+\s*ký tự|ký tự còn lại/u
function boilerplateByExpressions(line: string): boolean {
  const trimmed = line.trim()
  if (trimmed.length === 0 || trimmed.length > 400) return false
  const l = trimmed.toLowerCase()
  return BUTTON_LINES.has(l) || PATTERN.test(l) || (l.length <= 160 && SITE_LINE.test(l)) || repeatedByStrings(trimmed)
}

describe('isBoilerplateLine', () => {
  it('reads what lower-casing every line and trying every expression read', () => {
    const parts = [
      ...PIECES,
      ...BUTTON_LINES,
      'Từ khóa:',
      'TAGS :',
      'Chia sẻ',
      'SHARE',
      'Họ và tên*',
      'E-MAIL:',
      'Điện thoại :',
      'Tiêu đề:',
      '500/500 ký tự',
      'KÝ TỰ còn lại',
      'Bạn còn ',
      'Sáng 14/6, Chi bộ Văn phòng Sở Tư pháp tỉnh Phú Yên tổ chức sinh hoạt chuyên đề ',
      'x'.repeat(30),
    ]
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...parts), fc.string({ maxLength: 3 })), { maxLength: 8 }),
        (pieces) => {
          const line = pieces.join('')
          expect(isBoilerplateLine(line)).toBe(boilerplateByExpressions(line))
        },
      ),
      { numRuns: 30000 },
    )
  })
})

// The tail's readers as they were written, each expression tried on every line.
const TRAILING_DATE = /[([]\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?:\s+\d{1,2}:\d{2})?\s*[)\]]$/u
function teaserAsWritten(line: string): boolean {
  const l = line.trim()
  if (l.length === 0 || l.length > 300) return false
  return l.endsWith('…') || l.endsWith('...') || TRAILING_DATE.test(l)
}
function menuAsWritten(line: string): boolean {
  if (line.length > 200) return false
  return (line.match(/ [|›»>/] /gu)?.length ?? 0) >= 2 || /^(?:trang chủ(?:\s|$)|home\s*[|›»>/])/iu.test(line.trim())
}

describe('isTeaserLine and isMenuLine', () => {
  it('read what their expressions read', () => {
    const parts = [
      ' ',
      ' | ',
      ' › ',
      ' » ',
      ' > ',
      ' / ',
      '|',
      ' |',
      '| ',
      'Trang chủ',
      'TRANG CHỦ ',
      'Home',
      'home »',
      '(14/01/2024)',
      '[14/1]',
      '(14/1 10:20)',
      '...',
      '…',
      'Tin',
      '\t',
      'x',
    ]
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...parts), fc.string({ maxLength: 3 })), { maxLength: 8 }), (p) => {
        const line = p.join('')
        expect(isTeaserLine(line)).toBe(teaserAsWritten(line))
        expect(isMenuLine(line)).toBe(menuAsWritten(line))
      }),
      { numRuns: 30000 },
    )
  })
})
