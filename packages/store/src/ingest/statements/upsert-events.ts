import type { Extraction } from '@vanban/core'
import { dateBounds, eventIdentity, eventSearchKey, nameKey } from '../keys.ts'
import { byKey } from '../plan.ts'

/** An event to insert when absent or fill in: its `Event` columns and its organiser's name key. */
export interface EventRow {
  identity: string
  kind: string
  title: string | null
  date: string | null
  dateStart: string | null
  dateEnd: string | null
  partOfDay: string | null
  location: string | null
  /** The province it was held in (today's unit's code), where that was read and how sure it is. */
  provinceCode: string | null
  provinceSource: string | null
  provinceConfidence: number | null
  /** The organiser as the article names it, and its name key. */
  organizer: string | null
  organizerKey: string | null
  searchKey: string
}

/** An extraction's events by identity (one event for every article reporting the same one). */
export function eventRows(extraction: Extraction, articleIdentity: string): EventRow[] {
  return byKey(extraction.events.map((e) => [eventIdentity(e, articleIdentity), e] as const)).map(([identity, e]) => {
    const date = dateBounds(e.date)
    return {
      identity,
      kind: e.kind,
      title: e.title,
      date: e.date,
      dateStart: date.start,
      dateEnd: date.end,
      partOfDay: e.partOfDay,
      location: e.location,
      provinceCode: e.province?.code ?? null,
      provinceSource: e.province?.source ?? null,
      provinceConfidence: e.province?.confidence ?? null,
      organizer: e.organizer,
      organizerKey: e.organizer === null ? null : nameKey(e.organizer),
      searchKey: eventSearchKey(e),
    }
  })
}

/**
 * CTEs of the shared-records statement, after the organisations': inserts the events of
 * `$1 -> 'events'` that are absent, fills in the fields a stored one lacks, and lists every one of
 * them as `event_stored (id, key, created)`. A stored event is only locked when this article fills
 * one of its fields (its province among them, with where it was read and how sure); the filled ones are listed with their facts as they now stand, as `event_fill
 * (id, title, location, organizer)`, for their search keys (`updateSearchKeys`). An organiser
 * stored by this statement is not visible to it: the article's spelling of its name stands in.
 */
export const UPSERT_EVENTS = `
  event_input AS (SELECT i.*, (SELECT id FROM organization_stored o WHERE o.key = i."organizerKey") AS "organizerId"
    FROM jsonb_to_recordset($1::jsonb -> 'events') AS i(identity text, kind text, title text, date text, "dateStart" date,
      "dateEnd" date, "partOfDay" text, location text, "provinceCode" text, "provinceSource" text,
      "provinceConfidence" float8, organizer text, "organizerKey" text, "searchKey" text)),
  event_new AS (INSERT INTO "Event" (identity, kind, title, date, "dateStart", "dateEnd", "partOfDay", location,
      "provinceCode", "provinceSource", "provinceConfidence", "organizerId", "searchKey", "updatedAt")
    SELECT identity, kind, title, date, "dateStart", "dateEnd", "partOfDay", location, "provinceCode", "provinceSource",
      "provinceConfidence", "organizerId", "searchKey", now()
    FROM event_input
    ON CONFLICT (identity) DO NOTHING RETURNING id, identity),
  event_fill AS (UPDATE "Event" e SET
      title = COALESCE(e.title, i.title),
      "partOfDay" = COALESCE(e."partOfDay", i."partOfDay"),
      location = COALESCE(e.location, i.location),
      "provinceSource" = CASE WHEN e."provinceCode" IS NULL THEN i."provinceSource" ELSE e."provinceSource" END,
      "provinceConfidence" = CASE WHEN e."provinceCode" IS NULL THEN i."provinceConfidence" ELSE e."provinceConfidence" END,
      "provinceCode" = COALESCE(e."provinceCode", i."provinceCode"),
      "organizerId" = COALESCE(e."organizerId", i."organizerId"),
      "updatedAt" = now()
    FROM event_input i WHERE e.identity = i.identity AND ((e.title IS NULL AND i.title IS NOT NULL)
      OR (e."partOfDay" IS NULL AND i."partOfDay" IS NOT NULL) OR (e.location IS NULL AND i.location IS NOT NULL)
      OR (e."provinceCode" IS NULL AND i."provinceCode" IS NOT NULL)
      OR (e."organizerId" IS NULL AND i."organizerId" IS NOT NULL))
    RETURNING e.id, e.title, e.location,
      COALESCE((SELECT o.name FROM "Organization" o WHERE o.id = e."organizerId"), i.organizer) AS organizer),
  event_stored AS (SELECT id, identity AS key, true AS created FROM event_new
    UNION ALL SELECT e.id, e.identity, false FROM "Event" e JOIN event_input i ON e.identity = i.identity)`
