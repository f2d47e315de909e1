import { describe, expect, it } from 'vitest'
import { parseSourcePrefix } from '../src/published-date.ts'

// Date lines and metadata fragments are read by @vanban/core (its publication-date tests); the extractor keeps
// the source prefix of a lead.
describe('parseSourcePrefix', () => {
  it('reads the source in brackets before the lead', () => {
    expect(parseSourcePrefix('(Chinhphu.vn) - Chiều 2/3, ...')?.source).toBe('Chinhphu.vn')
  })
  it('takes parts of day joined by a dash for no source', () => {
    expect(parseSourcePrefix('Sáng - Chiều')).toBeNull()
  })
})
