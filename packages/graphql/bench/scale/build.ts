/**
 * Builds the synthetic archive in the database with INSERT … SELECT generate_series, batch by
 * batch, on one connection: the same SQL on PostgreSQL and PGlite. Directives, organisations and
 * people come from the pools (computed in JavaScript with the store's keys); articles, events,
 * reports, citations and participations are composed in SQL from the pools' sentences, with
 * every column ingestion fills filled the way it fills it (search keys folded as core's
 * foldDiacritics folds, date bounds, identities, provenance spans into the stored text).
 *
 * Draws: publication dates uniform over 2015-01-01..2026-06-30; directives cited by Zipf rank
 * (log-uniform: P(rank k) ∝ 1/k, so the first few are cited by a large share of the archive and
 * most by a handful); one or two events per article (1.5 on average), each citing one directive,
 * and a second citation in articles of one event (2 per article); a person chairing each event.
 * Organisations carry the level and province their names state, events their organiser's province.
 */
import { performance } from 'node:perf_hooks'
import type { SqlConnection } from '@vanban/store'
import { type Composed, column, compose, finishKey, foldPiece, leadKeySql } from './fold.ts'
import { EVENT_KINDS, type Pools } from './pools.ts'

/** The tables of the store the archive fills, children last. */
export const ARCHIVE_TABLES = [
  'Directive',
  'Organization',
  'Person',
  'Article',
  'Event',
  'EventReport',
  'Citation',
  'Participation',
  'DirectiveRelation',
] as const

const FIRST_DAY = '2015-01-01'
const DAYS = 4199 // to 2026-06-30

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/** Zipf-like rank in 1..n: log-uniform, P(k) ∝ 1/k. */
const zipf = (n: number) => `least(${n}, floor(exp(random() * ln(${n} + 1)))::int)`
const uniform = (n: number) => `(1 + floor(random() * ${n})::int)`

// Pool tables: each text column beside its fold (`<column>_f`), read by the articles' SQL.
const POOL_TABLES: Record<string, string> = {
  bench_sentence: 'rank int PRIMARY KEY, text text, text_f text',
  bench_location: 'rank int PRIMARY KEY, text text, text_f text',
  bench_source: 'rank int PRIMARY KEY, name text, host text',
  bench_byline: 'rank int PRIMARY KEY, text text',
  bench_kind:
    'rank int PRIMARY KEY, kind text, cites text, title text, title_f text, lead text, lead_f text, verb text, verb_f text',
  bench_directive: 'rank int PRIMARY KEY, short text, short_f text, mention text, mention_f text',
  bench_org: 'rank int PRIMARY KEY, name text, name_f text, key text',
  bench_person: 'rank int PRIMARY KEY, name text, name_f text, role text, role_f text',
}

function poolRows(pools: Pools): Record<string, object[]> {
  const ranked = <T extends object>(items: T[]) => items.map((item, i) => ({ rank: i + 1, ...item }))
  const texts = (items: string[]) => ranked(items.map((text) => ({ text, text_f: foldPiece(text) })))
  return {
    bench_sentence: texts(pools.sentences),
    bench_location: texts(pools.locations),
    bench_source: ranked(pools.sources),
    bench_byline: ranked(pools.bylines.map((text) => ({ text }))),
    // a hundred rows, each kind as many times as its weight: a uniform draw picks by weight
    bench_kind: ranked(
      EVENT_KINDS.flatMap((k) =>
        Array.from({ length: k.weight }, () => ({
          kind: k.kind,
          cites: k.cites,
          title: k.title,
          title_f: foldPiece(k.title),
          lead: lowerFirst(k.title),
          lead_f: foldPiece(lowerFirst(k.title)),
          verb: k.verb,
          verb_f: foldPiece(k.verb),
        })),
      ),
    ),
    bench_directive: pools.directives.map((d) => ({
      rank: d.rank,
      short: d.short,
      short_f: foldPiece(d.short),
      mention: d.mention,
      mention_f: foldPiece(d.mention),
    })),
    bench_org: pools.organizations.map((o) => ({
      rank: o.rank,
      name: o.name,
      name_f: foldPiece(o.name),
      key: o.nameKey,
    })),
    bench_person: pools.people.map((p) => ({
      rank: p.rank,
      name: p.name,
      name_f: foldPiece(p.name),
      role: p.role,
      role_f: foldPiece(p.role),
    })),
  }
}

