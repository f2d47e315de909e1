import { z } from 'zod'
import { ArticleSchema } from './article.ts'
import { CitationSchema } from './citation.ts'
import { DirectiveSchema } from './directive.ts'
import { DirectiveRelationSchema } from './directive-relation.ts'
import { EventSchema } from './event.ts'
import { OrganizationSchema } from './organization.ts'
import { ParticipationSchema } from './participation.ts'
import { PersonSchema } from './person.ts'

/**
 * Everything read from one article: the article, the directives it cites (each once), the events
 * it reports (each with an `id` unique within the extraction, that citations and participations
 * refer to), and the organisations, people, citations, relations and participations between them.
 * This is what `@vanban/extract` produces and what ingestion stores.
 */
export const ExtractionSchema = z.object({
  article: ArticleSchema,
  directives: z.array(DirectiveSchema),
  events: z.array(EventSchema.extend({ id: z.string().min(1) })),
  organizations: z.array(OrganizationSchema),
  people: z.array(PersonSchema),
  citations: z.array(CitationSchema),
  relations: z.array(DirectiveRelationSchema),
  participations: z.array(ParticipationSchema),
})

/** Everything read from one article. */
export type Extraction = z.infer<typeof ExtractionSchema>
