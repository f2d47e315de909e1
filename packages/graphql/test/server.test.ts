import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createServer, listen, type VanbanServer } from '../src/server/index.ts'
import { freshDatabase, gql, seed, TARGETS, testServer } from './graphql-harness.ts'
import { slowSchema } from './slow-schema.ts'

/** POSTs `query` to a listening server. */
function post(url: string, query: string): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
}

describe.each(TARGETS)('server on %s', (target) => {
  let server: VanbanServer
  let db: Awaited<ReturnType<typeof freshDatabase>>

  beforeAll(async () => {
    db = await freshDatabase(target)
    await seed(db)
    server = testServer(db)
  }, 180_000)
  afterAll(() => db.drop(), 60_000)

  it('answers /healthz while alive and /readyz when the database answers', async () => {
    const health = await server.fetch('http://localhost/healthz')
    expect(health.status).toBe(200)
    const ready = await server.fetch('http://localhost/readyz')
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready' })
  })

  it('reports not ready when the database does not answer', async () => {
    const broken = testServer({
      ...db,
      prisma: { $queryRaw: () => Promise.reject(new Error('connection refused')) } as never,
    })
    const ready = await broken.fetch('http://localhost/readyz')
    expect(ready.status).toBe(503)
    expect(await ready.json()).toEqual({ status: 'database unavailable' })
  })

  it('reports not ready within its bound when the database does not answer at all', async () => {
    const frozen = testServer(
      { ...db, prisma: { $queryRaw: () => new Promise(() => {}) } as never },
      { readyTimeoutMs: 100 },
    )
    const ready = await frozen.fetch('http://localhost/readyz')
    expect(ready.status).toBe(503)
    expect(await ready.json()).toEqual({ status: 'database unavailable' })
  })

  it('refuses a GraphQL GET without the CSRF header, and serves it with one', async () => {
    const url = `http://localhost/graphql?query=${encodeURIComponent('{ articles { totalCount } }')}`
    const bare = await server.fetch(url)
    expect(bare.status).toBe(403)
    expect(JSON.stringify(await bare.json())).toMatch(/CSRF header/)
    const withHeader = await server.fetch(url, { headers: { 'x-graphql-yoga-csrf': '1' } })
    expect(withHeader.status).toBe(200)
    const form = await server.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ articles { totalCount } }' }),
    })
    expect(form.status).toBe(403)
  })

  it('refuses mutations over GET', async () => {
    const url = `http://localhost/graphql?query=${encodeURIComponent('mutation { ingestArticle(input: { text: "x" }) { __typename } }')}`
    const response = await server.fetch(url, { headers: { 'x-graphql-yoga-csrf': '1' } })
    expect(response.status).toBe(405)
  })

  it('serves over loopback and shuts down gracefully: in-flight requests finish, new ones are refused', async () => {
    const slow = slowSchema()
    const server = testServer(db, { schema: slow.schema })
    const listening = await listen(server, { port: 0 })
    const inFlight = post(listening.url, '{ gated }')
    await slow.started
    const closing = listening.close()
    expect(server.readiness.ready).toBe(false)
    slow.open()
    const response = await inFlight
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: { gated: 3 } })
    expect(await closing).toEqual({ cancelled: 0 })
    await expect(fetch(`${listening.url}/healthz`)).rejects.toThrow()
  })

  // PGlite cannot interrupt a running statement (it runs on this thread), so only PostgreSQL runs one.
  const overdue = [
    { name: 'waiting to start a statement', query: '{ gated }', running: false },
    { name: 'running a statement', query: '{ sleep(seconds: 60) }', running: true },
  ]
  it.each(overdue.filter((request) => target === 'postgres' || !request.running))(
    'cancels a request still $name after the grace period: SHUTTING_DOWN, nothing logged, the pool intact',
    async ({ query }) => {
      const logged = vi.spyOn(console, 'error')
      try {
        const slow = slowSchema()
        const server = testServer(db, { schema: slow.schema })
        const cancel = server.cancelInFlight
        // the gated resolver sends its statement only once shutdown has called the work off
        server.cancelInFlight = () => {
          cancel()
          slow.open()
        }
        const listening = await listen(server, { port: 0, shutdownGraceMs: 100 })
        const inFlight = post(listening.url, query)
        await slow.started
        const closing = listening.close()
        const body = await (await inFlight).json()
        expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'SHUTTING_DOWN' } })])
        expect(await closing).toEqual({ cancelled: 1 })
        expect(logged).not.toHaveBeenCalled()
        expect((await gql(testServer(db), '{ articles { totalCount } }')).body).toEqual({
          data: { articles: { totalCount: 3 } },
        })
      } finally {
        logged.mockRestore()
      }
    },
  )

  it('answers the contract query through a real socket', async () => {
    const listening = await listen(server, { port: 0 })
    try {
      const response = await fetch(`${listening.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ directive(code: "35-NQ/TW") { code } }' }),
      })
      expect(await response.json()).toEqual({ data: { directive: { code: '35-NQ/TW' } } })
    } finally {
      await listening.close()
    }
  })

  it('serves a built web app beside GraphQL from one origin, and nothing outside its folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vanban-web-'))
    await mkdir(join(dir, 'assets'))
    await writeFile(join(dir, 'index.html'), '<!doctype html><html lang="vi"><title>Tra cứu văn bản</title></html>')
    await writeFile(join(dir, 'assets', 'app-1a2b.js'), 'console.log("vanban")')
    const listening = await listen(server, { port: 0, staticDir: dir })
    try {
      const page = await fetch(`${listening.url}/chi-thi/05-CT-TW`)
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await page.text()).toContain('Tra cứu văn bản')
      const asset = await fetch(`${listening.url}/assets/app-1a2b.js`)
      expect(asset.headers.get('cache-control')).toContain('immutable')
      expect((await fetch(`${listening.url}/%2e%2e%2f%2e%2e%2fetc%2fpasswd`)).status).toBe(403)
      expect(await (await fetch(`${listening.url}/healthz`)).text()).not.toContain('<!doctype html>')
      const answer = await fetch(`${listening.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ directive(code: "35-NQ/TW") { code } }' }),
      })
      expect(await answer.json()).toEqual({ data: { directive: { code: '35-NQ/TW' } } })
    } finally {
      await listening.close()
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('takes its keys from VANBAN_API_KEYS (comma-separated) when none are given', async () => {
    const previous = process.env.VANBAN_API_KEYS
    process.env.VANBAN_API_KEYS = ' first-key , second-key '
    try {
      const fromEnv = createServer({ prisma: db.prisma })
      const mutation = 'mutation { upsertDirective(input: { code: "Quý II" }) { __typename } }'
      for (const key of ['first-key', 'second-key']) {
        const { body } = await gql(fromEnv, mutation, {}, { key })
        expect(body.data?.upsertDirective.__typename, key).toBe('ValidationError')
      }
      const { body } = await gql(fromEnv, mutation, {}, { key: 'first-key , second-key' })
      expect(body.data?.upsertDirective.__typename).toBe('NotAuthorizedError')
    } finally {
      if (previous === undefined) delete process.env.VANBAN_API_KEYS
      else process.env.VANBAN_API_KEYS = previous
    }
  })

  it('keeps keyed mutations keyed over in-process requests too', async () => {
    const { body } = await gql(server, 'mutation { upsertDirective(input: { code: "05-CT/TW" }) { __typename } }')
    expect(body.data?.upsertDirective.__typename).toBe('NotAuthorizedError')
  })
})
