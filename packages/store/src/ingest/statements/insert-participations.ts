import type { Extraction } from '@vanban/core'
import type { Prisma } from '../../generated/prisma/client.ts'
import { nameKey } from '../keys.ts'
import { type LinkTargets, storedEventId } from '../records.ts'

/**
 * One participation of each stored person in each stored event, with the roles of every mention
 * merged; a participation naming an unknown person or event is skipped with a warning.
 */
export function participationRows(
  extraction: Extraction,
  targets: LinkTargets,
  warnings: string[],
): Prisma.ParticipationCreateManyInput[] {
  const participations = new Map<string, Prisma.ParticipationCreateManyInput & { roles: string[] }>()
  for (const p of extraction.participations) {
    const person = targets.people.get(nameKey(p.person))
    const eventId = storedEventId(targets, p.event)
    if (person === undefined || eventId === null) {
      warnings.push(
        `participation of ${p.person} in event ${p.event} names an unknown ${person === undefined ? 'person' : 'event'}`,
      )
      continue
    }
    const key = `${person.id}|${eventId}`
    const seen = participations.get(key)
    if (seen !== undefined) {
      seen.roles = [...new Set([...seen.roles, ...p.roles])]
      continue
    }
    participations.set(key, {
      personId: person.id,
      eventId,
      articleId: targets.articleId,
      roles: p.roles,
      spanStart: p.provenance?.span.start ?? null,
      spanEnd: p.provenance?.span.end ?? null,
      sentence: p.provenance?.sentence ?? null,
      confidence: p.provenance?.confidence ?? null,
    })
  }
  return [...participations.values()]
}

/** Inserts the `Participation` rows of `$1 -> 'participations'`. */
export const INSERT_PARTICIPATIONS = `INSERT INTO "Participation" ("personId", "eventId", "articleId", roles,
    "spanStart", "spanEnd", sentence, confidence)
  SELECT "personId", "eventId", "articleId", roles, "spanStart", "spanEnd", sentence, confidence
  FROM jsonb_populate_recordset(NULL::"Participation", $1::jsonb -> 'participations')`
