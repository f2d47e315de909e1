import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { articleSegments, imageFileLines } from '../src/article-text.ts'
import { citedSpans } from '../src/cited-spans.ts'

const fixture = (name: string) =>
  readFileSync(new URL(`../../../packages/extract/fixtures/articles/${name}`, import.meta.url), 'utf8')

const shown = (text: string, spans: Parameters<typeof articleSegments>[1] = []) =>
  articleSegments(text, spans)
    .map((s) => s.text)
    .join('')

describe('the article text as shown: lines that are only an image file name are left out', () => {
  it.each([
    ['a file name between paragraphs', 'Mở đầu.\n\nabc.jpg\n\nQuang cảnh hội nghị.', 'Mở đầu.\n\nQuang cảnh hội nghị.'],
    ['an upper-case extension', 'Mở đầu.\n\nIMG_1234.JPG\n\nKết.', 'Mở đầu.\n\nKết.'],
    ['png, webp and jpeg', 'a\n\nx.png\n\ny.webp\n\nz.jpeg\n\nb', 'a\n\nb'],
    ['spaces around the name', 'a\n\n  20231205-trao-giay-khen.jpg \n\nb', 'a\n\nb'],
    ['a file name first', 'abc.jpg\n\nb', 'b'],
    ['a file name last', 'a\n\nabc.jpg', 'a\n\n'],
    ['a name inside a sentence stays', 'Ảnh: abc.jpg do PV chụp.', 'Ảnh: abc.jpg do PV chụp.'],
    ['a line of words ending in .jpg stays', 'xem ảnh abc.jpg', 'xem ảnh abc.jpg'],
    ['other extensions stay', 'a\n\nbaocao.pdf\n\nb', 'a\n\nbaocao.pdf\n\nb'],
    ['no image at all', 'Chiều 4/12/2023, Huyện ủy tổ chức hội nghị.', 'Chiều 4/12/2023, Huyện ủy tổ chức hội nghị.'],
  ])('%s', (_, text, expected) => {
    expect(shown(text)).toBe(expected)
  })

  it('keeps every cited directive marked, at the same words, around the removed lines', () => {
    const text = fixture('f03_huyen-uy-so-ket-nghi-quyet-35.txt')
    const spans = citedSpans(text, ['35-NQ/TW']).sort((a, b) => a.start - b.start)
    const segments = articleSegments(text, spans)
    const marked = segments.filter((s) => s.label !== null)
    expect(marked).toHaveLength(spans.length)
    expect(marked.map((s) => s.text)).toEqual(spans.map((s) => text.slice(s.start, s.end)))
    const joined = segments.map((s) => s.text).join('')
    expect(joined).not.toMatch(/\.jpg/i)
    expect(imageFileLines(text)).toHaveLength(2)
  })

  it('shows the whole text, in order, less only the removed ranges', () => {
    const line = fc.oneof(
      fc.constantFrom('abc.jpg', 'IMG_1.PNG', 'Quang cảnh.', '35-NQ/TW', ''),
      fc.string({ maxLength: 12 }),
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), (lines) => {
        const text = lines.join('\n')
        let expected = ''
        let at = 0
        for (const r of imageFileLines(text)) {
          expected += text.slice(at, r.start)
          at = r.end
        }
        expected += text.slice(at)
        expect(shown(text)).toBe(expected)
        expect(
          shown(text)
            .split('\n')
            .some((l) => /^\s*\S+\.(jpe?g|png)\s*$/i.test(l)),
        ).toBe(false)
      }),
    )
  })
})
