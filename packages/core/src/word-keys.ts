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
  // The words of a plain text with one of the keys (see keyPattern), or null.
  pattern: RegExp | null
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
  return { keys: set, first, openings, byLength, pattern: keyPattern(set) }
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

// Whether each BMP code unit is a letter, mark or digit (1), none (2) or a surrogate (3), worked out
// on first sight: the words of a whole article are read for every province it names, and a lookup
// per code unit costs far less than a regular expression's match objects. Surrogate pairs are
// asked of WORD_CHAR.
const WORD_UNIT = new Uint8Array(0x10000)
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u
function unitKind(c: number): number {
  const kind = WORD_UNIT[c]!
  return kind === 0 ? classifyUnit(c) : kind
}
function classifyUnit(c: number): number {
  const kind = c >= 0xd800 && c <= 0xdfff ? 3 : WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2
  WORD_UNIT[c] = kind
  return kind
}
// Whether a letter, mark or digit begins at i (a supplementary one as a surrogate pair).
export function wordAt(text: string, i: number): boolean {
  const kind = unitKind(text.charCodeAt(i))
  return kind === 1 || (kind === 3 && wordPairAt(text, i) === 2)
}
/** Where the first word at or after i begins (see wordAt); the text's length when none does. */
export function nextWordStart(text: string, i: number): number {
  while (i < text.length && !wordAt(text, i)) i++
  return i
}
/**
 * Whether a letter, mark or digit ends right before i, as `(?<![\p{L}\p{M}\p{N}])` reads it with
 * the `u` flag: the code point before i, a surrogate pair read whole (a lone surrogate is none).
 */
export function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false
  const kind = unitKind(text.charCodeAt(i - 1))
  return kind === 1 || (kind === 3 && i >= 2 && wordPairAt(text, i - 2) === 2)
}
// The length (2, or 0 when it is none) of a supplementary letter, mark or digit at i.
function wordPairAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 0xd800 || c > 0xdbff) return 0
  const next = text.charCodeAt(i + 1)
  if (next < 0xdc00 || next > 0xdfff) return 0
  return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0
}

// The end of the word that starts at `start`: each code unit is one lookup, but for a surrogate.
export function wordEnd(text: string, start: number): number {
  const n = text.length
  let i = start
  while (i < n) {
    const kind = unitKind(text.charCodeAt(i))
    if (kind === 1) i++
    else if (kind === 2) break
    else {
      const step = wordPairAt(text, i)
      if (step === 0) break
      i += step
    }
  }
  return i
}

// White space (`\s`) and capitals or digits (`[\p{Lu}\p{N}]`), unit by unit, worked out on first
// sight (1 in the class, 2 not); no surrogate is white space, and a surrogate pair is asked of
// CAPITAL_OR_DIGIT whole.
const WHITE = new Uint8Array(0x10000)
const CAPITAL = new Uint8Array(0x10000)
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u
function isWhite(c: number): boolean {
  let k = WHITE[c]!
  if (k === 0) {
    k = /^\s$/u.test(String.fromCharCode(c)) ? 1 : 2
    WHITE[c] = k
  }
  return k === 1
}
/** Whether `text` from `i` opens with a capital letter or a digit, as `/^[\p{Lu}\p{N}]/u` reads `text.slice(i)`. */
export function capitalOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdfff) return CAPITAL_OR_DIGIT.test(text.slice(i, i + 2))
  let k = CAPITAL[c]!
  if (k === 0) {
    k = CAPITAL_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2
    CAPITAL[c] = k
  }
  return k === 1
}

/** Whether `text` from `start` to `end` is white space and not empty, as `/^\s+$/u` reads the slice. */
export function onlyWhite(text: string, start: number, end: number): boolean {
  if (start >= end) return false
  for (let i = start; i < end; i++) if (!isWhite(text.charCodeAt(i))) return false
  return true
}

