import type { Extraction } from '@vanban/core'
import { type ArticleHints, EXTRACTOR_VERSION, extractArticle } from '@vanban/extract'
import type { PrismaClient } from '../generated/prisma/client.ts'
import { articleIdentity } from './keys.ts'
import { type IngestOptions, ingestExtraction } from './store.ts'

/** What re-extracting one stored article did. */
export type ReextractOutcome =
  | { readonly articleId: number; readonly identity: string; readonly status: 'changed' | 'unchanged' }
  | { readonly articleId: number; readonly identity: string; readonly status: 'failed'; readonly reason: string }

/** How many stored articles changed, stayed the same or failed. */
export interface ReextractCounts {
  changed: number
  unchanged: number
  failed: number
}

/** The outcome of `reextractArticles`. */
export interface ReextractResult {
  readonly counts: ReextractCounts
  /** True when `signal` stopped the run before every article was read: the counts are of those done. */
  readonly interrupted: boolean
}

/** Options of `reextractArticles`. */
export interface ReextractOptions {
  /** Only articles that no extractor read, or an older one than `version` (versions compare as text). */
  onlyOlder?: boolean | undefined
  /** Articles read from the database at a time, by id (default 50): never all at once. */
  batchSize?: number | undefined
  /** Called after each article with its outcome and the counts so far. */
  onOutcome?: ((outcome: ReextractOutcome, counts: ReextractCounts) => void) | undefined
  /** Stops the run between articles (the article being stored is finished, in its transaction). */
  signal?: AbortSignal | undefined
  /** The extractor (default `extractArticle` of `@vanban/extract`); tests give a failing one. */
  extract?: ((text: string, hints: ArticleHints) => Extraction) | undefined
  /** The version recorded on each article read (default `EXTRACTOR_VERSION`). */
  version?: string | undefined
  /** Passed to `ingestExtraction` for each article (tests inject a failure half-way). */
  ingest?: Pick<IngestOptions, 'afterStep'> | undefined
}

/** A stored article as re-extraction reads it: its text and what was known besides. */
interface StoredArticle {
  id: number
  identity: string
  text: string
  url: string | null
  source: string | null
  publishedAt: string | null
}

const DEFAULT_BATCH = 50

/**
 * Runs the extractor again over every stored article's text, in id order, reading the articles
 * in batches by id (keyset), and stores each new extraction with `ingestExtraction`: one
 * transaction per article, whose links, citations and events are replaced together when the
 * extraction changed (`changed`), and only its extractor version recorded when it did not
 * (`unchanged`). The stored URL, source and publication date are the extractor's hints, as they
 * were at ingest. A failure (an extractor error, a store error, an extraction that would name
 * another article) leaves that article as stored and the run goes on.
 */
export async function reextractArticles(
  prisma: PrismaClient,
  options: ReextractOptions = {},
): Promise<ReextractResult> {
  const version = options.version ?? EXTRACTOR_VERSION
  const extract = options.extract ?? extractArticle
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH))
  const counts: ReextractCounts = { changed: 0, unchanged: 0, failed: 0 }
  let after = 0
  for (;;) {
    if (options.signal?.aborted) return { counts, interrupted: true }
    const batch = await readBatch(prisma, after, batchSize, options.onlyOlder === true ? version : null)
    if (batch.length === 0) return { counts, interrupted: false }
    for (const article of batch) {
      if (options.signal?.aborted) return { counts, interrupted: true }
      const outcome = await reextractOne(prisma, article, extract, version, options.ingest ?? {})
      counts[outcome.status]++
      options.onOutcome?.(outcome, counts)
    }
    after = batch[batch.length - 1]!.id
  }
}

// The next stored articles after `after` by id; with `olderThan`, only those no extractor read
// or an older one did.
function readBatch(
  prisma: PrismaClient,
  after: number,
  size: number,
  olderThan: string | null,
): Promise<StoredArticle[]> {
  return prisma.$queryRawUnsafe<StoredArticle[]>(
    `SELECT id, identity, text, url, source, "publishedAt" FROM "Article"
     WHERE id > $1 AND ($3::text IS NULL OR "extractorVersion" IS NULL OR "extractorVersion" < $3::text)
     ORDER BY id LIMIT $2`,
    after,
    size,
    olderThan,
  )
}

async function reextractOne(
  prisma: PrismaClient,
  article: StoredArticle,
  extract: (text: string, hints: ArticleHints) => Extraction,
  version: string,
  ingest: Pick<IngestOptions, 'afterStep'>,
): Promise<ReextractOutcome> {
  const { id: articleId, identity } = article
  const failed = (reason: string): ReextractOutcome => ({ articleId, identity, status: 'failed', reason })
  let extraction: Extraction
  try {
    extraction = extract(article.text, hintsOf(article))
  } catch (error) {
    return failed(`extraction failed: ${error instanceof Error ? error.message : String(error)}`)
  }
  // Stored under another identity, the extraction would be a second article beside this one.
  const identityNow = articleIdentity(extraction.article)
  if (identityNow !== identity)
    return failed(`the new extraction names article ${identityNow}, not ${identity}; left as stored`)
  const result = await ingestExtraction(prisma, extraction, { ...ingest, extractorVersion: version })
  if (result.status === 'failed') return failed(result.reason)
  return { articleId, identity, status: result.status === 'unchanged' ? 'unchanged' : 'changed' }
}

function hintsOf(article: StoredArticle): ArticleHints {
  const hints: ArticleHints = {}
  if (article.url !== null) hints.url = article.url
  if (article.source !== null) hints.source = article.source
  if (article.publishedAt !== null) hints.publishedAt = article.publishedAt
  return hints
}
