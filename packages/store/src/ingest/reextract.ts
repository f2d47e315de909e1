import type { Extraction } from '@vanban/core'
import { type ArticleHints, EXTRACTOR_VERSION, extractArticles } from '@vanban/extract'
import { decodeHtml, extractHtml } from '@vanban/extract/html'
import type { PrismaClient } from '../generated/prisma/client.ts'
import { readRawPage } from '../raw/raw-pages.ts'
import { articleIdentity } from './keys.ts'
import { type IngestOptions, ingestExtraction } from './store.ts'

/**
 * What re-extracting one stored article did. `fromRawPage` is true when the article was read
 * again from its saved page (a `RawPage` row at its URL), false when from its stored text.
 */
export type ReextractOutcome =
  | {
      readonly articleId: number
      readonly identity: string
      readonly fromRawPage: boolean
      readonly status: 'changed' | 'unchanged'
    }
  | {
      readonly articleId: number
      readonly identity: string
      readonly fromRawPage: boolean
      readonly status: 'failed'
      readonly reason: string
    }

/** How many stored articles changed, stayed the same or failed. */
export interface ReextractCounts {
  changed: number
  unchanged: number
  failed: number
}

/** The outcome of `reextractArticles`. */
export interface ReextractResult {
  readonly counts: ReextractCounts
  /** How many of the articles counted were read from their saved page rather than their stored text. */
  readonly fromRawPages: number
  /** True when `signal` stopped the run before every article was read: the counts are of those done. */
  readonly interrupted: boolean
}

/** Options of `reextractArticles`. */
export interface ReextractOptions {
  /**
   * Only articles that no extractor read, or an older one than `version`. Versions of dot-separated
   * numbers (`2026.12.08.10`) compare number by number, so `.10` comes after `.9`; others as text.
   */
  onlyOlder?: boolean | undefined
  /** Articles read from the database at a time, by id (default 50): never all at once. */
  batchSize?: number | undefined
  /** Called after each article with its outcome and the counts so far. */
  onOutcome?: ((outcome: ReextractOutcome, counts: ReextractCounts) => void) | undefined
  /** Stops the run between articles (the article being stored is finished, in its transaction). */
  signal?: AbortSignal | undefined
  /**
   * The text extractor, one article at a time (by default a batch's stored texts are read together by
   * `extractArticles` of `@vanban/extract`); tests give a failing one. Saved pages are read with `extractHtml`.
   */
  extract?: ((text: string, hints: ArticleHints) => Extraction) | undefined
  /** The version recorded on each article read (default `EXTRACTOR_VERSION`). */
  version?: string | undefined
  /** Passed to `ingestExtraction` for each article (tests inject a failure half-way). */
  ingest?: Pick<IngestOptions, 'afterStep'> | undefined
}

/** A stored article as re-extraction reads it: its text, what was known besides, and the URL of its saved page if any. */
interface StoredArticle {
  id: number
  identity: string
  text: string
  url: string | null
  source: string | null
  publishedAt: string | null
  rawPageUrl: string | null
}

const DEFAULT_BATCH = 50

/**
 * Runs the extractor again over every stored article, in id order, reading the articles in
 * batches by id (keyset), and stores each new extraction with `ingestExtraction`: one
 * transaction per article, whose links, citations and events are replaced together when the
 * extraction changed (`changed`), and only its extractor version recorded when it did not
 * (`unchanged`).
 *
 * An article whose URL has a saved page (a `RawPage` row whose URL or final URL is the
 * article's, as the crawler keeps them) is read from that page: its body decompressed, decoded
 * by `decodeHtml` as the crawler decoded it (byte order mark, the stored `Content-Type`, the meta
 * charset, TCVN3 recognised) and read by
 * `extractHtml` at the page's final URL, so its metadata (JSON-LD, Open Graph) is read again too.
 * What a feed said of the page when it was crawled is not kept, so it is not a hint now. Any
 * other article is read from its stored text, with the stored URL, source and publication date
 * as the extractor's hints, as they were at ingest. A failure (a saved page that cannot be
 * decompressed or decoded, an extractor error, a store error, an extraction that would name
 * another article) leaves that article as stored and the run goes on.
 */
export async function reextractArticles(
  prisma: PrismaClient,
  options: ReextractOptions = {},
): Promise<ReextractResult> {
  const version = options.version ?? EXTRACTOR_VERSION
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH))
  const counts: ReextractCounts = { changed: 0, unchanged: 0, failed: 0 }
  let fromRawPages = 0
  let after = 0
  for (;;) {
    if (options.signal?.aborted) return { counts, fromRawPages, interrupted: true }
    const batch = await readBatch(prisma, after, batchSize, options.onlyOlder === true ? version : null)
    if (batch.length === 0) return { counts, fromRawPages, interrupted: false }
    const texts = readTexts(batch, options.extract)
    for (const article of batch) {
      if (options.signal?.aborted) return { counts, fromRawPages, interrupted: true }
      const outcome = await reextractOne(prisma, article, texts, version, options.ingest ?? {})
      counts[outcome.status]++
      if (outcome.fromRawPage) fromRawPages++
      options.onOutcome?.(outcome, counts)
    }
    after = batch[batch.length - 1]!.id
  }
}

