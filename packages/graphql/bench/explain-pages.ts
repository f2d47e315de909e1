/**
 * The plans of the statements the gateway sends for its pages, on a synthetic archive in a
 * throwaway PostgreSQL database: 200,000 articles and events, 400,000 citations (one directive
 * cited by a tenth of them), organisations, people. Each operation is sent through the gateway
 * in process; every statement it sends is recorded with its values and run again under
 * `EXPLAIN (ANALYZE, BUFFERS)`. A plan that reads every row of a large table is what this looks for.
 *
 *   createdb pages_scratch
 *   EXPLAIN_DB=postgres://postgres@127.0.0.1:5432/pages_scratch node --conditions=@vanban/source packages/graphql/bench/explain-pages.ts
 *   dropdb pages_scratch
 */
import { migrate, openDatabase } from '@vanban/store'
import pg from 'pg'
import { createServer } from '../src/server/index.ts'
import { recordStatements } from './record-statements.ts'

const URL_ = process.env.EXPLAIN_DB
if (!URL_) throw new Error('set EXPLAIN_DB to a throwaway PostgreSQL database (createdb pages_scratch)')
const ROWS = Number(process.env.EXPLAIN_ROWS ?? 200_000)

// Every statement the pg driver sends, with its values.
const recorded = recordStatements()

// Synthetic rows, written by INSERT ... SELECT: dates over ten years with one event in twenty
// undated, directive 1 cited by a tenth of the citations, the rest spread over 1,000 directives.
const SYNTHESIZE = [
  `INSERT INTO "Organization" (name, "nameKey", kind, "searchKey") SELECT 'Org ' || i, 'org ' || i, 'party_committee', 'org ' || i FROM generate_series(1, 2000) i`,
  `INSERT INTO "Person" (identity, name, "nameKey", "searchKey") SELECT 'p' || i, 'Person ' || i, 'person ' || i, 'person ' || i FROM generate_series(1, 10000) i`,
  `INSERT INTO "Directive" (key, code, system, type, number, "issuerCode", "issuedStart", "searchKey", "updatedAt")
   SELECT i || '-NQ/TW', i || '-NQ/TW', 'party', 'NQ', i::text, 'TW', DATE '2010-01-01' + (i % 4000), i || '-nq/tw', now() FROM generate_series(1, 1000) i`,
  `INSERT INTO "Article" (identity, title, "publishedAt", "publishedStart", "publishedEnd", text, body, captions, "contentHash", "extractionHash", "searchKey", "updatedAt")
   SELECT 'a' || i, 'Article ' || i, d::text, d, d, 'text', '{}', '{}', 'h', 'h', 'article ' || i, now()
   FROM (SELECT i, CASE WHEN i % 20 = 0 THEN NULL ELSE DATE '2015-01-01' + (i * 7919 % 3650) END AS d FROM generate_series(1, ${ROWS}) i) s`,
  `INSERT INTO "Event" (identity, kind, title, date, "dateStart", "dateEnd", "organizerId", "searchKey", "updatedAt")
   SELECT 'e' || i, 'conference', 'Event ' || i, d::text, d, d, 1 + i % 2000, 'event ' || i, now()
   FROM (SELECT i, CASE WHEN i % 20 = 0 THEN NULL ELSE DATE '2015-01-01' + (i * 7919 % 3650) END AS d FROM generate_series(1, ${ROWS}) i) s`,
  `INSERT INTO "Citation" ("articleId", "eventId", "directiveId", verb, inferred, "spanStart", "spanEnd", sentence, confidence)
   SELECT 1 + i % ${ROWS}, 1 + (i * 31) % ${ROWS}, CASE WHEN i % 10 = 0 THEN 1 ELSE 2 + i % 999 END, 'implements', false, 0, 1, 's', 1
   FROM generate_series(1, ${2 * ROWS}) i`,
  `INSERT INTO "EventReport" ("articleId", "eventId") SELECT i, i FROM generate_series(1, ${ROWS}) i`,
  `INSERT INTO "Participation" ("personId", "eventId", "articleId", roles) SELECT 1 + i % 10000, 1 + i % ${ROWS}, 1 + i % ${ROWS}, '{}' FROM generate_series(1, ${ROWS}) i`,
  'ANALYZE',
]

const PAGE = `events(first: 50, %ARGS%) { totalCount edges { cursor node { id kind date title organizer { name }
  directives { code title } articles { title url publishedAt } participants { roles person { name } } } } }`

