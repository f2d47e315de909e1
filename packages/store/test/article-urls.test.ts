import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { PrismaClient } from '../src/generated/prisma/client.ts'
import { ingestFiles } from '../src/ingest/files.ts'
import { ingestExtraction } from '../src/ingest/store.ts'
import { reviewArticle } from '../src/testing/index.ts'

// A client that fails the test if anything reaches the database.
const untouchable = new Proxy({} as PrismaClient, {
  get: () => {
    throw new Error('the database was used')
  },
})

const REASON = 'invalid extraction: article.url: an article URL is an absolute http:// or https:// address'
const URLS = [
  'javascript:alert(document.cookie)',
  'JAVASCRIPT:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
]

describe('only http(s) article URLs are stored', () => {
  const work = mkdtempSync(join(tmpdir(), 'vanban-urls-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it.each(URLS)('refuses an extraction whose article URL is %s before writing', async (url) => {
    const extraction = reviewArticle({ url })
    expect(await ingestExtraction(untouchable, extraction)).toEqual({
      status: 'failed',
      identity: null,
      reason: REASON,
    })
  })

  it.each(URLS)('refuses an extraction file whose article URL is %s', async (url) => {
    const path = join(work, `${encodeURIComponent(url).slice(0, 40)}.json`)
    writeFileSync(path, JSON.stringify(reviewArticle({ url })))
    const { outcomes, counts } = await ingestFiles(untouchable, [path])
    expect(outcomes).toEqual([{ path, status: 'failed', identity: null, reason: REASON }])
    expect(counts.failed).toBe(1)
  })
})
