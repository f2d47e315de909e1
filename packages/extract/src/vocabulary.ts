import { documentTypeForKind, DOCUMENT_TYPE_WORDS as TYPE_WORDS } from '@vanban/core'

/**
 * Words of the Vietnamese document system that the extractor reads: the names of document types
 * as news writes them before a number (`Nghị quyết số 35`), from core's one list of type words,
 * and the type letters each stands for in a code (`35-NQ/TW`).
 */

/** A document-type name (lower case) and the type letters of its codes, for the words cited by number. */
export const DOCUMENT_TYPE_WORDS: ReadonlyArray<readonly [string, string]> = TYPE_WORDS.filter(
  (w) => w.citedByNumber,
).map((w) => [w.word, documentTypeForKind(w.kind, 'party') ?? documentTypeForKind(w.kind, 'state') ?? ''] as const)

/** Type letters that a Party and a State code may both use for the same document type word. */
export function typeLettersFor(word: string): string | null {
  const w = word.toLowerCase()
  for (const [name, letters] of DOCUMENT_TYPE_WORDS) if (name === w) return letters
  return null
}

/** Type letters as compared: upper case, `Đ` as `D` (`QĐ` and `QD` are one type). */
export const typeKey = (letters: string): string => letters.toUpperCase().replace(/Đ/g, 'D')

/** True when two type letter strings name the same type (`QĐ` = `QD`, `NĐ` = `ND`). */
export function sameType(a: string, b: string): boolean {
  return typeKey(a) === typeKey(b)
}
