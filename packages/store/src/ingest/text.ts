import type { Extraction } from '@vanban/core'
import { EXTRACTOR_VERSION, extractArticle } from '@vanban/extract'
import type { PrismaClient } from '../generated/prisma/client.ts'
import { type IngestOptions, type IngestResult, ingestExtraction } from './store.ts'

/** What is known about a text besides the text: where it was published and when. */
export interface TextHints {
  url?: string
  source?: string
  publishedAt?: string
}

/**
 * Extracts an article from scraped text (`extractArticle` of `@vanban/extract`) and stores it
 * with `ingestExtraction`, recording the extractor's `EXTRACTOR_VERSION` on the article. Empty or white-space-only text, and an extractor error, come back as
 * `failed` with the reason.
 */
export async function ingestText(
  prisma: PrismaClient,
  text: string,
  hints: TextHints = {},
  options: IngestOptions = {},
): Promise<IngestResult> {
  if (text.trim() === '') return { status: 'failed', identity: null, reason: 'the article text is empty' }
  let extraction: Extraction
  try {
    extraction = extractArticle(text, hints)
  } catch (error) {
    return {
      status: 'failed',
      identity: null,
      reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}`,
    }
  }
  return ingestExtraction(prisma, extraction, { extractorVersion: EXTRACTOR_VERSION, ...options })
}