/**
 * Whether a capital letter or a digit opens a word after the word that ends at `end`, or after the
 * words that follow it with the keys of `follow` (`follow[0]` the next word's, and so on), with
 * only white space before it: where a unit's name may begin after a unit word whose words after
 * its first have those keys (see unitNamedAt in province.ts, which reads a name nowhere else). Most
 * words that may open a unit word (`thành công`, `cơ quan`, `thị trường`) are turned away so
 * before their words are read.
 */
export function capitalAfterWords(text: string, end: number, follow: readonly KeySet[]): boolean {
  const n = text.length
  let from = end
  for (let k = 0; ; k++) {
    let i = from
    let white = true
    while (i < n && !wordAt(text, i)) {
      if (white && !isWhite(text.charCodeAt(i))) white = false
      i++
    }
    if (i >= n) return false
    if (white && capitalOrDigitAt(text, i)) return true
    if (k >= follow.length) return false
    from = wordEnd(text, i)
    if (!keyAmong(text, i, from, follow[k]!)) return false
  }
}

// Vietnamese's letters outside ASCII, in both cases: a text of these, ASCII and other characters
// that are no letter, mark or digit is read for words by an expression (see plainText).
const VIETNAMESE = 'àáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ'
const VIETNAMESE_ALL = VIETNAMESE + VIETNAMESE.toUpperCase()
// Whether each BMP code unit outside ASCII is a letter, mark or digit other than Vietnamese's, or a
// surrogate (1), or not (2), worked out on first sight; ASCII and Vietnamese's letters are known
// (2) from the start, so a plain text's units each cost one lookup and one comparison.
const OTHER_LETTER = new Uint8Array(0x10000)
OTHER_LETTER.fill(2, 0, 0x80)
for (let k = 0; k < VIETNAMESE_ALL.length; k++) OTHER_LETTER[VIETNAMESE_ALL.charCodeAt(k)] = 2
function otherLetter(c: number): boolean {
  let k = OTHER_LETTER[c]!
  if (k === 0) {
    const s = String.fromCharCode(c)
    k = (c >= 0xd800 && c <= 0xdfff) || (WORD_CHAR.test(s) && !VIETNAMESE_ALL.includes(s)) ? 1 : 2
    OTHER_LETTER[c] = k
  }
  return k === 1
}

/**
 * Whether a text's letters, marks and digits are all ASCII or Vietnamese letters (`đ`, `ệ`, `Ư`):
 * then each of its words folds letter by letter, and a word of a key is the key's letters each
 * written as ASCII or Vietnamese writes it (see keyPattern); marks apart, other scripts and
 * letters (`ñ`, `²`, `字`) fold to nothing or to letters no Vietnamese letter gives.
 */
export function plainText(text: string): boolean {
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (OTHER_LETTER[c] !== 2 && otherLetter(c)) return false
  }
  return true
}

// Each ASCII letter as ASCII and Vietnamese write it, both cases: the letters that fold to it.
const WRITTEN = new Map<string, string>()
for (const ch of `abcdefghijklmnopqrstuvwxyz0123456789${VIETNAMESE}`) {
  const folded = foldDiacritics(ch)
  WRITTEN.set(folded, (WRITTEN.get(folded) ?? '') + ch + (ch.toUpperCase() === ch ? '' : ch.toUpperCase()))
}

/**
 * An expression for the words of a plain text (see plainText) whose key is one of `keys` (ASCII
 * letters and digits): each key's letters as written, the word ending after them. A match may
 * start inside a word: the caller asks whether a word starts there. Null when a key holds another
 * character.
 */
export function keyPattern(keys: Iterable<string>): RegExp | null {
  const alternatives: string[] = []
  for (const key of keys) {
    let written = ''
    for (const ch of key) {
      const forms = WRITTEN.get(ch)
      if (forms === undefined) return null
      written += `[${forms}]`
    }
    alternatives.push(written)
  }
  return new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu')
}

/** Whether the next word after `end` (past any other characters) has its key among `keys`. */
export function nextKeyAmong(text: string, end: number, keys: KeySet): boolean {
  const i = nextWordStart(text, end)
  return i < text.length && keyAmong(text, i, wordEnd(text, i), keys)
}
