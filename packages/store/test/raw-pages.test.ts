import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Database } from '../src/db/open.ts'
import { markRawPageNotModified, readRawPage, readRawPageState, storeRawPage } from '../src/raw/raw-pages.ts'
import { TARGET_KINDS } from '../src/testing/index.ts'
import { migratedDatabase } from './database.ts'

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

const html = (title: string) =>
  new TextEncoder().encode(
    `<html><head><title>${title}</title></head><body>${'Chỉ thị 05-CT/TW. '.repeat(200)}</body></html>`,
  )

describe.each(TARGET_KINDS)('raw pages on %s', (kind) => {
  let db: Database
  const database = migratedDatabase(kind)
  beforeAll(() => {
    db = database()
  })

  it('keeps the body compressed and gives it back byte for byte, headers by lower-case name', async () => {
    const body = html('Tin mới')
    await storeRawPage(db.prisma, {
      url: 'https://baomoi.example/a.html',
      finalUrl: 'https://baomoi.example/a-1.html',
      status: 200,
      headers: { ETag: '"v1"', 'Content-Type': 'text/html; charset=utf-8' },
      body,
      fetchedAt: new Date('2026-12-01T00:00:00Z'),
    })
    const page = await readRawPage(db.prisma, 'https://baomoi.example/a.html')
    expect(page?.body).toEqual(body)
    expect(page?.headers).toEqual({ etag: '"v1"', 'content-type': 'text/html; charset=utf-8' })
    expect(page?.finalUrl).toBe('https://baomoi.example/a-1.html')
    const [{ stored }] = await db.prisma.$queryRawUnsafe<[{ stored: number }]>(
      `SELECT length(body) AS stored FROM "RawPage" WHERE url = 'https://baomoi.example/a.html'`,
    )
    expect(Number(stored)).toBeLessThan(body.length / 4)
  })

  it('keeps one row per URL: a second fetch replaces the body and counts, a 304 only confirms', async () => {
    const url = 'https://baomoi.example/b.html'
    const fetch = { url, finalUrl: url, status: 200, headers: {}, fetchedAt: new Date('2026-12-01T00:00:00Z') }
    const first = await storeRawPage(db.prisma, { ...fetch, body: html('một') })
    const second = await storeRawPage(db.prisma, {
      ...fetch,
      body: html('hai'),
      fetchedAt: new Date('2026-12-02T00:00:00Z'),
    })
    expect(second.contentHash).not.toBe(first.contentHash)
    expect(second.fetches).toBe(2)
    const confirmed = await markRawPageNotModified(db.prisma, url, new Date('2026-12-03T00:00:00Z'))
    expect(confirmed).toMatchObject({ fetches: 2, notModified: 1, checkedAt: new Date('2026-12-03T00:00:00Z') })
    expect(confirmed?.fetchedAt).toEqual(new Date('2026-12-02T00:00:00Z'))
    expect(new TextDecoder().decode((await readRawPage(db.prisma, url))?.body)).toContain('<title>hai</title>')
    expect(await db.prisma.rawPage.count({ where: { url } })).toBe(1)
  })

  it('answers null for a URL never stored', async () => {
    expect(await readRawPageState(db.prisma, 'https://baomoi.example/none')).toBeNull()
    expect(await markRawPageNotModified(db.prisma, 'https://baomoi.example/none', new Date())).toBeNull()
  })
})
