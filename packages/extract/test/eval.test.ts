import { describe, expect, it } from 'vitest'
import { runEval, sharedCorpusDir } from '../scripts/eval.ts'

// The same scoring as `pnpm eval`: the project's fixtures and the blind ones (every metric >= 0.9) and the shared
// corpus (directives and publication dates exact, events, dates and relations >= 0.9, ...).
describe.skipIf(sharedCorpusDir() === null)('evaluation against gold', () => {
  const results = runEval() ?? []
  for (const r of results) {
    it(`${r.name}: every metric within its bound`, () => {
      expect(r.articles).toBeGreaterThan(0)
      expect(r.belowBounds, JSON.stringify(r.metrics)).toEqual([])
      expect(r.passed).toBe(true)
    })
  }
})
