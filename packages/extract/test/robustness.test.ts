import fs from 'node:fs'
import path from 'node:path'
import { type Extraction, ExtractionSchema } from '@vanban/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractArticle, toGold } from '../src/index.ts'

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'articles')
const articles = fs.existsSync(fixtures)
  ? fs
      .readdirSync(fixtures)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => fs.readFileSync(path.join(fixtures, f), 'utf8'))
  : []

function expectSound(x: Extraction): void {
  expect(ExtractionSchema.safeParse(x).success).toBe(true)
  const spans = [...x.citations, ...x.events, ...x.relations, ...x.participations].flatMap((f) =>
    f.provenance === null ? [] : [f.provenance],
  )
  for (const p of spans) {
    expect(p.span.end).toBeLessThanOrEqual(x.article.text.length)
    // A sentence quoted over a hard line break inside it reads the break as a space.
    const quoted = x.article.text.slice(p.span.start, p.span.end).slice(0, 40).replaceAll('\n', ' ')
    expect(p.sentence).toContain(quoted)
  }
  const codes = new Set(x.directives.map((d) => d.code))
  for (const e of x.events) for (const c of e.directives) expect(codes.has(c)).toBe(true)
  expect(() => toGold(x)).not.toThrow()
}

describe('extractArticle never throws and always validates', () => {
  it('on random strings, including astral and combining characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => expectSound(extractArticle(s))),
      { numRuns: 300 },
    )
  })

  it('on random Vietnamese-looking text built from the words the extractor reads', () => {
    const words = [
      'Nghị quyết',
      'số',
      '35-NQ/TW',
      'ngày',
      '22/10/2018',
      'của',
      'Bộ Chính trị',
      'Sáng 13/5,',
      'tổ chức',
      'Hội nghị',
      'Cùng ngày,',
      'Trước đó,',
      'đồng chí',
      'Nguyễn Văn An,',
      'Bí thư',
      '\n',
      '\n\n',
      '.',
      'Tin liên quan',
      '…',
      'Chỉ thị 05',
      'thay thế',
      'Luật số 64/2025/QH15',
      'tại',
      'Đảng ủy xã',
      'ra mắt',
      'date 2023-12 TPO -',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 120 }), (ws) =>
        expectSound(extractArticle(ws.join(' '))),
      ),
      { numRuns: 300 },
    )
  })

  it.skipIf(articles.length === 0)('on fixture articles with lines dropped, shuffled and cut', () => {
    fc.assert(
      fc.property(fc.nat(articles.length - 1), fc.array(fc.nat(), { maxLength: 8 }), fc.nat(), (i, drops, cut) => {
        const lines = articles[i]!.split('\n')
        for (const d of drops) lines.splice(d % Math.max(1, lines.length), 1)
        if (drops.length % 2 === 1) lines.reverse()
        const text = lines.join('\n')
        expectSound(extractArticle(text.slice(0, text.length - (cut % (text.length + 1)))))
      }),
      { numRuns: 200 },
    )
  })
})

describe('extractArticle on text that is not an article', () => {
  it('gives an empty article for empty and blank input', () => {
    for (const s of ['', '   ', '\n\n\n']) {
      const x = extractArticle(s)
      expect(x.article.title).toBeNull()
      expect(x.directives).toEqual([])
      expect(x.events).toEqual([])
      expect(x.people).toEqual([])
    }
  })

  it('finds nothing in English text', () => {
    const x = extractArticle(
      'Privacy notice\n\nWe use cookies to improve your experience. On Monday 13/5 the council held a meeting.\n\nAccept',
    )
    expect(x.article.title).toBeNull()
    expect(x.directives).toEqual([])
    expect(x.events).toEqual([])
    expect(x.relations).toEqual([])
  })

  it('uses the hints when the text has no date, source or URL', () => {
    const x = extractArticle('Sáng 8/12, Đảng ủy xã An Phú tổ chức Hội nghị quán triệt Nghị quyết số 35-NQ/TW.', {
      url: 'https://example.vn/bai-viet',
      source: 'Báo Mẫu',
      publishedAt: '2023-12-09',
    })
    expect(x.article.publishedAt).toBe('2023-12-09')
    expect(x.article.url).toBe('https://example.vn/bai-viet')
    expect(x.article.source).toBe('Báo Mẫu')
    expect(x.events[0]?.date).toBe('2023-12-08')
  })
})

describe('extractArticle on 1 MB adversarial input', () => {
  it('reads 100k repetitions of "Nghị quyết số " as no directive', { timeout: 60_000 }, () => {
    const x = extractArticle('Nghị quyết số '.repeat(100_000))
    expect(x.directives).toEqual([])
    expect(x.article.text.length).toBeGreaterThan(1_000_000)
  })

  it('still finds the one real code after a megabyte of digits and slashes on one line', { timeout: 60_000 }, () => {
    const noise = '1/2/3-4/'.repeat(130_000)
    const x = extractArticle(`${noise} Hội nghị quán triệt Nghị quyết số 35-NQ/TW của Bộ Chính trị.`)
    expect(x.directives.map((d) => d.code)).toEqual(['35-NQ/TW'])
    expect(x.directives[0]?.issuingBody).toBe('Bộ Chính trị')
  })

  it('reads a megabyte of repeated sentences with codes, one line, without a line break', { timeout: 60_000 }, () => {
    const x = extractArticle('Thực hiện Chỉ thị 05 của Bộ Chính trị và Quy định 85-QĐ/TW, '.repeat(16_000))
    expect(x.directives.map((d) => d.code).sort()).toEqual(['05-CT/TW', '85-QĐ/TW'])
  })

  // Each comma after `dưới sự chủ trì` may end the presiding clause; read sentence-long from each
  // of two megabytes of commas, this took minutes.
  it('reads two megabytes of commas after a presiding clause, one sentence', { timeout: 60_000 }, () => {
    const x = extractArticle(
      `Ngày 29-9, dưới sự chủ trì của đồng chí Nguyễn Văn A, ${'các đại biểu, '.repeat(150_000)}`,
    )
    expect(x.events).toEqual([])
    expect(x.article.text.length).toBeGreaterThan(2_000_000)
  })
})
