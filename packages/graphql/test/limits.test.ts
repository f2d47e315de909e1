import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS, type VanbanServer } from '../src/server/index.ts'
import { bulkArticles, freshDatabase, gql, seed, TARGETS, testServer } from './graphql-harness.ts'

function nested(depth: number): string {
  // directive -> relations -> directive -> relations ... a legal query `depth` levels deep
  let inner = 'code'
  for (let i = 0; i < depth; i += 1) inner = `relations { directive { ${inner} } }`
  return `{ directive(code: "85-QĐ/TW") { ${inner} } }`
}

describe.each(TARGETS)('production limits on %s', (target) => {
  let server: VanbanServer
  let db: Awaited<ReturnType<typeof freshDatabase>>
  let drop: () => Promise<void>

  beforeAll(async () => {
    db = await freshDatabase(target)
    drop = db.drop
    await seed(db, bulkArticles(3))
    server = testServer(db)
  }, 180_000)
  afterAll(() => drop(), 60_000)

  it('lets a real relay query three connections deep through', async () => {
    const { body } = await gql(
      server,
      `query Page($first: Int) {
      directives(first: $first) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id code title issuedOn relations { type direction directive { code } }
          events(first: 5) { totalCount edges { node { id kind date title organizer { name events(first: 5) { totalCount } }
            directives { code } articles { title url } participants { roles person { name } } } } } } } } }`,
      { first: 50 },
    )
    expect(body.errors?.map((e) => e.message)).toBeUndefined()
    expect(body.data?.directives.totalCount).toBe(2)
  })

  it('rejects a query 50 levels deep, naming the limit', async () => {
    const { body } = await gql(server, nested(25))
    expect(body.errors?.[0]?.message).toBe(
      `the query is nested deeper than ${DEFAULT_LIMITS.maxDepth} levels; split it into smaller queries`,
    )
  })

  it('rejects 1,000 aliases', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')
    const { body } = await gql(server, `{ ${aliases} }`)
    expect(body.errors?.map((e) => e.message)).toContain(
      `the query uses more aliases than the ${DEFAULT_LIMITS.maxAliases} accepted (a fragment counts each time it is spread)`,
    )
  })

  it('rejects first: 100000 on every connection, saying the largest page', async () => {
    for (const query of [
      '{ events(first: 100000) { totalCount } }',
      '{ search(query: "85-QD/TW", first: 100000) { totalCount } }',
      '{ directive(code: "85-QĐ/TW") { events(first: 100000) { totalCount } } }',
    ]) {
      const { body } = await gql(server, query)
      expect(body.errors?.[0]?.message, query).toMatch(/at most 100 (records|results) per page/)
    }
    const atLimit = await gql(server, '{ events(first: 100) { totalCount } }')
    expect(atLimit.body.errors).toBeUndefined()
  })

  it('rejects a 5 MB body before reading it as GraphQL', async () => {
    const big = `{ events { totalCount } } # ${'x'.repeat(5 * 1024 * 1024)}`
    const { status, body } = await gql(server, big)
    expect(status).toBe(413)
    expect(body.errors?.[0]?.message).toMatch(/at most 1048576 are accepted/)
  })

  it('cuts off a body of undeclared length once it passes the limit', async () => {
    const send = async (text: string) => {
      const bytes = new TextEncoder().encode(text)
      // chunked: no Content-Length, so the limit counts the body as it is read
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 65_536) controller.enqueue(bytes.slice(i, i + 65_536))
          controller.close()
        },
      })
      const response = await server.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit)
      return { status: response.status, body: (await response.json()) as { errors?: { message: string }[] } }
    }
    expect((await send(JSON.stringify({ query: '{ __typename }' }))).status).toBe(200)
    const big = await send(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(2 * 1024 * 1024)}` }))
    expect(big.status).toBe(413)
    expect(big.body.errors?.[0]?.message).toMatch(/at most 1048576 are accepted/)
  })

  it('rejects a document of more tokens than the limit', async () => {
    const fields = Array.from({ length: 6000 }, () => '__typename').join(' ')
    const { body } = await gql(server, `{ ${fields} }`)
    expect(body.errors?.[0]?.message).toBe(
      `the query has more than ${DEFAULT_LIMITS.maxTokens} tokens; send a smaller query`,
    )
  })

  it('rejects a query whose nested pages multiply past the cost limit, counting variables', async () => {
    const query = `query($n: Int) { directives(first: $n) { edges { node { events(first: $n) { edges { node { organizer { events(first: $n) { edges { node { title date } } } } } } } } } } }`
    const { body } = await gql(server, query, { n: 100 })
    expect(body.errors?.[0]?.message).toBe(
      `the query's estimated cost exceeds ${DEFAULT_LIMITS.maxCost}; ask for smaller pages or fewer nested connections`,
    )
    const small = await gql(server, query, { n: 5 })
    expect(small.body.errors).toBeUndefined()
  })

  it('masks unexpected errors: no stack, no SQL, no database detail', async () => {
    const failing = {
      ...db.prisma,
      article: {
        findMany: () => Promise.reject(new Error('relation "Article" does not exist: SELECT "id" FROM "Article"')),
      },
    }
    const { body } = await gql(
      testServer({ ...db, prisma: failing as never }),
      '{ articles { edges { node { id } } } }',
    )
    const text = JSON.stringify(body)
    expect(body.errors?.[0]?.message).toBe('Unexpected error.')
    expect(text).not.toMatch(/stack|SELECT|prisma|at .*\.ts/i)
  })

  it('turns introspection and GraphiQL off under NODE_ENV=production unless enabled', async () => {
    const previous = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      const production = testServer(db)
      const { body } = await gql(production, '{ __schema { types { name } } }')
      expect(body.errors?.[0]?.message).toMatch(/introspection/i)
      const page = await production.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } })
      expect(await page.text()).not.toMatch(/graphiql/i)
      const enabled = testServer(db, { introspection: true, graphiql: true })
      const open = await gql(enabled, '{ __schema { queryType { name } } }')
      expect(open.body.data?.__schema.queryType.name).toBe('Query')
      const graphiql = await enabled.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } })
      expect(await graphiql.text()).toMatch(/graphiql/i)
    } finally {
      process.env.NODE_ENV = previous
    }
  })
})
