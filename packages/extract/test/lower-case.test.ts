import { describe, expect, it } from 'vitest'
import { changesInLowerCase, lowerSlice } from '../src/lower-case.ts'

describe('lowerSlice', () => {
  it.each([
    ['Nghị quyết', 0, 4, 'nghị'],
    ['Nghị quyết', 5, 10, 'quyết'],
    ['CHỈ THỊ', 4, 7, 'thị'],
    ['SỐ', 0, 2, 'số'],
    ['𐐀x', 0, 3, '𐐨x'],
  ])('%s [%i, %i) is %s', (text, from, to, lower) => {
    expect(lowerSlice(text, from, to)).toBe(lower)
  })

  it('copies only a slice that lower-casing changes', () => {
    expect(changesInLowerCase('quyết định', 0, 10)).toBe(false)
    expect(changesInLowerCase('Quyết', 0, 5)).toBe(true)
    expect(changesInLowerCase('aĐb', 2, 3)).toBe(false)
  })

  it('agrees with toLowerCase on every unit from U+0000 to U+FFFF, alone and between letters', () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = `a${String.fromCharCode(c)}b`
      expect(lowerSlice(text, 0, 3)).toBe(text.toLowerCase())
    }
  })
})
