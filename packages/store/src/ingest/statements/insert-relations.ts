import type { Extraction } from '@vanban/core'
import type { Prisma } from '../../generated/prisma/client.ts'
import type { LinkTargets } from '../records.ts'

/** The relations the article states between stored directives, once each. */
export function relationRows(extraction: Extraction, targets: LinkTargets): Prisma.DirectiveRelationCreateManyInput[] {
  const relations = new Map<string, Prisma.DirectiveRelationCreateManyInput>()
  for (const r of extraction.relations) {
    const from = targets.directives.byCode.get(r.from)
    const to = targets.directives.byCode.get(r.to)
    if (from === undefined || to === undefined) continue
    const key = `${from.id}|${r.type}|${to.id}`
    if (relations.has(key)) continue
    relations.set(key, {
      fromId: from.id,
      toId: to.id,
      type: r.type,
      articleId: targets.articleId,
      spanStart: r.provenance?.span.start ?? null,
      spanEnd: r.provenance?.span.end ?? null,
      sentence: r.provenance?.sentence ?? null,
      confidence: r.provenance?.confidence ?? null,
    })
  }
  return [...relations.values()]
}

/** Inserts the `DirectiveRelation` rows of `$1 -> 'relations'`. */
export const INSERT_RELATIONS = `INSERT INTO "DirectiveRelation" ("fromId", "toId", type, "articleId",
    "spanStart", "spanEnd", sentence, confidence)
  SELECT "fromId", "toId", type, "articleId", "spanStart", "spanEnd", sentence, confidence
  FROM jsonb_populate_recordset(NULL::"DirectiveRelation", $1::jsonb -> 'relations')`
