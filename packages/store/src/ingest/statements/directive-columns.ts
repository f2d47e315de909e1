import type { Extraction } from '@vanban/core'
import type { Prisma } from '../../generated/prisma/client.ts'
import { dateBounds, directiveSearchKey } from '../keys.ts'

/** A directive's `Directive` row, keyed by column: statements read it with `jsonb_populate_recordset`. */
export type DirectiveColumns = Omit<Prisma.DirectiveCreateManyInput, 'id' | 'createdAt' | 'updatedAt'>

/** The `Directive` row of an extraction's directive, with its date bounds and search key. */
export function directiveColumns(d: Extraction['directives'][number]): DirectiveColumns {
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
}