async function fillPools(c: SqlConnection, pools: Pools): Promise<void> {
  const rows = poolRows(pools)
  for (const [table, columns] of Object.entries(POOL_TABLES)) {
    await c.exec(`DROP TABLE IF EXISTS ${table}; CREATE TEMP TABLE ${table} (${columns})`)
    await c.query(`INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`, [
      JSON.stringify(rows[table]),
    ])
  }
}

async function insertRecords(c: SqlConnection, pools: Pools): Promise<void> {
  await c.query(
    `INSERT INTO "Directive" (id, key, code, system, type, number, year, "issuerCode", "issuedOn", "issuedStart", "issuedEnd",
       "issuingBody", title, inferred, "searchKey", "updatedAt")
     SELECT rank, key, code, system, type, number, year, "issuerCode", "issuedOn", "issuedOn"::date, "issuedOn"::date,
       "issuingBody", title, false, "searchKey", now()
     FROM jsonb_to_recordset($1::jsonb) AS d(rank int, key text, code text, system text, type text, number text, year int,
       "issuerCode" text, "issuedOn" text, "issuingBody" text, title text, "searchKey" text)`,
    [JSON.stringify(pools.directives)],
  )
  await c.query(
    `INSERT INTO "Organization" (id, name, "nameKey", kind, "searchKey", level, "provinceCode", "provinceConfidence")
     SELECT rank, name, "nameKey", kind, "searchKey", level, "provinceCode", "provinceConfidence"
     FROM jsonb_to_recordset($1::jsonb) AS o(rank int, name text, "nameKey" text, kind text, "searchKey" text,
       level text, "provinceCode" text, "provinceConfidence" float8)`,
    [JSON.stringify(pools.organizations)],
  )
  await c.query(
    `INSERT INTO "Person" (id, identity, name, "nameKey", "searchKey")
     SELECT rank, identity, name, "nameKey", "searchKey"
     FROM jsonb_to_recordset($1::jsonb) AS p(rank int, identity text, name text, "nameKey" text, "searchKey" text)`,
    [JSON.stringify(pools.people.map(({ role: _role, ...p }) => p))],
  )
}

