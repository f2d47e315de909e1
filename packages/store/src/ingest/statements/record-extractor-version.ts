import type { PrismaClient } from '../../generated/prisma/client.ts'

/**
 * Records that an extractor version read a stored article whose extraction it left unchanged, so
 * that a later `--only-older` run knows the article is current; one statement, nothing else moves.
 */
export async function recordExtractorVersion(prisma: PrismaClient, articleId: number, version: string): Promise<void> {
  await prisma.$executeRawUnsafe(`UPDATE "Article" SET "extractorVersion" = $1 WHERE id = $2`, version, articleId)
}
