/**
 * `pnpm bench:graphql`: the gateway over loopback against PostGraphile v5 (bench/peer, the peer
 * a user would pick instead) and a baseline that serves the same JSON as the gateway from
 * hand-written SQL on the same database, driver and HTTP stack, on two operations: the nested
 * page of 50 events and the `directive(code) { events(first: 10) }` point lookup. Then the time
 * the limits take to reject abusive requests. Bounded: ROUNDS rounds, each at most REQUESTS
 * requests or SECONDS seconds per side; the sides interleave (A, B, C, A, B, C...) so that load
 * from elsewhere on the machine hits all three, and requests/s of every round, each side's
 * median and the range of the per-round ratios are printed.
 *
 *   BENCH_EVENTS=300 BENCH_REQUESTS=200 BENCH_ROUNDS=5 BENCH_CONCURRENCY=8 pnpm bench:graphql
 *   BENCH_DB=postgres://postgres@127.0.0.1:5432/test pnpm bench:graphql   (a scratch schema, dropped after)
 *   BENCH_ONLY=lookup pnpm bench:graphql   (one operation: page or lookup; no abuse timings)
 *
 * On PostgreSQL (BENCH_DB, else DATABASE_URL) all three run; without a server the gateway and
 * the baseline run on in-memory PGlite and PostGraphile, which needs a server, is left out.
 */
import { createServer as createHttpServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'
import type { PrismaClient } from '@vanban/store'
import { createPeerViews, PEER_LOOKUP, PEER_PAGE, startPostGraphile } from '../../../bench/postgraphile/index.ts'
import { createServer, listen } from '../src/server/index.ts'
import { type BenchDatabase, benchDatabase, seedBenchDatabase } from './bench-database.ts'
import { LOOKUP, PAGE_QUERY as QUERY } from './graphql-fixtures.ts'

const EVENTS = Number(process.env.BENCH_EVENTS ?? 300)
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8)
const PAGE = 50
const SERVER = process.env.BENCH_DB ?? process.env.DATABASE_URL
const CODE = '85-QĐ/TW'
const LOOKUP_FIRST = 10
const ONLY = process.env.BENCH_ONLY

type Row = { id: number; kind: string; date: string | null; title: string | null; organizer: string | null }

const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64')

// The same answer as QUERY, from five statements written by hand.
async function handWrittenPage(prisma: PrismaClient, first: number, code: string): Promise<unknown> {
  const where = `EXISTS (SELECT 1 FROM "Citation" c JOIN "Directive" d ON d.id = c."directiveId" WHERE c."eventId" = e.id AND d.code = $1)`
  const [events, counts] = await Promise.all([
    prisma.$queryRawUnsafe<Row[]>(
      `SELECT e.id, e.kind, e.date, e.title, o.name AS organizer FROM "Event" e LEFT JOIN "Organization" o ON o.id = e."organizerId"
       WHERE ${where} ORDER BY e."dateStart" DESC NULLS LAST, e.id DESC LIMIT $2`,
      code,
      first,
    ),
    prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Event" e WHERE ${where}`, code),
  ])
  const ids = events.map((e) => e.id)
  const [directives, articles, participants] = await Promise.all([
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
    // each person once per event, at their first participation, in the order of those
    prisma.$queryRawUnsafe<{ eventId: number; roles: string[]; name: string }[]>(
      `SELECT "eventId", roles, name FROM (SELECT DISTINCT ON (p."eventId", p."personId") p.id, p."eventId", p.roles, pe.name
         FROM "Participation" p JOIN "Person" pe ON pe.id = p."personId" WHERE p."eventId" = ANY($1)
         ORDER BY p."eventId", p."personId", p.id) first ORDER BY "eventId", id`,
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
            participants: participants
              .filter((p) => p.eventId === e.id)
              .map(({ roles, name }) => ({ roles, person: { name } })),
          },
        })),
      },
    },
  }
}

