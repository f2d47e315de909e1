/**
 * The spans of years a text counts before `năm` (`sơ kết 5 năm thực hiện`, `sau 10 năm triển
 * khai`, `kỷ niệm 70 năm`), as the year evidence reads them: each expression is read from its
 * `năm`, the words before it a look-behind. An expression that opens with its first words is tried
 * at every offset of a whole article, and those words' first letters open many of its words (`tổ
 * chức`, `nhiều`, `quan`); one that opens with `năm` skips from one `năm` to the next, about five
 * times faster. Each finds the spans its words read from their start find, ending where they end,
 * with the same count (`fromStart`, which the tests compare it with). Internal to the package: not
 * exported from its index.
 *
 * @module
 */

/** The counts written in words, to their number. */
export const COUNT_WORDS: Record<string, number> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  'mười lăm': 15,
  'hai mươi': 20,
  'hai mươi lăm': 25,
  'ba mươi': 30,
}
const COUNT = `\\d{1,2}|${Object.keys(COUNT_WORDS)
  .toSorted((a, b) => b.length - a.length)
  .join('|')}`

/** A span's words before its `năm`, the count their first group, and what must follow `năm`. */
export type CountSpan = { before: string; after: string }

/** The spans, by what they count. */
export const COUNT_SPANS = {
  // `sơ kết 5 năm thực hiện`, `tổng kết 10 năm triển khai`, `5 năm thực hiện` after a review word.
  review: {
    before: `(?<![\\p{L}])(?:sơ kết|tổng kết|đánh giá|nhìn lại)\\s+(?:việc\\s+)?(?:thực hiện\\s+)?(${COUNT})\\s+`,
    after: '(?![\\p{L}])',
  },
  // `kết quả 3 năm thực hiện`, `sau 5 năm triển khai`, `qua 10 năm thi hành`: the span of a
  // review told by its results, with the carrying out it counts (`sau 5 năm` alone is any span).
  result: {
    before: `(?<![\\p{L}])(?:kết quả|sau|qua)\\s+(${COUNT})\\s+`,
    after: '\\s+(?=(?:thực hiện|triển khai|thi hành|tổ chức thực hiện)(?![\\p{L}]))',
  },
  // `kỷ niệm 70 năm ngày ...`: an anniversary's count.
  anniversary: {
    before: `(?<![\\p{L}])(?:kỷ niệm|kỉ niệm)\\s+(\\d{1,3}|${COUNT})\\s+`,
    after: '(?![\\p{L}])',
  },
} as const satisfies Record<string, CountSpan>

/** A span's expression read from its `năm`: a match is `năm` and what follows it. */
export const fromNam = (span: CountSpan): RegExp => new RegExp(`(?<=${span.before})năm${span.after}`, 'giu')

/** A span's expression read from its first word, as its words are written. */
export const fromStart = (span: CountSpan): RegExp => new RegExp(`${span.before}năm${span.after}`, 'giu')
