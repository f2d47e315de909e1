import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { citingKindRead, kindWhenCiting, MAY_CITE } from '../src/event-kinds.ts'

// kindWhenCiting answers null, unread, for a phrase MAY_CITE finds nothing in: it must answer
// what reading the phrase word by word answers.
const word = fc.constantFrom(
  'thông tin thời sự',
  'Thông Tin thời sự',
  'THÔNG TIN THỜI SỰ',
  'thông tin chuyên đề',
  'thông',
  'tin',
  'báo cáo viên',
  'Báo cáo viên',
  'BÁO CÁO VIÊN',
  'báo',
  'cáo viên',
  'triển khai nhiệm vụ',
  'triển khai công tác',
  'TRIỂN KHAI CÔNG TÁC',
  'Triển khai',
  'tri\u0307ển',
  'TRİỂN',
  'trıển',
  'tho\u0302ng tin thời sự',
  'hội nghị',
  'Hội nghị',
  'lần thứ',
  'và',
  'tổng kết',
  'quán triệt',
  'sơ kết',
  'công',
  'tác',
  'ra mắt',
  '“Thông tin thời sự”',
  '"báo cáo viên"',
  '“',
  '”',
  '"',
  'ſ',
  'K',
  'x',
  '12',
)
const gap = fc.constantFrom(' ', '  ', ', ', ': ', '; ', '(', ')', '. ', '.', '\t', '\n', '', '-')
const phrase = fc
  .tuple(fc.constantFrom('', '“', 'trực tuyến “', ' '), fc.array(fc.tuple(word, gap), { maxLength: 24 }))
  .map(([open, parts]) => open + parts.map(([w, g]) => w + g).join(''))
const window = fc.constantFrom(14, 16, 3, 1, 30)

describe('kindWhenCiting', () => {
  it('answers as the phrase read word by word answers', () => {
    let cited = 0
    fc.assert(
      fc.property(phrase, window, (p, w) => {
        const read = citingKindRead(p, w)
        if (read !== null) cited++
        expect([p, w, kindWhenCiting(p, w)]).toEqual([p, w, read])
      }),
      { numRuns: 5000 },
    )
    // The generated phrases reach the rows that cite, not only those MAY_CITE turns away.
    expect(cited).toBeGreaterThan(100)
  })

  // A row's words are read in the lower-cased phrase: every code point that lower-cases to a letter
  // of MAY_CITE's words is read as that letter by its `iu` flags, and none that lower-cases to more
  // units gives a part of a word.
  it('finds every spelling lower-casing reads as its words', () => {
    const words = MAY_CITE.source.split('|')
    const letters = new Set(words.join(''))
    const missed: string[] = []
    for (let p = 0; p <= 0x10ffff; p++) {
      if (p >= 0xd800 && p <= 0xdfff) continue
      const c = String.fromCodePoint(p)
      const lower = c.toLowerCase()
      if (lower === c) continue
      if (
        lower.length === 1
          ? letters.has(lower) && !new RegExp(`^${lower}$`, 'iu').test(c)
          : words.some((w) => w.includes(lower) || w.startsWith(lower.at(-1)!) || w.endsWith(lower[0]!))
      )
        missed.push(p.toString(16))
    }
    expect(missed).toEqual([])
  })
})
