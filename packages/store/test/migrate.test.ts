import { beforeAll, describe, expect, it, vi } from 'vitest'
import { migrate } from '../src/db/migrate.ts'
import { migrationChecksum, readMigrations } from '../src/db/migrations.ts'
import { type Database, openDatabase } from '../src/db/open.ts'
import { migrationDrift } from '../src/db/schema-engine.ts'
import { createTestTarget, openTarget, TARGET_KINDS } from '../src/testing/index.ts'
import { emptyDatabase } from './database.ts'

// Databases, child processes and the WebAssembly schema engine are slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

describe('the migrations folder', () => {
  it('holds at least the initial migration, which installs pg_trgm', () => {
    const migrations = readMigrations()
    expect(migrations.length).toBeGreaterThan(0)
    expect(migrations[0]?.name).toMatch(/^\d{14}_init$/)
    expect(migrations[0]?.sql).toContain('CREATE EXTENSION IF NOT EXISTS "pg_trgm"')
  })

  it('creates exactly what schema.prisma describes (no drift)', async () => {
    expect(await migrationDrift()).toBe('')
  })

  it('reports drift when a migration is missing something the schema has', async () => {
    const [first] = readMigrations()
    if (first === undefined) throw new Error('no migration')
    const sql = first.sql.replace(/\s*"byline" TEXT,/, '')
    expect(sql).not.toBe(first.sql)
    const drift = await migrationDrift([{ name: first.name, sql, checksum: migrationChecksum(sql) }])
    expect(drift).toContain('"byline"')
  })
})

describe.each(TARGET_KINDS)('migrate() on %s', (kind) => {
  let db: Database
  const database = emptyDatabase(kind)
  beforeAll(() => {
    db = database()
  })

  it('applies every migration once and records it as prisma migrate deploy does', async () => {
    const migrations = readMigrations()
    const first = await migrate(db)
    expect(first.applied).toEqual(migrations.map((m) => m.name))
    const rows = await db.withConnection((c) =>
      c.query<{
        migration_name: string
        checksum: string
        finished_at: Date | null
        applied_steps_count: number
        logs: string | null
        rolled_back_at: Date | null
        id: string
      }>('SELECT * FROM "_prisma_migrations" ORDER BY migration_name'),
    )
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name))
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(migrations[i]?.checksum)
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/)
      expect(row.finished_at).toBeInstanceOf(Date)
      expect(row.applied_steps_count).toBe(1)
      expect(row.rolled_back_at).toBeNull()
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/)
    }
  })

  it('does nothing the second time', async () => {
    const again = await migrate(db)
    expect(again.applied).toEqual([])
    expect(again.alreadyApplied).toEqual(readMigrations().map((m) => m.name))
    const [count] = await db.withConnection((c) =>
      c.query<{ n: number }>('SELECT count(*)::int AS n FROM "_prisma_migrations"'),
    )
    expect(count?.n).toBe(readMigrations().length)
  })

  it('leaves a usable schema with trigram search', async () => {
    await db.prisma.organization.create({
      data: { name: 'Đảng ủy Khối', nameKey: 'dang uy khoi', kind: 'party_committee', searchKey: 'dang uy khoi' },
    })
    const hits = await db.prisma.$queryRawUnsafe<{ name: string }[]>(
      `SELECT name FROM "Organization" WHERE "searchKey" % $1`,
      'dang uy khoy',
    )
    expect(hits.map((h) => h.name)).toEqual(['Đảng ủy Khối'])
  })

  it('refuses to go on when an applied migration was edited', async () => {
    const edited = readMigrations().map((m, i) =>
      i === 0 ? { ...m, checksum: migrationChecksum(`${m.sql}\n-- edited`) } : m,
    )
    await expect(migrate(db, edited)).rejects.toThrow(/edited after it was applied/)
  })
})

describe.runIf(TARGET_KINDS.includes('postgres'))('migrate() run concurrently on PostgreSQL', () => {
  it('applies each migration exactly once', async () => {
    const target = await createTestTarget('postgres')
    const dbs = await Promise.all(Array.from({ length: 4 }, () => openTarget(target)))
    try {
      const results = await Promise.all(dbs.map((db) => migrate(db)))
      expect(results.flatMap((r) => r.applied).sort()).toEqual(readMigrations().map((m) => m.name))
      const [count] = await dbs[0]!.withConnection((c) =>
        c.query<{ n: number }>('SELECT count(*)::int AS n FROM "_prisma_migrations"'),
      )
      expect(count?.n).toBe(readMigrations().length)
    } finally {
      await Promise.all(dbs.map((db) => db.close()))
      await target.dispose()
    }
  })
})

describe.runIf(TARGET_KINDS.includes('postgres'))('migrate() with ?schema= for a schema that does not exist', () => {
  it('creates that schema and migrates into it, leaving public untouched', async () => {
    const server = process.env.DATABASE_URL!
    const schema = `vanban_absent_${process.pid}_${Date.now()}`
    const url = new URL(server)
    url.searchParams.set('schema', schema)
    const db = await openDatabase(url.toString())
    try {
      await migrate(db)
      const tables = await db.withConnection((c) =>
        c.query<{ schema: string }>(
          `SELECT table_schema AS schema FROM information_schema.tables WHERE table_name = 'Article' AND table_schema = $1`,
          [schema],
        ),
      )
      expect(tables).toEqual([{ schema }])
      expect(await db.prisma.article.count()).toBe(0)
    } finally {
      await db.withConnection((c) => c.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`))
      await db.close()
    }
  })
})
