import { createHash } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'
import { z } from 'zod'
import type { PrismaClient } from '../generated/prisma/client.ts'

/** A page as a fetch received it: what {@link storeRawPage} keeps. */
export const RawPageFetchSchema = z.object({
  /** The URL asked for. */
  url: z.url(),
  /** Where the redirects ended. */
  finalUrl: z.url(),
  status: z.number().int().min(100).max(599),
  /** Response headers; names are stored lower-case. */
  headers: z.record(z.string(), z.string()),
  /** The body bytes as received (before any charset decoding). */
  body: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected the body as bytes (a Uint8Array)'),
  fetchedAt: z.date(),
})
export type RawPageFetch = z.infer<typeof RawPageFetchSchema>

/** A stored page without its body: enough to decide whether and how to fetch it again. */
export const RawPageStateSchema = z.object({
  url: z.string(),
  finalUrl: z.string(),
  status: z.number().int(),
  headers: z.record(z.string(), z.string()),
  contentHash: z.string(),
  fetchedAt: z.date(),
  checkedAt: z.date(),
  fetches: z.number().int(),
  notModified: z.number().int(),
})
export type RawPageState = z.infer<typeof RawPageStateSchema>

/** A stored page with its body uncompressed. */
export type RawPageContent = RawPageState & { body: Uint8Array }

const STATE_COLUMNS = {
  url: true,
  finalUrl: true,
  status: true,
  headers: true,
  contentHash: true,
  fetchedAt: true,
  checkedAt: true,
  fetches: true,
  notModified: true,
} as const

/**
 * Keeps a fetched page: its body gzip-compressed with its sha256, headers and times. One row per
 * URL holds the latest fetch (what conditional GET needs; older bodies are replaced, and `fetches`
 * counts them), so storing a fetch of a stored URL updates that row. Returns the stored state.
 */
export async function storeRawPage(prisma: PrismaClient, input: RawPageFetch): Promise<RawPageState> {
  const page = RawPageFetchSchema.parse(input)
  const headers = Object.fromEntries(Object.entries(page.headers).map(([name, value]) => [name.toLowerCase(), value]))
  const columns = {
    finalUrl: page.finalUrl,
    status: page.status,
    headers,
    body: gzipSync(page.body),
    bodyEncoding: 'gzip',
    contentHash: createHash('sha256').update(page.body).digest('hex'),
    fetchedAt: page.fetchedAt,
    checkedAt: page.fetchedAt,
  }
  const row = await prisma.rawPage.upsert({
    where: { url: page.url },
    create: { url: page.url, ...columns },
    update: { ...columns, fetches: { increment: 1 } },
    select: STATE_COLUMNS,
  })
  return RawPageStateSchema.parse(row)
}

/**
 * Records that a conditional GET of a stored page was answered 304 Not Modified at `checkedAt`: the
 * body stays, the page counts as fresh from then. Returns null when the URL has no stored page.
 */
export async function markRawPageNotModified(
  prisma: PrismaClient,
  url: string,
  checkedAt: Date,
): Promise<RawPageState | null> {
  const rows = await prisma.rawPage.updateManyAndReturn({
    where: { url },
    data: { checkedAt, notModified: { increment: 1 } },
    select: STATE_COLUMNS,
  })
  return rows[0] === undefined ? null : RawPageStateSchema.parse(rows[0])
}

/** The stored page of `url` without its body, or null. */
export async function readRawPageState(prisma: PrismaClient, url: string): Promise<RawPageState | null> {
  const row = await prisma.rawPage.findUnique({ where: { url }, select: STATE_COLUMNS })
  return row === null ? null : RawPageStateSchema.parse(row)
}

/** The stored page of `url` with its body uncompressed, or null. */
export async function readRawPage(prisma: PrismaClient, url: string): Promise<RawPageContent | null> {
  const row = await prisma.rawPage.findUnique({ where: { url }, select: { ...STATE_COLUMNS, body: true } })
  if (row === null) return null
  const { body, ...state } = row
  return { ...RawPageStateSchema.parse(state), body: new Uint8Array(gunzipSync(body)) }
}
