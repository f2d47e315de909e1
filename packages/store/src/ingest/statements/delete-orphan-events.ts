import type { Prisma } from '../../generated/prisma/client.ts'

/**
 * Deletes the events of `eventIds` that no article reports any more. The rows are locked first so
 * that a concurrent ingest adding a report to one of them is seen before deciding.
 */
export async function deleteOrphanEvents(tx: Prisma.TransactionClient, eventIds: number[]): Promise<void> {
  await tx.$queryRawUnsafe(`SELECT id FROM "Event" WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`, eventIds)
  await tx.$executeRawUnsafe(
    `DELETE FROM "Event" e WHERE e.id = ANY($1::int[])
       AND NOT EXISTS (SELECT 1 FROM "EventReport" r WHERE r."eventId" = e.id)`,
    eventIds,
  )
}
