/**
 * A look-ahead for the letters that alternatives of words open with: `(?=sẽ|dự|cần)` for `sẽ|dự
 * kiến|cần`. V8 tries an expression at every offset of a text, and one that opens with a
 * look-behind and a case-insensitive alternation pays for both at each offset; put first, the
 * look-ahead turns most offsets away with a test or two (the first three letters, fewer where a
 * word is shorter or a letter is followed by something else), two to four times as fast over
 * prose. It matches what the alternation would, so an expression keeps its meaning: with the
 * `i` flag it takes both cases, as the words do.
 *
 * `alternatives` are expression sources that each start with a literal letter, after an
 * optional look-behind of their own (`(?<!(?:ban|theo) )chỉ đạo`).
 */
// Letters of an opening: three tell most words of prose apart (`cho`, `chỉ`, `thị`).
const OPENING = 3

export function firstLetters(alternatives: readonly string[]): string {
  const openings = new Set<string>()
  for (const alternative of alternatives) {
    const chars = [...alternative.replace(/^\(\?<!(?:[^()]|\([^()]*\))*\)/u, '')]
    if (!/^\p{L}$/u.test(chars[0] ?? ''))
      throw new Error(
        `firstLetters: "${alternative}" does not start with a letter; give alternatives that open with a literal letter`,
      )
    let opening = ''
    for (const c of chars.slice(0, OPENING)) {
      if (!/^\p{L}$/u.test(c)) break
      opening += c
    }
    openings.add(opening)
  }
  // A shorter opening covers every longer one that starts with it.
  const kept = [...openings].filter((o) => ![...openings].some((p) => p !== o && o.startsWith(p)))
  return `(?=${kept.join('|')})`
}

/**
 * An expression for any of `words` (expression sources) standing as a word of its own: no
 * letter before it, then `after` (by default, no letter after it), guarded by
 * {@link firstLetters}.
 */
export function wordPattern(words: readonly string[], flags = 'iu', after = '(?![\\p{L}])'): RegExp {
  return new RegExp(`${firstLetters(words)}(?<![\\p{L}])(?:${words.join('|')})${after}`, flags)
}

/**
 * Word lists for a case-sensitive {@link wordPattern}: `anyCase` as written and capitalised
 * (a sentence may open with them), `lowerOnly` as written, for words that open names when
 * capitalised.
 */
export function withCapitals(anyCase: readonly string[], lowerOnly: readonly string[]): string[] {
  return [...anyCase, ...anyCase.map((w) => w[0]!.toUpperCase() + w.slice(1)), ...lowerOnly]
}

/** One white-space character, as `\s` reads it: built once, not per character tested. */
export const WHITE_SPACE = /\s/u
