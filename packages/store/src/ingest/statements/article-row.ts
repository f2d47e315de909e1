import type { Extraction } from '@vanban/core'
import type { Prisma } from '../../generated/prisma/client.ts'
import { dateBounds, leadKey, searchKey } from '../keys.ts'
import type { Plan } from '../plan.ts'

/** The article's row, keyed by column: the statements read it with `jsonb_populate_record`. */
export type ArticleRow = Omit<Prisma.ArticleCreateManyInput, 'id' | 'createdAt' | 'updatedAt'>

/** The `Article` row an extraction stores, with its date bounds and folded search keys (whole text, title, lead). */
export function articleRow(extraction: Extraction, plan: Plan): ArticleRow {
  const a = extraction.article
  const published = dateBounds(a.publishedAt)
  return {
    identity: plan.identity,
    url: a.url,
    source: a.source,
    title: a.title,
    byline: a.byline,
    publishedAt: a.publishedAt,
    publishedStart: published.start,
    publishedEnd: published.end,
    text: a.text,
    body: a.body,
    captions: a.captions,
    contentHash: a.contentHash,
    extractionHash: plan.hash,
    extractorVersion: plan.extractorVersion,
    searchKey: searchKey(a.title, ...a.body),
    titleKey: searchKey(a.title),
    leadKey: leadKey(a.body),
  }
}
