import fs from 'node:fs'
import path from 'node:path'
import { ExtractionSchema } from '@vanban/core'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { HTML_FIXTURES, readSavedPage, scoreHtmlCorpus } from '../scripts/eval.ts'
import { decodeHtml, extractHtml, type FieldSource } from '../src/html/index.ts'

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

// One table for the one decoder of page bytes (the crawler's fetched bodies, ingested files, reextracted pages).
describe('decodeHtml', () => {
  const TEXT =
    'Cộng hòa xã hội chủ nghĩa Việt Nam. Chỉ thị của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác cán bộ, các cấp ủy và những người được giao nhiệm vụ trong năm.'
  const utf8 = (text: string) => new TextEncoder().encode(text)
  // Windows-1258 as Vietnamese sites write it: base letters precomposed, tone marks combining after them.
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu
  const windows1258 = (text: string) =>
    iconv.encode(
      [...text]
        .map((c) => {
          const d = c.normalize('NFD')
          return d.replace(TONES, '').normalize('NFC') + (d.match(TONES) ?? []).join('')
        })
        .join(''),
      'windows1258',
    )
  const join = (...parts: Array<Uint8Array | string>) =>
    new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part))))

  it.each([
    { name: 'UTF-8 from the header', bytes: utf8(TEXT), type: 'text/html; charset=UTF-8', charset: 'utf-8' },
    { name: 'UTF-8 undeclared', bytes: utf8(TEXT), type: 'text/html', charset: 'utf-8' },
    { name: 'UTF-8 with no Content-Type', bytes: utf8(`<p>${TEXT}</p>`), type: undefined, charset: 'utf-8' },
    {
      name: 'a UTF-8 BOM over a wrong header',
      bytes: join(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(TEXT)),
      type: 'text/html; charset=iso-8859-1',
      charset: 'utf-8',
    },
    {
      name: 'Windows-1258 from the header',
      bytes: windows1258(TEXT),
      type: 'text/html; charset=windows-1258',
      charset: 'windows-1258',
    },
    {
      name: 'the header over the meta',
      bytes: join('<meta charset="utf-8">', windows1258(TEXT)),
      type: 'text/html; charset=windows-1258',
      charset: 'windows-1258',
    },
    {
      name: 'Windows-1258 from <meta charset>',
      bytes: join('<meta charset="windows-1258">', windows1258(TEXT)),
      type: null,
      charset: 'windows-1258',
    },
    {
      name: 'Windows-1258 from http-equiv',
      bytes: join('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">', windows1258(TEXT)),
      type: 'text/html',
      charset: 'windows-1258',
    },
    {
      name: 'Windows-1258 whose ASCII words (trong) are no sign of TCVN3',
      bytes: join('<meta charset="windows-1258">', windows1258(`${TEXT} trong trong trong`)),
      type: null,
      charset: 'windows-1258',
    },
    { name: 'undeclared, not UTF-8: Windows-1258', bytes: windows1258(TEXT), type: null, charset: 'windows-1258' },
    {
      name: 'TCVN3 declared Latin-1',
      bytes: join('<font face=".VnTime">', iconv.encode(TEXT, 'tcvn')),
      type: 'text/html; charset=iso-8859-1',
      charset: 'tcvn3',
    },
    {
      name: 'TCVN3 undeclared (a saved file)',
      bytes: join('<html><body><font face=".VnTime">', iconv.encode(TEXT, 'tcvn')),
      type: undefined,
      charset: 'tcvn3',
    },
  ])('reads $name', ({ bytes, type, charset }) => {
    const page = decodeHtml(bytes, type)
    expect(page).toMatchObject({ ok: true, charset })
    expect(page.ok && page.text).toContain(TEXT)
  })

  it.each([
    {
      name: 'TCVN3 with its capital fonts',
      bytes: join('<font face=".VnTimeH">', iconv.encode(TEXT, 'tcvn')),
      charset: 'tcvn3',
      reason: /TCVN3 .*\.VnTimeH/,
    },
    {
      name: 'VNI',
      bytes: join('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam cuûa vaø caùc ñöôïc giao'),
      charset: 'vni',
      reason: /VNI font encoding/,
    },
    {
      name: 'an unknown charset in the header',
      bytes: utf8('x'),
      type: 'text/html; charset=x-klingon',
      charset: 'x-klingon',
      reason: /unknown charset x-klingon: .*UTF-8, Windows-1258/,
    },
    {
      name: 'an unknown charset in the meta',
      bytes: join('<meta charset="x-tcvn3-abc"><p>x</p>'),
      type: null,
      charset: 'x-tcvn3-abc',
      reason: /unknown charset x-tcvn3-abc: .*save the page as UTF-8/,
    },
  ])('refuses $name with a reason', ({ bytes, type, charset, reason }) => {
    const page = decodeHtml(bytes, type === undefined ? 'text/html; charset=windows-1252' : type)
    expect(page).toEqual({ ok: false, charset, reason: expect.stringMatching(reason) })
  })

  it('gives back any undeclared UTF-8 text (NFC)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decodeHtml(utf8(text), null)).toEqual({ ok: true, charset: 'utf-8', text: text.normalize('NFC') })
      }),
    )
  })
})
