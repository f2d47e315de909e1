import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { PrismaClient } from '../generated/prisma/client.ts'
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
}

/**
 * Ingests files, each in its own transaction, going on after failures. A folder stands for the
 * `.txt` files under it (sorted); a `.json` file holds an extraction (`ExtractionSchema`) to
 * store as it is; any other file is article text for the extractor.
 */
export async function ingestFiles(prisma: PrismaClient, paths: string[]): Promise<IngestFilesResult> {
  const outcomes: FileOutcome[] = []
  for (const input of paths) {
    let files: string[]
    try {
      files = await expandInput(input)
    } catch (error) {
      outcomes.push({ path: input, status: 'failed', identity: null, reason: readableError(error) })
      continue
    }
    for (const path of files) outcomes.push({ path, ...(await ingestFile(prisma, path)) })
  }
  const counts: IngestCounts = { new: 0, updated: 0, unchanged: 0, failed: 0 }
  for (const outcome of outcomes) counts[outcome.status]++
  return { outcomes, counts }
}

async function expandInput(input: string): Promise<string[]> {
  const info = await stat(input)
  if (!info.isDirectory()) return [input]
  const entries = await readdir(input, { recursive: true, withFileTypes: true })
  const texts = entries
    .filter((entry) => entry.isFile() && extname(entry.name) === '.txt')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
  if (texts.length === 0) throw new Error(`${input} is a folder without .txt files`)
  return texts
}

async function ingestFile(prisma: PrismaClient, path: string): Promise<IngestResult> {
  let content: string
  try {
    content = await readFile(path, 'utf8')
  } catch (error) {
    return { status: 'failed', identity: null, reason: readableError(error) }
  }
  if (extname(path) !== '.json') return ingestText(prisma, content)
  let extraction: unknown
  try {
    extraction = JSON.parse(content)
  } catch (error) {
    return { status: 'failed', identity: null, reason: `not JSON: ${readableError(error)}` }
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