// The same answer as LOOKUP: the newest directive of the code, then its events newest first (undated last).
async function handWrittenLookup(prisma: PrismaClient, code: string, first: number): Promise<unknown> {
  const [directive] = await prisma.$queryRawUnsafe<{ id: number; code: string; title: string | null }[]>(
    `SELECT id, code, title FROM "Directive" WHERE code = $1 ORDER BY "issuedStart" DESC NULLS LAST, id DESC LIMIT 1`,
    code,
  )
  if (directive === undefined) return { data: { directive: null } }
  const events = await prisma.$queryRawUnsafe<Omit<Row, 'organizer'>[]>(
    `SELECT e.id, e.kind, e.date, e.title FROM "Event" e
     WHERE EXISTS (SELECT 1 FROM "Citation" c WHERE c."directiveId" = $1 AND c."eventId" = e.id)
     ORDER BY e."dateStart" DESC NULLS LAST, e.id DESC LIMIT $2`,
    directive.id,
    first,
  )
  return {
    data: {
      directive: {
        code: directive.code,
        title: directive.title,
        events: {
          edges: events.map((e) => ({
            node: { id: globalId('Event', e.id), kind: e.kind.toUpperCase(), date: e.date, title: e.title },
          })),
        },
      },
    },
  }
}

type BaselineRequest = { operationName?: string; variables: { first: number; code: string } }

