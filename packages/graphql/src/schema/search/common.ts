import type { PrismaClient } from '@vanban/store'
import type { SearchQuery } from './query.ts'
import type { SearchKind } from './statements.ts'

/**
 * A guessed share of records at or above which a query's words are common enough that walking a
 * table's newest records in date order finds its window sooner than reading every hit through the
 * GIN index (the walk stops at the window; the index read does not).
 */
export const COMMON_SHARE = 1 / 20

/** How long the statistics read for the guess are kept before they are read again. */
const STATISTICS_TTL_MS = 10 * 60_000

/** What the planner's statistics say of one table's search vectors. */
type TableStatistics = {
  /** Share of the table's records holding each of its most common words. */
  frequencies: Map<string, number>
  /** The table's records, as the statistics have it. */
  records: number
}

type Statistics = Map<string, TableStatistics>

// Read once per client and kept a while: the statistics change only when ANALYZE runs, and
// joining pg_stats in every search statement cost 1 to 5 ms of planning per table.
const cache = new WeakMap<object, { at: number; statistics: Promise<Statistics> }>()

async function readStatistics(prisma: PrismaClient): Promise<Statistics> {
  const rows = await prisma.$queryRaw<
    { table: string; elems: string[] | null; freqs: number[] | null; records: number }[]
  >`
    SELECT c.relname::text AS table, s.most_common_elems::text::text[] AS elems,
      s.most_common_elem_freqs::float8[] AS freqs, c.reltuples::float8 AS records
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_stats s ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = 'searchVector'
    WHERE n.nspname = current_schema() AND c.relkind = 'r'
      AND c.relname IN ('Directive', 'Event', 'Article', 'Organization', 'Person')`
  const tables: Statistics = new Map()
  for (const row of rows) {
    const frequencies = new Map<string, number>()
    // the frequencies array ends with three more numbers (min, max, null share) than the words
    row.elems?.forEach((word, i) => {
      const f = row.freqs?.[i]
      if (f !== undefined) frequencies.set(word, f)
    })
    tables.set(row.table, { frequencies, records: Math.max(0, Number(row.records)) })
  }
  return tables
}

function statisticsOf(prisma: PrismaClient): Promise<Statistics> {
  const held = cache.get(prisma)
  if (held !== undefined && Date.now() - held.at < STATISTICS_TTL_MS) return held.statistics
  const statistics = readStatistics(prisma)
  cache.set(prisma, { at: Date.now(), statistics })
  statistics.catch(() => cache.delete(prisma))
  return statistics
}

/** Forgets the statistics read for `prisma`, so that its next search reads them again (after an ANALYZE). */
export function forgetStatistics(prisma: PrismaClient): void {
  cache.delete(prisma)
}

/**
 * The guessed share of `table`'s records holding the query's words, from the statistics
 * (most_common_elems of the vector, which the planner reads too): the geometric mean of the
 * product of the words' frequencies (words independent: the planner's guess, which takes the words
 * of a phrase, which come together, for rare and read every hit of `nen tang tu tuong`, 16,430
 * rows, 2.5 s at 100,000 articles) and of the rarest word's (words always together: which takes a
 * name of three common syllables for common). A directive code's parts always come together: its
 * share is its rarest part's. A word the statistics do not know is rarer than every word they
 * know, so a query holding one is rare (0).
 */
export function guessedShare(lexemes: readonly string[], table: TableStatistics, code: boolean): number {
  if (lexemes.length === 0) return 0
  const fs = lexemes.map((e) => table.frequencies.get(e))
  if (fs.some((f) => f === undefined || f <= 0)) return 0
  const logs = (fs as number[]).map(Math.log)
  const min = Math.min(...logs)
  return Math.exp(code ? min : (logs.reduce((a, b) => a + b, 0) + min) / 2)
}

/** How a search reads each table's word hits (see `searchPlan`). */
export type SearchPlan = {
  /** Tables whose newest records are walked: their words are common. */
  walk: ReadonlySet<SearchKind>
  /**
   * Tables read through the index by the words before the last (rare), the last word's prefix
   * tested on those hits only: a prefix in the index condition (`tuong:*`) makes GIN gather every
   * record holding a word of that prefix before it looks at the others (95 ms over 1.1 million
   * events for `nen tang tu tuong`, which no event holds: 0.07 ms without the prefix).
   */
  byHead: ReadonlySet<SearchKind>
  /**
   * Tables where the typed last word is taken whole, not as a prefix: it is a word of more records
   * than the count cap, so it was typed whole, and its prefix would have GIN gather all of them
   * (`bui thi cuong:*`: 40 ms of 55 at 100,000 articles went to `cuong:*`, 18,700 records).
   */
  whole: ReadonlySet<SearchKind>
}

/**
 * How a search reads each of `kinds`: the walkable ones (big tables) whose words are guessed in
 * more records than the count cap (each hit read by index costs a heap page: the 4% of a million
 * articles holding the three common syllables of a name is 40,000 pages), or in at least COMMON_SHARE of the
 * records and more than the window, walk their newest records; the others read their hits through
 * the index, by the words before a typed prefix when those are guessed within the cap.
 */
export async function searchPlan(
  prisma: PrismaClient,
  query: SearchQuery,
  kinds: readonly SearchKind[],
  walkable: readonly SearchKind[],
  limits: { window: number; cap: number },
): Promise<SearchPlan> {
  const walk = new Set<SearchKind>()
  const byHead = new Set<SearchKind>()
  const whole = new Set<SearchKind>()
  if (kinds.length === 0) return { walk, byHead, whole }
  const head = query.prefix?.head ?? ''
  const [statistics, lexemes] = await Promise.all([statisticsOf(prisma), lexemesOf(prisma, query.folded, head)])
  for (const kind of kinds) {
    const table = statistics.get(kind)
    if (table === undefined) continue
    const last = query.prefix === null ? undefined : table.frequencies.get(query.prefix.last)
    if (last !== undefined && last * table.records > limits.cap) whole.add(kind)
    const share = guessedShare(lexemes.all, table, query.code !== null)
    const hits = share * table.records
    if (walkable.includes(kind) && (hits > limits.cap || (share >= COMMON_SHARE && hits > limits.window)))
      walk.add(kind)
    else if (
      !whole.has(kind) &&
      lexemes.head.length > 0 &&
      guessedShare(lexemes.head, table, false) * table.records <= limits.cap
    )
      byHead.add(kind)
  }
  return { walk, byHead, whole }
}

// The words PostgreSQL's parser makes of the folded query and of its words before a typed
// prefix, as the stored vectors hold them; the last LEXEMES_KEPT queries' kept, so that paging
// through a search asks the parser once.
const LEXEMES_KEPT = 1_000
const lexemesKept = new Map<string, { all: string[]; head: string[] }>()

async function lexemesOf(
  prisma: PrismaClient,
  folded: string,
  head: string,
): Promise<{ all: string[]; head: string[] }> {
  const key = `${folded}\u0000${head}`
  const kept = lexemesKept.get(key)
  if (kept !== undefined) return kept
  const [row] = await prisma.$queryRaw<{ all: string[]; head: string[] }[]>`
    SELECT tsvector_to_array(to_tsvector('simple', ${folded})) AS all,
      tsvector_to_array(to_tsvector('simple', ${head})) AS head`
  const lexemes = { all: row?.all ?? [], head: row?.head ?? [] }
  if (lexemesKept.size >= LEXEMES_KEPT) lexemesKept.delete(lexemesKept.keys().next().value as string)
  lexemesKept.set(key, lexemes)
  return lexemes
}