async function main(): Promise<void> {
  const db = await openDatabase(URL_)
  await migrate(db)
  const direct = new pg.Client({ connectionString: URL_ })
  await direct.connect()
  const { rows: existing } = await direct.query('SELECT count(*)::int AS n FROM "Event"')
  if (existing[0].n === 0) {
    const started = Date.now()
    for (const sql of SYNTHESIZE) await direct.query(sql)
    console.log(
      `synthesized ${ROWS} articles and events, ${2 * ROWS} citations in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    )
  }
  // a cursor deep in each list, as a client that paged there would hold
  const deep = async (sql: string, name: string) => {
    const { rows } = await direct.query(sql)
    const row = rows[0] as { d: Date | null; id: number }
    return Buffer.from(JSON.stringify([name, row.d?.toISOString().slice(0, 10) ?? null, row.id])).toString('base64url')
  }
  const eventsDeep = await deep(
    `SELECT "dateStart" d, id FROM "Event" ORDER BY "dateStart" DESC NULLS LAST, id DESC OFFSET ${ROWS / 2} LIMIT 1`,
    'events.DATE:desc',
  )
  const articlesDeep = await deep(
    `SELECT "publishedStart" d, id FROM "Article" ORDER BY "publishedStart" ASC NULLS LAST, id ASC OFFSET ${ROWS / 2} LIMIT 1`,
    'articles.PUBLISHED_AT:asc',
  )
  const directiveDeep = await deep(
    `SELECT "dateStart" d, id FROM "Event" e WHERE EXISTS (SELECT 1 FROM "Citation" c WHERE c."directiveId" = 1 AND c."eventId" = e.id) ORDER BY "dateStart" DESC NULLS LAST, id DESC OFFSET 10000 LIMIT 1`,
    'directive.events.DATE:desc',
  )

  const operations: Record<string, string> = {
    'events page 1 (nested, first 50)': `{ ${PAGE.replace('%ARGS%', '')} }`,
    'events page 2,000 (cursor at row 100,000)': `{ ${PAGE.replace('%ARGS%', `after: "${eventsDeep}"`)} }`,
    'articles oldest first, page 2,000': `{ articles(first: 50, orderBy: { field: PUBLISHED_AT, direction: ASC }, after: "${articlesDeep}") { edges { node { title } } } }`,
    'events citing directive 1 in 2019': `{ events(first: 50, filter: { directive: "1-NQ/TW", from: "2019", to: "2019" }) { edges { node { date } } } }`,
    'directive lookup (busiest: 20,000 citations)': `{ directive(code: "1-NQ/TW") { title relations { type directive { code } }
      events(first: 10) { totalCount edges { node { kind date organizer { name } } } }
      articles(first: 10) { totalCount edges { node { title url } } } } }`,
    "directive's events, page 1,000": `{ directive(code: "1-NQ/TW") { events(first: 10, after: "${directiveDeep}") { edges { node { date } } } } }`,
    'directive timeline, first 20': `{ directive(code: "1-NQ/TW") { timeline(first: 20) { edges { node { date event { kind } article { title } } } } } }`,
    "organisation's events": `{ organizations(first: 5) { edges { node { name events(first: 10) { totalCount edges { node { date } } } } } } }`,
  }
  const server = createServer({ prisma: db.prisma, apiKeys: [] })
  for (const [name, operation] of Object.entries(operations)) {
    recorded.length = 0
    const response = await server.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: operation }),
    })
    const body = (await response.json()) as { errors?: { message: string }[] }
    if (body.errors) throw new Error(`${name}: ${body.errors[0]?.message}`)
    const statements = recorded.filter((r) => /^\s*SELECT/i.test(r.text))
    console.log(`\n== ${name}: ${statements.length} statement(s)`)
    for (const statement of statements) {
      const { rows } = await direct.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values)
      const plan = rows.map((r: Record<string, string>) => r['QUERY PLAN'] as string)
      const scans = plan
        .filter((line) => /Scan|Sort|Limit/.test(line) && !/Sort Key|Sort Method/.test(line))
        .slice(0, 8)
        .map((line) => line.replace(/\(cost=[^)]*\)\s*/, '').trim())
      const time = plan.find((line) => line.startsWith('Execution Time')) ?? ''
      const seq = plan.filter((line) => /Seq Scan on "?(Event|Article|Citation)"?/.test(line))
      console.log(`  ${statement.text.replace(/\s+/g, ' ').slice(0, 110)}...`)
      console.log(`    ${time}${seq.length ? '   SEQ SCAN ON A LARGE TABLE' : ''}`)
      for (const line of scans) console.log(`      ${line.slice(0, 150)}`)
    }
  }
  await direct.end()
  await db.close()
}

await main()
