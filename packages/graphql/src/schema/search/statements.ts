import { Prisma } from '@vanban/store'
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
}

type Table = {
  kind: SearchKind
  /** Added to every hit's score: a directive or organisation holding the words is usually what was meant. */
  weight: number
  /** The first and last day of the record's date, when it has one. */
  dates: readonly [start: string, end: string] | null
  /** The short folded key trigram similarity forgives typos on. */
  shortKey: string
  /** How a row of this table cites a directive of code `$code`, or null when it cannot. */
  cites: ((code: string) => Prisma.Sql) | null
}

const citing = (column: string) => (code: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Citation" c JOIN "Directive" cd ON cd.id = c."directiveId"
    WHERE c.${Prisma.raw(`"${column}"`)} = r.id AND cd.code = ${code})`

const TABLES: Record<SearchKind, Table> = {
  Directive: {
    kind: 'Directive',
    weight: 0.3,
    dates: ['issuedStart', 'issuedEnd'],
    shortKey: 'searchKey',
    cites: (code) => Prisma.sql`r.code = ${code}`,
  },
  Organization: {
    kind: 'Organization',
    weight: 0.2,
    dates: null,
    shortKey: 'searchKey',
    cites: null,
  },
  Person: {
    kind: 'Person',
    weight: 0.2,
    dates: null,
    shortKey: 'searchKey',
    cites: null,
  },
  Event: {
    kind: 'Event',
    weight: 0.1,
    dates: ['dateStart', 'dateEnd'],
    shortKey: 'searchKey',
    cites: citing('eventId'),
  },
  Article: {
    kind: 'Article',
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

// Written before the match in every WHERE: PostgreSQL runs quals of equal cost in the order
// written, and a date or citation test is far cheaper than detoasting an article's vector.
function filterSql(table: Table, filters: SearchFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = []
  if (table.dates !== null && filters.from !== null)
    conditions.push(Prisma.sql`${column(table.dates[1])} >= ${filters.from}`)
  if (table.dates !== null && filters.to !== null)
    conditions.push(Prisma.sql`${column(table.dates[0])} <= ${filters.to}`)
  if (table.cites !== null && filters.directive !== null) conditions.push(table.cites(filters.directive))
  return conditions.length === 0 ? Prisma.sql`true` : Prisma.join(conditions, ' AND ')
}

// What makes a row a hit: the words (GIN on searchVector), a typo-forgiving trigram match of a
// short key (GIN trigram index), or, for a directive, its code.
function wordsSql(query: SearchQuery): Prisma.Sql {
  return Prisma.sql`r."searchVector" @@ ${tsquery(query)}`
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

// Newest first, undated last: the order of the `<table>_<date>_desc_id_idx` keyset index, so a common
// query's window is read from the index and stops after `window` rows.
function newestFirst(table: Table): Prisma.Sql {
  return table.dates === null ? Prisma.sql`r.id DESC` : Prisma.sql`${column(table.dates[0])} DESC NULLS LAST, r.id DESC`
}

/**
 * The statement ranking one page: for each table, the newest `window` hits (all of them for a
 * rare query) are scored by text rank (ts_rank_cd, normalised by length, title weighs most), the
 * kind's weight, trigram similarity of the short key, a code match and recency; the union is
 * ordered by score and cut to the page. Paging is by offset into that union, so a page never
 * ranks more than `window` rows of a table, and the last page ends at the window.
 */
export function rankedPageSql(
  query: SearchQuery,
  filters: SearchFilters,
  page: { limit: number; offset: number; window: number },
): Prisma.Sql | null {
  const tables = searchedTables(filters)
  if (tables.length === 0) return null
  const ctes: Prisma.Sql[] = []
  const scored: Prisma.Sql[] = []
  const keepOf = (table: Table) => Prisma.sql`r.id, r."searchVector" AS vector, ${column(table.shortKey)} AS short,
      ${table.dates === null ? Prisma.sql`NULL::date` : column(table.dates[0])} AS day,
      ${codeSql(table, query) ?? Prisma.sql`false`} AS "codeMatch"`
  const wordsOf = (table: Table) => Prisma.raw(`${table.kind.toLowerCase()}_words`)
  for (const table of tables) {
    ctes.push(Prisma.sql`${wordsOf(table)} AS (SELECT ${keepOf(table)} FROM ${from(table)}
      WHERE ${filterSql(table, filters)} AND ${wordsSql(query)} ORDER BY ${newestFirst(table)} LIMIT ${page.window})`)
  }
  // Each way of matching is a statement of its own, so each uses its index (an OR of them makes
  // the planner scan the table). Typos are looked for only where no record of any kind holds the
  // words as typed: `dang uy` is not a typo of every name holding `dang`, and a trigram scan of a
  // common syllable (`tieng`) over every event's key costs seconds where the words found articles.
  const anyWords = Prisma.join(
    tables.map((table) => Prisma.sql`SELECT 1 FROM ${wordsOf(table)}`),
    ' UNION ALL ',
  )
  for (const table of tables) {
    const name = table.kind.toLowerCase()
    const keep = keepOf(table)
    const filter = filterSql(table, filters)
    const words = wordsOf(table)
    const typos = Prisma.raw(`${name}_typos`)
    ctes.push(Prisma.sql`${typos} AS (SELECT ${keep} FROM ${from(table)}
      WHERE NOT EXISTS (${anyWords}) AND ${filter} AND ${typoSql(table, query)}
      ORDER BY ${newestFirst(table)} LIMIT ${page.window})`)
    const code = codeSql(table, query)
    const codes =
      code === null
        ? Prisma.empty
        : Prisma.sql`UNION ALL (SELECT ${keep} FROM ${from(table)} WHERE ${code} AND ${filter}
            AND r.id NOT IN (SELECT id FROM ${words} UNION ALL SELECT id FROM ${typos}))`
    ctes.push(
      Prisma.sql`${Prisma.raw(`${name}_hits`)} AS (SELECT * FROM ${words} UNION ALL SELECT * FROM ${typos} ${codes})`,
    )
    scored.push(Prisma.sql`SELECT ${table.kind}::text AS kind, id,
      ts_rank_cd(vector, ${tsquery(query)}, 1|32)
        + ${SIMILARITY_WEIGHT}::float8 * word_similarity(${query.folded}, short)
        + CASE WHEN "codeMatch" THEN ${CODE_BONUS}::float8 ELSE 0 END
        + coalesce(${RECENCY_WEIGHT}::float8 / (1 + abs(current_date - day) / 365.0), 0)
        + ${table.weight}::float8 AS score
      FROM ${Prisma.raw(`${name}_hits`)}`)
  }
  return Prisma.sql`WITH ${Prisma.join(ctes, ', ')}
    SELECT kind, id, score::float8 AS score FROM (${Prisma.join(scored, ' UNION ALL ')}) ranked
    ORDER BY score DESC, kind, id DESC LIMIT ${page.limit} OFFSET ${page.offset}`
}

/**
 * The statement counting the hits of each table of `kinds`, each count stopping at `cap + 1` so
 * a common query reads no more than that: `{ Article: 10001, Event: 12 }`. Typos are counted
 * only when no record of any searched kind holds the words, as the page finds them.
 */
export function cappedCountsSql(
  query: SearchQuery,
  filters: SearchFilters,
  kinds: readonly SearchKind[],
  cap: number,
): Prisma.Sql | null {
  if (kinds.length === 0) return null
  const anyWordHit = Prisma.join(
    searchedTables(filters).map(
      (table) =>
        Prisma.sql`EXISTS (SELECT 1 FROM ${from(table)} WHERE ${filterSql(table, filters)} AND ${wordsSql(query)})`,
    ),
    ' OR ',
  )
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
  return Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${from(table)} WHERE ${wordsSql(query)} AND ${filterSql(table, filters)}`
}
