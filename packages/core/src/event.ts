import { z } from 'zod'
import { EventKindSchema } from './event-kind.ts'
import { PlacedProvinceSchema } from './organization.ts'
import { PartialDateStringSchema, PartOfDaySchema } from './partial-date.ts'
import { ProvenanceSchema } from './provenance.ts'

/**
 * An event that an article reports: a conference, thematic session, training, review... `date`
 * is partial where the source is (`2023-12`), `organizer` is the organising body's name as
 * written, and `directives` lists the codes the event disseminates, implements or reviews.
 * `province` is where it was held (from its organiser, its location or the publishing site), and
 * `provenance` points at the sentence that reports it.
 */
export const EventSchema = z.object({
  kind: EventKindSchema,
  title: z.string().min(1).nullable(),
  date: PartialDateStringSchema.nullable(),
  partOfDay: PartOfDaySchema.nullable(),
  organizer: z.string().min(1).nullable(),
  location: z.string().min(1).nullable(),
  province: PlacedProvinceSchema.nullable(),
  directives: z.array(z.string().min(1)),
  provenance: ProvenanceSchema.nullable(),
})

/** An event. */
export type Event = z.infer<typeof EventSchema>
