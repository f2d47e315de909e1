import { TARGET_KINDS } from '@vanban/store/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Frontier, type FrontierJob, openFrontier } from '../src/index.ts'
import { crawlDatabase } from './databases.ts'

const job = (path: string): FrontierJob => ({
  url: `https://baodanang.example${path}`,
  via: 'link',
  include: ['/thoi-su/*'],
})

// The in-memory queue on PGlite and pg-boss on PostgreSQL keep the same rules.
describe.each(TARGET_KINDS)('the frontier on %s', (kind) => {
  let database: Awaited<ReturnType<typeof crawlDatabase>>
  let frontier: Frontier

  beforeAll(async () => {
    database = await crawlDatabase(kind)
    frontier = await openFrontier(database.db, { retryDelaySeconds: 0 })
  })
  afterAll(async () => {
    await frontier?.close()
    await database?.dispose()
  })

  it('queues a URL once while it waits or is in progress, and again once done', async () => {
    expect(await frontier.add([job('/a'), job('/a'), job('/b')])).toBe(2)
    expect(await frontier.counts()).toEqual({ queued: 2, active: 0 })
    const first = await frontier.take()
    expect(first?.job).toEqual(job('/a'))
    expect(await frontier.add([job('/a')])).toBe(0)
    expect(await frontier.counts()).toEqual({ queued: 1, active: 1 })
    if (first === null) throw new Error('nothing taken')
    await frontier.complete(first)
    expect(await frontier.add([job('/a')])).toBe(1)
  })

  it('gives a failed job back to be taken again', async () => {
    const taken: string[] = []
    // pg-boss holds a failed job back for its retry backoff (a second or two): wait for it.
    while (Object.values(await frontier.counts()).some((n) => n > 0)) {
      const lease = await frontier.take()
      if (lease === null) {
        await new Promise((resolve) => setTimeout(resolve, 200))
        continue
      }
      taken.push(new URL(lease.job.url).pathname)
      if (taken.length === 1) await frontier.fail(lease, 'stopped mid-fetch')
      else await frontier.complete(lease)
    }
    expect(taken.toSorted()).toEqual(['/a', '/b', taken[0]].toSorted())
    expect(await frontier.counts()).toEqual({ queued: 0, active: 0 })
  })
})
