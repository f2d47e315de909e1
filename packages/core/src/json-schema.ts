import { z } from 'zod'
import { ArticleSchema } from './article.ts'
import { CitationSchema } from './citation.ts'
import { DirectiveSchema } from './directive.ts'
import { DirectiveRelationSchema } from './directive-relation.ts'
import { EventSchema } from './event.ts'
import { ExtractionSchema } from './extraction.ts'
import { OrganizationSchema } from './organization.ts'
import { ParticipationSchema } from './participation.ts'
import { PersonSchema } from './person.ts'

const RECORD_SCHEMAS = {
  Article: ArticleSchema,
  Citation: CitationSchema,
  Directive: DirectiveSchema,
  DirectiveRelation: DirectiveRelationSchema,
  Event: EventSchema,
  Extraction: ExtractionSchema,
  Organization: OrganizationSchema,
  Participation: ParticipationSchema,
  Person: PersonSchema,
} as const

/** The name of a record that has a JSON Schema. */
export type RecordName = keyof typeof RECORD_SCHEMAS

/** The record names, in a stable order. */
export const RECORD_NAMES = Object.keys(RECORD_SCHEMAS).sort() as RecordName[]

/**
 * The JSON Schema (draft 2020-12) of a record, generated from its zod schema so the two cannot
 * drift: for teams that validate vanban data outside TypeScript. Refinements that JSON Schema
 * cannot express (a real calendar date, a span whose end is not before its start) are checked by
 * the zod schemas only.
 */
export function toJSONSchema(name: RecordName): Record<string, unknown> {
  const schema: z.ZodType = RECORD_SCHEMAS[name]
  return { title: name, ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'output' }) }
}
