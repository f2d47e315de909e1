/**
 * `node --conditions=@vanban/source packages/graphql/bench/profile.ts page|lookup [requests]`: the gateway alone,
 * in process (yoga's fetch, no sockets), on the bench's data in a scratch schema, answering one
 * of bench:graphql's operations `requests` times from 8 concurrent callers, and printing the
 * process's CPU time per request: the JS cost of a request, which load elsewhere on the machine
 * does not inflate as it does wall time. With PROFILE=file.cpuprofile, a CPU profile of the timed
 * rounds only (not the seeding) is written there, to see where that time goes.
 */
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { performance } from 'node:perf_hooks'
import { createServer } from '../src/server/index.ts'
import { benchDatabase, seedBenchDatabase } from './bench-database.ts'
import { LOOKUP, PAGE_QUERY } from './graphql-fixtures.ts'

const SERVER = process.env.BENCH_DB ?? process.env.DATABASE_URL
if (SERVER === undefined) throw new Error('set BENCH_DB or DATABASE_URL to a PostgreSQL server')
const op = process.argv[2] === 'lookup' ? 'lookup' : 'page'
const requests = Number(process.argv[3] ?? 400)
const concurrency = 8

const { db, drop } = await benchDatabase(SERVER, 'vanban_profile')
try {
  await seedBenchDatabase(db, Number(process.env.BENCH_EVENTS ?? 300))
  const server = createServer({ prisma: db.prisma, apiKeys: [] })
  const body = JSON.stringify(
    op === 'page'
      ? { query: PAGE_QUERY, variables: { first: 50, code: '85-QĐ/TW' } }
      : { query: LOOKUP, variables: { code: '85-QĐ/TW', first: 10 } },
  )
  const ask = async () => {
    const response = await server.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
    const text = await response.text()
    if (!response.ok || text.includes('"errors"')) throw new Error(text.slice(0, 400))
  }
  const run = async (n: number) => {
    let issued = 0
    const cpu = process.cpuUsage()
    const started = performance.now()
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (issued < n) {
          issued += 1
          await ask()
        }
      }),
    )
    const used = process.cpuUsage(cpu)
    return { ms: performance.now() - started, cpu: (used.user + used.system) / 1000 }
  }
  await run(100) // warm up: JIT, plan caches
  const profiler = process.env.PROFILE === undefined ? null : new Session()
  if (profiler !== null) {
    profiler.connect()
    await profiler.post('Profiler.enable')
    await profiler.post('Profiler.start')
  }
  for (let round = 0; round < 3; round += 1) {
    const { ms, cpu } = await run(requests)
    console.log(
      `${op}: ${requests} requests, ${(cpu / requests).toFixed(2)} ms CPU/request, ${((requests / ms) * 1000).toFixed(1)} req/s wall`,
    )
  }
  if (profiler !== null && process.env.PROFILE !== undefined) {
    const { profile } = await profiler.post('Profiler.stop')
    writeFileSync(process.env.PROFILE, JSON.stringify(profile))
  }
} finally {
  await drop()
}
