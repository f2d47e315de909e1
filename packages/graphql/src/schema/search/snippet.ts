import { foldDiacritics } from '@vanban/core'

/** A marked stretch of a snippet's text: UTF-16 offsets, `start` inclusive, `end` exclusive. */
export type SnippetRange = { start: number; end: number }

/** The passage of a hit's original text that matched, and where the query's words are in it. */
export type Snippet = { text: string; ranges: SnippetRange[] }

/** Longest snippet, in characters of the original text (ellipses aside). */
export const SNIPPET_LENGTH = 220

/**
 * The folded text of `text` and, for each folded character, the span of the original it came
 * from. foldDiacritics folds code point by code point (a mark folds to nothing, `æ` to `ae`), so
 * folding each code point alone and concatenating is the same fold with positions kept (but for
 * broken text: lone surrogates parted by marks give two spaces where foldDiacritics gives one).
 */
export function foldWithOffsets(text: string): { folded: string; start: number[]; end: number[] } {
  let folded = ''
  const start: number[] = []
  const end: number[] = []
  for (let i = 0; i < text.length; ) {
    const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1
    const piece = foldDiacritics(text.slice(i, i + width))
    for (let k = 0; k < piece.length; k++) {
      start.push(i)
      end.push(i + width)
    }
    folded += piece
    i += width
  }
  return { folded, start, end }
}

// Where the query's words are in `text`: whole folded words, the last one also as a prefix.
function wordRanges(
  text: string,
  terms: readonly string[],
  prefix: string | null,
): { ranges: SnippetRange[]; found: Set<string> } {
  const { folded, start, end } = foldWithOffsets(text)
  const wanted = new Set(terms)
  const ranges: SnippetRange[] = []
  const found = new Set<string>()
  for (const match of folded.matchAll(/[a-z0-9]+/g)) {
    const word = match[0]
    if (wanted.has(word)) found.add(word)
    else if (prefix !== null && word.startsWith(prefix)) found.add(prefix)
    else continue
    const from = start[match.index] ?? 0
    const to = end[match.index + word.length - 1] ?? from
    const last = ranges.at(-1)
    // Words of a phrase or a code (`35-NQ/TW`) next to each other make one mark.
    if (last !== undefined && /^(\s*|[-/.])$/.test(text.slice(last.end, from))) last.end = to
    else ranges.push({ start: from, end: to })
  }
  return { ranges, found }
}

/**
 * The snippet of a hit: of its passages (title, paragraphs, name), the first holding the most of
 * the query's distinct words, cut to about {@link SNIPPET_LENGTH} characters around the first of
 * them at word boundaries, with `…` where it was cut, and the words marked. A hit found by a typo
 * holds none of the words: its first passage, unmarked.
 */
export function snippetOf(passages: readonly string[], terms: readonly string[], prefix: string | null): Snippet {
  let best: { text: string; ranges: SnippetRange[]; score: number } | null = null
  for (const passage of passages) {
    if (passage.trim() === '') continue
    const { ranges, found } = wordRanges(passage, terms, prefix)
    if (best === null || found.size > best.score) best = { text: passage, ranges, score: found.size }
  }
  if (best === null) return { text: '', ranges: [] }
  return cut(best.text, best.ranges)
}

function cut(text: string, ranges: SnippetRange[]): Snippet {
  if (text.length <= SNIPPET_LENGTH) return { text, ranges }
  const first = ranges[0]?.start ?? 0
  let from = Math.max(0, Math.min(first - 40, text.length - SNIPPET_LENGTH))
  if (from > 0) from = wordStart(text, from)
  let to = Math.min(text.length, from + SNIPPET_LENGTH)
  if (to < text.length) to = wordEnd(text, to, from)
  const head = from > 0 ? '…' : ''
  const tail = to < text.length ? '…' : ''
  const shift = head.length - from
  const kept = ranges
    .filter((r) => r.start >= from && r.end <= to)
    .map((r) => ({ start: r.start + shift, end: r.end + shift }))
  return { text: head + text.slice(from, to) + tail, ranges: kept }
}

// The start of the word after position i (or i itself at a word start).
function wordStart(text: string, i: number): number {
  if (/\s/.test(text[i - 1] ?? ' ')) return i
  const space = text.indexOf(' ', i)
  return space === -1 ? i : space + 1
}

// The end of the last whole word before i, not before `floor`.
function wordEnd(text: string, i: number, floor: number): number {
  if (/\s/.test(text[i] ?? ' ')) return i
  const space = text.lastIndexOf(' ', i)
  return space <= floor ? i : space
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** The snippet as HTML: the text escaped, the marked words in `<mark>`. */
export function snippetHtml(snippet: Snippet): string {
  const escaped = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
  let html = ''
  let at = 0
  for (const range of snippet.ranges) {
    html += `${escaped(snippet.text.slice(at, range.start))}<mark>${escaped(snippet.text.slice(range.start, range.end))}</mark>`
    at = range.end
  }
  return html + escaped(snippet.text.slice(at))
}
