import { z } from 'zod'
import { labels } from './labels.ts'
import { ProvenanceSchema } from './provenance.ts'

/**
 * How one directive stands to another, after the ELI (European Legislation Identifier)
 * vocabulary of legal relations: a guidance `guides` the regulation it explains (`99-HD/BTGTW`
 * guides `85-QĐ/TW`), a plan or conclusion `implements` a resolution, a later act `amends`,
 * `replaces` or `corrects` an earlier one, and any other reference `cites` it.
 */
export const DirectiveRelationTypeSchema = z.enum(['guides', 'implements', 'amends', 'replaces', 'corrects', 'cites'])

/** A relation between two directives, read from the source to the target. */
export type DirectiveRelationType = z.infer<typeof DirectiveRelationTypeSchema>

/** The same relations read from the target back to the source. */
export const InverseDirectiveRelationTypeSchema = z.enum([
  'guidedBy',
  'implementedBy',
  'amendedBy',
  'replacedBy',
  'correctedBy',
  'citedBy',
])

/** A relation read from the target back to the source. */
export type InverseDirectiveRelationType = z.infer<typeof InverseDirectiveRelationTypeSchema>

const INVERSES = {
  guides: 'guidedBy',
  implements: 'implementedBy',
  amends: 'amendedBy',
  replaces: 'replacedBy',
  corrects: 'correctedBy',
  cites: 'citedBy',
} as const satisfies Record<DirectiveRelationType, InverseDirectiveRelationType>

/** The inverse of a relation type: `inverseRelationType('guides')` is `guidedBy`. */
export function inverseRelationType(type: DirectiveRelationType): InverseDirectiveRelationType {
  return INVERSES[type]
}

/** Vietnamese and English labels for each relation, in both directions. */
export const DIRECTIVE_RELATION_LABELS = labels<DirectiveRelationType | InverseDirectiveRelationType>({
  guides: { vi: 'hướng dẫn thực hiện', en: 'guides' },
  implements: { vi: 'triển khai thực hiện', en: 'implements' },
  amends: { vi: 'sửa đổi, bổ sung', en: 'amends' },
  replaces: { vi: 'thay thế', en: 'replaces' },
  corrects: { vi: 'đính chính', en: 'corrects' },
  cites: { vi: 'dẫn chiếu', en: 'cites' },
  guidedBy: { vi: 'được hướng dẫn bởi', en: 'guided by' },
  implementedBy: { vi: 'được triển khai bởi', en: 'implemented by' },
  amendedBy: { vi: 'được sửa đổi bởi', en: 'amended by' },
  replacedBy: { vi: 'bị thay thế bởi', en: 'replaced by' },
  correctedBy: { vi: 'được đính chính bởi', en: 'corrected by' },
  citedBy: { vi: 'được dẫn chiếu bởi', en: 'cited by' },
})

/** A relation between two directives that a text states, by canonical code. */
export const DirectiveRelationSchema = z.object({
  from: z.string().min(1),
  type: DirectiveRelationTypeSchema,
  to: z.string().min(1),
  provenance: ProvenanceSchema.nullable(),
})

/** A relation between two directives. */
export type DirectiveRelation = z.infer<typeof DirectiveRelationSchema>
