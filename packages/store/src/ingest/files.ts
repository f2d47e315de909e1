import { constants } from 'node:fs'
import { open, readdir, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { PrismaClient } from '../generated/prisma/client.ts'
import { ingestHtml } from './html.ts'
import { type IngestResult, ingestExtraction } from './store.ts'
import { ingestText } from './text.ts'

/** What happened to one input file. */
export type FileOutcome = { readonly path: string } & IngestResult

/** How many inputs were new, updated, unchanged or failed. */
export interface IngestCounts {
  new: number
  updated: number
  unchanged: number
  failed: number
}

/** The outcome of `ingestFiles`: one entry per file, in input order, and the counts. */
export interface IngestFilesResult {
  readonly outcomes: FileOutcome[]
  readonly counts: IngestCounts
  /** True when `signal` stopped the run before every file was read: the counts are of those done. */
  readonly interrupted: boolean
}

/** How `ingestFiles` reports as it goes, and what stops it. */
export interface IngestFilesOptions {
  /** Called after each file with its outcome and the counts so far. */
  onOutcome?: (outcome: FileOutcome, counts: IngestCounts) => void
  /** Stops the run between files (the file being stored is finished, in its transaction). */
  signal?: AbortSignal
}

/** The files a folder stands for: article texts, saved web pages and the JSON files `vanban extract` writes. */
export const ARTICLE_FILE_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm', '.json']

/** Saved web pages, read by `extractHtml` (metadata first, then the main content as text). */
export const HTML_FILE_EXTENSIONS: readonly string[] = ['.html', '.htm']

/** Feeds: they list pages and hold no article, so they are refused with a reason, never read as text. */
export const FEED_FILE_EXTENSIONS: readonly string[] = ['.xml', '.rss', '.atom']

const isHtmlFile = (path: string): boolean => HTML_FILE_EXTENSIONS.includes(extname(path).toLowerCase())

/** One input file read for ingestion: its content, or why it was not read. */
export type IngestInput =
  | { readonly path: string; readonly ok: true; readonly content: string }
  | { readonly path: string; readonly ok: false; readonly reason: string }

/**
 * Ingests files, each in its own transaction, going on after failures. A folder stands for the
 * `.txt`, `.html`, `.htm` and `.json` files under it (sorted); a `.json` file holds an extraction
 * (`ExtractionSchema`), or what `vanban extract` writes (the gold shape with the whole extraction
 * under `extraction`), to store as it is; an `.html`/`.htm` file is a saved page for `extractHtml`;
 * any other file is article text for the extractor. See `readIngestInputs` for what is refused
 * before anything is stored.
 */
export async function ingestFiles(
  prisma: PrismaClient,
  paths: string[],
  options: IngestFilesOptions = {},
): Promise<IngestFilesResult> {
  const outcomes: FileOutcome[] = []
  const counts: IngestCounts = { new: 0, updated: 0, unchanged: 0, failed: 0 }
  for await (const input of readIngestInputs(paths)) {
    if (options.signal?.aborted) return { outcomes, counts, interrupted: true }
    const outcome: FileOutcome = input.ok
      ? { path: input.path, ...(await ingestContent(prisma, input.path, input.content)) }
      : { path: input.path, status: 'failed', identity: null, reason: input.reason }
    outcomes.push(outcome)
    counts[outcome.status]++
    options.onOutcome?.(outcome, counts)
  }
  return { outcomes, counts, interrupted: false }
}

/** The counts of a list of outcomes. */
export function countOutcomes(outcomes: readonly { status: IngestResult['status'] }[]): IngestCounts {
  const counts: IngestCounts = { new: 0, updated: 0, unchanged: 0, failed: 0 }
  for (const outcome of outcomes) counts[outcome.status]++
  return counts
}

/**
 * The files that `paths` name, read one at a time in order: a folder stands for the files under it
 * with one of `extensions` (sorted). Refused, each with its reason: a path that does not exist, a
 * folder without such files, a feed (`.xml`, `.rss`, `.atom`: it lists pages, it is no article),
 * anything but a regular file (a FIFO would block the reader for ever, a device never end), and a
 * file that is empty or only white space (it holds no article). A saved page (`.html`, `.htm`) is
 * decoded by the charset its byte order mark or meta declares, else UTF-8 or Windows-1258, a legacy TCVN3 page
 * converted (`decodeHtml`, the crawler's decoder too); any other file is UTF-8.
 */
export async function* readIngestInputs(
  paths: string[],
  extensions: readonly string[] = ARTICLE_FILE_EXTENSIONS,
): AsyncGenerator<IngestInput> {
  for (const input of paths) {
    let files: string[]
    try {
      files = await expandInput(input, extensions)
    } catch (error) {
      yield { path: input, ok: false, reason: readableError(error) }
      continue
    }
    for (const path of files) {
      if (FEED_FILE_EXTENSIONS.includes(extname(path).toLowerCase())) yield { path, ok: false, reason: FEED_REFUSED }
      else yield await readInput(path)
    }
  }
}

async function expandInput(input: string, extensions: readonly string[]): Promise<string[]> {
  const info = await stat(input)
  if (!info.isDirectory()) return [input]
  const entries = await readdir(input, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile() && extensions.includes(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
  if (files.length === 0) throw new Error(`${input} is a folder without ${extensions.join(' or ')} files`)
  return files
}

const FEED_REFUSED =
  'a feed lists pages and holds no article, so it is not ingested: give the saved pages (.html) or their text (.txt)'

// Opened without blocking, so that a FIFO with no writer returns at once, and checked on the
// open handle, so that what is read is what was checked.
async function readInput(path: string): Promise<IngestInput> {
  let content: string
  try {
    const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
    try {
      const info = await handle.stat()
      if (!info.isFile())
        return { path, ok: false, reason: `not a regular file (${fileKind(info)}); give files or folders` }
      const bytes = await handle.readFile()
      if (isHtmlFile(path)) {
        const { decodeHtml } = await import('@vanban/extract/html')
        const page = decodeHtml(bytes)
        if (!page.ok) return { path, ok: false, reason: page.reason }
        content = page.text
      } else {
        content = bytes.toString('utf8')
      }
    } finally {
      await handle.close()
    }
  } catch (error) {
    return { path, ok: false, reason: readableError(error) }
  }
  if (content.trim() === '') {
    return {
      path,
      ok: false,
      reason: `the file is ${content === '' ? 'empty' : 'only white space'}; an article needs text`,
    }
  }
  return { path, ok: true, content }
}

function fileKind(info: Awaited<ReturnType<typeof stat>>): string {
  if (info.isFIFO()) return 'a FIFO'
  if (info.isSocket()) return 'a socket'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  return info.isDirectory() ? 'a folder' : 'not a file'
}

async function ingestContent(prisma: PrismaClient, path: string, content: string): Promise<IngestResult> {
  if (isHtmlFile(path)) return ingestHtml(prisma, content)
  if (extname(path).toLowerCase() !== '.json') return ingestText(prisma, content)
  let extraction: unknown
  try {
    extraction = JSON.parse(content)
  } catch (error) {
    return { status: 'failed', identity: null, reason: `not JSON: ${readableError(error)}` }
  }
  // what `vanban extract` writes carries the whole extraction beside the gold-shaped fields
  if (extraction !== null && typeof extraction === 'object' && 'extraction' in extraction) {
    extraction = extraction.extraction
  }
  // ingestExtraction validates the shape and says what is wrong.
  return ingestExtraction(prisma, extraction as Parameters<typeof ingestExtraction>[1])
}

function readableError(error: unknown): string {
  if (error !== null && typeof error === 'object' && 'code' in error && error.code === 'ENOENT') {
    return 'no such file or folder'
  }
  return error instanceof Error ? error.message : String(error)
}
