import { expect } from 'vitest'

/**
 * Asserts that every code point the `iu` flags read as one of the letters of `words` lower-cases
 * to that letter: a fast path that compares a lower-cased text with those words then finds every
 * spelling the expression it stands for finds.
 */
export function expectLowerCaseHoldsEverySpelling(words: string): void {
  const letters = new Set([...words].filter((c) => c !== ' '))
  for (const x of letters) {
    const one = new RegExp(`^${x}$`, 'iu')
    for (let p = 0; p <= 0x10ffff; p++) {
      if (p >= 0xd800 && p <= 0xdfff) continue
      const c = String.fromCodePoint(p)
      if (one.test(c)) expect([p.toString(16), c.toLowerCase()]).toEqual([p.toString(16), x])
    }
  }
}
