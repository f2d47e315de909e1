import { z } from 'zod'
import { DirectiveSystemSchema } from './document-types.ts'
import { PartialDateStringSchema } from './partial-date.ts'

/**
 * A directive: a Party or State document with a code, such as Nghị quyết `35-NQ/TW` or Nghị định
 * `13/2023/NĐ-CP`.
 *
 * `key` is the identity (see `directiveKey`): a code alone can name two documents because Party
 * numbering restarts each committee term and State numbering each year. `issuerCode` and
 * `issuingBody` are separate because `/TW` is shared by the Central Committee, the Politburo
 * and the Secretariat. `inferred` marks a code that the text implies but does not write
 * (`Chỉ thị 05 của Bộ Chính trị` is `05-CT/TW`).
 */
export const DirectiveSchema = z.object({
  key: z.string().min(1),
  code: z.string().min(1),
  system: DirectiveSystemSchema,
  type: z.string().min(1),
  number: z.string().regex(/^\d+[a-zA-Z]?$/, 'a document number is digits, optionally with one letter'),
  year: z.number().int().min(1930).max(2200).nullable(),
  issuerCode: z.string().min(1),
  issuedOn: PartialDateStringSchema.nullable(),
  issuingBody: z.string().min(1).nullable(),
  title: z.string().min(1).nullable(),
  inferred: z.boolean(),
})

/** A directive. */
export type Directive = z.infer<typeof DirectiveSchema>
