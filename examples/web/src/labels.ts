import { DOCUMENT_TYPES, DocumentTypeSchema, EVENT_KIND_LABELS, EventKindSchema } from '@vanban/core'

/**
 * The Vietnamese name of an event kind. The gateway sends GraphQL enum names (`THEMATIC_SESSION`)
 * whose lower case is core's value (`thematic_session`); an unknown kind is shown as sent.
 */
export function eventKindVi(kind: string): string {
  const parsed = EventKindSchema.safeParse(kind.toLowerCase())
  return parsed.success ? EVENT_KIND_LABELS[parsed.data].vi : kind
}

/** The Vietnamese name of a document type code (`NQ` is `Nghị quyết`); `QĐ`, which names two kinds, reads `Quy định, Quyết định`. */
export function documentTypeVi(type: string): string {
  const parsed = DocumentTypeSchema.safeParse(type)
  return parsed.success ? DOCUMENT_TYPES[parsed.data].vi.join(', ') : type
}
