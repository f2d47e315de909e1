import type { Prisma } from '../../generated/prisma/client.ts'
import type { DirectiveColumns } from './directive-columns.ts'
import { FILL_DIRECTIVES, READ_DIRECTIVES } from './fill-directives.ts'
import { type EventRow, UPSERT_EVENTS } from './upsert-events.ts'
import { type OrganizationRow, UPSERT_ORGANIZATIONS } from './upsert-organizations.ts'
import { type PersonRow, UPSERT_PEOPLE } from './upsert-people.ts'

/** What the shared-records statement writes and reads, each list sorted by key. */
export interface SharedRecordsInput {
  readonly organizations: OrganizationRow[]
  readonly people: PersonRow[]
  readonly events: EventRow[]
  readonly directives: DirectiveColumns[]
  /** The directive codes whose stored directives are read. */
  readonly codes: string[]
}

/**
 * A row of the statement's answer: a stored record, for a directive its code and rank, and for a
 * directive or event this article filled in, its facts as they now stand.
 */
export type SharedRecordRow =
  | {
      readonly kind: 'organization' | 'person' | 'event' | 'directive'
      readonly id: number
      readonly key: string
      readonly created: boolean
      readonly code: string | null
      /** A directive's place among those read, newest first; 0 for other records. */
      readonly rank: number
    }
  | {
      readonly kind: 'filled directive'
      readonly id: number
      readonly facts: { code: string; title: string | null; issuingBody: string | null }
    }
  | {
      readonly kind: 'filled event'
      readonly id: number
      readonly facts: { title: string | null; organizer: string | null; location: string | null }
    }

/**
 * Organisations, people and events inserted when absent or filled in, the directives the article
 * knows more about filled in, and the stored directives with the article's codes read: one
 * statement, run under the locks the article statement took. Every input is one JSON parameter:
 * the driver adapters take far longer over many array parameters.
 */
export function upsertSharedRecords(
  tx: Prisma.TransactionClient,
  input: SharedRecordsInput,
): Promise<SharedRecordRow[]> {
  return tx.$queryRawUnsafe<SharedRecordRow[]>(
    `WITH ${UPSERT_ORGANIZATIONS},
     ${UPSERT_PEOPLE},
     ${UPSERT_EVENTS},
     ${FILL_DIRECTIVES}
     SELECT 'organization' AS kind, id, key, created, NULL AS code, 0 AS rank, NULL::jsonb AS facts
       FROM organization_stored
     UNION ALL SELECT 'person', id, key, created, NULL, 0, NULL FROM person_stored
     UNION ALL SELECT 'event', id, key, created, NULL, 0, NULL FROM event_stored
     UNION ALL SELECT 'filled directive', id, NULL, false, NULL, 0,
       jsonb_build_object('code', code, 'title', title, 'issuingBody', "issuingBody") FROM directive_fill
     UNION ALL SELECT 'filled event', id, NULL, false, NULL, 0,
       jsonb_build_object('title', title, 'organizer', organizer, 'location', location) FROM event_fill
     UNION ALL ${READ_DIRECTIVES}`,
    JSON.stringify(input),
  )
}
