import type { Prisma } from '../../generated/prisma/client.ts'

/** A record's id and the search key its stored facts give. */
export interface SearchKeyRow {
  readonly id: number
  readonly searchKey: string
}

/**
 * Sets the search keys of directives and events, in one statement; a row whose key is already
 * right is not written.
 */
export async function updateSearchKeys(
  tx: Prisma.TransactionClient,
  keys: { directives: SearchKeyRow[]; events: SearchKeyRow[] },
): Promise<void> {
  await tx.$executeRawUnsafe(
    `WITH directives AS (UPDATE "Directive" d SET "searchKey" = i."searchKey"
       FROM jsonb_to_recordset($1::jsonb -> 'directives') AS i(id int, "searchKey" text)
       WHERE d.id = i.id AND d."searchKey" <> i."searchKey")
     UPDATE "Event" e SET "searchKey" = i."searchKey"
     FROM jsonb_to_recordset($1::jsonb -> 'events') AS i(id int, "searchKey" text)
     WHERE e.id = i.id AND e."searchKey" <> i."searchKey"`,
    JSON.stringify(keys),
  )
}
