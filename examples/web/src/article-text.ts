import { isImageFileLine } from '@vanban/core'
import { type Segment, type Span, segmentText } from './spans.ts'

// The line break that ends a line and the blank lines after it, up to the next line with text.
const BREAK_AND_BLANK_LINES = /^(?:[^\S\n]*\n)*/u

/** A stretch of a text by UTF-16 offsets, end exclusive. */
export type Range = { readonly start: number; readonly end: number }

/**
 * The lines of `text` that are only an image file name, each with the blank lines after it, so
 * that taking them out leaves one paragraph break where there was one before and after.
 */
export function imageFileLines(text: string): Range[] {
  const ranges: Range[] = []
  let start = 0
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    // the stored text keeps such lines, since every provenance offset points into it; the reader has no use for them
    if (isImageFileLine(text.slice(start, end))) {
      ranges.push({ start, end: end + (BREAK_AND_BLANK_LINES.exec(text.slice(end))?.[0].length ?? 0) })
    }
    if (newline === -1) break
    start = newline + 1
  }
  return ranges
}

/**
 * The article text to show, cut into plain and marked segments as {@link segmentText} does
 * (spans are offsets into the whole `text`), without the lines that are only an image file name.
 */
export function articleSegments(text: string, spans: readonly Span[]): Segment[] {
  const segments: Segment[] = []
  let at = 0
  for (const hidden of [...imageFileLines(text), { start: text.length, end: text.length }]) {
    const shifted = spans.map((s) => ({ start: s.start - at, end: s.end - at, label: s.label }))
    segments.push(...segmentText(text.slice(at, hidden.start), shifted))
    at = hidden.end
  }
  return segments
}
