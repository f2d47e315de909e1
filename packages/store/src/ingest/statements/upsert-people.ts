import type { Extraction } from '@vanban/core'
import type { Prisma } from '../../generated/prisma/client.ts'
import { nameKey, searchKey } from '../keys.ts'
import { byKey } from '../plan.ts'

/** A `Person` row to insert when absent, keyed by column. */
export type PersonRow = Required<Pick<Prisma.PersonCreateManyInput, 'name' | 'nameKey' | 'searchKey'>>

/** The people an extraction names, listed or participating; the first spelling of a name wins. */
export function personRows(extraction: Extraction): PersonRow[] {
  const names = [...extraction.people.map((p) => p.name), ...extraction.participations.map((p) => p.person)]
  return byKey(names.map((name) => [nameKey(name), name] as [string, string]).reverse())
    .filter(([key]) => key !== '')
    .map(([key, name]) => ({ name, nameKey: key, searchKey: searchKey(name) }))
}

/**
 * CTEs of the shared-records statement: inserts the people of `$1 -> 'people'` that are absent and
 * lists every one of them as `person_stored (id, key, created)`.
 */
export const UPSERT_PEOPLE = `
  person_input AS (SELECT name, "nameKey", "searchKey" FROM jsonb_populate_recordset(NULL::"Person", $1::jsonb -> 'people')),
  person_new AS (INSERT INTO "Person" (name, "nameKey", "searchKey") SELECT name, "nameKey", "searchKey" FROM person_input
    ON CONFLICT ("nameKey") DO NOTHING RETURNING id, "nameKey"),
  person_stored AS (SELECT id, "nameKey" AS key, true AS created FROM person_new
    UNION ALL SELECT p.id, p."nameKey", false FROM "Person" p JOIN person_input i ON p."nameKey" = i."nameKey")`
