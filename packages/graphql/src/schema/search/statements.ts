import { Prisma } from '@vanban/store'
import type { SearchPlan } from './common.ts'
import type { SearchQuery } from './query.ts'

/** The kinds of record search finds, as `SearchResult` names them. */
export const SEARCH_KINDS = ['Directive', 'Event', 'Article', 'Organization', 'Person'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** What narrows a search: kinds, the date range a record's date overlaps, a directive it cites. */
export type SearchFilters = {
  kinds: readonly SearchKind[]
  /** First day of the range (a partial date's start), or null. */
  from: Date | null
  /** Last day of the range (a partial date's end), or null. */
  to: Date | null
  /** Canonical directive code: the directive itself, and events and articles citing it. */
  directive: string | null
  /**
   * The ids of the directives of that code, read first: a citation is then tested by its
   * directive id, whose share of citations the planner knows; tested through a join by code, it
   * guessed few articles cite the busiest directive and sorted all 100,000 that do (2.9 s at a
   * million articles) instead of walking the newest.
   */
  directiveIds: readonly number[]
}

type Table = {
  kind: SearchKind
  /** Added to every hit's score: a directive or organisation holding the words is usually what was meant. */
  weight: number
  /** The first and last day of the record's date, when it has one. */
  dates: readonly [start: string, end: string] | null
  /** The short folded key trigram similarity forgives typos on. */
  shortKey: string
  /** How a row of this table cites a directive of code `code` (ids `ids`), or null when it cannot. */
  cites: ((code: string, ids: readonly number[]) => Prisma.Sql) | null
  /** Whether a common query walks the newest records (the archive's big tables) rather than read every hit. */
  walks: boolean
}

const citing = (column: string) => (_code: string, ids: readonly number[]) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Citation" c
    WHERE c.${Prisma.raw(`"${column}"`)} = r.id AND c."directiveId" = ANY(${[...ids]}::int[]))`

const TABLES: Record<SearchKind, Table> = {
  Directive: {
    kind: 'Directive',
    walks: false,
    weight: 0.3,
    dates: ['issuedStart', 'issuedEnd'],
    shortKey: 'searchKey',
    cites: (code) => Prisma.sql`r.code = ${code}`,
  },
  Organization: {
    kind: 'Organization',
    walks: false,
    weight: 0.2,
    dates: null,
    shortKey: 'searchKey',
    cites: null,
  },
  Person: {
    kind: 'Person',
    walks: false,
    weight: 0.2,
    dates: null,
    shortKey: 'searchKey',
    cites: null,
  },
  Event: {
    kind: 'Event',
    walks: true,
    weight: 0.1,
    dates: ['dateStart', 'dateEnd'],
    shortKey: 'searchKey',
    cites: citing('eventId'),
  },
  Article: {
    kind: 'Article',
    walks: true,
    weight: 0,
    dates: ['publishedStart', 'publishedEnd'],
    shortKey: 'titleKey',
    cites: citing('articleId'),
  },
}

/** A matching directive's code outranks everything else the query finds. */
const CODE_BONUS = 10
/** How much the best trigram match of the query in a record's short key adds. */
const SIMILARITY_WEIGHT = 0.5
/** How much a record dated today adds; it halves at a year old, and so on. */
const RECENCY_WEIGHT = 0.1

const column = (name: string) => Prisma.raw(`r."${name}"`)

/** The tsquery of `query`: web-search syntax over the folded text, the last word a prefix when typed plainly. */
function tsquery(query: SearchQuery): Prisma.Sql {
  if (query.prefix === null) return Prisma.sql`websearch_to_tsquery('simple', ${query.folded})`
  return Prisma.sql`(websearch_to_tsquery('simple', ${query.prefix.head}) && to_tsquery('simple', ${`${query.prefix.last}:*`}))`
}

/** The kinds a search reads: those asked for that the filters can apply to. */
export function searchedTables(filters: SearchFilters): Table[] {
  return filters.kinds
    .map((kind) => TABLES[kind])
    .filter((table) => (filters.from === null && filters.to === null) || table.dates !== null)
    .filter((table) => filters.directive === null || table.cites !== null)
}

/** The kinds a search reads that may walk their newest records for a common query (the archive's big tables). */
export function walkableKinds(filters: SearchFilters): SearchKind[] {
  return searchedTables(filters)
    .filter((table) => table.walks)
    .map((table) => table.kind)
}

// Written before the match in every WHERE: PostgreSQL runs quals of equal cost in the order
// written, and a date or citation test is far cheaper than detoasting an article's vector.
function filterSql(table: Table, filters: SearchFilters, estimating = false): Prisma.Sql {
  const conditions: Prisma.Sql[] = []
  // A record overlaps the range when it ends after its start and starts before its end. The
  // planner takes the two columns' bounds as independent (a year of twelve estimated at a third of
  // the rows, three times the truth), so an estimate bounds the start alone: one column's range,
  // read from its histogram (records spanning the range's start, a few, are left out).
  const [start, end] = table.dates ?? []
  if (start !== undefined && end !== undefined && filters.from !== null)
    conditions.push(Prisma.sql`${column(estimating ? start : end)} >= ${filters.from}`)
  if (start !== undefined && filters.to !== null) conditions.push(Prisma.sql`${column(start)} <= ${filters.to}`)
  if (table.cites !== null && filters.directive !== null)
    conditions.push(table.cites(filters.directive, filters.directiveIds))
  return conditions.length === 0 ? Prisma.sql`true` : Prisma.join(conditions, ' AND ')
}

// What makes a row a hit: the words (GIN on searchVector), a typo-forgiving trigram match of a
// short key (GIN trigram index), or, for a directive, its code.
function wordsSql(query: SearchQuery): Prisma.Sql {
  return Prisma.sql`r."searchVector" @@ ${tsquery(query)}`
}
// The words before a typed prefix through the index, the whole query tested on their hits (SearchPlan.byHead).
function headWordsSql(query: SearchQuery): Prisma.Sql {
  if (query.prefix === null || query.prefix.head === '') return wordsSql(query)
  return Prisma.sql`r."searchVector" @@ websearch_to_tsquery('simple', ${query.prefix.head})
    AND ts_match_vq(r."searchVector", ${tsquery(query)})`
}
function typoSql(table: Table, query: SearchQuery): Prisma.Sql {
  return Prisma.sql`${query.folded} <% ${column(table.shortKey)}`
}
function codeSql(table: Table, query: SearchQuery): Prisma.Sql | null {
  return table.kind === 'Directive' && query.code !== null ? Prisma.sql`r.code = ${query.code}` : null
}

function from(table: Table): Prisma.Sql {
  return Prisma.raw(`"${table.kind}" r`)
}

/**
 * How many of a table's newest records a search walks (for a common query) looking for its
 * `window` newest hits, as a multiple of the window: a query in at least 1 of 10 records fills its
 * window within the walk; a rarer one guessed common (a name of common syllables) ranks the hits the
 * walk found. Each record walked costs a heap page and its vector out of TOAST (about 30 µs at a
 * million articles), so the walk is what bounds a common query's time.
 */
export const WALK_FACTOR = 10

// Newest first, undated last: the order of the `<table>_<date>_desc_id_idx` keyset index, so a common
// query's window is read from the index and stops after `window` rows.
function newestFirst(table: Table): Prisma.Sql {
  return table.dates === null ? Prisma.sql`r.id DESC` : Prisma.sql`${column(table.dates[0])} DESC NULLS LAST, r.id DESC`
}

/**
 * The statement ranking one page: for each table, the newest `window` hits (of a common query,
 * those among the newest `window` x WALK_FACTOR records; of a rare one, among the first `cap` + 1
 * the index gives) are scored by text rank (ts_rank_cd, normalised by length, title weighs most),
 * the kind's weight, trigram similarity of the short key, a code match and recency; the union is
 * ordered by score and cut to the page. Paging is by offset into that union, so a page never
 * ranks more than `window` rows of a table, and the last page ends at the window. `plan`
 * (searchPlan) says how each table is read, one way only, so that the statement plans only what it
 * runs.
 */
export function rankedPageSql(
  query: SearchQuery,
  filters: SearchFilters,
  page: { limit: number; offset: number; window: number; typos: boolean; plan: SearchPlan; cap: number },
): Prisma.Sql | null {
  const tables = searchedTables(filters)
  if (tables.length === 0) return null
  const ctes: Prisma.Sql[] = []
  const scored: Prisma.Sql[] = []
  // what scoring a hit needs of its row; `rank` is the text rank, from the vector read once
  const rest = (table: Table) => Prisma.sql`${column(table.shortKey)} AS short,
      ${table.dates === null ? Prisma.sql`NULL::date` : column(table.dates[0])} AS day,
      ${codeSql(table, query) ?? Prisma.sql`false`} AS "codeMatch"`
  // the query as a table reads it: its last word whole where that word is common (SearchPlan.whole)
  const whole: SearchQuery = { ...query, prefix: null }
  const queryOf = (table: Table) => (page.plan.whole.has(table.kind) ? whole : query)
  const rank = (table: Table, vector: Prisma.Sql) => Prisma.sql`ts_rank_cd(${vector}, ${tsquery(queryOf(table))}, 1|32)`
  const keepOf = (table: Table) =>
    Prisma.sql`r.id, ${rank(table, Prisma.sql`r."searchVector"`)} AS rank, ${rest(table)}`
  // The hits of one way of matching per table: the words, or (when no record of any kind holds
  // the words as typed, a second statement) typos of the short keys; and a directive's code.
  // Each way is a statement of its own, so each uses its index (an OR of them makes the planner
  // scan the table), and trigrams are not planned for a query whose words were found: estimating
  // `<%` reads the statistics' samples, 30 ms a table at 100,000 articles under load.
  const matched = (table: Table) => Prisma.raw(`${table.kind.toLowerCase()}_${page.typos ? 'typos' : 'words'}`)
  const walks = (table: Table) => !page.typos && page.plan.walk.has(table.kind)
  for (const table of tables) {
    const name = table.kind.toLowerCase()
    const keep = keepOf(table)
    const filter = filterSql(table, filters)
    if (page.typos) {
      ctes.push(Prisma.sql`${matched(table)} AS (SELECT ${keep}, NULL::bigint AS n, NULL::bigint AS total FROM ${from(table)}
        WHERE ${filter} AND ${typoSql(table, query)} ORDER BY ${newestFirst(table)} LIMIT ${page.window})`)
    } else if (walks(table)) {
      // A common query walks the newest records in date order and tests each (ts_match_vq, the
      // function of @@, which the GIN index cannot serve, so the planner keeps the date index);
      // `n` is how far the walk went. Its hits are the candidates even when fewer than the window:
      // reading every hit of words guessed common is what the walk is there to avoid (each hit
      // read by index costs a heap page: a three-syllable name in 4% of a million articles timed out).
      // Each walked vector is read out of TOAST once (`||` makes a copy in memory) for both the
      // test and the rank: ts_rank_cd read it again for every hit.
      ctes.push(Prisma.sql`${matched(table)} AS (SELECT id, ${rank(table, Prisma.sql`read.vector`)} AS rank, short, day, "codeMatch", n,
          NULL::bigint AS total
        FROM (SELECT w.*, row_number() OVER () AS n FROM (
          SELECT r.id, r."searchVector" AS stored, ${rest(table)} FROM ${from(table)} WHERE ${filter}
          ORDER BY ${newestFirst(table)} LIMIT ${page.window * WALK_FACTOR}) w) walked
        CROSS JOIN LATERAL (SELECT walked.stored || ''::tsvector AS vector OFFSET 0) read
        WHERE ts_match_vq(read.vector, ${tsquery(queryOf(table))}) LIMIT ${page.window})`)
    } else {
      // A rare query reads its hits through the GIN index, at most the count cap and one (`total`
      // counts them: past the cap the count is an estimate), and keeps the newest `window`: ids
      // and dates only, the rest of the row (the vector, out of line) read for those kept (the
      // vectors of 6,551 hits carried through the count and the sort cost 30 ms)
      const words = page.plan.byHead.has(table.kind) ? headWordsSql(queryOf(table)) : wordsSql(queryOf(table))
      const day = table.dates === null ? Prisma.sql`NULL::date` : column(table.dates[0])
      ctes.push(Prisma.sql`${matched(table)} AS (SELECT ${keep}, NULL::bigint AS n, kept.total FROM (
          SELECT id, day, count(*) OVER () AS total FROM (
            SELECT r.id, ${day} AS day FROM ${from(table)} WHERE ${filter} AND ${words} LIMIT ${page.cap + 1}) r
          ORDER BY day DESC NULLS LAST, id DESC LIMIT ${page.window}) kept
        JOIN ${from(table)} ON r.id = kept.id)`)
    }
    const code = codeSql(table, query)
    const codes =
      code === null
        ? Prisma.empty
        : Prisma.sql`UNION ALL (SELECT ${keep}, NULL::bigint, NULL::bigint FROM ${from(table)} WHERE ${code} AND ${filter}
            AND r.id NOT IN (SELECT id FROM ${matched(table)}))`
    ctes.push(Prisma.sql`${Prisma.raw(`${name}_hits`)} AS (SELECT * FROM ${matched(table)} ${codes})`)
    scored.push(Prisma.sql`SELECT ${table.kind}::text AS kind, id,
      rank
        + ${SIMILARITY_WEIGHT}::float8 * word_similarity(${query.folded}, short)
        + CASE WHEN "codeMatch" THEN ${CODE_BONUS}::float8 ELSE 0 END
        + coalesce(${RECENCY_WEIGHT}::float8 / (1 + abs(current_date - day) / 365.0), 0)
        + ${table.weight}::float8 AS score
      FROM ${Prisma.raw(`${name}_hits`)}`)
  }
  // What the hits tell of the counts, beside the page (one row with no hit when the page is empty)
  const counts = tables.map((table) => {
    const name = table.kind.toLowerCase()
    const of = (cte: string, what: string) => Prisma.raw(`(SELECT ${what} FROM ${name}_${cte})`)
    const kept = of(page.typos ? 'typos' : 'words', 'count(*)')
    return Prisma.sql`${table.kind}::text, json_build_object('words', ${page.typos ? Prisma.sql`0` : kept},
      'total', ${page.typos || walks(table) ? Prisma.sql`NULL` : of('words', 'max(total)')},
      'walked', ${walks(table) ? of('words', 'max(n)') : Prisma.sql`NULL`}, 'typos', ${page.typos ? kept : Prisma.sql`0`},
      'walk', ${Prisma.raw(walks(table) ? 'true' : 'false')}, 'walkLimit', ${page.window * WALK_FACTOR}::int,
      'hits', ${of('hits', 'count(*)')}, 'records', (SELECT reltuples FROM pg_class WHERE oid = ${Prisma.raw(`'"${table.kind}"'`)}::regclass))`
  })
  return Prisma.sql`WITH ${Prisma.join(ctes, ', ')},
    page AS (SELECT kind, id, score::float8 AS score FROM (${Prisma.join(scored, ' UNION ALL ')}) ranked
      ORDER BY score DESC, kind, id DESC LIMIT ${page.limit} OFFSET ${page.offset})
    SELECT p.kind, p.id, p.score, c.counts FROM (SELECT json_build_object(${Prisma.join(counts, ', ')}) AS counts) c
    LEFT JOIN page p ON true ORDER BY p.score DESC, p.kind, p.id DESC`
}

/** What a page's statement saw of one kind's hits: `rankedPageSql`'s `counts` column. */
export type KindCounts = {
  /** Word hits kept (at most the window). */
  words: number
  /** Every word hit, when they were read through the index (a rare query), at most the cap and one; null after a walk. */
  total: number | null
  /** How many records the walk of a common query went through to its last hit kept; null otherwise. */
  walked: number | null
  /** Whether the words were guessed common and the newest records walked. */
  walk: boolean
  /** How many records a walk reads at most. */
  walkLimit: number
  /** Typo hits kept (at most the window). */
  typos: number
  /** Hits kept: words, typos and a directive's code. */
  hits: number
  /** The table's records, as the statistics have it. */
  records: number
}

/**
 * The statement counting the hits of each table of `kinds`, each count stopping at `cap + 1` so
 * a common query reads no more than that: `{ Article: 10001, Event: 12 }`. Typos are counted
 * only when no record of any searched kind holds the words (`anyWords`, as the page found).
 */
export function cappedCountsSql(
  query: SearchQuery,
  filters: SearchFilters,
  kinds: readonly SearchKind[],
  cap: number,
  anyWords: boolean,
): Prisma.Sql | null {
  if (kinds.length === 0) return null
  // whether any kind holds the words is known from the page: asking again cost an EXISTS per kind
  // per count, one of them a sequential scan of every event (300 ms at 100,000 articles)
  const anyWordHit = anyWords ? Prisma.sql`true` : Prisma.sql`false`
  const counts = kinds.map((kind) => {
    const table = TABLES[kind]
    const filter = filterSql(table, filters)
    const count = (match: Prisma.Sql) =>
      Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM ${from(table)} WHERE ${filter} AND ${match} LIMIT ${cap + 1}) counted)`
    const words = wordsSql(query)
    const parts = [
      Prisma.sql`coalesce(nullif(${count(words)}, 0), CASE WHEN ${anyWordHit} THEN 0 ELSE ${count(typoSql(table, query))} END)`,
    ]
    const code = codeSql(table, query)
    if (code !== null) parts.push(count(Prisma.sql`${code} AND NOT (${words}) AND NOT (${typoSql(table, query)})`))
    return Prisma.sql`${Prisma.join(parts, ' + ')} AS ${Prisma.raw(`"${table.kind}"`)}`
  })
  return Prisma.sql`SELECT ${Prisma.join(counts, ', ')}`
}

/**
 * The planner's estimate of the word hits of `kind` (EXPLAIN, nothing run), from the statistics
 * of the GIN-indexed vector: how a kind far past the cap is counted without reading its hits.
 */
export function estimateSql(kind: SearchKind, query: SearchQuery, filters: SearchFilters): Prisma.Sql {
  const table = TABLES[kind]
  return Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${from(table)} WHERE ${wordsSql(query)} AND ${filterSql(table, filters, true)}`
}

/**
 * The planner's estimate of the records of `kind` the filters let through (EXPLAIN, nothing run):
 * a filtered walk's share of hits is over those, so its estimate is that share times them.
 */
export function filteredEstimateSql(kind: SearchKind, filters: SearchFilters): Prisma.Sql {
  const table = TABLES[kind]
  return Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${from(table)} WHERE ${filterSql(table, filters, true)}`
}
