import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COUNT_SPANS, type CountSpan, fromNam, fromStart } from '../src/count-spans.ts'

// Where each match ends and the count it read, in order.
function spans(pattern: RegExp, text: string): [number, string | undefined][] {
  const found: [number, string | undefined][] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) found.push([m.index + m[0].length, m[1]])
  return found
}

// The spans' words, counts in digits and in words (some of which are `năm` itself, or open a
// longer count: `hai`, `hai mươi`, `hai mươi lăm`), what may follow, and words that run into them.
const word = fc.constantFrom(
  ...['sơ kết', 'Sơ kết', 'tổng kết', 'TỔNG KẾT', 'đánh giá', 'nhìn lại', 'kết quả', 'Kết quả', 'sau', 'Qua', 'qua'],
  ...['kỷ niệm', 'kỉ niệm', 'Kỷ niệm', 'việc', 'thực hiện', 'triển khai', 'thi hành', 'tổ chức thực hiện', 'tổ chức'],
  ...['năm', 'Năm', 'NĂM', 'nam', 'năm2', 'nămx', 'xnăm', 'hai', 'mươi', 'lăm', 'hai mươi', 'mười', 'mười lăm', 'ba'],
  ...['tư', 'một', 'bốn', 'bảy', 'bẩy', 'chín', 'ba mươi', 'tám', 'sáu', '1', '5', '10', '15', '115', '1115', '2016'],
  ...['của', 'Nghị quyết', 'số', 'x', 'ngày', '(', ')', ',', '.', '-', 'kết', 'hiện', 'đánh', 'nhìn', 'quả'],
  // Whole spans, and spans run into the word before them.
  ...['tổng kết 5 năm', 'sơ kết hai mươi lăm năm', 'sau 10 năm thực hiện', 'kỷ niệm 70 năm', 'qua năm năm thi hành'],
  ...['xtổng kết 5 năm', 'ađánh giá ba năm', 'xsau 10 năm triển khai', 'ykỷ niệm 95 năm', 'ykết quả 3 năm thực hiện'],
)
const gap = fc.constantFrom(' ', ' ', ' ', '  ', '', '\n', '\t', '\u00a0', ', ')
const text = fc.oneof(
  fc.array(fc.tuple(gap, word), { maxLength: 40 }).map((parts) => parts.flat().join('')),
  fc.string({ unit: 'grapheme' }),
)

const cases = Object.entries(COUNT_SPANS) as [string, CountSpan][]

describe('the spans counted before năm, read from it', () => {
  for (const [name, span] of cases) {
    it(`finds the ${name} spans read from their start, with their ends and counts`, () => {
      const nam = fromNam(span)
      const start = fromStart(span)
      fc.assert(
        fc.property(text, (t) => {
          expect(spans(nam, t)).toEqual(spans(start, t))
        }),
        { numRuns: 20_000 },
      )
    })
  }
})
