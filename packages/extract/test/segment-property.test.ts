import { parseMetadataFragment } from '@vanban/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isWordless, looksLikeCaption, unsqueezed } from '../src/segment.ts'

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

describe('isWordless', () => {
  it('reads what its expression reads', () => {
    const units = ['a', 'Z', '0', '.', '*', '-', ' ', 'Đ', '٣', '😀', '\ud800', '_']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 5 }), (parts) => {
        const line = parts.join('')
        expect(isWordless(line)).toBe(!/[\p{L}\p{N}]/u.test(line))
      }),
      { numRuns: 10000 },
    )
  })
})

describe('the metadata fragment gate', () => {
  it('passes every line that opens with a fragment', () => {
    const parts = ['date ', 'DATE ', 'Date\t', '2023-12-08', 'T09:15:00', ' ', 'x', 'Ngày']
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...parts), fc.string({ maxLength: 2 })), { maxLength: 5 }), (p) => {
        const line = p.join('')
        if (parseMetadataFragment(line) !== null) expect(line.charCodeAt(0) | 0x20).toBe(0x64)
      }),
      { numRuns: 10000 },
    )
  })
})

describe('looksLikeCaption', () => {
  it('reads what its expressions read', () => {
    const parts = [
      '(',
      ')',
      'phải',
      'Trái',
      'GIỮA',
      'ảnh',
      'Ảnh',
      'ẢNH',
      ':',
      ' ',
      ',',
      '.',
      '!',
      '?',
      '…',
      '"',
      '”',
      ';',
      'a',
      'Đ',
      '😀',
    ]
    const plain = (line: string): boolean => {
      if (line.length > 220) return false
      if (/\((?:phải|trái|giữa|ảnh[^)]*)\)|^ảnh\s*:/iu.test(line)) return true
      if (line.endsWith(',') && line.trim().split(/\s+/u).length >= 12) return false
      return !/[.!?…"”:;]$/u.test(line)
    }
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...parts), fc.string({ maxLength: 2 })), { maxLength: 16 }),
        (p) => {
          const line = p.join('')
          expect(looksLikeCaption(line)).toBe(plain(line))
        },
      ),
      { numRuns: 30000 },
    )
  })
})
