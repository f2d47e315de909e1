import { describe, expect, it } from 'vitest'
import { splitter } from '../src/splitter.ts'

// A splitter made once gives what `split` gives with the same separator, the first piece too.
describe('splitter', () => {
  const separators = [/\s*,\s+|\s+[–—-]\s+/u, /;|\.\s|\s+nhằm\s/u, /[\s,;:()]+|[.!?…]+(?=\s|$)/u]
  const texts = [
    '',
    'Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh - Trưởng đoàn',
    ', mở đầu bằng dấu phẩy',
    'kết thúc bằng dấu chấm. ',
    'không có dấu nào',
    'hai lần;;liền nhau',
    'nhằm nâng cao; rồi. Hết.',
  ]
  it.each(separators.flatMap((s) => texts.map((t) => [s, t] as const)))('%s on “%s”', (separator, text) => {
    const made = splitter(separator)
    expect(made.pieces(text)).toEqual(text.split(separator))
    expect(made.first(text)).toEqual(text.split(separator, 1)[0] ?? '')
    // Asked again, it starts over: no state is left from the call before.
    expect(made.pieces(text)).toEqual(text.split(separator))
  })
})