// A stored version older than $3: number by number where both are dot-separated numbers (as text
// `2026.12.08.10` sorts before `2026.12.08.9`), else as text.
const OLDER_VERSION = `CASE WHEN a."extractorVersion" ~ '^[0-9]{1,9}(\\.[0-9]{1,9})*$' AND $3::text ~ '^[0-9]{1,9}(\\.[0-9]{1,9})*$'
  THEN string_to_array(a."extractorVersion", '.')::int[] < string_to_array($3::text, '.')::int[]
  ELSE a."extractorVersion" < $3::text END`

// The next stored articles after `after` by id; with `olderThan`, only those no extractor read
// or an older one did. Each comes with the URL of its saved page: the one fetched at the
// article's URL, else the one whose redirects ended there (the crawler reads a page at its
// final URL), the latest fetch first.
function readBatch(
  prisma: PrismaClient,
  after: number,
  size: number,
  olderThan: string | null,
): Promise<StoredArticle[]> {
  return prisma.$queryRawUnsafe<StoredArticle[]>(
    `SELECT a.id, a.identity, a.text, a.url, a.source, a."publishedAt", raw.url AS "rawPageUrl"
     FROM "Article" a
     LEFT JOIN LATERAL (
       SELECT r.url FROM "RawPage" r WHERE a.url IS NOT NULL AND (r.url = a.url OR r."finalUrl" = a.url)
       ORDER BY r.url = a.url DESC, r."fetchedAt" DESC LIMIT 1
     ) raw ON true
     WHERE a.id > $1 AND ($3::text IS NULL OR a."extractorVersion" IS NULL OR ${OLDER_VERSION})
     ORDER BY a.id LIMIT $2`,
    after,
    size,
    olderThan,
  )
}

type TextExtractor = NonNullable<ReextractOptions['extract']>

// How the stored texts of a batch (its articles without a saved page) are read: by the caller's
// extractor one at a time, else all together by `extractArticles`, which gives the same
// extraction as `extractArticle` for each, faster. An extractor's error is the article's outcome.
function readTexts(
  batch: readonly StoredArticle[],
  extract: TextExtractor | undefined,
): (article: StoredArticle) => Extraction {
  if (extract !== undefined) return (article) => extract(article.text, hintsOf(article))
  const fromText = batch.filter((article) => article.rawPageUrl === null)
  const read = extractArticles(fromText.map((article) => ({ text: article.text, hints: hintsOf(article) })))
  const byId = new Map(fromText.map((article, i) => [article.id, read[i]!]))
  return (article) => {
    const extraction = byId.get(article.id)
    if (extraction === undefined) throw new Error(`article ${article.id} was not read with its batch`)
    return extraction
  }
}

async function reextractOne(
  prisma: PrismaClient,
  article: StoredArticle,
  extract: (article: StoredArticle) => Extraction,
  version: string,
  ingest: Pick<IngestOptions, 'afterStep'>,
): Promise<ReextractOutcome> {
  const { id: articleId, identity } = article
  const fromRawPage = article.rawPageUrl !== null
  const failed = (reason: string): ReextractOutcome => ({ articleId, identity, fromRawPage, status: 'failed', reason })
  let extraction: Extraction
  if (article.rawPageUrl !== null) {
    const read = await readSavedPage(prisma, article.rawPageUrl)
    if (!read.ok) return failed(read.reason)
    extraction = read.extraction
  } else {
    try {
      extraction = extract(article)
    } catch (error) {
      return failed(`extraction failed: ${messageOf(error)}`)
    }
  }
  // Stored under another identity, the extraction would be a second article beside this one.
  const identityNow = articleIdentity(extraction.article)
  if (identityNow !== identity)
    return failed(`the new extraction names article ${identityNow}, not ${identity}; left as stored`)
  const result = await ingestExtraction(prisma, extraction, { ...ingest, extractorVersion: version })
  if (result.status === 'failed') return failed(result.reason)
  return { articleId, identity, fromRawPage, status: result.status === 'unchanged' ? 'unchanged' : 'changed' }
}

// The saved page at `url` read again: decompressed, decoded and extracted at its final URL.
async function readSavedPage(
  prisma: PrismaClient,
  url: string,
): Promise<{ ok: true; extraction: Extraction } | { ok: false; reason: string }> {
  let page: Awaited<ReturnType<typeof readRawPage>>
  try {
    page = await readRawPage(prisma, url)
  } catch (error) {
    return { ok: false, reason: `the saved page ${url} cannot be read: ${messageOf(error)}` }
  }
  // Gone between the batch's read and now (a crawl replaced or removed it).
  if (page === null) return { ok: false, reason: `the saved page ${url} is no longer stored` }
  const decoded = decodeHtml(page.body, page.headers['content-type'])
  if (!decoded.ok) return { ok: false, reason: `the saved page ${url} cannot be decoded: ${decoded.reason}` }
  try {
    return { ok: true, extraction: extractHtml(decoded.text, { url: page.finalUrl }).extraction }
  } catch (error) {
    return { ok: false, reason: `extraction of the saved page ${url} failed: ${messageOf(error)}` }
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

function hintsOf(article: StoredArticle): ArticleHints {
  const hints: ArticleHints = {}
  if (article.url !== null) hints.url = article.url
  if (article.source !== null) hints.source = article.source
  if (article.publishedAt !== null) hints.publishedAt = article.publishedAt
  return hints
}
