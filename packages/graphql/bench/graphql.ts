/**
 * `pnpm bench:graphql`: the gateway over loopback against a baseline that serves the same JSON
 * from hand-written SQL on the same database, driver and HTTP stack, and the time the limits take
 * to reject abusive requests. The gateway runs twice: as shipped (relations read with Prisma's
 * join strategy, one statement per page) and with Prisma's query strategy forced (one statement
 * per relation), on the nested page and on a directive lookup. Bounded: ROUNDS rounds, each at most REQUESTS requests or SECONDS
 * seconds per side; the sides alternate so that load from elsewhere on the machine hits both,
 * and each side's median round is reported.
 *
 *   BENCH_EVENTS=300 BENCH_REQUESTS=200 BENCH_ROUNDS=3 BENCH_CONCURRENCY=8 pnpm bench:graphql
 *   BENCH_DB=postgres://postgres@127.0.0.1:5432/test pnpm bench:graphql   (a scratch schema, dropped after)
 */
import { createServer as createHttpServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'
import type { PrismaClient } from '@vanban/store'
import { type Database, ingestExtraction, migrate, openDatabase } from '@vanban/store'
import { createServer, listen } from '../src/server/index.ts'
import { bulkArticles, extractionOf, SEED_ARTICLES } from './graphql-fixtures.ts'

const EVENTS = Number(process.env.BENCH_EVENTS ?? 300)
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8)
const PAGE = 50
const SERVER = process.env.BENCH_DB

// In-memory PGlite by default; on a server, a schema of its own so nothing else is touched.
async function benchDatabase(): Promise<{ db: Database; target: string; drop: () => Promise<void> }> {
  if (SERVER === undefined) {
    const db = await openDatabase('memory://')
    return { db, target: 'PGlite in memory', drop: () => db.close() }
  }
  const schema = `vanban_bench_${process.pid}`
  const url = new URL(SERVER)
  url.searchParams.set('schema', schema)
  const db = await openDatabase(url.toString())
  await db.withConnection(async (c) => {
    await c.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public')
    await c.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}"`)
  })
  return {
    db,
    target: `PostgreSQL (schema ${schema})`,
    drop: async () => {
      await db.withConnection((c) => c.exec(`DROP SCHEMA "${schema}" CASCADE`))
      await db.close()
    },
  }
}

const QUERY = `query Page($first: Int!) {
  events(first: $first, filter: { directive: "85-QĐ/TW" }) {
    totalCount
    edges { node { id kind date title organizer { name } directives { code title } articles { title url publishedAt } } } } }`

const LOOKUP = `query Lookup($code: String!, $first: Int!) {
  directive(code: $code) { code title
    relations { type direction directive { code } }
    events(first: $first) { edges { node { kind date organizer { name } } } }
    articles(first: $first) { edges { node { title url } } } } }`

/** The client with Prisma's query strategy forced on every read: one statement per relation. */
function queryStrategy(prisma: PrismaClient): PrismaClient {
  return prisma.$extends({
    query: {
      $allModels: {
        $allOperations({ args, query }) {
          const a = args as { relationLoadStrategy?: string }
          return query((a.relationLoadStrategy ? { ...a, relationLoadStrategy: 'query' } : a) as never)
        },
      },
    },
  }) as unknown as PrismaClient
}

type Row = { id: number; kind: string; date: string | null; title: string | null; organizer: string | null }

const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64')

