import type { Prisma } from '../../generated/prisma/client.ts'
import type { ArticleRow } from './article-row.ts'

/**
 * Overwrites a stored article with a changed extraction's row and deletes its links (citations,
 * participations, relations, event reports), in one statement; returns the events it reported.
 * The records the links pointed to stay.
 */
export async function replaceArticle(tx: Prisma.TransactionClient, id: number, article: ArticleRow): Promise<number[]> {
  const reported = await tx.$queryRawUnsafe<{ eventId: number }[]>(
    `WITH updated AS (
       UPDATE "Article" a SET url = r.url, source = r.source, title = r.title, byline = r.byline,
         "publishedAt" = r."publishedAt", "publishedStart" = r."publishedStart", "publishedEnd" = r."publishedEnd",
         text = r.text, body = r.body, captions = r.captions, "contentHash" = r."contentHash",
         "extractionHash" = r."extractionHash", "extractorVersion" = r."extractorVersion",
         "searchKey" = r."searchKey", "titleKey" = r."titleKey", "leadKey" = r."leadKey", "updatedAt" = now()
       FROM jsonb_populate_record(NULL::"Article", $1::jsonb) AS r
       WHERE a.id = $2 AND a.identity = r.identity),
     citations AS (DELETE FROM "Citation" WHERE "articleId" = $2),
     participations AS (DELETE FROM "Participation" WHERE "articleId" = $2),
     relations AS (DELETE FROM "DirectiveRelation" WHERE "articleId" = $2)
     DELETE FROM "EventReport" WHERE "articleId" = $2 RETURNING "eventId"`,
    JSON.stringify(article),
    id,
  )
  return reported.map((row) => row.eventId)
}
