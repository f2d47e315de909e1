import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { normalizeText } from '@vanban/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findShortForms, TYPE_ABBREVIATIONS, typeNameStartBefore } from '../src/short-forms.ts'
import { DOCUMENT_TYPE_WORDS } from '../src/vocabulary.ts'

// The expressions the finder stands for, tried at every offset.
const AFTER = String.raw`(?![\p{L}\p{N}/\-–]|\s?[-–]\s?\p{L}|\s?/)`
const NAMED = new RegExp(
  String.raw`(?<![\p{L}])(${DOCUMENT_TYPE_WORDS.map(([n]) => n.replace(/ /g, String.raw`\s+`)).join('|')})(?:\s+số)?\s+(\d{1,4}[a-z]?)${AFTER}`,
  'giu',
)
const LETTERED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${TYPE_ABBREVIATIONS.join('|')})(?:\s+số)?\s+(\d{1,4}[a-z]?)${AFTER}`,
  'gu',
)
const letters = new Map(DOCUMENT_TYPE_WORDS)

function byExpressions(text: string) {
  const named = [...text.matchAll(NAMED)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: letters.get(m[1]!.toLowerCase().replace(/\s+/gu, ' '))!,
    number: m[2]!,
  }))
  const lettered = [...text.matchAll(LETTERED)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: m[1]!,
    number: m[2]!,
  }))
  return [...named, ...lettered].sort((a, b) => a.start - b.start)
}

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'articles')
const articles = fs.readdirSync(dir).map((f) => normalizeText(fs.readFileSync(path.join(dir, f), 'utf8')))

describe('findShortForms', () => {
  it('reads type names and type letters before a number that is not part of a code', () => {
    const forms = findShortForms(
      'Học tập Nghị quyết số 35 và Chỉ thị 05-CT/TW, NQ 57, Quyết định 12a, Kế hoạch  số\n7/KH và thông tư 12345.',
    )
    expect(forms.map((f) => [f.type, f.number])).toEqual([
      ['NQ', '35'],
      ['NQ', '57'],
      ['QĐ', '12a'],
    ])
  })

  it('finds what the expressions find in the fixture articles', () => {
    let forms = 0
    for (const text of articles) {
      const found = findShortForms(text)
      forms += found.length
      expect(found).toEqual(byExpressions(text))
    }
    expect(forms).toBeGreaterThan(20)
  })

  it('finds what the expressions find in any text made of their parts', () => {
    const parts = [
      ...DOCUMENT_TYPE_WORDS.map(([n]) => n),
      'NGHỊ QUYẾT',
      'Chỉ  thị',
      'Chương trình hành động',
      ...TYPE_ABBREVIATIONS,
      'nq',
      'số',
      'Số',
      'SỐ',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      '35',
      '05',
      '1234',
      '12345',
      'a',
      'B',
      '-',
      '–',
      '/',
      ' -',
      '- ',
      '/TW',
      '-NQ/TW',
      ',',
      '.',
      'x',
      'đ',
      '𝐀',
      '\ud800',
      'k',
      '0',
    ]
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...parts), fc.string({ maxLength: 2 })), { maxLength: 14 }),
        (pieces) => {
          const text = pieces.join('')
          expect(findShortForms(text)).toEqual(byExpressions(text))
        },
      ),
      { numRuns: 20000 },
    )
  })
})

describe('typeNameStartBefore', () => {
  const BEFORE = new RegExp(
    String.raw`(?<![\p{L}])(${DOCUMENT_TYPE_WORDS.map(([n]) => n.replace(/ /g, String.raw`\s+`)).join('|')})(?:\s+số)?\s*$`,
    'iu',
  )
  it('finds where the expression finds the type name that ends a text', () => {
    expect(typeNameStartBefore('Thực hiện Quy định số ')).toBe(10)
    expect(typeNameStartBefore('theo Chương trình hành động')).toBe(5)
    expect(typeNameStartBefore('Xquy định ')).toBe(-1)
    const parts = [
      ...DOCUMENT_TYPE_WORDS.map(([n]) => n),
      'NGHỊ QUYẾT',
      'số',
      'Số',
      ' ',
      '  ',
      '\n',
      'x',
      'đ',
      '5',
      '𝐀',
      '-',
      ',',
    ]
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...parts), fc.string({ maxLength: 2 })), { maxLength: 8 }),
        (pieces) => {
          const text = pieces.join('')
          const m = BEFORE.exec(text)
          expect(typeNameStartBefore(text)).toBe(m === null ? -1 : m.index)
        },
      ),
      { numRuns: 20000 },
    )
  })

  it('reads a window of a text, with `lo` and `end`, as it reads the window copied out', () => {
    const parts = [...DOCUMENT_TYPE_WORDS.map(([n]) => n), 'số', ' ', '\n', 'x', 'đ', '5', '𝐀', '\ud835', ',']
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...parts), fc.string({ maxLength: 2 })), { maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        (pieces, a, b) => {
          const text = pieces.join('')
          const end = b % (text.length + 1)
          const lo = Math.max(0, end - (a % 40))
          const copied = typeNameStartBefore(text.slice(lo, end))
          expect(typeNameStartBefore(text, end, lo)).toBe(copied < 0 ? -1 : lo + copied)
        },
      ),
      { numRuns: 20000 },
    )
  })
})
