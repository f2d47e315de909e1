import { foldDiacritics } from './text.ts'

/*
 * Word keys for the province readers (see province.ts): a word's key is its folded form without
 * white space (`foldDiacritics`), and a scan over a whole article asks of each word whether its
 * key is one of a few. Not part of the package's interface.
 */

// Each word's key, kept for the words met lately: an article repeats its words.
const KEYS = new Map<string, string>()
export const KEYS_SIZE = 20_000
export function wordKey(word: string): string {
  let key = KEYS.get(word)
  if (key === undefined) {
    key = foldDiacritics(word).replace(/\s+/g, '')
    if (KEYS.size >= KEYS_SIZE) KEYS.clear()
    KEYS.set(word, key)
  }
  return key
}

// The key of each BMP code unit that folds to one letter or digit (its char code), worked out on
// first sight; NOT_ONE for a unit whose key is empty, white space or longer (a mark, `æ`, `σ`, a
// surrogate). A word whose units all fold to one has those letters for its key, one per unit.
const ONE_KEY = new Uint16Array(0x10000)
const NOT_ONE = 0xffff
function oneKey(c: number): number {
  let k = ONE_KEY[c]!
  if (k === 0) {
    const key = c >= 0xd800 && c <= 0xdfff ? '' : foldDiacritics(String.fromCharCode(c))
    k = key.length === 1 && !/\s/u.test(key) ? key.charCodeAt(0) : NOT_ONE
    ONE_KEY[c] = k
  }
  return k
}

/**
 * Word keys as a scan looks them up: by the first letter and the first two (keys are ASCII, see
 * `foldDiacritics`), then among the keys as long as the word, letter by letter, so that most words
 * are turned away without their key being built.
 */
export type KeySet = {
  keys: ReadonlySet<string>
  first: Uint8Array
  // The first two letters of each key (at `a * 128 + b`), or null when a key is shorter.
  openings: Uint8Array | null
  byLength: readonly (readonly string[] | undefined)[]
}
export function keySet(keys: Iterable<string>): KeySet {
  const set = new Set(keys)
  const first = new Uint8Array(128)
  const openings: Uint8Array | null = [...set].every((k) => k.length >= 2) ? new Uint8Array(128 * 128) : null
  const byLength: string[][] = []
  for (const k of set) {
    if (k.length > 0) first[k.charCodeAt(0)] = 1
    if (openings !== null) openings[k.charCodeAt(0) * 128 + k.charCodeAt(1)] = 1
    byLength[k.length] = [...(byLength[k.length] ?? []), k]
  }
  return { keys: set, first, openings, byLength }
}

// Whether the key of the word from `start` to `end` is one of `keys`. A word whose units each fold
// to one letter has those letters for its key (foldDiacritics folds unit by unit), compared in
// place; any other word's key is worked out whole. A word whose first two units fold to one letter
// each opens its key with those two, whatever follows.
export function keyAmong(text: string, start: number, end: number, keys: KeySet): boolean {
  const a = oneKey(text.charCodeAt(start))
  if (a !== NOT_ONE && keys.first[a] !== 1) return false
  if (end - start >= 2 && a !== NOT_ONE && keys.openings !== null) {
    const b = oneKey(text.charCodeAt(start + 1))
    if (b !== NOT_ONE && keys.openings[a * 128 + b] !== 1) return false
  }
  for (let j = start; j < end; j++) {
    if (oneKey(text.charCodeAt(j)) === NOT_ONE) return keys.keys.has(wordKey(text.slice(start, end)))
  }
  const same = keys.byLength[end - start]
  if (same === undefined) return false
  for (const k of same) {
    let j = 0
    while (j < k.length && k.charCodeAt(j) === ONE_KEY[text.charCodeAt(start + j)]) j++
    if (j === k.length) return true
  }
  return false
}
