/** A stretch of text to mark, by UTF-16 offsets into the text (end exclusive), with a label for its title. */
export type Span = { readonly start: number; readonly end: number; readonly label: string }

/** A piece of a text: plain, or marked with the label of the span that covers it. */
export type Segment = { readonly text: string; readonly label: string | null }

/**
 * Cuts `text` into plain and marked segments from `spans`. Spans are clipped to the text,
 * empty ones dropped, and where two overlap the earlier-starting one wins, so the segments
 * always join back into `text` exactly.
 */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const ordered = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end), label: s.label }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const segments: Segment[] = []
  let at = 0
  for (const span of ordered) {
    if (span.start < at) continue
    if (span.start > at) segments.push({ text: text.slice(at, span.start), label: null })
    segments.push({ text: text.slice(span.start, span.end), label: span.label })
    at = span.end
  }
  if (at < text.length) segments.push({ text: text.slice(at), label: null })
  return segments
}
