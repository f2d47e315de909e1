import { describe, expect, it, vi } from 'vitest'
import { ingestExtraction } from '../src/ingest/store.ts'
import { reviewArticle, TARGET_KINDS } from '../src/testing/index.ts'
import { migratedDatabase } from './database.ts'

// Migrating a database is slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

type Row = {
  eventId: number | null
  citationStart: string | null
  citationEnd: string | null
  start: string | null
  citationProvince: string | null
  province: string | null
}

// A citation's copy of its event's dates and province, beside the event's own.
const COPIES = `SELECT c."eventId", to_char(c."eventDateStart", 'YYYY-MM-DD') AS "citationStart",
    to_char(c."eventDateEnd", 'YYYY-MM-DD') AS "citationEnd", to_char(e."dateStart", 'YYYY-MM-DD') AS start,
    c."eventProvinceCode" AS "citationProvince", e."provinceCode" AS province
  FROM "Citation" c LEFT JOIN "Event" e ON e.id = c."eventId" ORDER BY c.id`

describe.each(TARGET_KINDS)("a citation's copy of its event's dates and province on %s", (kind) => {
  const database = migratedDatabase(kind)

  it('is written with the citation and follows the event', async () => {
    const db = database()
    await ingestExtraction(db.prisma, reviewArticle())
    const written = await db.prisma.$queryRawUnsafe<Row[]>(COPIES)
    const ofEvents = written.filter((r) => r.eventId !== null)
    expect(ofEvents.length).toBeGreaterThan(0)
    for (const r of written) expect(r.citationStart).toBe(r.eventId === null ? null : r.start)
    const eventId = ofEvents[0]?.eventId as number
    await db.prisma.event.update({
      where: { id: eventId },
      data: { dateStart: new Date('2019-03-04T00:00:00Z'), dateEnd: new Date('2019-03-05T00:00:00Z') },
    })
    const moved = (await db.prisma.$queryRawUnsafe<Row[]>(COPIES)).filter((r) => r.eventId === eventId)
    for (const r of moved) expect(r).toMatchObject({ citationStart: '2019-03-04', citationEnd: '2019-03-05' })
    // a write to the copy itself is overruled by the event's dates
    await db.prisma.$executeRawUnsafe(
      `UPDATE "Citation" SET "eventDateStart" = '2001-01-01' WHERE "eventId" = $1`,
      eventId,
    )
    const kept = (await db.prisma.$queryRawUnsafe<Row[]>(COPIES)).filter((r) => r.eventId === eventId)
    for (const r of kept) expect(r.citationStart).toBe('2019-03-04')
  })

  it("is written with the citation and follows the event's province", async () => {
    const db = database()
    await ingestExtraction(db.prisma, reviewArticle())
    const written = await db.prisma.$queryRawUnsafe<Row[]>(COPIES)
    for (const r of written) expect(r.citationProvince).toBe(r.eventId === null ? null : r.province)
    const eventId = written.find((r) => r.eventId !== null)?.eventId as number
    for (const province of ['79', null]) {
      await db.prisma.event.update({ where: { id: eventId }, data: { provinceCode: province } })
      const moved = (await db.prisma.$queryRawUnsafe<Row[]>(COPIES)).filter((r) => r.eventId === eventId)
      expect(moved.length).toBeGreaterThan(0)
      for (const r of moved) expect(r.citationProvince).toBe(province)
    }
    await db.prisma.$executeRawUnsafe(`UPDATE "Citation" SET "eventProvinceCode" = '01' WHERE "eventId" = $1`, eventId)
    const kept = (await db.prisma.$queryRawUnsafe<Row[]>(COPIES)).filter((r) => r.eventId === eventId)
    for (const r of kept) expect(r.citationProvince).toBeNull()
  })
})
