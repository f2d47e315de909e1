import type { Prisma } from '../../generated/prisma/client.ts'
import type { DirectiveRow } from '../plan.ts'
import type { DirectiveColumns } from './directive-columns.ts'

/** Inserts directives; the new rows' ids, keys and codes. */
export function insertDirectives(tx: Prisma.TransactionClient, rows: DirectiveColumns[]): Promise<DirectiveRow[]> {
  return tx.$queryRawUnsafe<DirectiveRow[]>(
    `INSERT INTO "Directive" (key, code, system, type, number, year, "issuerCode", "issuedOn", "issuedStart",
       "issuedEnd", "issuingBody", title, inferred, "searchKey", "updatedAt")
     SELECT key, code, system, type, number, year, "issuerCode", "issuedOn", "issuedStart",
       "issuedEnd", "issuingBody", title, inferred, "searchKey", now()
     FROM jsonb_populate_recordset(NULL::"Directive", $1::jsonb)
     RETURNING id, key, code`,
    JSON.stringify(rows),
  )
}
