import { createHash } from 'node:crypto'
import type { Extraction } from '@vanban/core'
import { ALL_FACTS, directiveRecord, fullCitation } from './directive-facts.ts'

// Small extractions written for these tests, in the shape @vanban/extract produces, so storage
// is tested apart from the extractor. Codes and their facts are real (DIRECTIVE_FACTS); the
// articles are not. Each extraction holds the facts its article's text states, no more.

function provenance(text: string, words: string, confidence = 0.9) {
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`fixture text lacks ${words}`)
  const sentenceStart = text.lastIndexOf('\n', start) + 1
  const sentenceEnd = text.indexOf('\n', start)
  return {
    span: { start, end: start + words.length },
    sentence: text.slice(sentenceStart, sentenceEnd < 0 ? text.length : sentenceEnd),
    confidence,
  }
}

function article(
  text: string,
  fields: { title: string; publishedAt: string; url: string | null },
): Extraction['article'] {
  return {
    title: fields.title,
    publishedAt: fields.publishedAt,
    byline: 'Minh Châu',
    url: fields.url,
    source: 'Báo Phú Thọ',
    text,
    body: text.split('\n\n').slice(1),
    captions: [],
    contentHash: createHash('sha256').update(text).digest('hex'),
  }
}

/** A district committee reviewing Resolution 35 (one review event, one person, one citation). */
export function reviewArticle(options: { url?: string | null; extraSentence?: string } = {}): Extraction {
  const text = [
    'Huyện ủy Phù Ninh sơ kết 5 năm thực hiện Nghị quyết 35-NQ/TW',
    `Sáng 8/12, Huyện ủy Phù Ninh tổ chức hội nghị sơ kết 5 năm thực hiện ${fullCitation('35-NQ/TW')}.`,
    `Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy chủ trì hội nghị.${options.extraSentence ?? ''}`,
  ].join('\n\n')
  return {
    article: article(text, {
      title: 'Huyện ủy Phù Ninh sơ kết 5 năm thực hiện Nghị quyết 35-NQ/TW',
      publishedAt: '2023-12-08',
      url: options.url === undefined ? 'https://baophutho.example/huyen-uy-phu-ninh-so-ket-35' : options.url,
    }),
    directives: [directiveRecord('35-NQ/TW', ALL_FACTS)],
    events: [
      {
        id: 'e1',
        kind: 'review',
        title: 'Hội nghị sơ kết 5 năm thực hiện Nghị quyết 35-NQ/TW',
        date: '2023-12-08',
        partOfDay: 'morning',
        organizer: 'Huyện ủy Phù Ninh',
        location: null,
        province: { code: '25', name: 'Phú Thọ', source: 'article', confidence: 0.7 },
        directives: ['35-NQ/TW'],
        provenance: provenance(text, 'tổ chức hội nghị sơ kết'),
      },
    ],
    organizations: [{ name: 'Huyện ủy Phù Ninh', kind: 'party_committee', level: 'district', province: null }],
    people: [{ name: 'Nguyễn Văn Hùng', roles: ['Bí thư Huyện ủy'] }],
    citations: [
      {
        directive: '35-NQ/TW',
        event: 'e1',
        verb: 'reviews',
        inferred: false,
        provenance: provenance(text, 'Nghị quyết số 35-NQ/TW'),
      },
    ],
    relations: [],
    participations: [
      {
        person: 'Nguyễn Văn Hùng',
        event: 'e1',
        roles: ['Bí thư Huyện ủy'],
        provenance: provenance(text, 'Nguyễn Văn Hùng'),
      },
    ],
  }
}

/**
 * Another paper reporting the same review (same kind, organiser written with the old tone
 * mark placement, and date) and citing 35-NQ/TW by its code alone, and a guidance relation
 * between 99-HD/BTGTW (by its code alone) and 85-QĐ/TW (in full).
 */
export function secondReportArticle(): Extraction {
  const text = [
    'Phù Ninh: quán triệt Quy định 85 và sơ kết Nghị quyết 35',
    'Ngày 8/12/2023, Huyện uỷ Phù Ninh sơ kết 5 năm thực hiện Nghị quyết 35-NQ/TW.',
    `Hướng dẫn 99-HD/BTGTW hướng dẫn thực hiện ${fullCitation('85-QĐ/TW')}.`,
  ].join('\n\n')
  return {
    article: article(text, {
      title: 'Phù Ninh: quán triệt Quy định 85 và sơ kết Nghị quyết 35',
      publishedAt: '2023-12-09',
      url: 'https://tuyengiao.example/phu-ninh-quan-triet-85',
    }),
    directives: [
      directiveRecord('35-NQ/TW', []),
      directiveRecord('85-QĐ/TW', ALL_FACTS),
      directiveRecord('99-HD/BTGTW', []),
    ],
    events: [
      {
        id: 'e1',
        kind: 'review',
        title: null,
        date: '2023-12-08',
        partOfDay: null,
        organizer: 'Huyện uỷ Phù Ninh',
        location: 'Hội trường Huyện ủy',
        province: null,
        directives: ['35-NQ/TW'],
        provenance: provenance(text, 'sơ kết 5 năm'),
      },
    ],
    organizations: [{ name: 'Huyện uỷ Phù Ninh', kind: 'party_committee', level: 'district', province: null }],
    people: [],
    citations: [
      {
        directive: '35-NQ/TW',
        event: 'e1',
        verb: 'reviews',
        inferred: false,
        provenance: provenance(text, 'Nghị quyết 35-NQ/TW'),
      },
      {
        directive: '99-HD/BTGTW',
        event: null,
        verb: 'mentions',
        inferred: false,
        provenance: provenance(text, 'Hướng dẫn 99-HD/BTGTW'),
      },
      {
        directive: '85-QĐ/TW',
        event: null,
        verb: 'mentions',
        inferred: false,
        provenance: provenance(text, 'Quy định số 85-QĐ/TW'),
      },
    ],
    relations: [
      {
        from: '99-HD/BTGTW',
        type: 'guides',
        to: '85-QĐ/TW',
        provenance: provenance(text, 'hướng dẫn thực hiện Quy định số 85-QĐ/TW'),
      },
    ],
    participations: [],
  }
}

/** `count` distinct articles (by URL and text) citing the same directives, for bulk and concurrency tests. */
export function manyArticles(count: number): Extraction[] {
  return Array.from({ length: count }, (_, i) => {
    const base =
      i % 2 === 0
        ? reviewArticle({ url: `https://baophutho.example/bai-${i}`, extraSentence: ` Bài số ${i}.` })
        : secondReportArticle()
    if (i % 2 === 0) return base
    const text = `${base.article.text}\n\nBài số ${i}.`
    return {
      ...base,
      article: {
        ...base.article,
        url: `https://tuyengiao.example/bai-${i}`,
        text,
        contentHash: createHash('sha256').update(text).digest('hex'),
      },
    }
  })
}
