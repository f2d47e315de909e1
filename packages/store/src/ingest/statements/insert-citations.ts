import type { Extraction } from '@vanban/core'
import type { Prisma } from '../../generated/prisma/client.ts'
import { type LinkTargets, storedEventId } from '../records.ts'

/**
 * The article's citations of stored directives; an event's directives without a citation of their
 * own are cited (`mentions`) from the event's sentence.
 */
export function citationRows(extraction: Extraction, targets: LinkTargets): Prisma.CitationCreateManyInput[] {
  const { byCode, ambiguous } = targets.directives
  const citations: Prisma.CitationCreateManyInput[] = []
  const cited = new Set<string>()
  for (const c of extraction.citations) {
    const directive = byCode.get(c.directive)
    if (directive === undefined) continue
    const eventId = storedEventId(targets, c.event)
    cited.add(`${eventId}|${directive.id}`)
    citations.push({
      articleId: targets.articleId,
      eventId,
      directiveId: directive.id,
      verb: c.verb,
      inferred: c.inferred,
      ambiguous: ambiguous.has(c.directive),
      spanStart: c.provenance.span.start,
      spanEnd: c.provenance.span.end,
      sentence: c.provenance.sentence,
      confidence: c.provenance.confidence,
    })
  }
  for (const e of extraction.events) {
    const eventId = storedEventId(targets, e.id)
    for (const code of e.directives) {
      const directive = byCode.get(code)
      if (eventId === null || directive === undefined || cited.has(`${eventId}|${directive.id}`)) continue
      cited.add(`${eventId}|${directive.id}`)
      citations.push({
        articleId: targets.articleId,
        eventId,
        directiveId: directive.id,
        verb: 'mentions',
        inferred: false,
        ambiguous: ambiguous.has(code),
        spanStart: e.provenance?.span.start ?? 0,
        spanEnd: e.provenance?.span.end ?? 0,
        sentence: e.provenance?.sentence ?? '',
        confidence: e.provenance?.confidence ?? 0,
      })
    }
  }
  return citations
}

/** Inserts the `Citation` rows of `$1 -> 'citations'`. */
export const INSERT_CITATIONS = `INSERT INTO "Citation" ("articleId", "eventId", "directiveId", verb, inferred, ambiguous,
    "spanStart", "spanEnd", sentence, confidence)
  SELECT "articleId", "eventId", "directiveId", verb, inferred, ambiguous, "spanStart", "spanEnd", sentence, confidence
  FROM jsonb_populate_recordset(NULL::"Citation", $1::jsonb -> 'citations')`
