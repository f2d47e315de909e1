import { type Extraction, isBareDirectiveKey } from '@vanban/core'

/** What one attempt at storing an article works from. */
export interface Plan {
  readonly identity: string
  readonly hash: string
  /** Every directive code the extraction lists, cites or relates, sorted. */
  readonly codes: string[]
  /** Codes for which this article creates a directive, locked exclusively; the rest shared. */
  readonly exclusive: Set<string>
  /** The extractor version that read the extraction from its text; `null` for an extraction from elsewhere. */
  readonly extractorVersion: string | null
}

/** A stored directive as the ingest needs it: its row id, key and code. */
export interface DirectiveRow {
  readonly id: number
  readonly key: string
  readonly code: string
}

/**
 * A directive known only by its code: an extraction writes its key as core's bare key
 * (`party:TW:NQ:35`); a hand-built extraction may write the code itself.
 */
export function isBare(key: string, code: string): boolean {
  return key === code || isBareDirectiveKey(key)
}

/** Every directive code an extraction lists, cites or relates, once each and sorted. */
export function directiveCodes(extraction: Extraction): string[] {
  return [
    ...new Set([
      ...extraction.directives.map((d) => d.code),
      ...extraction.relations.flatMap((r) => [r.from, r.to]),
      ...extraction.citations.map((c) => c.directive),
    ]),
  ].sort()
}

/**
 * The codes for which the article creates a directive. A code whose directives this article only
 * reads or fills in can be shared with concurrent ingests; creating a directive (and absorbing a
 * bare one) needs the code to itself. Stored directives only ever gain full keys, so a code found
 * complete before the transaction is still complete once locked.
 */
export function codesToCreate(extraction: Extraction, stored: readonly Omit<DirectiveRow, 'id'>[]): Set<string> {
  const keys = new Set(stored.map((row) => row.key))
  const codes = new Set(stored.map((row) => row.code))
  return new Set(
    extraction.directives
      .filter((d) => (isBare(d.key, d.code) ? !codes.has(d.code) : !keys.has(d.key)))
      .map((d) => d.code),
  )
}

/**
 * Rows deduplicated (the last of a key wins) and sorted by key: rows written in one statement are
 * sorted so that concurrent ingests lock shared rows in the same order and do not deadlock.
 */
export function byKey<T>(rows: Iterable<readonly [string, T]>): [string, T][] {
  return [...new Map(rows)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/**
 * A row another transaction committed after this statement's snapshot was taken: the statement
 * neither inserted nor saw it. The whole article is tried again (SQLSTATE 40001, which
 * `withConflictRetry` retries), when it will be seen.
 */
export function concurrentlyStored(what: string): Error {
  return Object.assign(new Error(`${what} was stored by a concurrent ingest; retrying`), { code: '40001' })
}
