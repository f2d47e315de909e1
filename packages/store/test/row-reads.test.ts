import { describe, expect, it, vi } from 'vitest'
import { MAX_PREPARED_STATEMENTS, preparedNames, readRows } from '../src/db/row-reads.ts'
import { StatementInterruptedError, withStatementLimits } from '../src/db/statement-limits.ts'
import type { PrismaClient } from '../src/generated/prisma/client.ts'
import { TARGET_KINDS } from '../src/testing/databases.ts'
import { emptyDatabase } from './database.ts'

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

// readRows sends a read past Prisma, on the database's own connection and under its limits.
describe.each(TARGET_KINDS)('readRows on %s', (kind) => {
  const db = emptyDatabase(kind)

  it('returns the rows with json parsed and parameters bound', async () => {
    const rows = await readRows<{ page: unknown }>(
      db().prisma,
      "SELECT json_build_object('n', $1::int, 'names', json_build_array($2::text)) AS page",
      [3, 'Nghị quyết'],
    )
    expect(rows).toEqual([{ page: { n: 3, names: ['Nghị quyết'] } }])
  })

  it('reads through a prepared statement as through an unprepared one', async () => {
    const sql = "SELECT json_build_object('n', $1::int) AS page"
    for (const n of [1, 2, 3, 4, 5, 6, 7]) {
      const rows = await readRows<{ page: unknown }>(db().prisma, sql, [n], { prepared: true })
      expect(rows).toEqual([{ page: { n } }])
    }
  })

  it('keeps the statement limits of the work it runs in', async () => {
    const aborted = new AbortController()
    aborted.abort()
    const read = withStatementLimits({ signal: aborted.signal }, () => readRows(db().prisma, 'SELECT 1 AS one'))
    await expect(read).rejects.toBeInstanceOf(StatementInterruptedError)
    if (kind === 'postgres') {
      const slow = withStatementLimits({ timeoutMs: 100 }, () => readRows(db().prisma, 'SELECT pg_sleep(5)'))
      await expect(slow).rejects.toMatchObject({ reason: 'timeout' })
    }
  })
})

describe('preparedNames', () => {
  it('names each text once, the same on every call, and no more than its bound', () => {
    const nameOf = preparedNames()
    const names = Array.from({ length: MAX_PREPARED_STATEMENTS + 5 }, (_, i) => nameOf(`SELECT ${i}`))
    expect(new Set(names.slice(0, MAX_PREPARED_STATEMENTS)).size).toBe(MAX_PREPARED_STATEMENTS)
    expect(names.slice(MAX_PREPARED_STATEMENTS)).toEqual([undefined, undefined, undefined, undefined, undefined])
    expect(nameOf('SELECT 0')).toBe(names[0])
  })
})

describe('readRows on a client openDatabase did not make', () => {
  it('reads through $queryRawUnsafe', async () => {
    const calls: unknown[][] = []
    const client = {
      $queryRawUnsafe: async (...args: unknown[]) => {
        calls.push(args)
        return [{ one: 1 }]
      },
    }
    const rows = await readRows(client as unknown as PrismaClient, 'SELECT $1::int AS one', [1])
    expect(rows).toEqual([{ one: 1 }])
    expect(calls).toEqual([['SELECT $1::int AS one', 1]])
  })
})
