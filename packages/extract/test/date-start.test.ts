import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findVietnameseDates, normalizeText } from '@vanban/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { datesIn, mayOpenDate } from '../src/date-start.ts'

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'articles')
const articles = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => normalizeText(fs.readFileSync(path.join(dir, f), 'utf8')))

describe('mayOpenDate', () => {
  it('allows every date the core finds in the fixture articles, with and without a reference', () => {
    let dates = 0
    for (const text of articles) {
      for (const d of [...findVietnameseDates(text), ...findVietnameseDates(text, { reference: '2024-06-30' })]) {
        dates++
        expect(mayOpenDate(text, d.start), d.raw).toBe(true)
      }
    }
    expect(dates).toBeGreaterThan(100)
  })

  it('allows numbers and cue words in any case, with or without diacritics', () => {
    for (const text of [
      '13/5',
      'Sáng 13/5',
      'CHIỀU ngày 2/3',
      'ngay 5/6/2024',
      'Thứ Năm, 21/12/2023',
      'quý IV/2023',
      'tháng 10/2024',
      'CN 3/3',
    ]) {
      expect(mayOpenDate(text, 0), text).toBe(true)
    }
  })

  it('rules out words no date starts with, and punctuation', () => {
    for (const text of ['của Bộ Chính trị', 'Thực hiện', 'và Quy định', ', ngày 5/6', ''])
      expect(mayOpenDate(text, 0), text).toBe(false)
  })

  it('answers as reading the whole word with an expression would, for any text', () => {
    const START_WORDS = new Set([
      'sáng',
      'trưa',
      'chiều',
      'tối',
      'đêm',
      'ngày',
      'hôm',
      'thứ',
      'chủ',
      'quý',
      'tháng',
      'năm',
      'sang',
      'trua',
      'chieu',
      'toi',
      'dem',
      'ngay',
      'hom',
      'thu',
      'chu',
      'quy',
      'thang',
      'nam',
      'cn',
      't',
    ])
    const byExpression = (text: string, at: number) => {
      if (/[0-9]/u.test(text[at] ?? '')) return true
      const word = /[\p{L}\p{M}]+/uy
      word.lastIndex = at
      const m = /[sStTcCđĐnNhHqQdD]/u.test(text[at] ?? '') ? word.exec(text) : null
      return m !== null && START_WORDS.has(m[0].normalize('NFC').toLowerCase())
    }
    const pieces = [
      'Sáng',
      'CHIỀU',
      'chie\u0302\u0300u',
      'ngày',
      'NGAY',
      'tháng',
      'Thực',
      'T',
      'tê',
      'cn',
      'Chủ',
      'đêm',
      'năm𝐀',
      'q',
      ' ',
      ',',
      '5',
      '𝐀',
      'İ',
      'ı',
      'a\u0301',
      '\ud800',
    ]
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 8 }),
        fc.nat(40),
        (parts, n) => {
          const text = parts.join('')
          const at = text.length === 0 ? 0 : n % text.length
          expect(mayOpenDate(text, at)).toBe(byExpression(text, at))
        },
      ),
      { numRuns: 3000 },
    )
  })
})

describe('datesIn', () => {
  const pieces = [
    'Sáng 13/5',
    'ngày 22/10/2018',
    'tháng 10/2024',
    '2024',
    '202',
    '20245',
    'quý IV',
    'hôm nay',
    'Thứ Năm, 21/12',
    '12:30',
    ' ',
    ', ',
    '35-NQ/TW',
    '9/12',
    'năm ',
    '0',
    '1999',
  ]
  const texts = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 8 })
    .map((p) => p.join(''))

  it('finds what the core finds, with and without a reference', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(undefined, '2024-06-30', '2023-01'), (text, reference) => {
        expect(datesIn(text, reference)).toEqual(
          findVietnameseDates(text, reference === undefined ? {} : { reference }),
        )
      }),
      { numRuns: 3000 },
    )
  })

  it('relies on the core reading no date without a reference where no four digits stand in a row', () => {
    for (const text of articles) {
      for (const line of text.split('\n')) {
        if (!/(?<![0-9])[0-9]{4}(?![0-9])/u.test(line)) expect(findVietnameseDates(line), line).toEqual([])
      }
    }
  })
})
