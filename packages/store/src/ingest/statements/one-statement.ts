/**
 * Several writes sent as one statement, each but the last a data-modifying CTE of it: one round
 * trip for all of them. PostgreSQL runs every data-modifying CTE to completion, referenced or not.
 */
export function oneStatement(writes: readonly string[]): string {
  const last = writes.at(-1)
  if (last === undefined) throw new Error('oneStatement needs at least one write')
  const before = writes.slice(0, -1).map((write, i) => `write_${i} AS (${write})`)
  return before.length === 0 ? last : `WITH ${before.join(',\n')}\n${last}`
}