/** The statements that add articles `first`..`last` with their events and links. */
function batchStatements(pools: Pools): (first: number, last: number) => string[] {
  const S = pools.sentences.length
  const day = 'd.day - d.before1'
  const date = { text: `to_char(${day}, 'FMDD/FMMM/YYYY')`, key: `to_char(${day}, 'FMDD/FMMM/YYYY')` }
  const [o, l] = [column('o', 'name'), column('l', 'text')]
  const [p1, p2, r1, r2] = [column('p1', 'name'), column('p2', 'name'), column('p1', 'role'), column('p2', 'role')]
  const pieces: Record<string, Composed> = {
    title: compose(o, ' ', column('k1', 'verb'), ' ', column('d1', 'short')),
    title1: compose(column('k1', 'title'), ' ', column('d1', 'short')),
    title2: compose(column('k2', 'title'), ' ', column('d2', 'short')),
    lead1: compose(
      'Ngày ',
      date,
      ', tại ',
      l,
      ', ',
      o,
      ' tổ chức ',
      column('k1', 'lead'),
      ' ',
      column('d1', 'mention'),
      '.',
    ),
    chair1: compose('Đồng chí ', p1, ', ', r1, ' chủ trì hội nghị.'),
    lead2: compose('Cùng ngày, ', o, ' tổ chức ', column('k2', 'lead'), ' ', column('d2', 'mention'), '.'),
    also: compose('Hội nghị cũng quán triệt ', column('d2', 'mention'), '.'),
    chair2: compose('Đồng chí ', p2, ', ', r2, ' phát biểu chỉ đạo.'),
  }
  const both = Object.entries(pieces)
    .map(([name, p]) => `${p.text} AS ${name}, ${p.key} AS ${name}_f`)
    .join(',\n       ')
  const body = (f: string) => `ARRAY[x.lead1${f} || ' ' || x.chair1${f},
         CASE WHEN x.two THEN x.lead2${f} || ' ' || x.chair2${f} ELSE x.also${f} END] || p.paragraphs${f}`
  // numbers inline: CREATE TABLE AS takes no bind parameters
  return (first, last) => [
    `DROP TABLE IF EXISTS bench_draw, bench_article, bench_event, bench_linked`,
    // the draws of each article
    `CREATE TEMP TABLE bench_draw AS SELECT g AS id,
       date '${FIRST_DAY}' + floor(random() * ${DAYS})::int AS day,
       ${zipf(pools.directives.length)} AS d1, ${zipf(pools.directives.length)} AS d2,
       ${zipf(pools.organizations.length)} AS org, random() < 0.5 AS two,
       ${uniform(100)} AS k1, ${uniform(100)} AS k2,
       ${uniform(pools.people.length)} AS p1, ${uniform(pools.people.length)} AS p2,
       ${uniform(pools.locations.length)} AS loc, ${uniform(pools.sources.length)} AS src,
       ${uniform(pools.bylines.length)} AS byline, random() < 0.15 AS no_byline,
       floor(random() * 3)::int AS before1, random() < 0.05 AS undated,
       (ARRAY[NULL, 'morning', 'afternoon'])[${uniform(3)}] AS part,
       2 + floor(random() * 5)::int AS paragraphs,
       ARRAY[${Array.from({ length: 12 }, () => zipf(S)).join(', ')}] AS s
     FROM generate_series(${first}, ${last}) AS g`,
    // the article's texts and their folds, composed from the draws
    `CREATE TEMP TABLE bench_article AS SELECT x.*, ${body('')} AS body, ${body('_f')} AS body_f
     FROM (SELECT d.*, o.name AS org_name, o.name_f AS org_f, o.key AS org_key, l.text AS location, l.text_f AS location_f,
       src.name AS source, src.host, k1.kind AS kind1, k1.cites AS verb1, k2.kind AS kind2, k2.cites AS verb2,
       d1.mention AS mention1, d2.mention AS mention2, p1.role AS role1, p2.role AS role2,
       ${both}
       FROM bench_draw d
       JOIN bench_org o ON o.rank = d.org JOIN bench_location l ON l.rank = d.loc
       JOIN bench_source src ON src.rank = d.src
       JOIN bench_kind k1 ON k1.rank = d.k1 JOIN bench_kind k2 ON k2.rank = d.k2
       JOIN bench_directive d1 ON d1.rank = d.d1 JOIN bench_directive d2 ON d2.rank = d.d2
       JOIN bench_person p1 ON p1.rank = d.p1 JOIN bench_person p2 ON p2.rank = d.p2) AS x
     CROSS JOIN LATERAL (SELECT array_agg(a.text || ' ' || b.text ORDER BY i) AS paragraphs,
         array_agg(a.text_f || ' ' || b.text_f ORDER BY i) AS paragraphs_f
       FROM generate_series(1, x.paragraphs) AS i
       JOIN bench_sentence a ON a.rank = x.s[2 * i - 1] JOIN bench_sentence b ON b.rank = x.s[2 * i]) AS p`,
    `INSERT INTO "Article" (id, identity, url, source, title, byline, "publishedAt", "publishedStart", "publishedEnd",
       text, body, captions, "contentHash", "extractionHash", "searchKey", "titleKey", "leadKey", "createdAt", "updatedAt")
     SELECT a.id, u.url, u.url, a.source, a.title, CASE WHEN a.no_byline THEN NULL ELSE b.text END,
       to_char(a.day, 'YYYY-MM-DD'), a.day, a.day, t.text, a.body, '{}',
       encode(sha256(convert_to(t.text, 'UTF8')), 'hex'),
       encode(sha256(convert_to('vanban-bench:' || a.id, 'UTF8')), 'hex'),
       ${finishKey(`a.title_f || ' ' || array_to_string(a.body_f, ' ')`)}, ${finishKey('a.title_f')}, ${leadKeySql(finishKey(`array_to_string(a.body_f, ' ')`))},
       a.day + interval '7 hours' + (a.id % 3600) * interval '1 second',
       a.day + interval '7 hours' + (a.id % 3600) * interval '1 second'
     FROM bench_article a JOIN bench_byline b ON b.rank = a.byline,
       LATERAL (SELECT a.title || E'\\n\\n' || array_to_string(a.body, E'\\n\\n') AS text) AS t,
       LATERAL (SELECT 'https://' || a.host || '/' || regexp_replace(${finishKey('a.title_f')}, '[^a-z0-9]+', '-', 'g')
         || '-' || a.id || '.html' AS url) AS u
     ORDER BY a.id`,
    // one or two events per article: kind, organiser and date make the identity, as in ingestion
    `CREATE TEMP TABLE bench_event AS SELECT e.*,
       CASE WHEN e.undated THEN ar.identity || '#e' || e.n ELSE e.kind || '|' || e.org_key || '|' || e.date END AS identity,
       ${finishKey(`e.title_f || ' ' || e.org_f || ' ' || e.location_f`)} AS "searchKey",
       ar.id AS article_id, length(ar.title) + 2 AS span_start, ar.text
     FROM (SELECT id, 1 AS n, kind1 AS kind, title1 AS title, title1_f AS title_f,
         to_char(day - before1, 'YYYY-MM-DD') AS date, undated, org, org_key, org_name, org_f, location, location_f, part,
         d1 AS directive, verb1 AS verb, mention1 AS mention, lead1 AS lead, 0 AS lead_offset, p1 AS person,
         role1 AS role, chair1 AS chair
       FROM bench_article
       UNION ALL SELECT id, 2, kind2, title2, title2_f, to_char(day - before1, 'YYYY-MM-DD'), undated,
         org, org_key, org_name, org_f, location, location_f, part, d2, verb2, mention2, lead2,
         length(lead1 || ' ' || chair1) + 2, p2, role2, chair2
       FROM bench_article WHERE two) AS e
     JOIN "Article" ar ON ar.id = e.id`,
    // the event held where its organiser is, with the confidence extraction gives that source
    `INSERT INTO "Event" (identity, kind, title, date, "dateStart", "dateEnd", "partOfDay", location, "organizerId",
       "provinceCode", "provinceSource", "provinceConfidence", "searchKey", "createdAt", "updatedAt")
     SELECT identity, first.kind, title, CASE WHEN undated THEN NULL ELSE date END,
       CASE WHEN undated THEN NULL ELSE date::date END, CASE WHEN undated THEN NULL ELSE date::date END,
       part, location, org, o."provinceCode", CASE WHEN o."provinceCode" IS NOT NULL THEN 'organizer' END,
       CASE WHEN o."provinceCode" IS NOT NULL THEN 0.9::float8 END,
       first."searchKey", now(), now()
     FROM (SELECT DISTINCT ON (identity) * FROM bench_event ORDER BY identity, article_id, n) AS first
     JOIN "Organization" o ON o.id = first.org
     ORDER BY identity
     ON CONFLICT (identity) DO NOTHING`,
    `CREATE TEMP TABLE bench_linked AS SELECT b.*, e.id AS event_id
     FROM bench_event b JOIN "Event" e ON e.identity = b.identity`,
    `INSERT INTO "EventReport" ("articleId", "eventId", "spanStart", "spanEnd", sentence, confidence)
     SELECT article_id, event_id, span_start + lead_offset, span_start + lead_offset + length(lead), lead, 0.9
     FROM bench_linked ORDER BY article_id, n ON CONFLICT DO NOTHING`,
    // each event cites its directive; an article of one event cites its second directive bare
    // the event's dates and province copied as the store's trigger copies them (triggers are off
    // in this session): the event's province is its organiser's
    `INSERT INTO "Citation" ("articleId", "eventId", "directiveId", verb, inferred, ambiguous, "spanStart", "spanEnd",
       sentence, confidence, "eventDateStart", "eventDateEnd", "eventProvinceCode")
     SELECT article_id, event_id, directive, verb, false, false, strpos(text, mention) - 1,
       strpos(text, mention) - 1 + length(mention), lead, 0.9,
       CASE WHEN undated THEN NULL ELSE date::date END, CASE WHEN undated THEN NULL ELSE date::date END,
       o."provinceCode"
     FROM bench_linked l JOIN "Organization" o ON o.id = l.org
     UNION ALL
     SELECT e.article_id, NULL, a.d2, 'disseminates', false, false, strpos(e.text, a.mention2) - 1,
       strpos(e.text, a.mention2) - 1 + length(a.mention2), a.also, 0.8, NULL, NULL, NULL
     FROM bench_article a JOIN bench_event e ON e.id = a.id AND e.n = 1 WHERE NOT a.two`,
    `INSERT INTO "Participation" ("personId", "eventId", "articleId", roles, "spanStart", "spanEnd", sentence, confidence)
     SELECT person, event_id, article_id, ARRAY[role], span_start + lead_offset + length(lead) + 1,
       span_start + lead_offset + length(lead) + 1 + length(chair), chair, 0.85
     FROM bench_linked ORDER BY article_id, n ON CONFLICT DO NOTHING`,
  ]
}

