import { describe, expect, it } from 'vitest'
import { firstLetters, wordPattern } from '../src/word-pattern.ts'

describe('wordPattern', () => {
  const plan = wordPattern(['sẽ', 'dự kiến', '(?<!ban )chỉ đạo'])
  it('finds the words in any case', () => {
    expect(plan.exec('Huyện ủy DỰ KIẾN tổ chức')?.index).toBe(9)
  })
  it.each([
    { reading: 'a look-behind of a word', text: 'Ban chỉ đạo 35 tổ chức', expected: false },
    { reading: 'a word alone', text: 'Tỉnh ủy chỉ đạo tổ chức', expected: true },
    { reading: 'no word inside another', text: 'kiếnsẽ', expected: false },
  ])('keeps $reading: $text', ({ text, expected }) => {
    expect(plan.test(text)).toBe(expected)
  })
})

describe('firstLetters', () => {
  it.each([
    { words: ['sẽ', 'dự kiến', '(?<!ban )chỉ đạo'], guard: '(?=sẽ|dự|chỉ)' },
    // A shorter opening covers the longer ones it starts.
    { words: ['giao(?!\\s+ban)', 'g', 'tổ chức', 'đ\\/c'], guard: '(?=g|tổ|đ)' },
  ])('guards $words with $guard', ({ words, guard }) => {
    expect(firstLetters(words)).toBe(guard)
  })
  it('takes both cases under the i flag', () => {
    expect(new RegExp(`${firstLetters(['đã'])}đã`, 'iu').test('ĐÃ')).toBe(true)
  })
  it('refuses alternatives that do not open with a letter', () => {
    expect(() => firstLetters(['(được\\s+)?tổ chức'])).toThrow(/does not start with a letter/)
  })
})
