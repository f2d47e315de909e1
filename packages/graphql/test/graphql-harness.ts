/**
 * What the GraphQL test files share: a fresh database per file (in-memory PGlite, or a schema of
 * its own on the PostgreSQL server that `DATABASE_URL` names), a server over it, a request helper
 * through `yoga.fetch` (in process), and seed records written as the extractor would produce them.
 */

import { type Database, type DatabaseOptions, ingestExtraction, migrate, openDatabase } from '@vanban/store'
import { createTestTarget } from '@vanban/store/testing'
import { vi } from 'vitest'
import { extractionOf, SEED_ARTICLES, type SeedArticle } from '../bench/graphql-fixtures.ts'
import { createServer, type ServerOptions, type VanbanServer } from '../src/server/index.ts'

// Each file opens its own database and migrates it; under a parallel run that takes a while.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 })

/** The API key the test servers accept. */
export const TEST_KEY = 'test-key-7f3a'

/** Which databases the suite runs on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export const TARGETS: readonly string[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']

/**
 * A migrated, empty database of the given kind: in-memory PGlite, or a schema of its own on the
 * PostgreSQL server (the storage tests' createTestTarget) opened with `options`; `drop()` removes
 * it, and `url` names it (null on PGlite) for opening it again.
 */
export async function freshDatabase(
  kind: string,
  options: DatabaseOptions = {},
): Promise<Database & { drop: () => Promise<void>; url: string | null }> {
  if (kind === 'pglite') {
    const db = await openDatabase('memory://')
    await migrate(db)
    return Object.assign(db, { drop: () => db.close(), url: null })
  }
  const target = await createTestTarget('postgres')
  const db = await openDatabase(target.db, options)
  await migrate(db)
  return Object.assign(db, {
    url: target.db,
    drop: async () => {
      await db.close()
      await target.dispose()
    },
  })
}

/** A test server over `db` that accepts {@link TEST_KEY}. */
export function testServer(db: Database, options: Partial<ServerOptions> = {}): VanbanServer {
  return createServer({ prisma: db.prisma, apiKeys: [TEST_KEY], ...options })
}

/** A GraphQL response body. */
export type GraphQLBody<D = Record<string, any>> = {
  data?: D
  errors?: { message: string; extensions?: Record<string, unknown> }[]
}

/** POSTs one operation to `/graphql` in process and returns status and body. */
export async function gql<D = Record<string, any>>(
  server: VanbanServer,
  query: string,
  variables: Record<string, unknown> = {},
  options: { key?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: GraphQLBody<D> }> {
  const response = await server.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  })
  return { status: response.status, body: (await response.json()) as GraphQLBody<D> }
}

/** Stores the seed articles through the storage layer's ingestExtraction. */
export async function seed(db: Database, articles: readonly SeedArticle[] = SEED_ARTICLES): Promise<void> {
  for (const article of articles) await ingestExtraction(db.prisma, extractionOf(article))
}

export { bulkArticles, SEED_ARTICLES, type SeedArticle } from '../bench/graphql-fixtures.ts'
