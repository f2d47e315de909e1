import type { Extraction } from '@vanban/core'
import { apartPersonIdentity, nameKey, personIdentity, searchKey } from '../keys.ts'
import { byKey } from '../plan.ts'

/**
 * A person to insert when absent: its `Person` columns, with `identity` null for a name the
 * article gives no context for, and the identity such a person takes when it stays apart.
 */
export interface PersonRow {
  name: string
  nameKey: string
  searchKey: string
  identity: string | null
  apartIdentity: string
}

/**
 * The people an extraction names, listed or participating, one per name key: the first spelling
 * of a name wins, and the roles of every mention of the name make its context.
 */
export function personRows(extraction: Extraction, articleIdentity: string): PersonRow[] {
  const mentions = [
    ...extraction.people.map((p) => ({ name: p.name, roles: p.roles })),
    ...extraction.participations.map((p) => ({ name: p.person, roles: p.roles })),
  ]
  const roles = new Map<string, string[]>()
  for (const mention of mentions) {
    const key = nameKey(mention.name)
    roles.set(key, [...(roles.get(key) ?? []), ...mention.roles])
  }
  return byKey(mentions.map((m) => [nameKey(m.name), m.name] as [string, string]).reverse())
    .filter(([key]) => key !== '')
    .map(([key, name]) => ({
      name,
      nameKey: key,
      searchKey: searchKey(name),
      identity: personIdentity(key, roles.get(key) ?? []),
      apartIdentity: apartPersonIdentity(key, articleIdentity),
    }))
}

/**
 * CTEs of the shared-records statement: inserts the people of `$1 -> 'people'` that are absent and
 * lists every one of them as `person_stored (id, key, created)`, keyed by name key. A person with
 * context is found or made by identity; one without joins the single stored person of that name,
 * and stays apart (an identity of its own for this article) when there is none or several.
 */
export const UPSERT_PEOPLE = `
  person_input AS (SELECT i.name, i."nameKey", i."searchKey", COALESCE(i.identity,
      (SELECT min(p.identity) FROM "Person" p WHERE p."nameKey" = i."nameKey" HAVING count(*) = 1),
      i."apartIdentity") AS identity
    FROM jsonb_to_recordset($1::jsonb -> 'people')
      AS i(name text, "nameKey" text, "searchKey" text, identity text, "apartIdentity" text)),
  person_new AS (INSERT INTO "Person" (name, "nameKey", "searchKey", identity)
    SELECT name, "nameKey", "searchKey", identity FROM person_input
    ON CONFLICT (identity) DO NOTHING RETURNING id, "nameKey"),
  person_stored AS (SELECT id, "nameKey" AS key, true AS created FROM person_new
    UNION ALL SELECT p.id, i."nameKey", false FROM "Person" p JOIN person_input i ON p.identity = i.identity)`
