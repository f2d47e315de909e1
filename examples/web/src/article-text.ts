import { type Segment, type Span, segmentText } from './spans.ts'

// A line that is nothing but an image's file name (`20231205-trao-giay-khen.jpg`, `IMG_1234.JPG`):
// what a scraper leaves where the page had a photo. The stored text keeps it, since every
// provenance offset points into that text; the reader has no use for it.
const IMAGE_FILE_LINE = /^[^\S\n]*[^\s]{1,200}\.(?:jpe?g|png|gif|webp|bmp|avif|svg|tiff?|heic)[^\S\n]*$/gimu

// The line break that ends a line and the blank lines after it, up to the next line with text.
const BREAK_AND_BLANK_LINES = /^(?:[^\S\n]*\n)*/u

/** A stretch of a text by UTF-16 offsets, end exclusive. */
export type Range = { readonly start: number; readonly end: number }

/**
 * The lines of `text` that are only an image file name, each with the blank lines after it, so
 * that taking them out leaves one paragraph break where there was one before and after.
 */
export function imageFileLines(text: string): Range[] {
  return [...text.matchAll(IMAGE_FILE_LINE)].map((m) => {
    const end = m.index + m[0].length
    return { start: m.index, end: end + (BREAK_AND_BLANK_LINES.exec(text.slice(end))?.[0].length ?? 0) }
  })
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
