import type { Extraction } from '@vanban/core'
import type { Prisma } from '../generated/prisma/client.ts'
import type { Plan } from './plan.ts'
import { articleRow } from './statements/article-row.ts'
import { lockCodesAndInsertArticle } from './statements/insert-article.ts'
import { lockArticle } from './statements/lock-article.ts'
import { replaceArticle } from './statements/replace-article.ts'

/** What writing the article row did; an updated article lists the events it reported before. */
export type ArticleWrite =
  | { status: 'new' | 'updated'; id: number; previousEvents: number[] }
  | { status: 'unchanged'; id: number }

/**
 * The article stage: takes the article's directive-code locks and inserts the article; an
 * existing one is locked and compared by extraction hash, and when changed, overwritten with its
 * links removed.
 */
export async function writeArticle(
  tx: Prisma.TransactionClient,
  extraction: Extraction,
  plan: Plan,
): Promise<ArticleWrite> {
  const row = articleRow(extraction, plan)
  const inserted = await lockCodesAndInsertArticle(tx, plan, row)
  if (inserted !== null) return { status: 'new', id: inserted, previousEvents: [] }

  const existing = await lockArticle(tx, plan.identity)
  if (existing === undefined) throw new Error(`article ${plan.identity} vanished while being stored`)
  if (existing.extractionHash === plan.hash) return { status: 'unchanged', id: existing.id }
  return { status: 'updated', id: existing.id, previousEvents: await replaceArticle(tx, existing.id, row) }
}
