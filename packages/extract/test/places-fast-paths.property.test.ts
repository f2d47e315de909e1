import { PROVINCES, resolveProvince } from '@vanban/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { provinceEndingName } from '../src/name-end-province.ts'
import { endsWithWordThenSpace, HONORIFIC_ENDING, NAMING_ENDING, UNIT_ENDING, type WordEnding } from '../src/people.ts'
import {
  ADMINISTRATIVE_UNITS,
  HONORIFICS,
  NAMING_WORDS_ANY_CASE,
  NAMING_WORDS_AS_WRITTEN,
} from '../src/rules/people-words.ts'

// provinceEndingName as it read before its gates (the last run's word, the dash before a legal
// form, the capital tested before the tail is joined): every tail of one to five words tried.
const LOCAL_BEFORE =
  /(?:^|\s)(?:huyện|quận|thị xã|thị trấn|xã|phường|đặc khu|thôn|ấp|bản|làng|khu phố|huyện ủy|huyện uỷ|quận ủy|quận uỷ|thị ủy|thị uỷ|huyện đoàn|quận đoàn|thị đoàn)\s*$/iu
const PERSON_NAMES = /^(?:Hồ Chí Minh|HCM)$/iu
const FORMER_CITY_NAMES: Readonly<Record<string, string>> = { 'sài gòn': 'Hồ Chí Minh', saigon: 'Hồ Chí Minh' }
const LEGAL_FORM_END =
  /\s*[-–—]\s*(?:Công ty\s+)?(?:TNHH(?:\s+(?:MTV|một thành viên|hai thành viên(?: trở lên)?))?|cổ phần|CTCP)\s*$/iu
function referenceEndingName(name: string, date: string | null) {
  const words = name
    .trim()
    .replace(/[\s.,;:)]+$/u, '')
    .replace(LEGAL_FORM_END, '')
    .split(/\s+/u)
  for (let n = Math.min(5, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(' ')
    if (!/^\p{Lu}/u.test(tail) || PERSON_NAMES.test(tail)) continue
    const province = resolveProvince(FORMER_CITY_NAMES[tail.toLowerCase()] ?? tail, { date })
    if (province === null) continue
    return LOCAL_BEFORE.test(words.slice(0, -n).join(' ')) ? null : province
  }
  return null
}

// Bodies' words, provinces' names in several cases and spellings, the former city's names, legal
// forms, unit words, and what splits or ends a name: white space of several kinds, dashes,
// brackets, stops, a surrogate pair and lone surrogates.
const WORDS = [
  ...PROVINCES.map((p) => p.name),
  ...PROVINCES.map((p) => p.name.toUpperCase()),
  'Hà Tĩnh',
  'Thừa Thiên Huế',
  'Bà Rịa - Vũng Tàu',
  'TP.HCM',
  'HCM',
  'Hồ Chí Minh',
  'Sài Gòn',
  'SÀI GÒN',
  'Saigon',
  'gòn',
  'Sở Tư pháp',
  'Công an',
  'Hội Nông dân',
  'Đảng ủy Khối các cơ quan tỉnh',
  'Tỉnh ủy',
  'huyện',
  'Huyện ủy',
  'thị xã',
  'xã',
  'Công ty TNHH MTV',
  'TNHH',
  'CTCP',
  'cổ phần',
  '-',
  '–',
  '—',
  '(',
  ')',
  '.',
  ',',
  ';',
  'tinh',
  'Tĩnh',
  'Nội',
  'nội',
  '😀',
  '\ud835\udc00',
  '\ud800',
  '\udc00',
]
const GAPS = [' ', ' ', ' ', '  ', '\t', '\u00a0', '\u2003', '\n', '']

describe('provinceEndingName', () => {
  it('reads as every tail was read before its gates', () => {
    for (const name of ['Sở Tư pháp Hà Nội', 'Tổng Công ty Văn hóa Sài Gòn – Công ty TNHH MTV', 'Huyện ủy Điện Biên'])
      expect(provinceEndingName(name, '2024-05-01')).toEqual(referenceEndingName(name, '2024-05-01'))
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), { maxLength: 8 }),
        fc.constantFrom(null, '2024-05-01', '2025-08-01'),
        (parts, date) => {
          const name = parts.map(([w, g]) => w + g).join('')
          expect(provinceEndingName(name, date)).toEqual(referenceEndingName(name, date))
        },
      ),
      { numRuns: 20000 },
    )
  })
})

// endsWithWordThenSpace as it read before the gate on the last unit.
function referenceEndsWith(text: string, at: number, word: WordEnding): boolean {
  const from = Math.max(0, at - 60)
  let j = at
  while (j > from && /\s/u.test(text[j - 1]!)) j--
  return j < at && word.pattern.test(text.slice(Math.max(from, j - word.reach), j))
}

const ENDING_WORDS = [
  ...HONORIFICS.map((h) => h.words),
  ...NAMING_WORDS_ANY_CASE,
  ...NAMING_WORDS_AS_WRITTEN,
  ...ADMINISTRATIVE_UNITS,
]
const ENDING_PIECES = [
  ...ENDING_WORDS,
  ...ENDING_WORDS.map((w) => w.toUpperCase()),
  ...ENDING_WORDS.map((w) => w.slice(1)),
  ...ENDING_WORDS.map((w) => w.slice(0, -1)),
  'Nguyễn Văn An',
  'không',
  'Viễn thông',
  'K',
  'ſ',
  '😀',
  '\ud800',
  ',',
  ' ',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  'a',
]

describe('endsWithWordThenSpace', () => {
  it('reads as the expression alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ENDING_PIECES), { maxLength: 10 }),
        fc.nat(),
        fc.constantFrom(HONORIFIC_ENDING, NAMING_ENDING, UNIT_ENDING),
        (pieces, a, ending) => {
          const text = pieces.join('')
          const at = a % (text.length + 1)
          expect(endsWithWordThenSpace(text, at, ending)).toBe(referenceEndsWith(text, at, ending))
        },
      ),
      { numRuns: 30000 },
    )
  })
})
