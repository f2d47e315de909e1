/**
 * The plans of the statements the gateway sends for `bench:scale`'s cases, on the archive a
 * `pnpm bench:scale` run built (database vanban_scale_<articles> on the server of DATABASE_URL):
 * each case is sent through the gateway in process, every statement it sends is recorded with
 * its values and run again under `EXPLAIN (ANALYZE, BUFFERS)`, and the whole plan is printed.
 *
 *   node --conditions=@vanban/source packages/graphql/bench/explain-scale.ts --articles 100000 [--case typo]
 *
 * `--repeat N` times N requests of each case one after another instead (median and slowest, no
 * plans), with `--window W` the search window to time.
 */
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { openDatabase } from '@vanban/store'
import pg from 'pg'
import { createServer } from '../src/server/index.ts'
import { recordStatements } from './record-statements.ts'
import { buildPools } from './scale/pools.ts'
import { scaleCases } from './scale/queries.ts'
import { subjectsOf } from './scale/subjects.ts'

const { values: options } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000000' },
    case: { type: 'string' },
    db: { type: 'string' },
    repeat: { type: 'string' },
    window: { type: 'string' },
  },
})

// Every statement the pg driver sends, with its values.
const recorded = recordStatements()

async function main(): Promise<void> {
  const articles = Number(options.articles)
  const server = options.db ?? process.env.DATABASE_URL
  if (server === undefined) throw new Error('set DATABASE_URL or pass --db')
  const url = new URL(server)
  url.pathname = `/vanban_scale_${articles}`
  url.searchParams.delete('schema')
  const db = await openDatabase(url.toString(), { poolSize: 4 })
  const direct = new pg.Client({ connectionString: url.toString() })
  await direct.connect()
  const subjects = await db.withConnection((c) => subjectsOf(c, buildPools(articles)))
  console.log(JSON.stringify(subjects))
  const search = options.window === undefined ? {} : { window: Number(options.window) }
  const gateway = createServer({ prisma: db.prisma, apiKeys: [], search })
  const send = async (body: string) => {
    const response = await gateway.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
    return (await response.json()) as { errors?: { message: string }[] }
  }
  for (const c of scaleCases(subjects, null, 0)) {
    if (options.case !== undefined && !c.name.includes(options.case)) continue
    const body = JSON.stringify({ query: c.query, variables: c.variables })
    await send(body)
    if (options.repeat !== undefined) {
      const times: number[] = []
      for (let i = 0; i < Number(options.repeat); i += 1) {
        const t = performance.now()
        await send(body)
        times.push(performance.now() - t)
      }
      times.sort((a, b) => a - b)
      const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1)
      console.log(`${c.name.slice(0, 46).padEnd(46)} p50 ${at(0.5).padStart(7)}  max ${at(1).padStart(7)}`)
      continue
    }
    recorded.length = 0
    const started = performance.now()
    const answer = await send(body)
    const ms = performance.now() - started
    if (answer.errors) console.log(`${c.name}: ${answer.errors[0]?.message}`)
    const statements = recorded.filter((r) => /^\s*(WITH|SELECT)/i.test(r.text))
    console.log(`\n==== ${c.name}: ${ms.toFixed(1)} ms, ${statements.length} statement(s)`)
    for (const statement of statements) {
      console.log(`\n-- ${statement.text.replace(/\s+/g, ' ').slice(0, 4000)}`)
      console.log(`-- values ${JSON.stringify(statement.values).slice(0, 300)}`)
      const { rows } = await direct.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values)
      for (const row of rows) console.log((row as Record<string, string>)['QUERY PLAN'])
    }
  }
  await direct.end()
  await db.close()
}

await main()
