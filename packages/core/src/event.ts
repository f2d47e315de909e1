import { z } from 'zod'
import { EventKindSchema } from './event-kind.ts'
import { PlacedProvinceSchema } from './organization.ts'
import { PartialDateStringSchema, PartOfDaySchema } from './partial-date.ts'
import { ProvenanceSchema } from './provenance.ts'

/**
 * An event that an article reports: a conference, thematic session, training, review... `date`
 * is partial where the source is (`2023-12`); where the page gives no publication date, its year
 * may be inferred from the text's evidence (`dateInferred`, with a `dateConfidence` below 1).
 * `organizer` is the organising body's name as written, and `directives` lists the codes the
 * event disseminates, implements or reviews. `province` is where it was held (from its organiser,
 * its location or the publishing site), and `provenance` points at the sentence that reports it.
 */
export const EventSchema = z.object({
  kind: EventKindSchema,
  title: z.string().min(1).nullable(),
  date: PartialDateStringSchema.nullable(),
  /**
   * Whether the year of `date` was inferred from the text's evidence rather than written or taken
   * from the publication date. Extractions written before it existed read as `false`.
   */
  dateInferred: z.boolean().default(false),
  /**
   * How sure `date` is, 0 to 1: 1 for a year written or taken from the publication date, less for
   * an inferred one; `null` without a date, and in extractions written before it existed.
   */
  dateConfidence: z.number().min(0).max(1).nullable().default(null),
  partOfDay: PartOfDaySchema.nullable(),
  organizer: z.string().min(1).nullable(),
  location: z.string().min(1).nullable(),
  /** Where it was held; `null` when nothing places it, and in extractions written before it existed. */
  province: PlacedProvinceSchema.nullable().default(null),
  directives: z.array(z.string().min(1)),
  provenance: ProvenanceSchema.nullable(),
})

/** An event. */
export type Event = z.infer<typeof EventSchema>
