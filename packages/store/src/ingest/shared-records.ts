import type { Extraction } from '@vanban/core'
import type { Prisma } from '../generated/prisma/client.ts'
import { directiveSearchKey, eventIdentity, eventSearchKey } from './keys.ts'
import { concurrentlyStored, type DirectiveRow, type Plan } from './plan.ts'
import type { StoredRef } from './records.ts'
import { directiveFacts } from './statements/fill-directives.ts'
import { updateSearchKeys } from './statements/update-search-keys.ts'
import { eventRows } from './statements/upsert-events.ts'
import { organizationRows } from './statements/upsert-organizations.ts'
import { personRows } from './statements/upsert-people.ts'
import { type SharedRecordRow, upsertSharedRecords } from './statements/upsert-shared-records.ts'

/** The records an article shares with others, as stored. */
export interface SharedRecords {
  /** By name key. */
  readonly organizations: Map<string, StoredRef>
  /** By name key. */
  readonly people: Map<string, StoredRef>
  /** By the extraction's event id. */
  readonly events: Map<string, StoredRef>
  /** The stored directives with the article's codes, newest first. */
  readonly directives: DirectiveRow[]
}

/**
 * The shared-records stage: organisations, people and events stored (each inserted when absent,
 * filled in when it lacks a field this article knows), directives filled in, and the stored
 * directives with the article's codes read, all in one statement. A record a concurrent ingest
 * committed after the statement began is not seen: the article is tried again. The search keys of
 * the directives and events filled in are then computed from their facts as stored, so that they
 * do not depend on which article came first.
 */
export async function storeSharedRecords(
  tx: Prisma.TransactionClient,
  extraction: Extraction,
  plan: Plan,
): Promise<SharedRecords> {
  const input = {
    organizations: organizationRows(extraction),
    people: personRows(extraction, plan.identity),
    events: eventRows(extraction, plan.identity),
    directives: directiveFacts(extraction),
    codes: plan.codes,
  }
  const rows = await upsertSharedRecords(tx, input)
  await refreshSearchKeys(tx, rows)
  const stored = (kind: string) =>
    new Map(rows.flatMap((row) => (row.kind === kind && 'key' in row ? [[row.key, refOf(row)] as const] : [])))
  const organizations = stored('organization')
  const people = stored('person')
  const byIdentity = stored('event')
  if (input.organizations.some((row) => !organizations.has(row.nameKey))) throw concurrentlyStored('an organisation')
  if (input.people.some((row) => !people.has(row.nameKey))) throw concurrentlyStored('a person')
  if (input.events.some((row) => !byIdentity.has(row.identity))) throw concurrentlyStored('an event')

  const events = new Map<string, StoredRef>()
  for (const e of extraction.events) {
    const ref = byIdentity.get(eventIdentity(e, plan.identity))
    if (ref !== undefined) events.set(e.id, ref)
  }
  const directives = rows
    .flatMap((row) => (row.kind === 'directive' ? [row] : []))
    .sort((a, b) => a.rank - b.rank)
    .map((row) => ({ id: row.id, key: row.key, code: row.code ?? '' }))
  return { organizations, people, events, directives }
}

// A directive's or event's search key is a function of its stored facts: filling in a field
// another article left empty changes the key as the facts now stand, whoever supplied them.
async function refreshSearchKeys(tx: Prisma.TransactionClient, rows: SharedRecordRow[]): Promise<void> {
  const directives = rows.flatMap((row) =>
    row.kind === 'filled directive' ? [{ id: row.id, searchKey: directiveSearchKey(row.facts) }] : [],
  )
  const events = rows.flatMap((row) =>
    row.kind === 'filled event' ? [{ id: row.id, searchKey: eventSearchKey(row.facts) }] : [],
  )
  if (directives.length + events.length > 0) await updateSearchKeys(tx, { directives, events })
}

function refOf(row: { id: number; key: string; created: boolean }): StoredRef {
  return { id: row.id, key: row.key, created: row.created }
}
