import { EVENT_KIND_LABELS, EventKindSchema } from '@vanban/core'

/**
 * The Vietnamese name of an event kind. The gateway sends GraphQL enum names (`THEMATIC_SESSION`)
 * whose lower case is core's value (`thematic_session`); an unknown kind is shown as sent.
 */
export function eventKindVi(kind: string): string {
  const parsed = EventKindSchema.safeParse(kind.toLowerCase())
  return parsed.success ? EVENT_KIND_LABELS[parsed.data].vi : kind
}
