import type { Extraction } from '@vanban/core'
import type { Prisma } from '../../generated/prisma/client.ts'
import { nameKey, searchKey } from '../keys.ts'
import { byKey } from '../plan.ts'

/** An `Organization` row to insert when absent, keyed by column. */
export type OrganizationRow = Required<
  Pick<
    Prisma.OrganizationCreateManyInput,
    'name' | 'nameKey' | 'kind' | 'level' | 'provinceCode' | 'provinceConfidence' | 'searchKey'
  >
>

/**
 * The organisations an extraction names: those it lists, and the organisers of its events. The
 * listed organisation (with its kind) wins over the bare organiser name of an event.
 */
export function organizationRows(extraction: Extraction): OrganizationRow[] {
  const named = [
    ...extraction.organizations.map(
      (o) =>
        [
          nameKey(o.name),
          { name: o.name, kind: o.kind as string, level: o.level as string | null, province: o.province },
        ] as const,
    ),
    ...extraction.events.flatMap((e) =>
      e.organizer === null
        ? []
        : [[nameKey(e.organizer), { name: e.organizer, kind: 'other', level: null, province: null }] as const],
    ),
  ]
  return byKey(named.reverse().filter(([key]) => key !== '')).map(([key, o]) => ({
    name: o.name,
    nameKey: key,
    kind: o.kind,
    level: o.level,
    provinceCode: o.province?.code ?? null,
    provinceConfidence: o.province?.confidence ?? null,
    searchKey: searchKey(o.name),
  }))
}

/**
 * CTEs of the shared-records statement: inserts the organisations of `$1 -> 'organizations'` that
 * are absent, gives a kind to a stored one known only as `other` and a level and province to one
 * stored without, in one update (a row may be updated once per statement), and lists every one
 * of them as `organization_stored (id, key, created)`.
 */
export const UPSERT_ORGANIZATIONS = `
  organization_input AS (SELECT name, "nameKey", kind, level, "provinceCode", "provinceConfidence", "searchKey"
    FROM jsonb_populate_recordset(NULL::"Organization", $1::jsonb -> 'organizations')),
  organization_new AS (INSERT INTO "Organization" (name, "nameKey", kind, level, "provinceCode", "provinceConfidence",
      "searchKey")
    SELECT name, "nameKey", kind, level, "provinceCode", "provinceConfidence", "searchKey" FROM organization_input
    ON CONFLICT ("nameKey") DO NOTHING RETURNING id, "nameKey"),
  organization_kind AS (UPDATE "Organization" o SET
      kind = CASE WHEN o.kind = 'other' THEN i.kind ELSE o.kind END,
      level = COALESCE(o.level, i.level),
      "provinceConfidence" = CASE WHEN o."provinceCode" IS NULL THEN i."provinceConfidence" ELSE o."provinceConfidence" END,
      "provinceCode" = COALESCE(o."provinceCode", i."provinceCode")
    FROM organization_input i
    WHERE o."nameKey" = i."nameKey" AND ((o.kind = 'other' AND i.kind <> 'other')
      OR (o.level IS NULL AND i.level IS NOT NULL) OR (o."provinceCode" IS NULL AND i."provinceCode" IS NOT NULL))
    RETURNING o.id),
  organization_stored AS (SELECT id, "nameKey" AS key, true AS created FROM organization_new
    UNION ALL SELECT o.id, o."nameKey", false FROM "Organization" o JOIN organization_input i ON o."nameKey" = i."nameKey")`
