/**
 * The store's search key (`searchKey` of `@vanban/store`: core's foldDiacritics
 * of the parts joined by spaces, white space collapsed and trimmed), and the same key composed in
 * SQL from pieces folded here.
 *
 * foldDiacritics folds character by character, so the key of a text made by concatenating pieces
 * is the concatenation of the pieces' folds, white space collapsed: the archive's SQL builds each
 * text and its key side by side from the pools' pieces and their folds ({@link foldPiece}), then
 * collapses the runs of spaces at the joins ({@link finishKey}). This is exact and cheap, where
 * folding a million 2 KB texts in SQL (translate() with a 100-character table, or a regular
 * expression) takes most of an hour; a sample is checked against the store's `searchKey` and `leadKey` after a build.
 */
import { foldDiacritics } from '@vanban/core'
import { LEAD_LENGTH } from '@vanban/store'

/** The store's `leadKey` in SQL, of the body's finished key `key`. */
export function leadKeySql(key: string): string {
  return `(SELECT CASE WHEN length(k) <= ${LEAD_LENGTH} THEN k ELSE coalesce(nullif(regexp_replace(left(k, ${LEAD_LENGTH + 1}), '\\s+\\S*$', ''), ''), left(k, ${LEAD_LENGTH})) END FROM (SELECT ${key} AS k) AS lead)`
}

/** A piece's fold with runs of white space made one space, not trimmed (its ends meet other pieces). */
export function foldPiece(text: string): string {
  return foldDiacritics(text).replace(/\s+/g, ' ')
}

/**
 * SQL turning a concatenation of folded pieces into the key: a join of a piece ending in a space,
 * a one-space separator and a piece starting with one makes at most three spaces in a row, which
 * two passes of replace() make one; then trimmed.
 */
export function finishKey(expression: string): string {
  return `btrim(replace(replace(${expression}, '  ', ' '), '  ', ' '))`
}

/** A SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`
}

/** A SQL text and its key, built side by side. */
export type Composed = { text: string; key: string }

/** A literal phrase (folded here) or a pool column with its fold beside it (`<column>_f`). */
export type Piece = string | Composed

/** A pool column and its fold, `alias.column` and `alias.column_f`. */
export function column(alias: string, name: string): Composed {
  return { text: `${alias}.${name}`, key: `${alias}.${name}_f` }
}

/** The concatenation of pieces, as text and as key (not yet finished). */
export function compose(...pieces: Piece[]): Composed {
  const parts = pieces.map((p) => (typeof p === 'string' ? { text: sqlString(p), key: sqlString(foldPiece(p)) } : p))
  return {
    text: `(${parts.map((p) => p.text).join(' || ')})`,
    key: `(${parts.map((p) => p.key).join(' || ')})`,
  }
}
