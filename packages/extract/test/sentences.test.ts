import { describe, expect, it } from 'vitest'
import { splitSentences } from '../src/sentences.ts'
import { piece } from './piece.ts'

describe('splitSentences', () => {
  it('splits at sentence ends but not after abbreviations', () => {
    const parts = splitSentences(piece('Đoàn đến TP. Huế làm việc. Sau đó, đoàn về xã. “Rất tốt!” Ông A nói.'))
    expect(parts.map((p) => p.text)).toEqual([
      'Đoàn đến TP. Huế làm việc.',
      'Sau đó, đoàn về xã.',
      '“Rất tốt!”',
      'Ông A nói.',
    ])
  })
})
