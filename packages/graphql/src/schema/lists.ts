/**
 * The first row per key of a bounded read, in order. Relation lists read at most a page of join
 * rows with a LIMIT and drop repeats here: Prisma's `distinct` would read every row to do it.
 */
export function firstPerKey<Row>(rows: readonly Row[], keyOf: (row: Row) => number): Row[] {
  const seen = new Set<number>()
  return rows.filter((row) => {
    const key = keyOf(row)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

type RelationQuery = { select?: Record<string, unknown>; include?: Record<string, unknown> }

/**
 * A planned relation query with the `key` column it is deduplicated by, an order and a LIMIT.
 */
export function boundedRelation<Q extends RelationQuery>(query: Q, key: string, orderBy: object[], take: number) {
  return { ...query, ...(query.select ? { select: { ...query.select, [key]: true } } : {}), orderBy, take }
}
