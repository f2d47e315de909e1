/**
 * Fault test: the gateway's connection to PostgreSQL freezes (packets stop, nothing closes), as in
 * a network partition. A loopback TCP proxy before the server stops forwarding on demand and
 * delivers what it held once thawed, as TCP does after a partition heals.
 */

import { connect, createServer as createTcpServer, type Server, type Socket } from 'node:net'
import { type Database, openDatabase } from '@vanban/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VanbanServer } from '../src/server/index.ts'
import { freshDatabase, gql, seed, testServer } from './graphql-harness.ts'

/** A TCP proxy on a free loopback port that forwards to `target` until frozen. */
type FreezableProxy = {
  port: number
  freeze: () => void
  thaw: () => void
  /** How many connections the gateway's side has closed. */
  dropped: () => number
  close: () => Promise<void>
}

async function freezableProxy(target: { host: string; port: number }): Promise<FreezableProxy> {
  let frozen = false
  let dropped = 0
  const held: (() => void)[] = []
  const sockets = new Set<Socket>()
  // While frozen, bytes and closes wait in order; thawing delivers them.
  const relay = (step: () => void) => (frozen ? held.push(step) : step())
  const server: Server = createTcpServer((client) => {
    client.on('close', () => dropped++)
    const upstream = connect(target.port, target.host)
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      sockets.add(from)
      from.on('data', (chunk) => relay(() => to.write(chunk)))
      from.on('close', () => relay(() => to.destroy()))
      from.on('error', () => undefined)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the proxy has no TCP address')
  return {
    port: address.port,
    freeze: () => {
      frozen = true
    },
    thaw: () => {
      frozen = false
      for (const step of held.splice(0)) step()
    },
    dropped: () => dropped,
    close: () => {
      for (const socket of sockets) socket.destroy()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}

async function readiness(server: VanbanServer): Promise<number> {
  return (await server.fetch('http://localhost/readyz')).status
}

describe.runIf(process.env.DATABASE_URL)('a frozen network to PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>
  let proxy: FreezableProxy
  let proxied: Database

  beforeAll(async () => {
    db = await freshDatabase('postgres')
    await seed(db)
    const url = new URL(db.url ?? '')
    proxy = await freezableProxy({ host: url.hostname, port: Number(url.port || 5432) })
    url.host = `127.0.0.1:${proxy.port}`
    proxied = await openDatabase(url.toString(), { poolSize: 2 })
  }, 180_000)
  afterAll(async () => {
    proxy.thaw()
    await proxied.close()
    await proxy.close()
    await db.drop()
  }, 60_000)

  it('turns /readyz not ready within its bound, times queries out, and recovers once the network thaws', async () => {
    const server = testServer(proxied, { statementTimeoutMs: 300, readyTimeoutMs: 300 })
    const count = '{ articles { totalCount } }'
    expect(await readiness(server)).toBe(200)
    expect((await gql(server, count)).body).toEqual({ data: { articles: { totalCount: 3 } } })

    proxy.freeze()
    expect(await readiness(server)).toBe(503)
    const frozen = await gql(server, count)
    expect(frozen.body.data).toBeNull()
    expect(frozen.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'STATEMENT_TIMEOUT' } })])
    // a second request while frozen meets the same bound, not a pool left stuck by the first
    expect((await gql(server, count)).body.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'STATEMENT_TIMEOUT' } }),
    ])

    // the connections whose cancel the frozen server never confirmed are dropped, not kept waiting
    await expect.poll(() => proxy.dropped(), { timeout: 20_000 }).toBeGreaterThan(0)

    proxy.thaw()
    await expect.poll(() => readiness(server), { timeout: 20_000 }).toBe(200)
    expect((await gql(server, count)).body).toEqual({ data: { articles: { totalCount: 3 } } })
  })
})
