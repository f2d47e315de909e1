import { z } from 'zod'
import { ProvenanceSchema } from './provenance.ts'

/**
 * A person's part in an event (`chủ trì`, `dự`, `trình bày`, `phát biểu`) and the roles written
 * beside the name there. `person` is the person's name and `event` the id of the event within
 * the same extraction.
 */
export const ParticipationSchema = z.object({
  person: z.string().min(1),
  event: z.string().min(1),
  roles: z.array(z.string().min(1)),
  provenance: ProvenanceSchema.nullable(),
})

/** A person's participation in an event. */
export type Participation = z.infer<typeof ParticipationSchema>
