import { foldDiacritics } from '@vanban/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseSearchQuery } from '../src/schema/search/query.ts'
import { foldWithOffsets, SNIPPET_LENGTH, snippetHtml, snippetOf } from '../src/schema/search/snippet.ts'

// Vietnamese letters, marks alone, look-alikes, astral characters, punctuation and spaces.
const pieces = [
  'a',
  'Đ',
  'ð',
  'ủy',
  'Hòa',
  'ế',
  '\u0301',
  'æ',
  'ß',
  '𝔸',
  '😀',
  '“',
  '—',
  ' ',
  '\n',
  '-',
  '/',
  '35',
  '\ud800',
]
const vietnamese = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 30 })
  .map((parts) => parts.join(''))

describe('foldWithOffsets', () => {
  it('folds exactly as foldDiacritics, and every folded character points into the original', () => {
    fc.assert(
      fc.property(vietnamese, (text) => {
        const { folded, start, end } = foldWithOffsets(text)
        expect(folded).toBe(foldDiacritics(text))
        expect(start.length).toBe(folded.length)
        for (let k = 0; k < folded.length; k++) {
          expect(foldDiacritics(text.slice(start[k], end[k]))).toContain(folded[k])
        }
      }),
    )
  })
})

describe('parseSearchQuery', () => {
  it.each([
    {
      q: 'Nền tảng tư tưởng',
      folded: 'nen tang tu tuong',
      terms: ['nen', 'tang', 'tu', 'tuong'],
      prefix: { head: 'nen tang tu', last: 'tuong' },
      code: null,
    },
    {
      q: '"quán triệt" OR sơ -kết',
      folded: '"quan triet" or so -ket',
      terms: ['quan', 'triet', 'so'],
      prefix: null,
      code: null,
    },
    { q: '85-QĐ/TW', folded: '85-qd/tw', terms: ['85', 'qd', 'tw'], prefix: null, code: '85-QĐ/TW' },
    { q: 'Hoa  Phog', folded: 'hoa phog', terms: ['hoa', 'phog'], prefix: { head: 'hoa', last: 'phog' }, code: null },
    { q: 'an', folded: 'an', terms: ['an'], prefix: null, code: null },
  ])('$q', ({ q, ...expected }) => {
    expect(parseSearchQuery(q)).toEqual(expected)
  })

  it('never marks OR or an excluded word, whatever is typed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('nen', 'OR', '-tang', '"tu', 'tuong"', 'Hòa', '-', '35-NQ/TW'), { maxLength: 8 }),
        (words) => {
          const { terms } = parseSearchQuery(words.join(' '))
          expect(terms).not.toContain('or')
          expect(terms).not.toContain('tang')
          for (const term of terms) expect(term).toMatch(/^[a-z0-9]+$/)
        },
      ),
    )
  })
})

describe('snippetOf', () => {
  const long = `${'Mở đầu bài viết dài. '.repeat(20)}Hội nghị quán triệt nền tảng tư tưởng của Đảng. ${'Phần kết. '.repeat(20)}`
  it.each([
    {
      name: 'marks a phrase on the original text',
      passages: ['Bảo vệ nền tảng tư tưởng của Đảng'],
      terms: ['nen', 'tang', 'tu', 'tuong'],
      marked: ['nền tảng tư tưởng'],
    },
    {
      name: 'marks a code as one',
      passages: ['thực hiện Quy định 85-QĐ/TW.'],
      terms: ['85', 'qd', 'tw'],
      marked: ['85-QĐ/TW'],
    },
    {
      name: 'takes the passage with most words',
      passages: ['Tin tức', 'Đảng ủy xã Hòa Phong'],
      terms: ['hoa', 'phong'],
      marked: ['Hòa Phong'],
    },
    {
      name: 'a typo hit shows its first passage unmarked',
      passages: ['Đảng ủy xã Hòa Phong'],
      terms: ['phog'],
      marked: [],
    },
  ])('$name', ({ passages, terms, marked }) => {
    const snippet = snippetOf(passages, terms, null)
    expect(snippet.ranges.map((r) => snippet.text.slice(r.start, r.end))).toEqual(marked)
  })

  it('cuts a long passage around the words, at word boundaries', () => {
    const snippet = snippetOf([long], ['quan', 'triet'], null)
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2)
    expect(snippet.text.startsWith('…')).toBe(true)
    expect(snippet.text.endsWith('…')).toBe(true)
    expect(snippet.ranges.map((r) => snippet.text.slice(r.start, r.end))).toEqual(['quán triệt'])
    expect(long.includes(snippet.text.slice(1, -1))).toBe(true)
  })

  it('escapes the text in html and marks only the ranges', () => {
    const html = snippetHtml({ text: '<b>Hòa & Phong</b>', ranges: [{ start: 3, end: 6 }] })
    expect(html).toBe('&lt;b&gt;<mark>Hòa</mark> &amp; Phong&lt;/b&gt;')
  })
})
