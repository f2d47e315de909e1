import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Database } from '../src/db/open.ts'
import { upsertDirective } from '../src/edit/upsert-directive.ts'
import { ingestExtraction } from '../src/ingest/store.ts'
import { reviewArticle, TARGET_KINDS } from '../src/testing/index.ts'
import { migratedDatabase } from './database.ts'

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

describe.each(TARGET_KINDS)('upsertDirective on %s', (kind) => {
  let db: Database
  const database = migratedDatabase(kind)
  beforeAll(() => {
    db = database()
  })
  beforeEach(async () => {
    await db.prisma.$executeRawUnsafe('TRUNCATE "Article", "Directive", "Organization", "Person", "Event" CASCADE')
    await ingestExtraction(db.prisma, reviewArticle())
  })

  // 35-NQ/TW is stored by the review article with its title and issuing body (Bộ Chính trị).
  it.each([
    {
      correction: 'a new title',
      input: { title: 'Nghị quyết về công tác tư tưởng' },
      key: '35-nq/tw nghi quyet ve cong tac tu tuong bo chinh tri',
    },
    { correction: 'a cleared title', input: { title: null }, key: '35-nq/tw bo chinh tri' },
    {
      correction: 'a cleared issuing body',
      input: { issuingBody: null },
      key: '35-nq/tw ve tang cuong bao ve nen tang tu tuong cua dang, dau tranh phan bac cac quan diem sai trai, thu dich trong tinh hinh moi',
    },
  ])('keeps the search key to the facts after $correction', async ({ input, key }) => {
    const result = await upsertDirective(db.prisma, { code: '35-NQ/TW', ...input })
    expect(result.ok && result.directive.searchKey).toBe(key)
  })
})
