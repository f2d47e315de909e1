import { describe, expect, it, vi } from 'vitest'
import type { Database } from '../src/db/open.ts'
import { LEAD_LENGTH, leadKey, searchKey } from '../src/ingest/keys.ts'
import { ingestExtraction } from '../src/ingest/store.ts'
import { reviewArticle, TARGET_KINDS } from '../src/testing/index.ts'
import { migratedDatabase } from './database.ts'

// Migrating a database is slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

describe('leadKey', () => {
  const long = Array.from({ length: 80 }, (_, i) => `Từ${i}`).join(' ')
  it.each([
    {
      name: 'a short body whole, folded',
      body: ['Hội nghị quán triệt.', 'Đảng ủy Khối'],
      lead: 'hoi nghi quan triet. dang uy khoi',
    },
    { name: 'no body', body: [], lead: '' },
  ])('$name', ({ body, lead }) => {
    expect(leadKey(body)).toBe(lead)
  })

  it('cuts a long body at the last word that fits', () => {
    const lead = leadKey([long])
    expect(lead.length).toBeLessThanOrEqual(LEAD_LENGTH)
    expect(searchKey(long).startsWith(`${lead} `)).toBe(true)
    expect(lead.length).toBeGreaterThan(LEAD_LENGTH - 8)
  })
})

describe.each(TARGET_KINDS)('search vectors on %s', (kind) => {
  const database = migratedDatabase(kind)
  const matches = async (db: Database, sql: string, ...params: unknown[]) =>
    (await db.prisma.$queryRawUnsafe<{ hit: boolean }[]>(sql, ...params))[0]?.hit

  it('ingestion writes the folded title and lead, and the database the weighted vector', async () => {
    const db = database()
    const extraction = reviewArticle()
    await ingestExtraction(db.prisma, extraction)
    const [row] = await db.prisma.$queryRawUnsafe<{ titleKey: string; leadKey: string }[]>(
      'SELECT "titleKey", "leadKey" FROM "Article"',
    )
    expect(row).toEqual({ titleKey: searchKey(extraction.article.title), leadKey: leadKey(extraction.article.body) })
    const titleWord = searchKey(extraction.article.title).split(' ')[0]
    // `word:A` matches the title's weight only
    expect(
      await matches(db, `SELECT "searchVector" @@ to_tsquery('simple', $1) AS hit FROM "Article"`, `${titleWord}:A`),
    ).toBe(true)
    expect(await matches(db, `SELECT "searchVector" @@ to_tsquery('simple', 'khongcotu') AS hit FROM "Article"`)).toBe(
      false,
    )
  })

  it('fills the vector of rows a bulk statement writes, and of rows updated', async () => {
    const db = database()
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "Person" (identity, name, "nameKey", "searchKey")
       SELECT 'bulk-' || i, 'Người ' || i, 'nguoi ' || i, 'nguoi hoa phong ' || i FROM generate_series(1, 3) i`,
    )
    const hit = `SELECT count(*)::int = 3 AS hit FROM "Person" WHERE identity LIKE 'bulk-%' AND "searchVector" @@ websearch_to_tsquery('simple', $1)`
    expect(await matches(db, hit, 'hoa phong')).toBe(true)
    await db.prisma.$executeRawUnsafe(
      `UPDATE "Person" SET "searchKey" = 'nguoi binh minh' WHERE identity LIKE 'bulk-%'`,
    )
    expect(await matches(db, hit, 'binh minh')).toBe(true)
    expect(await matches(db, hit, 'hoa phong')).toBe(false)
  })
})
