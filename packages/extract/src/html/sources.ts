import { z } from 'zod'

/**
 * Where a field of an article read from a page came from: the page's JSON-LD, its Open Graph
 * tags, its other `<meta>` tags or `<link rel="canonical">`, a `<time datetime>` element, the
 * feed that listed the page, the address the caller fetched (`request`), or the text path's
 * reading of the main content (`text`).
 */
export const FieldSourceSchema = z.enum(['json-ld', 'open-graph', 'meta', 'time-element', 'feed', 'request', 'text'])

/** Where a field came from. */
export type FieldSource = z.infer<typeof FieldSourceSchema>

/** Where each metadata field of the article came from; `null` when the field is empty. */
export const FieldSourcesSchema = z.object({
  title: FieldSourceSchema.nullable(),
  publishedAt: FieldSourceSchema.nullable(),
  byline: FieldSourceSchema.nullable(),
  url: FieldSourceSchema.nullable(),
  source: FieldSourceSchema.nullable(),
})

/** Where each metadata field came from. */
export type FieldSources = z.infer<typeof FieldSourcesSchema>

/**
 * What a feed (or any caller) knows of a page before reading it: its address, title and
 * publication date (an ISO or RFC 822 timestamp, a partial date string, a `Date`). They lose to
 * the page's own metadata and win over the text's guesses.
 */
export const PageHintsSchema = z.object({
  url: z.string().optional(),
  title: z.string().optional(),
  publishedAt: z.union([z.string(), z.date()]).optional(),
})

/** What a feed knows of a page. */
export type PageHints = z.infer<typeof PageHintsSchema>
