/**
 * A date written as one end of a span in brackets, `(20/11/1982 – 20/11/2018)`, `(3/2/1930 -
 * 3/2/2025)`: the span an anniversary counts, a date of history beside the occasion's name, not
 * the day a report tells of. Read only at a date already found, so it costs a few characters.
 *
 * @module
 */

// Before the date: its opening bracket, or the bracket, the other end and the dash between.
const OPENS_SPAN = /\(\s*$/u
const CLOSES_SPAN = /\(\s*[^()\n]{4,24}?\d{4}\s*[-–—]\s*$/u
// After the date: the dash and the other end up to the closing bracket, or the bracket.
const THEN_OTHER_END = /^\s*[-–—]\s*[^()\n]{0,20}?\d{4}\s*\)/u
const THEN_CLOSE = /^\s*\)/u
// How far either side of the date the other end and the brackets are looked for.
const REACH = 32

/**
 * Whether the date at `[start, end)` of `text` is one end of a bracketed span of two dates,
 * each with its year: `(20/11/1982 – 20/11/2018)` holds two such ends; `(20/11)`, `(từ 1/11/2018)`
 * and an unbracketed `1/11/2018 - 15/11/2018` none.
 */
export function isBracketedSpanEnd(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - REACH), start)
  const after = text.slice(end, end + REACH)
  return (OPENS_SPAN.test(before) && THEN_OTHER_END.test(after)) || (CLOSES_SPAN.test(before) && THEN_CLOSE.test(after))
}
