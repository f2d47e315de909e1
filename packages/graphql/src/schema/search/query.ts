import { parseDirectiveCode } from '@vanban/core'
import { nameKey } from '@vanban/store'

/**
 * A search query as the statements use it: folded the way the stored keys are (the store's
 * `nameKey`, core's foldDiacritics over normalized text), the words a snippet marks, and the
 * directive code it spells, if any.
 */
export type SearchQuery = {
  /** The folded query, given to `websearch_to_tsquery('simple', ...)` and to trigram similarity. */
  folded: string
  /**
   * The folded query with its last word a prefix (`nghi quyet chuyen` finds `chuyen de`): set
   * when the query is plain words (no quotes, `OR` or `-word`) ending in a word of 3 or more
   * letters, the way a search box is typed; null otherwise.
   */
  prefix: { head: string; last: string } | null
  /** Folded words the hits should show marked: the query's words but `OR` and the excluded ones. */
  terms: string[]
  /** The canonical code when the whole query is a directive code (`35-nq/tw` → `35-NQ/TW`). */
  code: string | null
}

// What PostgreSQL's parser and a snippet both take for a word of the folded text.
const WORD = /[a-z0-9]+/g

/** The parts of a search query; `query` is what the caller typed. */
export function parseSearchQuery(query: string): SearchQuery {
  const folded = nameKey(query)
  return { folded, prefix: prefixOf(folded), terms: termsOf(folded), code: parseDirectiveCode(query)?.code ?? null }
}

function termsOf(folded: string): string[] {
  const terms = new Set<string>()
  for (const token of folded.replaceAll('"', ' " ').split(' ')) {
    if (token === '' || token === '"' || token === 'or' || token.startsWith('-')) continue
    for (const word of token.match(WORD) ?? []) terms.add(word)
  }
  return [...terms]
}

function prefixOf(folded: string): SearchQuery['prefix'] {
  if (/["]|(^|\s)-|(^|\s)or(\s|$)/.test(folded)) return null
  const match = /^(?:(.*) )?([a-z0-9]{3,})$/.exec(folded)
  if (match === null) return null
  return { head: match[1] ?? '', last: match[2] ?? '' }
}
