import type { Extraction } from '@vanban/core'
import type { Prisma } from '../../generated/prisma/client.ts'
import { dateBounds, directiveSearchKey } from '../keys.ts'
import type { DirectiveRow } from '../plan.ts'

/** A `Directive` row to insert, keyed by column. */
export type DirectiveInsertRow = Omit<Prisma.DirectiveCreateManyInput, 'id' | 'createdAt' | 'updatedAt'>

/** The `Directive` rows of an extraction's directives, with date bounds and search keys. */
export function directiveRows(directives: Extraction['directives']): DirectiveInsertRow[] {
  return directives.map((d) => {
    const issued = dateBounds(d.issuedOn)
    return {
      key: d.key,
      code: d.code,
      system: d.system,
      type: d.type,
      number: d.number,
      year: d.year,
      issuerCode: d.issuerCode,
      issuedOn: d.issuedOn,
      issuedStart: issued.start,
      issuedEnd: issued.end,
      issuingBody: d.issuingBody,
      title: d.title,
      inferred: d.inferred,
      searchKey: directiveSearchKey(d),
    }
  })
}

/** Inserts directives; the new rows' ids, keys and codes. */
export function insertDirectives(tx: Prisma.TransactionClient, rows: DirectiveInsertRow[]): Promise<DirectiveRow[]> {
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
