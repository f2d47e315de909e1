import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { migrate } from '../../src/db/migrate.ts'
import { openDatabase } from '../../src/db/open.ts'
import { ingestFiles } from '../../src/ingest/files.ts'
import { type RetryPolicy, retryKind, withConflictRetry } from '../../src/ingest/retry.ts'
import { createTestTarget } from '../../src/testing/index.ts'
import { startFaultyProxy } from './tcp-proxy.ts'

vi.setConfig({ testTimeout: 300_000 })

const ARTICLES = fileURLToPath(new URL('../../../extract/fixtures/articles', import.meta.url))

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code, severity: 'FATAL' })
const socketError = (code: string) => Object.assign(new Error(`read ${code}`), { code, syscall: 'read', errno: -104 })
const prismaError = (code: string, cause?: unknown) =>
  Object.assign(new Error('Invalid `prisma.$queryRawUnsafe()` invocation'), { code, meta: {}, cause })
const adapterError = (cause: object) => Object.assign(new Error('DriverAdapterError'), { cause })

describe('retryKind', () => {
  it.each([
    ['a serialization failure', 'conflict', pgError('40001')],
    ['a deadlock', 'conflict', prismaError('P2010', adapterError({ kind: 'postgres', code: '40P01' }))],
    ['a unique key taken concurrently', 'conflict', prismaError('P2002')],
    ['an administrator shutdown', 'transient', pgError('57P01', 'terminating connection due to administrator command')],
    ['a server starting up', 'transient', pgError('57P03')],
    ['a connection failure', 'transient', pgError('08006')],
    ['a reset socket', 'transient', socketError('ECONNRESET')],
    [
      'a refused connection',
      'transient',
      adapterError({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 }),
    ],
    ['a connection closed under Prisma', 'transient', prismaError('P1017')],
    ['a connection ended under node-postgres', 'transient', new Error('Connection terminated unexpectedly')],
    ['a connection lost inside a transaction', 'transient', prismaError('P2028', new Error('Connection terminated'))],
    ['a syntax error', null, pgError('42601')],
    ['a value too long', null, prismaError('P2000')],
    ['a plain error', null, new Error('article vanished')],
  ])('reads %s as %s', (_, kind, error) => {
    expect(retryKind(error)).toBe(kind)
  })
})

describe('withConflictRetry', () => {
  const quick: RetryPolicy = { conflictAttempts: 3, transientRetries: 2, transientBaseMs: 1, transientMaxMs: 2 }

  it.each([
    ['transient failures', 'done', 3, [socketError('ECONNRESET'), pgError('57P01')]],
    ['conflicts', 'done', 3, [pgError('40001'), pgError('40001')]],
    ['too many transient failures', 'thrown', 3, [pgError('08006'), pgError('08006'), pgError('08006')]],
    ['an error no retry mends', 'thrown', 1, [pgError('42601'), pgError('08006')]],
  ])('after %s: %s in %d attempts', async (_, outcome, attempts, failures) => {
    const attempt = vi.fn(async () => {
      const failure = failures[attempt.mock.calls.length - 1]
      if (failure !== undefined) throw failure
      return 'done'
    })
    const result = await withConflictRetry(attempt, quick).catch(() => 'thrown')
    expect(result).toBe(outcome)
    expect(attempt).toHaveBeenCalledTimes(attempts)
  })
})

describe.skipIf(process.env.DATABASE_URL === undefined)('ingest through a connection that keeps dropping', () => {
  it('stores every file once, reports none failed, and stores none it reports failed', async () => {
    const target = await createTestTarget('postgres')
    const direct = await openDatabase(target.db)
    const url = new URL(target.db)
    const proxy = await startFaultyProxy(url.hostname, Number(url.port || 5432))
    url.hostname = '127.0.0.1'
    url.port = String(proxy.port)
    const db = await openDatabase(url.toString())
    try {
      await migrate(direct)
      proxy.dropEvery(40)
      const { outcomes, counts } = await ingestFiles(db.prisma, [ARTICLES])
      proxy.dropEvery(0)
      expect(proxy.drops).toBeGreaterThanOrEqual(3)
      expect(outcomes.filter((outcome) => outcome.status === 'failed')).toEqual([])
      expect(counts.new + counts.unchanged).toBe(33)
      const stored = await direct.prisma.article.findMany({ select: { identity: true } })
      expect(stored).toHaveLength(33)
      const failed = new Set(outcomes.flatMap((o) => (o.status === 'failed' && o.identity ? [o.identity] : [])))
      expect(stored.filter((article) => failed.has(article.identity))).toEqual([])
    } finally {
      await db.close().catch(() => undefined)
      await direct.close()
      await proxy.close()
      await target.dispose()
    }
  })
})