function baselineServer(prisma: PrismaClient): Promise<{ server: Server; url: string }> {
  const server = createHttpServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const { operationName, variables } = JSON.parse(Buffer.concat(chunks).toString()) as BaselineRequest
      const answer =
        operationName === 'Lookup'
          ? handWrittenLookup(prisma, variables.code, variables.first)
          : handWrittenPage(prisma, variables.first, variables.code)
      answer.then(
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

/** One side's round: requests/s and latencies over loopback, and this process's CPU time per request. */
type Run = { requests: number; seconds: number; p50: number; p99: number; perSecond: number; cpuMs: number }

async function load(url: string, body: string): Promise<Run> {
  const latencies: number[] = []
  const cpu = process.cpuUsage()
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
  const used = process.cpuUsage(cpu)
  latencies.sort((a, b) => a - b)
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0
  const cpuMs = (used.user + used.system) / 1000 / latencies.length
  return {
    requests: latencies.length,
    seconds,
    p50: at(0.5),
    p99: at(0.99),
    perSecond: latencies.length / seconds,
    cpuMs,
  }
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

type Side = { name: string; url: string; page: string; lookup: string }

/** What an answer says, whoever serves it: the rows in order, by row id, without the envelope. */
function normalized(answer: unknown): unknown {
  const { data, errors } = answer as { data?: Record<string, unknown> | null; errors?: unknown[] }
  if (errors !== undefined || data === undefined || data === null) return { errors }
  const rowId = (id: string) => Number(/\d+/.exec(Buffer.from(id, 'base64').toString())?.[0])
  type Event = Record<string, unknown> & { id: string; kind: string }
  const event = (e: Event) => ({ id: rowId(e.id), kind: e.kind.toLowerCase(), date: e.date, title: e.title })
  const list = (nodes: unknown, pick: (n: Record<string, unknown>) => unknown) =>
    ((nodes as { nodes: Record<string, unknown>[] }).nodes ?? []).map(pick)
  if ('events' in data) {
    const events = data.events as { totalCount: number; edges: { node: Event }[] }
    return {
      totalCount: events.totalCount,
      events: events.edges.map(({ node: e }) => ({
        ...event(e),
        organizer: (e.organizer as { name: string } | null)?.name ?? null,
        directives: (e.directives as { code: string }[]).map((d) => d.code),
        articles: (e.articles as { title: string }[]).map((a) => a.title),
        participants: (e.participants as { person: { name: string } }[]).map((p) => p.person.name),
      })),
    }
  }
  if ('allEvents' in data) {
    const events = data.allEvents as { totalCount: number; nodes: Event[] }
    return {
      totalCount: events.totalCount,
      events: events.nodes.map((e) => ({
        ...event(e),
        organizer: (e.organizationByOrganizerId as { name: string } | null)?.name ?? null,
        directives: list(e.eventDirectivesByEventId, (n) => (n.directiveByDirectiveId as { code: string }).code),
        articles: list(e.eventReportsByEventId, (n) => (n.articleByArticleId as { title: string }).title),
        participants: list(e.eventParticipantsByEventId, (n) => (n.personByPersonId as { name: string }).name),
      })),
    }
  }
  if ('directive' in data) {
    const d = data.directive as { code: string; events: { edges: { node: Event }[] } }
    return { code: d.code, events: d.events.edges.map(({ node }) => event(node)) }
  }
  const [d] = (data.allDirectives as { nodes: (Record<string, unknown> & { code: string })[] }).nodes
  return { code: d?.code, events: list(d?.eventDirectivesByDirectiveId, (n) => event(n.eventByEventId as Event)) }
}

async function answers(side: Side): Promise<{ page: unknown; lookup: unknown }> {
  const [page, lookup] = await Promise.all([post(side.url, side.page), post(side.url, side.lookup)])
  return { page: await page.json(), lookup: await lookup.json() }
}

async function compare({ db, target, server }: BenchDatabase): Promise<void> {
  await seedBenchDatabase(db, EVENTS)
  const gateway = await listen(createServer({ prisma: db.prisma, apiKeys: [] }), { port: 0 })
  const baseline = await baselineServer(db.prisma)
  let peer: Awaited<ReturnType<typeof startPostGraphile>> | null = null
  if (server !== null) {
    await db.withConnection(createPeerViews)
    peer = await startPostGraphile(server.url, server.schema)
  }
  const body = (operationName: string, query: string, variables: object) =>
    JSON.stringify({ operationName, query, variables })
  const pageVariables = { first: PAGE, code: CODE }
  const lookupVariables = { code: CODE, first: LOOKUP_FIRST }
  const sides: Side[] = [
    {
      name: 'vanban',
      url: `${gateway.url}/graphql`,
      page: body('Page', QUERY, pageVariables),
      lookup: body('Lookup', LOOKUP, lookupVariables),
    },
    ...(peer === null
      ? []
      : [
          {
            name: 'PostGraphile',
            url: peer.url,
            page: body('Page', PEER_PAGE, pageVariables),
            lookup: body('Lookup', PEER_LOOKUP, lookupVariables),
          },
        ]),
    {
      name: 'hand SQL',
      url: `${baseline.url}/graphql`,
      page: body('Page', QUERY, pageVariables),
      lookup: body('Lookup', LOOKUP, lookupVariables),
    },
  ]

  // Every side must give the same answer, or the comparison would be unfair: the baseline the
  // gateway's very JSON, PostGraphile the same rows in the same order.
  const [ours, ...others] = await Promise.all(sides.map(answers))
  others.forEach((theirs, i) => {
    const name = sides[i + 1]?.name
    for (const op of ['page', 'lookup'] as const) {
      const same =
        name === 'hand SQL'
          ? JSON.stringify(theirs[op]) === JSON.stringify(ours?.[op])
          : JSON.stringify(normalized(theirs[op])) === JSON.stringify(normalized(ours?.[op]))
      if (!same)
        throw new Error(
          `${name} does not answer the ${op} as the gateway does; the comparison would be unfair:\n${JSON.stringify(normalized(theirs[op])).slice(0, 600)}\n${JSON.stringify(normalized(ours?.[op])).slice(0, 600)}`,
        )
    }
  })

  console.log(
    `${target}, ${EVENTS} bulk events stored; ${CONCURRENCY} concurrent clients over loopback; ${ROUNDS} interleaved rounds of at most ${REQUESTS} requests or ${SECONDS} s per side`,
  )
  if (peer === null) console.log('PostGraphile left out: it needs a PostgreSQL server (set BENCH_DB or DATABASE_URL)')
  const operations = [
    {
      op: 'page' as const,
      title: `nested events page (first: ${PAGE}: kind, date, organizer, directives, articles, participants)`,
    },
    { op: 'lookup' as const, title: `point lookup directive(code) { events(first: ${LOOKUP_FIRST}) }` },
  ]
  for (const { op, title } of operations.filter((o) => ONLY === undefined || o.op === ONLY)) {
    for (const side of sides) await load(side.url, side[op]) // warm up: JIT, plan caches
    const rounds = sides.map(() => [] as Run[])
    for (let round = 0; round < ROUNDS; round += 1)
      for (const [i, side] of sides.entries()) rounds[i]?.push(await load(side.url, side[op]))
    console.log(`\n${title}`)
    console.log(`  ${'req/s per round'.padEnd(16)} ${sides.map((s) => s.name.padStart(14)).join('')}`)
    for (let round = 0; round < ROUNDS; round += 1)
      console.log(
        `  ${`round ${round + 1}`.padEnd(16)} ${rounds.map((r) => (r[round]?.perSecond ?? 0).toFixed(1).padStart(14)).join('')}`,
      )
    const medians = rounds.map((r) => median(r))
    console.log(`  ${'median'.padEnd(16)} ${medians.map((m) => m.perSecond.toFixed(1).padStart(14)).join('')}`)
    console.log(
      `  ${'p50 / p99 ms'.padEnd(16)} ${medians.map((m) => `${m.p50.toFixed(0)} / ${m.p99.toFixed(0)}`.padStart(14)).join('')}`,
    )
    // The sides share this process (server and clients): its CPU time per request is each side's
    // JS cost plus the same client cost, which load elsewhere on the machine does not inflate.
    const cpu = rounds.map((r) => [...r].sort((x, y) => x.cpuMs - y.cpuMs)[Math.floor(r.length / 2)]?.cpuMs ?? 0)
    console.log(`  ${'node CPU ms/req'.padEnd(16)} ${cpu.map((ms) => ms.toFixed(2).padStart(14)).join('')}`)
    for (const [i, side] of sides.entries()) {
      if (i === 0) continue
      const ratios = (rounds[0] ?? []).map((r, k) => r.perSecond / (rounds[i]?.[k]?.perSecond ?? Number.NaN))
      const target = side.name === 'PostGraphile' ? 1.0 : 0.7
      const m = (medians[0]?.perSecond ?? 0) / (medians[i]?.perSecond ?? Number.NaN)
      console.log(
        `  vanban/${side.name}: ${m.toFixed(2)}x (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}), target ≥ ${target.toFixed(1)}x: ${m >= target ? 'met' : 'not met'}`,
      )
    }
  }

  if (ONLY === undefined) {
    const rejections = await rejectionTimes(`${gateway.url}/graphql`)
    console.log('\nabuse rejected by vanban (median of 7, over loopback):')
    for (const [name, r] of Object.entries(rejections))
      console.log(`  ${name.padEnd(18)} ${r.ms.toFixed(1).padStart(7)} ms  ${r.status}  ${r.message}`)
  }

  await gateway.close()
  await new Promise((resolve) => baseline.server.close(resolve))
  await peer?.close()
}

// The scratch schema goes whatever happens: a failed comparison must not leave it behind.
async function main(): Promise<void> {
  // In-memory PGlite by default; on a server, a schema of its own so nothing else is touched.
  const opened = await benchDatabase(SERVER, 'vanban_bench')
  try {
    await compare(opened)
  } finally {
    await opened.drop()
  }
}

const median = (runs: Run[]) => [...runs].sort((x, y) => x.perSecond - y.perSecond)[Math.floor(runs.length / 2)] as Run

await main()
