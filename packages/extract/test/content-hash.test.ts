import { describe, expect, it } from 'vitest'
import { contentHash } from '../src/content-hash.ts'

describe('contentHash', () => {
  it.each([
    { text: '', hash: 'cbf29ce484222325' },
    { text: 'a', hash: 'af63dc4c8601ec8c' },
    { text: 'foobar', hash: '85944171f73967e8' },
  ])('is 64-bit FNV-1a over the code units, as the published test vectors give it: $text', ({ text, hash }) => {
    expect(contentHash(text)).toBe(hash)
  })
  it('tells texts apart that differ in one tone mark', () => {
    expect(contentHash('Đảng ủy')).not.toBe(contentHash('Đảng uỷ'))
  })
  it('hashes a code unit beyond the Latin range', () => {
    expect(contentHash('\uffff')).toMatch(/^[0-9a-f]{16}$/u)
  })
})
