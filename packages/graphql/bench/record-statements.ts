import pg from 'pg'

/** A statement the pg driver sent, with its values. */
export type RecordedStatement = { text: string; values: unknown[] }

/**
 * Records every statement the pg driver sends from now on, with its values (Prisma's adapter calls
 * Client#query), into the array returned: the explain scripts run each again under EXPLAIN.
 */
export function recordStatements(): RecordedStatement[] {
  const recorded: RecordedStatement[] = []
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [config, values] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined]
    if (typeof config === 'object' && config !== null && 'text' in config)
      recorded.push({ text: config.text, values: config.values ?? [] })
    else if (typeof config === 'string') recorded.push({ text: config, values: values ?? [] })
    return query.apply(this, args)
  } as typeof pg.Client.prototype.query
  return recorded
}
