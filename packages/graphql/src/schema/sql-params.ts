/**
 * The parameters of one SQL statement being written: each value bound once, as `$n::cast`, so
 * the statement text depends on the query's shape only (and is prepared once per shape).
 */
export class SqlParams {
  readonly values: unknown[] = []

  /** The placeholder of `value`, cast to `cast` (`int`, `text`, `date`), or as PostgreSQL infers it (a LIMIT) without one. */
  bind(value: unknown, cast?: string): string {
    this.values.push(value)
    return cast === undefined ? `$${this.values.length}` : `$${this.values.length}::${cast}`
  }
}
