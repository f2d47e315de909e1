import type { Extraction } from '@vanban/core'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { migrate } from '../src/db/migrate.ts'
import { readMigrations } from '../src/db/migrations.ts'
import type { Database } from '../src/db/open.ts'
import { personContext } from '../src/ingest/keys.ts'
import { ingestExtraction } from '../src/ingest/store.ts'
import { reviewArticle, TARGET_KINDS } from '../src/testing/index.ts'
import { emptyDatabase, migratedDatabase } from './database.ts'

// Databases and the WebAssembly schema engine are slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

const HUNG = 'Nguyễn Văn Hùng'

/** The review article under a URL of its own, naming `name` with `roles` as its one person. */
function articleNaming(n: number, name: string, roles: string[]): Extraction {
  const extraction = reviewArticle({ url: `https://baophutho.example/bai-${n}`, extraSentence: ` Bài ${n}.` })
  return {
    ...extraction,
    people: [{ name, roles }],
    participations: extraction.participations.map((p) => ({ ...p, person: name, roles })),
  }
}

// Each case ingests its articles in order; `people` labels the person each article's mention is
// stored as: equal labels, one person.
const CASES: Array<{ name: string; mentions: Array<{ name?: string; roles: string[] }>; people: string[] }> = [
  {
    name: 'namesakes, secretaries of two district committees, stay two people',
    mentions: [{ roles: ['Bí thư Huyện ủy Cẩm Giàng'] }, { roles: ['Bí thư Huyện ủy Phù Ninh'] }],
    people: ['a', 'b'],
  },
  {
    name: 'the same person with the same role in two articles stays one',
    mentions: [{ roles: ['Bí thư Huyện ủy Cẩm Giàng'] }, { roles: ['Bí thư Huyện ủy Cẩm Giàng'] }],
    people: ['a', 'a'],
  },
  {
    name: 'role variants sharing the organisation stay one (one role string or two, tone marks either way)',
    mentions: [
      { roles: ['Bí thư Huyện ủy Cẩm Giàng'] },
      { roles: ['Bí thư Huyện ủy Cẩm Giàng, Chủ tịch HĐND huyện'] },
      { roles: ['Bí thư Huyện uỷ Cẩm Giàng', 'Chủ tịch HĐND huyện'] },
      { name: 'NGUYỄN VĂN HÙNG', roles: ['Thạc sĩ', 'Bí thư Huyện ủy Cẩm Giàng,'] },
    ],
    people: ['a', 'a', 'a', 'a'],
  },
  {
    name: 'a member of a committee and the secretary of another are different people',
    mentions: [{ roles: ['Tỉnh ủy viên'] }, { roles: ['Bí thư Huyện ủy Cẩm Giàng'] }],
    people: ['a', 'b'],
  },
  {
    name: 'a bare-name mention joins the one stored person of that name',
    mentions: [{ roles: ['Bí thư Huyện ủy Cẩm Giàng'] }, { roles: [] }],
    people: ['a', 'a'],
  },
  {
    name: 'a mention whose roles name no organisation is a bare-name mention',
    mentions: [{ roles: ['Bí thư Huyện ủy Cẩm Giàng'] }, { roles: ['Thượng tá'] }],
    people: ['a', 'a'],
  },
  {
    name: 'a bare-name mention stays apart when two namesakes are stored',
    mentions: [{ roles: ['Bí thư Huyện ủy Cẩm Giàng'] }, { roles: ['Bí thư Huyện ủy Phù Ninh'] }, { roles: [] }],
    people: ['a', 'b', 'c'],
  },
  {
    name: 'a bare-name mention with no namesake stored is a person, whom the next bare mention joins',
    mentions: [{ roles: [] }, { roles: [] }],
    people: ['a', 'a'],
  },
  {
    name: 'a mention with an organisation does not join a person first named bare',
    mentions: [{ roles: [] }, { roles: ['Bí thư Huyện ủy Cẩm Giàng'] }],
    people: ['a', 'b'],
  },
]

