import { type Database, openDatabase } from '@vanban/store'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { listen } from '../src/server/index.ts'
import { freshDatabase, gql, TARGETS, testServer } from './graphql-harness.ts'
import { slowSchema } from './slow-schema.ts'

/** What pg_stat_activity says the backend `pid` is doing. */
async function activity(monitor: Database, pid: number): Promise<string> {
  const [row] = await monitor.prisma.$queryRaw<{ state: string; query: string }[]>`
    SELECT state, query FROM pg_stat_activity WHERE pid = ${pid}`
  return row === undefined ? 'gone' : `${row.state}: ${row.query}`
}

describe.each(TARGETS)('statement limits on %s', (target) => {
  let db: Awaited<ReturnType<typeof freshDatabase>>
  // The server's own database, with one connection: a statement that kept it would stall the next.
  let single: Database

  beforeAll(async () => {
    db = await freshDatabase(target)
    single = db.url === null ? db : await openDatabase(db.url, { poolSize: 1 })
  }, 180_000)
  afterAll(async () => {
    if (single !== db) await single.close()
    await db.drop()
  }, 60_000)

  it.runIf(target === 'postgres')(
    'cancels a statement past the statement timeout with a typed error, and its connection serves the next query',
    async () => {
      const server = testServer(single, { schema: slowSchema().schema, statementTimeoutMs: 200 })
      const before = await gql(server, '{ backend }')
      const pid = before.body.data?.backend as number
      // pg_sleep(60) against a 60 s test timeout: only the cancel lets this answer in time.
      const { body } = await gql(server, '{ sleep(seconds: 60) }')
      expect(body.data).toEqual({ sleep: null })
      expect(body.errors).toEqual([
        {
          message: expect.stringContaining('did not answer within the 200 ms this server allows a statement'),
          locations: [{ line: 1, column: 3 }],
          path: ['sleep'],
          extensions: { code: 'STATEMENT_TIMEOUT' },
        },
      ])
      expect((await gql(server, '{ backend }')).body).toEqual({ data: { backend: pid } })
      expect(await activity(db, pid)).toMatch(/^idle: /)
    },
  )

  it.runIf(target === 'postgres')('cancels the statement when the client goes away', async () => {
    const server = testServer(single, { schema: slowSchema().schema, statementTimeoutMs: 120_000 })
    const listening = await listen(server, { port: 0 })
    try {
      const pid = (await gql(server, '{ backend }')).body.data?.backend as number
      const client = new AbortController()
      const request = fetch(`${listening.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ sleep(seconds: 60) }' }),
        signal: client.signal,
      })
      await expect.poll(() => activity(db, pid), { timeout: 20_000 }).toMatch(/^active: .*pg_sleep/)
      client.abort()
      await expect(request).rejects.toThrow()
      await expect.poll(() => activity(db, pid), { timeout: 20_000 }).toMatch(/^idle: /)
      expect((await gql(server, '{ backend }')).body).toEqual({ data: { backend: pid } })
    } finally {
      await listening.close()
    }
  })

  it('refuses the database work of cancelled requests with SHUTTING_DOWN, logging nothing', async () => {
    const logged = vi.spyOn(console, 'error')
    try {
      const server = testServer(single, { schema: slowSchema().schema })
      server.cancelInFlight()
      const { body } = await gql(server, '{ backend }')
      expect(body).toEqual({
        data: { backend: null },
        errors: [
          {
            message: 'the server is shutting down and cancelled this request; send it again',
            locations: [{ line: 1, column: 3 }],
            path: ['backend'],
            extensions: { code: 'SHUTTING_DOWN' },
          },
        ],
      })
      expect(logged).not.toHaveBeenCalled()
      // the database itself is untouched: another server over it answers
      expect(
        (await gql(testServer(single, { schema: slowSchema().schema }), '{ backend }')).body.errors,
      ).toBeUndefined()
    } finally {
      logged.mockRestore()
    }
  })
})
