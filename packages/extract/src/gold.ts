import { DirectiveRelationTypeSchema, EventKindSchema, type Extraction, PartOfDaySchema } from '@vanban/core'
import { z } from 'zod'

const DayOrMonth = z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'a date is YYYY-MM-DD or YYYY-MM')
// An event's date to the precision the text gives, as the contract writes it.
const EventDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?|-Q[1-4])?$/, 'a date is YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY')

/**
 * One article in the gold shape of `shared/corpus/README.md`, which `vanban extract` writes
 * and `score.mjs` compares: title, publication date, byline, source, the directives cited,
 * the events reported, the relations stated and the people named.
 */
export const GoldArticleSchema = z.object({
  title: z.string().nullable(),
  publishedAt: DayOrMonth.nullable(),
  byline: z.string().nullable(),
  source: z.string().nullable(),
  directives: z.array(
    z.object({
      code: z.string().min(1),
      type: z.string().min(1),
      number: z.string().min(1),
      issuerCode: z.string().min(1),
      issuedOn: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'an issue date is YYYY-MM-DD')
        .nullable(),
      issuingBody: z.string().nullable(),
    }),
  ),
  events: z.array(
    z.object({
      kind: EventKindSchema,
      date: EventDate.nullable(),
      partOfDay: PartOfDaySchema.nullable(),
      organizer: z.string().nullable(),
      location: z.string().nullable(),
      /** Where the event was held: a code of the 34 units (`79`), or null; absent in gold that does not say. */
      province: z.string().nullable().optional(),
      directives: z.array(z.string().min(1)),
    }),
  ),
  relations: z.array(
    z.object({
      from: z.string().min(1),
      type: DirectiveRelationTypeSchema.exclude(['cites']),
      to: z.string().min(1),
    }),
  ),
  people: z.array(z.object({ name: z.string().min(1), roles: z.array(z.string()) })),
})

/** An article in the gold shape. */
export type GoldArticle = z.infer<typeof GoldArticleSchema>

const dayOrMonth = (d: string | null): string | null => (d !== null && /^\d{4}-\d{2}(?:-\d{2})?$/.test(d) ? d : null)

/**
 * Projects an extraction onto the gold shape. A publication date known only to a quarter or a
 * year becomes null there (the contract gives it as a day or a month); an event's date keeps
 * its precision (`YYYY-Qn`, `YYYY` too); `cites` relations are left out.
 */
export function toGold(extraction: Extraction): GoldArticle {
  const { article } = extraction
  return GoldArticleSchema.parse({
    title: article.title,
    publishedAt: dayOrMonth(article.publishedAt),
    byline: article.byline,
    source: article.source,
    directives: extraction.directives.map((d) => ({
      code: d.code,
      type: d.type,
      number: d.number,
      issuerCode: d.issuerCode,
      issuedOn: d.issuedOn !== null && /^\d{4}-\d{2}-\d{2}$/.test(d.issuedOn) ? d.issuedOn : null,
      issuingBody: d.issuingBody,
    })),
    events: extraction.events.map((e) => ({
      kind: e.kind,
      date: e.date,
      partOfDay: e.partOfDay,
      organizer: e.organizer,
      location: e.location,
      province: e.province?.code ?? null,
      directives: e.directives,
    })),
    relations: extraction.relations
      .filter((r) => r.type !== 'cites')
      .map((r) => ({ from: r.from, type: r.type, to: r.to })),
    people: extraction.people.map((p) => ({ name: p.name, roles: p.roles })),
  })
}