describe('personContext', () => {
  it.each([
    { roles: ['Bí thư Huyện ủy Cẩm Giàng'], context: 'huyen uy cam giang' },
    { roles: ['Bí thư Huyện ủy Cẩm Giàng, Chủ tịch HĐND huyện'], context: 'huyen uy cam giang' },
    { roles: ['Chủ tịch HĐND huyện', 'Bí thư Huyện uỷ Cẩm Giàng'], context: 'huyen uy cam giang' },
    { roles: ['Phó Giám đốc Sở Tư pháp'], context: 'so tu phap' },
    { roles: ['Tỉnh ủy viên'], context: 'tinh uy' },
    { roles: ['Thượng tá', 'ThS'], context: null },
    { roles: [], context: null },
  ])('$roles -> $context', ({ roles, context }) => {
    expect(personContext(roles)).toBe(context)
  })
})

describe.each(TARGET_KINDS)('person identity on %s', (kind) => {
  let db: Database
  const database = migratedDatabase(kind)
  beforeAll(() => {
    db = database()
  })
  beforeEach(async () => {
    await db.prisma.$executeRawUnsafe(
      'TRUNCATE "Article", "Directive", "Organization", "Person", "Event", "EventReport", "Citation", "DirectiveRelation", "Participation" RESTART IDENTITY CASCADE',
    )
  })

  async function storedPeople(extractions: Extraction[]): Promise<number[]> {
    const ids: number[] = []
    for (const extraction of extractions) {
      const result = await ingestExtraction(db.prisma, extraction)
      if (result.status === 'failed') throw new Error(result.reason)
      const [participation] = await db.prisma.participation.findMany({ where: { articleId: result.articleId } })
      if (participation === undefined) throw new Error(`article ${result.identity} stored no participation`)
      ids.push(participation.personId)
    }
    return ids
  }

  it.each(CASES)('$name', async ({ mentions, people }) => {
    const extractions = mentions.map((m, i) => articleNaming(i + 1, m.name ?? HUNG, m.roles))
    const ids = await storedPeople(extractions)
    const labels = new Map<number, string>()
    expect(ids.map((id) => labels.get(id) ?? labels.set(id, String.fromCharCode(97 + labels.size)).get(id))).toEqual(
      people,
    )
    expect(await db.prisma.person.count()).toBe(new Set(people).size)
    // The same articles again store nothing new.
    expect(await storedPeople(extractions)).toEqual(ids)
    expect(await db.prisma.person.count()).toBe(new Set(people).size)
  })

  it('looks a name up as every namesake', async () => {
    await storedPeople([
      articleNaming(1, HUNG, ['Bí thư Huyện ủy Cẩm Giàng']),
      articleNaming(2, HUNG, ['Bí thư Huyện ủy Phù Ninh']),
    ])
    const namesakes = await db.prisma.person.findMany({ where: { nameKey: 'nguyen van hung' }, orderBy: { id: 'asc' } })
    expect(namesakes.map((p) => p.identity)).toEqual([
      'nguyen van hung|huyen uy cam giang',
      'nguyen van hung|huyen uy phu ninh',
    ])
  })
})

describe.each(TARGET_KINDS)('the person_identity migration on %s', (kind) => {
  let db: Database
  const database = emptyDatabase(kind)
  beforeAll(() => {
    db = database()
  })

  it('keeps stored people and their ids, each with its name key as identity', async () => {
    const migrations = readMigrations()
    const before = migrations.filter((m) => m.name < '20261206223900_person_identity')
    await migrate(db, before)
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "Person" (id, name, "nameKey", "searchKey") VALUES (7, 'Nguyễn Văn Hùng', 'nguyen van hung', 'nguyen van hung')`,
    )
    await migrate(db, migrations)
    const rows = await db.prisma.$queryRawUnsafe<{ id: number; identity: string }[]>(
      'SELECT id, identity FROM "Person"',
    )
    expect(rows).toEqual([{ id: 7, identity: 'nguyen van hung' }])
    // A bare-name mention joins the one person stored before the migration.
    const result = await ingestExtraction(db.prisma, articleNaming(1, HUNG, []))
    expect(result.status === 'new' && result.people.map((p) => p.id)).toEqual([7])
  })
})
