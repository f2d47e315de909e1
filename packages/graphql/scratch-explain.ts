import pg from 'pg'
import { parseSearchQuery } from './src/schema/search/query.ts'
import {
  cappedCountsSql,
  estimateSql,
  rankedPageSql,
  SEARCH_KINDS,
  type SearchFilters,
} from './src/schema/search/statements.ts'

const pool = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:5432/search_scratch' })
const all: SearchFilters = { kinds: SEARCH_KINDS, from: null, to: null, directive: null }
const only = process.argv[3]
const queries0: [string, SearchFilters][] = [
  ['dang uy', all], // common
  ['"hoi nghi" OR "quoc phong"', all],
  ['thong tin truyen thong', all], // rarer words
  ['35-NQ/TW', all],
  ['hoa phog', all], // typo
  ['nguyen van hai', all],
  ['hoc tap', { ...all, from: new Date('2020-01-01'), to: new Date('2020-12-31') }],
  ['hoc tap', { ...all, directive: '35-NQ/TW' }],
  ['xyzzy', all],
]
const queries = only ? queries0.filter(([t]) => t === only) : queries0
const mode = process.argv[2] ?? 'time'
for (const [text, filters] of queries) {
  const q = parseSearchQuery(text)
  for (const [name, sql] of [
    ['page', rankedPageSql(q, filters, { limit: 21, offset: 0, window: 1000 })],
    ['deep page', rankedPageSql(q, filters, { limit: 21, offset: 980, window: 1000 })],
    ['count', cappedCountsSql(q, filters, SEARCH_KINDS, 10_000)],
    ...(mode === 'explain' ? [] : [['estimate', estimateSql('Article', q, filters)] as const]),
  ] as const) {
    if (sql === null) continue
    if (mode === 'explain') {
      const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql.text}`, sql.values)
      console.log(`=== ${text} ${JSON.stringify({ ...filters, kinds: undefined })} ${name}`)
      console.log(rows.map((r) => r['QUERY PLAN']).join('\n'))
    } else {
      const times: number[] = []
      for (let i = 0; i < 5; i++) {
        const t = performance.now()
        await pool.query(sql.text, sql.values)
        times.push(performance.now() - t)
      }
      times.sort((a, b) => a - b)
      console.log(
        `${name.padEnd(9)} ${text.padEnd(30)} ${filters.from ? 'dates ' : filters.directive ? 'dir ' : ''}median ${times[2]?.toFixed(1)} ms max ${times[4]?.toFixed(1)}`,
      )
    }
  }
}
await pool.end()