type Index = { name: string; def: string }

// Secondary indexes are dropped during the load and built once after it: building a GIN index
// once is many times faster than updating it row by row. Unique ones stay (ON CONFLICT needs them).
async function dropSecondaryIndexes(c: SqlConnection): Promise<Index[]> {
  const indexes = await c.query<Index>(
    `SELECT ci.relname AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i JOIN pg_class ci ON ci.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = current_schema() AND NOT i.indisunique AND NOT i.indisprimary AND t.relname = ANY($1)`,
    [[...ARCHIVE_TABLES]],
  )
  for (const index of indexes) await c.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`)
  return indexes
}

/**
 * Runs the CREATE INDEX statements `defs` shared among `sessions`, the slowest (GIN over article
 * vectors and titles) first, so they do not end the stage alone.
 */
export async function buildIndexes(sessions: SqlConnection[], defs: string[], log: (line: string) => void) {
  const slow = (def: string) => (/"Article"/.test(def) ? 0 : 1) + (/USING gin/i.test(def) ? 0 : 2)
  for (const session of sessions) await session.exec(`SET maintenance_work_mem = '256MB'`)
  await shared(
    sessions,
    [...defs].sort((a, b) => slow(a) - slow(b)),
    async (session, def) => {
      const t = performance.now()
      await session.exec(def)
      log(
        `  ${/INDEX "([^"]+)"/.exec(def)?.[1] ?? def.slice(0, 60)} (${((performance.now() - t) / 1000).toFixed(1)} s)`,
      )
    },
  )
}

