import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { citedSpans } from '../src/cited-spans.ts'
import { segmentText } from '../src/spans.ts'

const fixture = (name: string) =>
  readFileSync(new URL(`../../../packages/extract/fixtures/articles/${name}`, import.meta.url), 'utf8')

describe('segmentText', () => {
  it('cuts a text into plain and marked pieces', () => {
    expect(segmentText('Quán triệt Nghị quyết 35-NQ/TW.', [{ start: 22, end: 30, label: '35-NQ/TW' }])).toEqual([
      { text: 'Quán triệt Nghị quyết ', label: null },
      { text: '35-NQ/TW', label: '35-NQ/TW' },
      { text: '.', label: null },
    ])
  })

  it('always joins back into the text, whatever the spans (overlapping, out of range, empty)', () => {
    const span = fc.record({
      start: fc.integer({ min: -5, max: 60 }),
      end: fc.integer({ min: -5, max: 60 }),
      label: fc.string(),
    })
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.array(span, { maxLength: 8 }), (text, spans) => {
        const segments = segmentText(text, spans)
        expect(segments.map((s) => s.text).join('')).toBe(text)
        expect(segments.every((s) => s.text.length > 0)).toBe(true)
      }),
    )
  })
})

describe('citedSpans', () => {
  it('finds a cited code as written, with D for Đ, and its bare form with the document-type words', () => {
    const text = 'Quán triệt Quy định số 85-QD/TW; thực hiện Quy định 85 và Nghị quyết số 35.'
    const marked = citedSpans(text, ['85-QĐ/TW', '35-NQ/TW']).map((s) => [text.slice(s.start, s.end), s.label])
    expect(marked).toEqual([
      ['85-QD/TW', '85-QĐ/TW'],
      ['Quy định 85', '85-QĐ/TW'],
      ['Nghị quyết số 35', '35-NQ/TW'],
    ])
  })

  it('does not mark another number that starts with the same digits, nor a Ban Chỉ đạo named after it', () => {
    const text = 'Nghị quyết 350 và Ban Chỉ đạo 35 của huyện.'
    expect(citedSpans(text, ['35-NQ/TW'])).toEqual([])
  })

  it('marks every mention of Nghị quyết 35 in a sample article', () => {
    const text = fixture('f03_huyen-uy-so-ket-nghi-quyet-35.txt')
    const marked = citedSpans(text, ['35-NQ/TW']).map((s) => text.slice(s.start, s.end))
    expect(marked).toContain('35-NQ/TW')
    expect(marked).toContain('Nghị quyết 35')
    expect(marked).toContain('Nghị quyết số 35')
    expect(marked.some((m) => m.includes('Ban Chỉ đạo'))).toBe(false)
  })
})
