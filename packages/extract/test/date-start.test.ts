import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findVietnameseDates, normalizeText } from '@vanban/core'
import { describe, expect, it } from 'vitest'
import { mayOpenDate } from '../src/date-start.ts'

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'articles')
const articles = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => normalizeText(fs.readFileSync(path.join(dir, f), 'utf8')))

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
    for (const text of ['13/5', 'Sáng 13/5', 'CHIỀU ngày 2/3', 'ngay 5/6/2024', 'Thứ Năm, 21/12/2023', 'quý IV/2023', 'tháng 10/2024', 'CN 3/3']) {
      expect(mayOpenDate(text, 0), text).toBe(true)
    }
  })

  it('rules out words no date starts with, and punctuation', () => {
    for (const text of ['của Bộ Chính trị', 'Thực hiện', 'và Quy định', ', ngày 5/6', '']) expect(mayOpenDate(text, 0), text).toBe(false)
  })
})
