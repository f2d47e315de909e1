import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { unsqueezed } from '../src/segment.ts'

describe('unsqueezed', () => {
  it('finds what /[^\\S ]| {2}|^ | $/u finds, in a line and in its lower case', () => {
    const units = [
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2028',
      '\u3000',
      '\ufeff',
      '\u0085',
      'a',
      'Đ',
      'İ',
      'ử',
      '😀',
      '\ud800',
    ]
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...units), fc.string({ maxLength: 2 })), { maxLength: 8 }),
        (parts) => {
          const line = parts.join('')
          const expected = /[^\S ]| {2}|^ | $/u.test(line)
          expect(unsqueezed(line)).toBe(expected)
          expect(unsqueezed(line.toLowerCase())).toBe(expected)
        },
      ),
      { numRuns: 30000 },
    )
  })
})
