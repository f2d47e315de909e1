// Per code unit: 1 when lower-casing changes it (or it is a surrogate, whose pair may lower-case
// as a whole), 2 when not; filled as units are met.
const CHANGES = new Uint8Array(0x10000)

/**
 * Whether `text.slice(from, to).toLowerCase()` may differ from the slice: false only when no unit
 * changes, so that a word written in lower case is looked up without a lower-cased copy (the
 * copy of a word with diacritics costs more than the lookup).
 */
export function changesInLowerCase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    let known = CHANGES[c]!
    if (known === 0) {
      const u = String.fromCharCode(c)
      known = (c >= 0xd800 && c <= 0xdfff) || u.toLowerCase() !== u ? 1 : 2
      CHANGES[c] = known
    }
    if (known === 1) return true
  }
  return false
}

// Words lower-cased before, by their spelling: a text names the same few capitalised words again
// and again, and looking one up costs less than lower-casing it (which leaves the engine's code).
// Only words are kept, and only so many.
const LOWERED = new Map<string, string>()
const LOWERED_LONGEST = 24
const LOWERED_MOST = 4096

/** `text.slice(from, to)` in lower case, copied again only when it has a unit lower-casing changes. */
export function lowerSlice(text: string, from: number, to: number): string {
  const s = text.slice(from, to)
  if (!changesInLowerCase(text, from, to)) return s
  return lowered(s)
}

/** `word.toLowerCase()`, looked up when lowered before. */
export function lowered(word: string): string {
  if (word.length > LOWERED_LONGEST) return word.toLowerCase()
  let lower = LOWERED.get(word)
  if (lower === undefined) {
    lower = word.toLowerCase()
    if (LOWERED.size >= LOWERED_MOST) LOWERED.clear()
    LOWERED.set(word, lower)
  }
  return lower
}