/** How the build went: seconds per stage. */
export type BuildReport = { stages: { name: string; seconds: number }[]; seconds: number }

// Each session's settings: no foreign-key triggers (the SQL links only rows it made), memory to
// build indexes with, and lz4 for the texts TOAST compresses (about twice as fast as the default
// pglz; the method is kept per value, so reading them needs nothing).
async function prepareSession(c: SqlConnection, pools: Pools): Promise<void> {
  await c.exec(`SET session_replication_role = replica; SET maintenance_work_mem = '256MB'`)
  await c.exec(`SET default_toast_compression = lz4`).catch(() => undefined)
  await fillPools(c, pools)
}

// A seed per batch, so the archive does not depend on which session drew which batch.
const batchSeed = (first: number) => ((first * 0.618_033_988_75) % 1) - 0.5

/** Runs `work` over `items`, each session taking the next item when it is free. */
async function shared<T>(sessions: SqlConnection[], items: T[], work: (c: SqlConnection, item: T) => Promise<void>) {
  let next = 0
  await Promise.all(
    sessions.map(async (c) => {
      while (next < items.length) {
        const item = items[next] as T
        next += 1
        await work(c, item)
      }
    }),
  )
}

/**
 * Empties the store's tables and fills them with an archive of `articles` articles, reporting
 * progress through `log`. `sessions` are the connections to work on (the first one runs the
 * steps that must be serial): batches of articles, indexes and VACUUM are shared among them, so
 * two sessions use both cores of a 2-core machine. Events are inserted in identity order, so two
 * batches meeting on an event identity wait on each other rather than deadlock.
 */