// The same answer as QUERY, from four statements written by hand.
async function handWritten(prisma: PrismaClient, first: number): Promise<unknown> {
  const where = `EXISTS (SELECT 1 FROM "Citation" c JOIN "Directive" d ON d.id = c."directiveId" WHERE c."eventId" = e.id AND d.code = $1)`
  const [events, counts] = await Promise.all([
    prisma.$queryRawUnsafe<Row[]>(
      `SELECT e.id, e.kind, e.date, e.title, o.name AS organizer FROM "Event" e LEFT JOIN "Organization" o ON o.id = e."organizerId"
       WHERE ${where} ORDER BY e."dateStart" DESC NULLS LAST, e.id DESC LIMIT $2`,
      '85-QĐ/TW',
      first,
    ),
    prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Event" e WHERE ${where}`, '85-QĐ/TW'),
  ])
  const ids = events.map((e) => e.id)
  const [directives, articles] = await Promise.all([
    prisma.$queryRawUnsafe<{ eventId: number; code: string; title: string | null }[]>(
      `SELECT DISTINCT ON (c."eventId", c."directiveId") c."eventId", d.code, d.title FROM "Citation" c JOIN "Directive" d ON d.id = c."directiveId"
       WHERE c."eventId" = ANY($1) ORDER BY c."eventId", c."directiveId", c.id`,
      ids,
    ),
    prisma.$queryRawUnsafe<{ eventId: number; title: string | null; url: string | null; publishedAt: string | null }[]>(
      `SELECT r."eventId", a.title, a.url, a."publishedAt" FROM "EventReport" r JOIN "Article" a ON a.id = r."articleId"
       WHERE r."eventId" = ANY($1) ORDER BY r."eventId", r."articleId"`,
      ids,
    ),
  ])
  return {
    data: {
      events: {
        totalCount: counts[0]?.n ?? 0,
        edges: events.map((e) => ({
          node: {
            id: globalId('Event', e.id),
            kind: e.kind.toUpperCase(),
            date: e.date,
            title: e.title,
            organizer: e.organizer === null ? null : { name: e.organizer },
            directives: directives.filter((d) => d.eventId === e.id).map(({ code, title }) => ({ code, title })),
            articles: articles
              .filter((a) => a.eventId === e.id)
              .map(({ title, url, publishedAt }) => ({ title, url, publishedAt })),
          },
        })),
      },
    },
  }
}

function baselineServer(prisma: PrismaClient): Promise<{ server: Server; url: string }> {
  const server = createHttpServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const { variables } = JSON.parse(Buffer.concat(chunks).toString()) as { variables: { first: number } }
      handWritten(prisma, variables.first).then(
        (body) => {
          response.writeHead(200, { 'content-type': 'application/json' })
          response.end(JSON.stringify(body))
        },
        (error: unknown) => {
          response.writeHead(500)
          response.end(String(error))
        },
      )
    })
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  )
}

function post(url: string, body: string): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
}

type Run = { requests: number; seconds: number; p50: number; p99: number; perSecond: number }

