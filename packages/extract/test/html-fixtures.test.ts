import fs from 'node:fs'
import path from 'node:path'
import { ExtractionSchema } from '@vanban/core'
import { describe, expect, it } from 'vitest'
import { HTML_FIXTURES, readSavedPage, scoreHtmlCorpus } from '../scripts/eval.ts'
import { extractHtml, type FieldSource } from '../src/html/index.ts'

const pages = path.join(HTML_FIXTURES, 'pages')
const page = (prefix: string) => {
  const file = fs.readdirSync(pages).find((f) => f.startsWith(`${prefix}_`))
  if (file === undefined) throw new Error(`no page ${prefix}`)
  return readSavedPage(path.join(pages, file))
}

// Which metadata each page carries (see scripts/build-html-fixtures.ts), and so where its title and date must come from.
const SOURCES: [string, FieldSource, FieldSource | null][] = [
  ['f01', 'json-ld', 'json-ld'],
  ['f03', 'json-ld', 'json-ld'],
  ['f06', 'open-graph', 'open-graph'],
  ['f07', 'json-ld', 'json-ld'],
  ['f08', 'text', 'time-element'],
  ['f13', 'open-graph', 'open-graph'],
  ['f14', 'text', 'meta'],
  ['f17', 'text', 'time-element'],
  ['f18', 'json-ld', 'json-ld'],
  ['f20', 'text', null],
  ['f23', 'text', 'meta'],
  ['f28', 'open-graph', 'open-graph'],
]

describe('the HTML fixtures', () => {
  it.each(SOURCES)('%s: title from %s, publication date from %s', (prefix, title, date) => {
    const { extraction, sources } = extractHtml(page(prefix))
    expect(ExtractionSchema.safeParse(extraction).success).toBe(true)
    expect(sources.title).toBe(title)
    expect(sources.publishedAt).toBe(date)
  })

  it('score at least as well as the text path on the same articles, title and date ≥ 0.98', () => {
    const { html, text } = scoreHtmlCorpus()
    expect(html.articles).toBe(SOURCES.length)
    expect(html.belowBounds, JSON.stringify({ html: html.metrics, text: text.metrics })).toEqual([])
    expect(html.metrics.title).toBeGreaterThanOrEqual(0.98)
    expect(html.metrics.publishedAt).toBeGreaterThanOrEqual(0.98)
  })

  it('leave out the sites’ menus, sidebars, teasers, share bars and comment forms', () => {
    for (const [prefix] of SOURCES) {
      const { text } = extractHtml(page(prefix)).extraction.article
      for (const chrome of [
        'Trang chủ',
        'Đọc nhiều',
        'Chia sẻ',
        'Gửi bình luận',
        'Tổng lượt truy cập',
        'Văn bản mới',
      ]) {
        expect(text, `${prefix}: ${chrome}`).not.toContain(chrome)
      }
    }
  })

  it('decode the Windows-1258 page by its meta charset (the fetcher’s job for fetched pages)', () => {
    const file = fs.readdirSync(pages).find((f) => f.startsWith('f28_'))!
    const bytes = fs.readFileSync(path.join(pages, file))
    expect(bytes.includes(Buffer.from('Đảng', 'utf8'))).toBe(false)
    const { extraction } = extractHtml(readSavedPage(path.join(pages, file)))
    expect(extraction.article.title).toBe('Đảng ủy xã Tân Hòa tổng kết 7 năm thực hiện Nghị quyết 18')
  })
})
