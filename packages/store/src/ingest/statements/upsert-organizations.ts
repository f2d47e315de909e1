import type { Extraction } from '@vanban/core'
import type { Prisma } from '../../generated/prisma/client.ts'
import { nameKey, searchKey } from '../keys.ts'
import { byKey } from '../plan.ts'

/** An `Organization` row to insert when absent, keyed by column. */
export type OrganizationRow = Required<
  Pick<Prisma.OrganizationCreateManyInput, 'name' | 'nameKey' | 'kind' | 'searchKey'>
>

/**
 * The organisations an extraction names: those it lists, and the organisers of its events. The
 * listed organisation (with its kind) wins over the bare organiser name of an event.
 */
export function organizationRows(extraction: Extraction): OrganizationRow[] {
  const named = [
    ...extraction.organizations.map((o) => [nameKey(o.name), { name: o.name, kind: o.kind as string }] as const),
    ...extraction.events.flatMap((e) =>
      e.organizer === null ? [] : [[nameKey(e.organizer), { name: e.organizer, kind: 'other' }] as const],
    ),
  ]
  return byKey(named.reverse().filter(([key]) => key !== '')).map(([key, o]) => ({
    name: o.name,
    nameKey: key,
    kind: o.kind,
    searchKey: searchKey(o.name),
  }))
}

/**
 * CTEs of the shared-records statement: inserts the organisations of `$1 -> 'organizations'` that
 * are absent, gives a kind to a stored one known only as `other`, and lists every one of them as
 * `organization_stored (id, key, created)`.
 */
export const UPSERT_ORGANIZATIONS = `
  organization_input AS (SELECT name, "nameKey", kind, "searchKey"
    FROM jsonb_populate_recordset(NULL::"Organization", $1::jsonb -> 'organizations')),
  organization_new AS (INSERT INTO "Organization" (name, "nameKey", kind, "searchKey")
    SELECT name, "nameKey", kind, "searchKey" FROM organization_input
    ON CONFLICT ("nameKey") DO NOTHING RETURNING id, "nameKey"),
  organization_kind AS (UPDATE "Organization" o SET kind = i.kind FROM organization_input i
    WHERE o."nameKey" = i."nameKey" AND o.kind = 'other' AND i.kind <> 'other' RETURNING o.id),
  organization_stored AS (SELECT id, "nameKey" AS key, true AS created FROM organization_new
    UNION ALL SELECT o.id, o."nameKey", false FROM "Organization" o JOIN organization_input i ON o."nameKey" = i."nameKey")`