async function load(url: string, body: string): Promise<Run> {
  const latencies: number[] = []
  const started = performance.now()
  let issued = 0
  const worker = async () => {
    while (issued < REQUESTS && performance.now() - started < SECONDS * 1000) {
      issued += 1
      const t = performance.now()
      const response = await post(url, body)
      await response.text()
      if (!response.ok) throw new Error(`${url} answered ${response.status}`)
      latencies.push(performance.now() - t)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0
  return { requests: latencies.length, seconds, p50: at(0.5), p99: at(0.99), perSecond: latencies.length / seconds }
}

const ABUSE: Record<string, string> = {
  'depth 50': (() => {
    let inner = 'code'
    for (let i = 0; i < 25; i += 1) inner = `relations { directive { ${inner} } }`
    return JSON.stringify({ query: `{ directive(code: "85-QĐ/TW") { ${inner} } }` })
  })(),
  '1,000 aliases': JSON.stringify({
    query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
  }),
  'first: 100000': JSON.stringify({ query: '{ events(first: 100000) { totalCount edges { node { id } } } }' }),
  '5 MB body': JSON.stringify({ query: `{ __typename } # ${'x'.repeat(5 * 1024 * 1024)}` }),
  '6,000 tokens': JSON.stringify({ query: `{ ${Array.from({ length: 6000 }, () => '__typename').join(' ')} }` }),
  'cost 100x100x100': JSON.stringify({
    query:
      '{ directives(first: 100) { edges { node { events(first: 100) { edges { node { organizer { events(first: 100) { totalCount } } } } } } } } }',
  }),
}

async function rejectionTimes(url: string): Promise<Record<string, { ms: number; status: number; message: string }>> {
  const results: Record<string, { ms: number; status: number; message: string }> = {}
  for (const [name, body] of Object.entries(ABUSE)) {
    const times: number[] = []
    let status = 0
    let message = ''
    for (let i = 0; i < 7; i += 1) {
      const t = performance.now()
      const response = await post(url, body)
      const json = (await response.json()) as { errors?: { message: string }[] }
      times.push(performance.now() - t)
      status = response.status
      message = json.errors?.[0]?.message ?? '(accepted)'
    }
    times.sort((a, b) => a - b)
    results[name] = { ms: times[3] ?? 0, status, message }
  }
  return results
}

async function main(): Promise<void> {
  const { db, target, drop } = await benchDatabase()
  await migrate(db)
  for (const seed of [...SEED_ARTICLES, ...bulkArticles(EVENTS)]) {
    const result = await ingestExtraction(db.prisma, extractionOf(seed))
    if (result.status === 'failed') throw new Error(result.reason)
  }
  const gateway = await listen(createServer({ prisma: db.prisma, apiKeys: [] }), { port: 0 })
  const byQuery = await listen(createServer({ prisma: queryStrategy(db.prisma), apiKeys: [] }), { port: 0 })
  const baseline = await baselineServer(db.prisma)
  const body = JSON.stringify({ query: QUERY, variables: { first: PAGE } })
  const lookup = JSON.stringify({ query: LOOKUP, variables: { code: '85-QĐ/TW', first: 10 } })

  const [fromGateway, fromBaseline, fromQuery] = await Promise.all([
    post(`${gateway.url}/graphql`, body).then((r) => r.json()),
    post(`${baseline.url}/graphql`, body).then((r) => r.json()),
    post(`${byQuery.url}/graphql`, body).then((r) => r.json()),
  ])
  if (
    JSON.stringify(fromGateway) !== JSON.stringify(fromBaseline) ||
    JSON.stringify(fromQuery) !== JSON.stringify(fromBaseline)
  ) {
    throw new Error('the baseline does not serve the same JSON as the gateway; the comparison would be unfair')
  }

  const median = (runs: Run[]) =>
    [...runs].sort((x, y) => x.perSecond - y.perSecond)[Math.floor(runs.length / 2)] as Run
  // every side warmed (JIT, Prisma's query plan cache), then the sides alternate round by round
  const compare = async (request: string, sides: Record<string, string>) => {
    for (const url of Object.values(sides)) await load(url, request)
    const rounds = Object.fromEntries(Object.keys(sides).map((name) => [name, [] as Run[]]))
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [name, url] of Object.entries(sides)) rounds[name]?.push(await load(url, request))
    }
    return Object.fromEntries(Object.entries(rounds).map(([name, runs]) => [name, { median: median(runs), runs }]))
  }
  const page = await compare(body, {
    'gateway (join)': `${gateway.url}/graphql`,
    'gateway (query)': `${byQuery.url}/graphql`,
    'baseline (hand SQL)': `${baseline.url}/graphql`,
  })
  const point = await compare(lookup, {
    'gateway (join)': `${gateway.url}/graphql`,
    'gateway (query)': `${byQuery.url}/graphql`,
  })
  const rejections = await rejectionTimes(`${gateway.url}/graphql`)

  const row = (name: string, r: { median: Run; runs: Run[] }) => {
    const rates = r.runs.map((run) => run.perSecond)
    const m = r.median
    return `${name.padEnd(22)} ${m.perSecond.toFixed(1).padStart(8)} req/s (rounds ${Math.min(...rates).toFixed(0)}–${Math.max(...rates).toFixed(0)})   p50 ${m.p50.toFixed(1).padStart(7)} ms   p99 ${m.p99.toFixed(1).padStart(7)} ms`
  }
  const ratio = (x: { median: Run } | undefined, y: { median: Run } | undefined) =>
    ((x?.median.perSecond ?? 0) / (y?.median.perSecond ?? 1)).toFixed(2)
  console.log(
    `nested events page (first: ${PAGE}, ${EVENTS} events stored), ${target}, ${CONCURRENCY} concurrent clients over loopback, median of ${ROUNDS} alternating rounds`,
  )
  for (const [name, r] of Object.entries(page)) console.log(row(name, r))
  console.log(`ratio gateway (join)/baseline req/s: ${ratio(page['gateway (join)'], page['baseline (hand SQL)'])}`)
  console.log(`ratio gateway (join)/gateway (query) req/s: ${ratio(page['gateway (join)'], page['gateway (query)'])}`)
  console.log('\ndirective lookup (85-QĐ/TW: relations, first 10 events and articles)')
  for (const [name, r] of Object.entries(point)) console.log(row(name, r))
  console.log(`ratio gateway (join)/gateway (query) req/s: ${ratio(point['gateway (join)'], point['gateway (query)'])}`)
  console.log('\nabuse rejected (median of 7, over loopback):')
  for (const [name, r] of Object.entries(rejections))
    console.log(`  ${name.padEnd(18)} ${r.ms.toFixed(1).padStart(7)} ms  ${r.status}  ${r.message}`)

  await gateway.close()
  await byQuery.close()
  await new Promise((resolve) => baseline.server.close(resolve))
  await drop()
}

await main()
