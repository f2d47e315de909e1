import { z } from 'zod'
import { labels } from './labels.ts'
import { ProvenanceSchema } from './provenance.ts'

/**
 * What a citing article or event does with a directive, from the verb before it: `quán triệt`,
 * `tuyên truyền`, `học tập` disseminate; `triển khai thực hiện`, `thực hiện` implement; `sơ kết`,
 * `tổng kết` review; anything else only mentions it.
 */
export const CitationVerbSchema = z.enum(['disseminates', 'implements', 'reviews', 'mentions'])

/** What a citation does with the directive. */
export type CitationVerb = z.infer<typeof CitationVerbSchema>

/** Vietnamese and English labels for each citation verb. */
export const CITATION_VERB_LABELS = labels<CitationVerb>({
  disseminates: { vi: 'quán triệt, tuyên truyền', en: 'disseminates' },
  implements: { vi: 'triển khai thực hiện', en: 'implements' },
  reviews: { vi: 'sơ kết, tổng kết', en: 'reviews' },
  mentions: { vi: 'nhắc đến', en: 'mentions' },
})

/**
 * An article or one of its events citing a directive. `directive` is the directive's code as
 * resolved (canonical); `event` is the id of the event within the same extraction, or null when
 * the article itself cites it. The provenance span covers the words of the mention as written.
 */
export const CitationSchema = z.object({
  directive: z.string().min(1),
  event: z.string().min(1).nullable(),
  verb: CitationVerbSchema,
  inferred: z.boolean(),
  provenance: ProvenanceSchema,
})

/** A citation of a directive. */
export type Citation = z.infer<typeof CitationSchema>
