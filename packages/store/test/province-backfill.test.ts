import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { BACKFILL_MARKER, provinceBackfillSql } from '../scripts/province-backfill.ts'
import { migrate } from '../src/db/migrate.ts'
import { readMigrations } from '../src/db/migrations.ts'
import type { Database } from '../src/db/open.ts'
import { TARGET_KINDS } from '../src/testing/index.ts'
import { emptyDatabase } from './database.ts'

// Databases and the WebAssembly schema engine are slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

const MIGRATION = '20261207000500_provinces_and_levels'
// A released migration is fixed: when the data the backfill reads changes, a new migration carries
// the backfill again (it fills only what is still empty), and the newest must match the script.
const NEWEST_BACKFILL = '20261211000100_province_backfill_refresh'

describe('the province and level backfill', () => {
  it('is in the newest backfill migration as scripts/province-backfill.ts writes it', () => {
    const file = path.join(import.meta.dirname, '..', 'prisma', 'migrations', NEWEST_BACKFILL, 'migration.sql')
    const sql = fs.readFileSync(file, 'utf8')
    expect(sql.slice(sql.indexOf(BACKFILL_MARKER))).toBe(provinceBackfillSql())
  })
})

// Organisations stored before the migration: name, the level and province (today's code) it gives them.
const ORGANIZATIONS: Array<[string, string | null, string | null]> = [
  ['Ban Thường vụ Huyện ủy Thạch Hà', 'district', null],
  ['Tỉnh ủy Bắc Giang', 'provincial', '24'],
  ['Thành ủy Hà Nội', 'provincial', '01'],
  ['Thành ủy Tam Kỳ', 'district', null],
  ['Ban Tuyên giáo Thành ủy', 'provincial', null],
  ['Hội Nông dân TP.HCM', 'provincial', '79'],
  ['Bảo hiểm xã hội tỉnh Bà Rịa - Vũng Tàu', 'provincial', '79'],
  ['Chi bộ Vụ Tổ chức cán bộ', 'grassroots', null],
  ['Bộ Chỉ huy Quân sự tỉnh Hà Nam', 'provincial', '37'],
  ['Bộ Tư pháp', 'central', null],
  ['Đảng ủy Khối các cơ quan Trung ương', 'bloc', null],
  ['Đảng ủy phường Thanh Khê Tây', 'commune', null],
  ['Hội Cựu chiến binh', null, null],
]

describe.each(TARGET_KINDS)('migrating a database with organisations and events on %s', (kind) => {
  let db: Database
  const database = emptyDatabase(kind)
  beforeAll(async () => {
    db = database()
    const migrations = readMigrations()
    await migrate(
      db,
      migrations.filter((m) => m.name < MIGRATION),
    )
    for (const [i, [name]] of ORGANIZATIONS.entries()) {
      await db.prisma.$executeRawUnsafe(
        'INSERT INTO "Organization" (name, "nameKey", kind, "searchKey") VALUES ($1, $2, \'other\', $1)',
        name,
        `o${i}`,
      )
    }
    const organizer = ORGANIZATIONS.findIndex(([name]) => name === 'Tỉnh ủy Bắc Giang')
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "Event" (identity, kind, location, "organizerId", "searchKey", "updatedAt") VALUES
        ('a', 'review', 'Hội trường', (SELECT id FROM "Organization" WHERE "nameKey" = 'o${organizer}'), '', now()),
        ('b', 'training', 'Trung tâm Hội nghị tỉnh Quảng Bình', NULL, '', now()),
        ('c', 'training', 'Hội trường Huyện ủy', NULL, '', now())`,
    )
    await migrate(db, migrations)
  })

  it('gives organisations the level and province their names state', async () => {
    const rows = await db.prisma.organization.findMany({ orderBy: { id: 'asc' } })
    expect(rows.map((o) => [o.name, o.level, o.provinceCode])).toEqual(ORGANIZATIONS)
  })

  it('gives events the province of their organiser, else of their location', async () => {
    const rows = await db.prisma.event.findMany({ orderBy: { identity: 'asc' } })
    expect(rows.map((e) => [e.identity, e.provinceCode, e.provinceSource, e.provinceConfidence])).toEqual([
      ['a', '24', 'organizer', 0.9],
      ['b', '44', 'location', 0.85],
      ['c', null, null, null],
    ])
  })
})
