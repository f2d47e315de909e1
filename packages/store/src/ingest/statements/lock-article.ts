import type { Prisma } from '../../generated/prisma/client.ts'

/** Locks the stored article with this identity for the transaction; its id and extraction hash. */
export async function lockArticle(
  tx: Prisma.TransactionClient,
  identity: string,
): Promise<{ id: number; extractionHash: string } | undefined> {
  const [row] = await tx.$queryRawUnsafe<{ id: number; extractionHash: string }[]>(
    `SELECT id, "extractionHash" FROM "Article" WHERE identity = $1 FOR UPDATE`,
    identity,
  )
  return row
}