export async function buildArchive(
  sessions: SqlConnection[],
  pools: Pools,
  articles: number,
  log: (line: string) => void,
  batchSize = 50_000,
): Promise<BuildReport> {
  const c = sessions[0]
  if (c === undefined) throw new Error('buildArchive needs at least one session')
  const stages: BuildReport['stages'] = []
  const started = performance.now()
  const stage = async (name: string, run: () => Promise<void>) => {
    const t = performance.now()
    await run()
    stages.push({ name, seconds: (performance.now() - t) / 1000 })
  }
  let indexes: Index[] = []
  await stage('empty the tables, drop secondary indexes', async () => {
    await c.exec(`TRUNCATE ${ARCHIVE_TABLES.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`)
    indexes = await dropSecondaryIndexes(c)
  })
  await stage('pools, directives, organisations, people', async () => {
    for (const session of sessions) await prepareSession(session, pools)
    await insertRecords(c, pools)
  })
  await stage(`${articles.toLocaleString('en')} articles with their events and links`, async () => {
    const statements = batchStatements(pools)
    const firsts = Array.from({ length: Math.ceil(articles / batchSize) }, (_, i) => 1 + i * batchSize)
    let done = 0
    await shared(sessions, firsts, async (session, first) => {
      const last = Math.min(articles, first + batchSize - 1)
      await session.exec(`SELECT setseed(${batchSeed(first)})`)
      const times: string[] = []
      for (const sql of statements(first, last)) {
        const t = performance.now()
        await session.exec(sql)
        times.push(`${sql.replace(/\s+/g, ' ').slice(0, 40)}… ${((performance.now() - t) / 1000).toFixed(1)} s`)
      }
      // where the time of a batch goes, once
      if (first === 1) for (const line of times) log(`    ${line}`)
      done += last - first + 1
      log(
        `  articles ${done.toLocaleString('en')} / ${articles.toLocaleString('en')}  (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      )
    })
    for (const session of sessions)
      await session.exec('DROP TABLE IF EXISTS bench_draw, bench_article, bench_event, bench_linked')
  })
  await stage(`${indexes.length} secondary indexes`, async () => {
    await buildIndexes(
      sessions,
      indexes.map((index) => index.def),
      log,
    )
  })
  await stage('sequences, VACUUM ANALYZE', async () => {
    for (const table of ['Article', 'Event', 'Citation', 'Participation', 'Directive', 'Organization', 'Person'])
      await c.exec(
        `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT COALESCE(max(id), 0) + 1 FROM "${table}"), false)`,
      )
    // VACUUM as well as ANALYZE: a loaded archive is read the way autovacuum leaves it, hint bits
    // set and pages marked all-visible, rather than dirtying every page on its first read
    await shared(sessions, [...ARCHIVE_TABLES], async (session, table) => {
      await session.exec(`VACUUM (ANALYZE) "${table}"`)
    })
    // and VACUUM once more, one table after another: a table vacuumed while the other session
    // analysed another was left with no page all-visible (Citation and Participation at 100,000
    // articles: relallvisible 0), so an index-only scan of citations fetched every heap row; the
    // second pass reads only the pages the first did not mark
    for (const table of ARCHIVE_TABLES) await c.exec(`VACUUM "${table}"`)
    for (const session of sessions)
      await session.exec('RESET session_replication_role; RESET maintenance_work_mem; RESET default_toast_compression')
  })
  return { stages, seconds: (performance.now() - started) / 1000 }
}
