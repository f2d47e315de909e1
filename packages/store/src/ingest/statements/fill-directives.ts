import type { Extraction } from '@vanban/core'
import { byKey, isBare } from '../plan.ts'
import { type DirectiveColumns, directiveColumns } from './directive-columns.ts'

/**
 * The rows of an extraction's directives known by their full keys, whose facts fill in the stored
 * ones. Only full keys are filled in: a bare code listed again names whichever directive it joined.
 */
export function directiveFacts(extraction: Extraction): DirectiveColumns[] {
  const full = extraction.directives.filter((d) => !isBare(d.key, d.code))
  return byKey(full.map((d) => [d.key, d] as const)).map(([, d]) => directiveColumns(d))
}

/**
 * A CTE of the shared-records statement: fills in the fields stored directives lack from the
 * facts of `$1 -> 'directives'` (a directive is only locked when this article fills one of them),
 * and lists the filled ones with their facts as they now stand, as `directive_fill (id, code,
 * title, issuingBody)`: their search keys are computed from those (`updateSearchKeys`).
 */
export const FILL_DIRECTIVES = `
  directive_fill AS (UPDATE "Directive" d SET
      "issuedOn" = COALESCE(d."issuedOn", i."issuedOn"),
      "issuedStart" = COALESCE(d."issuedStart", i."issuedStart"),
      "issuedEnd" = COALESCE(d."issuedEnd", i."issuedEnd"),
      "issuingBody" = COALESCE(d."issuingBody", i."issuingBody"),
      title = COALESCE(d.title, i.title),
      inferred = d.inferred AND i.inferred,
      "updatedAt" = now()
    FROM jsonb_populate_recordset(NULL::"Directive", $1::jsonb -> 'directives') i
    WHERE d.key = i.key AND ((d."issuedOn" IS NULL AND i."issuedOn" IS NOT NULL)
      OR (d."issuedStart" IS NULL AND i."issuedStart" IS NOT NULL) OR (d."issuedEnd" IS NULL AND i."issuedEnd" IS NOT NULL)
      OR (d."issuingBody" IS NULL AND i."issuingBody" IS NOT NULL) OR (d.title IS NULL AND i.title IS NOT NULL)
      OR (d.inferred AND NOT i.inferred))
    RETURNING d.id, d.code, d.title, d."issuingBody")`

/**
 * The read that closes the shared-records statement: the stored directives with the codes of
 * `$1 -> 'codes'`, ranked newest first (latest issue date, then latest row).
 */
export const READ_DIRECTIVES = `
  SELECT 'directive' AS kind, id, key, false AS created, code,
    (row_number() OVER (ORDER BY "issuedStart" DESC NULLS LAST, id DESC))::int AS rank, NULL AS facts
  FROM "Directive" WHERE code IN (SELECT jsonb_array_elements_text($1::jsonb -> 'codes'))`
