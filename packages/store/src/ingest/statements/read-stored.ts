import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { DirectiveRow } from '../plan.ts'

/** What is stored already of an article about to be ingested. */
export interface StoredState {
  /** The stored article's id, 0 when there is none. */
  readonly articleId: number
  /** The stored article's extraction hash, `null` when there is none. */
  readonly hash: string | null
  /** The extractor version that read the stored article, `null` when none did or there is none. */
  readonly extractorVersion: string | null
  /** The stored directives with the article's codes. */
  readonly directives: DirectiveRow[]
}

/**
 * One read before any transaction: the stored article's extraction hash (an unchanged article
 * needs nothing more) and the stored directives with the article's codes (which codes it will
 * create, so that only those are locked exclusively).
 */
export async function readStoredState(prisma: PrismaClient, identity: string, codes: string[]): Promise<StoredState> {
  const rows = await prisma.$queryRawUnsafe<
    { kind: 'article' | 'directive'; id: number; value: string; code: string; version: string | null }[]
  >(
    `SELECT 'article' AS kind, id, "extractionHash" AS value, '' AS code, "extractorVersion" AS version
     FROM "Article" WHERE identity = $1
     UNION ALL SELECT 'directive', id, key, code, NULL FROM "Directive" WHERE code = ANY($2::text[])`,
    identity,
    codes,
  )
  const article = rows.find((row) => row.kind === 'article')
  return {
    articleId: article?.id ?? 0,
    hash: article?.value ?? null,
    extractorVersion: article?.version ?? null,
    directives: rows.filter((row) => row.kind === 'directive').map(({ id, value, code }) => ({ id, key: value, code })),
  }
}
