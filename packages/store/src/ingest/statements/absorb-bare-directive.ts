import type { Prisma } from '../../generated/prisma/client.ts'

/**
 * Moves the citations and relations of the directive stored under a bare code to the full-key
 * directive with that code, then deletes the bare one. A relation the full-key directive already
 * has from the same article stays with the bare one and goes with it.
 */
export async function absorbBareDirective(tx: Prisma.TransactionClient, fullId: number, bareId: number): Promise<void> {
  await tx.$executeRawUnsafe(`UPDATE "Citation" SET "directiveId" = $1 WHERE "directiveId" = $2`, fullId, bareId)
  for (const column of ['fromId', 'toId']) {
    await tx.$executeRawUnsafe(
      `UPDATE "DirectiveRelation" r SET "${column}" = $1 WHERE r."${column}" = $2 AND NOT EXISTS (
         SELECT 1 FROM "DirectiveRelation" o WHERE o.type = r.type AND o."articleId" = r."articleId"
           AND o."fromId" = CASE WHEN $3 = 'fromId' THEN $1 ELSE r."fromId" END
           AND o."toId" = CASE WHEN $3 = 'toId' THEN $1 ELSE r."toId" END)`,
      fullId,
      bareId,
      column,
    )
  }
  await tx.$executeRawUnsafe(`DELETE FROM "Directive" WHERE id = $1`, bareId)
}
