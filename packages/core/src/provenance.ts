import { z } from 'zod'

/**
 * A range of UTF-16 code units in the normalized article text (`Article.text`), end exclusive,
 * so `text.slice(start, end)` gives back what was read.
 */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'span end must not be before its start' })

/** A span of article text. */
export type Span = z.infer<typeof SpanSchema>

/**
 * Where an extracted fact came from: the span that carries it, the sentence around it and how
 * sure the extractor is (0 to 1). Every citation, event, relation and participation carries one,
 * so an editor can check each stored fact against its source.
 */
export const ProvenanceSchema = z.object({
  span: SpanSchema,
  sentence: z.string(),
  confidence: z.number().min(0).max(1),
})

/** Where an extracted fact came from. */
export type Provenance = z.infer<typeof ProvenanceSchema>
