import type { PrismaClient } from '../generated/prisma/client.ts'
import { type IngestOptions, type IngestResult, ingestExtraction } from './store.ts'

/**
 * Extracts an article from a saved web page (`extractHtml` of `@vanban/extract/html`: the page's
 * metadata first, its main content through the text path) and stores it with
 * `ingestExtraction`, as `ingestText` does for text. `url` is the page's address when known.
 * The HTML reader is loaded on first use, so text-only ingestion never loads it.
 */
export async function ingestHtml(
  prisma: PrismaClient,
  html: string,
  hints: { url?: string } = {},
  options: IngestOptions = {},
): Promise<IngestResult> {
  if (html.trim() === '') return { status: 'failed', identity: null, reason: 'the page is empty' }
  const { extractHtml } = await import('@vanban/extract/html')
  const { extraction } = extractHtml(html, hints.url === undefined ? {} : { url: hints.url })
  return ingestExtraction(prisma, extraction, options)
}
