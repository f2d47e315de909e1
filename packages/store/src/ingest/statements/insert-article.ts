import type { Prisma } from '../../generated/prisma/client.ts'
import type { Plan } from '../plan.ts'
import type { ArticleRow } from './article-row.ts'

/**
 * Takes the article's directive-code locks, then inserts the article, in one statement; returns
 * the new article's id, or `null` when an article with its identity is stored already.
 *
 * Locks are taken in code order, so concurrent ingests do not deadlock on them. ON CONFLICT DO
 * NOTHING waits for a concurrent insert of the same article to commit, so two ingests of one
 * article never both count it as new.
 */
export async function lockCodesAndInsertArticle(
  tx: Prisma.TransactionClient,
  plan: Plan,
  article: ArticleRow,
): Promise<number | null> {
  const inserted = await tx.$queryRawUnsafe<{ id: number }[]>(
    `WITH locks AS (
       SELECT count(CASE WHEN l.exclusive THEN pg_advisory_xact_lock(hashtext('vanban.directive:' || l.code))::text
         ELSE pg_advisory_xact_lock_shared(hashtext('vanban.directive:' || l.code))::text END) AS taken
       FROM jsonb_to_recordset($1::jsonb -> 'locks') AS l(code text, exclusive boolean))
     INSERT INTO "Article" (identity, url, source, title, byline, "publishedAt", "publishedStart", "publishedEnd",
       text, body, captions, "contentHash", "extractionHash", "extractorVersion", "searchKey", "titleKey",
       "leadKey", "updatedAt")
     SELECT a.identity, a.url, a.source, a.title, a.byline, a."publishedAt", a."publishedStart", a."publishedEnd",
       a.text, a.body, a.captions, a."contentHash", a."extractionHash", a."extractorVersion", a."searchKey",
       a."titleKey", a."leadKey", now()
     FROM locks, jsonb_populate_record(NULL::"Article", $1::jsonb -> 'article') AS a
     ON CONFLICT (identity) DO NOTHING RETURNING id`,
    JSON.stringify({
      locks: plan.codes.map((code) => ({ code, exclusive: plan.exclusive.has(code) })),
      article,
    }),
  )
  return inserted[0]?.id ?? null
}
