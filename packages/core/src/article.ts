import { z } from 'zod'
import { PartialDateStringSchema } from './partial-date.ts'

/**
 * A news article as extracted from a scraped page: metadata, the normalized text that every
 * provenance span points into, and the body paragraphs and image captions kept apart, with site
 * boilerplate (comment forms, cookie banners, teasers of other articles) dropped.
 *
 * `url` is an absolute `http:` or `https:` address: anything else (`javascript:`, `data:`) would be
 * stored, served and rendered as a link. `contentHash` identifies an article that has no URL: a
 * hash of its normalized text.
 */
export const ArticleSchema = z.object({
  title: z.string().min(1).nullable(),
  publishedAt: PartialDateStringSchema.nullable(),
  byline: z.string().min(1).nullable(),
  url: z.url({ protocol: /^https?$/, error: 'an article URL is an absolute http:// or https:// address' }).nullable(),
  source: z.string().min(1).nullable(),
  text: z.string(),
  body: z.array(z.string()),
  captions: z.array(z.string()),
  contentHash: z.string().regex(/^[0-9a-f]{16,128}$/, 'a content hash is lower-case hex'),
})

/** An article. */
export type Article = z.infer<typeof ArticleSchema>
