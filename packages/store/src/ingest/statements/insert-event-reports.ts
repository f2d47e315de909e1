import type { Extraction } from '@vanban/core'
import type { Prisma } from '../../generated/prisma/client.ts'
import { type LinkTargets, storedEventId } from '../records.ts'

/** One report of each stored event by the article, with the sentence it was read from. */
export function eventReportRows(extraction: Extraction, targets: LinkTargets): Prisma.EventReportCreateManyInput[] {
  const reports = new Map<number, Prisma.EventReportCreateManyInput>()
  for (const e of extraction.events) {
    const eventId = storedEventId(targets, e.id)
    if (eventId === null || reports.has(eventId)) continue
    reports.set(eventId, {
      articleId: targets.articleId,
      eventId,
      spanStart: e.provenance?.span.start ?? null,
      spanEnd: e.provenance?.span.end ?? null,
      sentence: e.provenance?.sentence ?? null,
      confidence: e.provenance?.confidence ?? null,
    })
  }
  return [...reports.values()]
}

/** Inserts the `EventReport` rows of `$1 -> 'eventReports'`. */
export const INSERT_EVENT_REPORTS = `INSERT INTO "EventReport" ("articleId", "eventId", "spanStart", "spanEnd", sentence, confidence)
  SELECT "articleId", "eventId", "spanStart", "spanEnd", sentence, confidence
  FROM jsonb_populate_recordset(NULL::"EventReport", $1::jsonb -> 'eventReports')`
